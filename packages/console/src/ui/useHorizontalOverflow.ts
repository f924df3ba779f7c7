import { useEffect, useState } from 'react';

/**
 * Whether an element is narrower than its content, so a scrollable region can join the tab
 * order (keyboard users can then scroll it with the arrow keys) only when it actually scrolls.
 * Pass `ref` as the element's ref.
 */
export function useHorizontalOverflow<T extends HTMLElement>() {
  const [element, setElement] = useState<T | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    if (!element) return undefined;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return { ref: setElement, overflowing };
}
