import { useEffect, useRef } from 'react';

/**
 * Focus for the report of a change, once it is on screen and no dialog is open: the control that
 * made the change may be gone (Resume, "Choose Business" on what is now the current plan), and a
 * closing dialog hands focus back to its opener first. `report` marks a report as wanting focus.
 */
export function useOutcomeFocus<T extends HTMLElement>(outcome: string | null, dialogOpen: boolean) {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  useEffect(() => {
    if (!wanted.current || !outcome || dialogOpen) return;
    wanted.current = false;
    ref.current?.focus();
  }, [outcome, dialogOpen]);
  return {
    ref,
    /** Asks for focus on the next report shown. */
    request: () => {
      wanted.current = true;
    },
  };
}
