/** "Restricted" with a padlock: the workspace is seen only by its assigned members, owners and admins. */
export function RestrictedBadge() {
  return (
    <span className="badge badge--accent" data-restricted="">
      <svg className="badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="2.75" y="7" width="10.5" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M5.25 7V5a2.75 2.75 0 0 1 5.5 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <circle cx="8" cy="10.75" r="1" fill="currentColor" />
      </svg>
      Restricted
    </span>
  );
}
