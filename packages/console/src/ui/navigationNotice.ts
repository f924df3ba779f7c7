import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

function noticeIn(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' ? state.notice : null;
}

/**
 * A sentence the previous page left for this one in the navigation state (`navigate(to, { state:
 * { notice } })`), such as "The workspace … is deleted"; null when there is none. It is shown
 * once: the state is cleared from the history entry, so a reload or Back does not repeat it.
 */
export function useNavigationNotice(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => noticeIn(location.state));
  const pending = noticeIn(location.state) !== null;
  useEffect(() => {
    if (pending) navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
  }, [pending, navigate, location.pathname, location.search, location.hash]);
  return notice;
}
