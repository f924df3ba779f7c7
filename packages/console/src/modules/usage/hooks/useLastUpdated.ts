import { useEffect, useState } from 'react';

/**
 * When a (polled) query last answered without an error: each time `loading` turns false with no
 * `error`. Null until the first answer.
 */
export function useLastUpdated(loading: boolean, error: unknown): Date | null {
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!loading && !error) setUpdatedAt(new Date());
  }, [loading, error]);
  return updatedAt;
}
