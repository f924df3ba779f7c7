import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { errorText } from '../../../ui/errorText.ts';
import { useCurrentUser } from '../hooks/useCurrentUser.ts';
import { useSignOut } from '../hooks/useSignOut.ts';
import styles from './auth.module.css';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => [...(part ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The signed-in person's menu in the header: who is signed in, Account, and Sign out. A
 * disclosure: the button toggles it, Escape closes it and returns focus to the button.
 */
export function UserMenu() {
  const { user } = useCurrentUser();
  const { signOut, pending, error } = useSignOut();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  // Following a link in the menu closes it.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const name = user?.displayName ?? 'Account';
  return (
    <div
      ref={rootRef}
      className={styles.userMenu}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={styles.userMenuButton}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {user ? initialsOf(user.displayName) : ''}
        </span>
        <span className={styles.userMenuName}>{name}</span>
        <span className="visually-hidden">, account menu</span>
        <span className={styles.userMenuChevron} aria-hidden="true" />
      </button>
      <div id={panelId} className={styles.userMenuPanel} hidden={!open}>
        {user ? (
          <p className={styles.userMenuWho}>
            <span className={styles.userMenuWhoLabel}>Signed in as</span>
            <strong>{user.displayName}</strong>
            <span className={styles.userMenuEmail}>{user.email}</span>
          </p>
        ) : null}
        <ul className={styles.userMenuItems}>
          <li>
            <Link to="/account" className={styles.userMenuItem}>
              Account
            </Link>
          </li>
          <li>
            <button
              type="button"
              className={styles.userMenuItem}
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) void signOut(false);
              }}
            >
              {pending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {error ? (
          <p className={styles.userMenuError} role="alert">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
