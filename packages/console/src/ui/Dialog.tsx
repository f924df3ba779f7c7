import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import styles from './Dialog.module.css';

interface DialogProps {
  /** The dialog's heading, which also names it. */
  readonly title: string;
  /** A sentence under the title, read out when the dialog opens. */
  readonly description?: ReactNode;
  /** Asked to close: Escape, the Close button, or the caller's own Cancel. */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** `wide` for tables such as the role comparison matrix. */
  readonly size?: 'default' | 'wide';
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Whether Tab can reach `element`: of a radio group only the checked radio (or the first, if none is) can. */
function tabbable(element: HTMLElement, root: HTMLElement): boolean {
  if (element.hidden || element.getClientRects().length === 0) return false;
  if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return true;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (radio) => radio.name === element.name,
  );
  const checked = group.find((radio) => radio.checked);
  return checked ? checked === element : group[0] === element;
}

function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => tabbable(element, root));
}

/**
 * A modal dialog on the native `<dialog>` element: open while mounted, the rest of the page inert,
 * Tab cycling inside it, Escape (or Close) asking to close, and focus handed back to whatever had
 * it before. The first element marked `data-autofocus` takes focus; otherwise the first control.
 */
export function Dialog({ title, description, onClose, children, size = 'default' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();

    const onCancel = (event: Event) => {
      // Escape: let the caller decide (it may be busy sending), instead of closing behind its back.
      event.preventDefault();
      onCloseRef.current();
    };
    // Closed without our say (a cancel the browser would not let us prevent): follow along. A
    // `close` event queued by an earlier close (React's development re-run of this effect closes
    // and reopens the dialog) arrives while it is open again, and is not ours to follow.
    const onNativeClose = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      // Back to where the person was; if that is gone (a row that left the list), to the page.
      const target = previous?.isConnected ? previous : document.querySelector<HTMLElement>('main');
      target?.focus();
    };
  }, []);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = focusableIn(ref.current);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`${styles.dialog}${size === 'wide' ? ` ${styles.dialogWide}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={trapTab}
    >
      <div className={styles.dialogHeader}>
        <div>
          <h2 id={titleId} className={styles.dialogTitle}>
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className={styles.dialogDescription}>
              {description}
            </p>
          ) : null}
        </div>
        <button type="button" className={styles.dialogClose} aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className={styles.dialogBody}>{children}</div>
    </dialog>
  );
}
