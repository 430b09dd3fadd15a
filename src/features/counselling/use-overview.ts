import { useCallback, useState } from 'react';
import { overviewFor, useCounselling } from './store';
import type { Overview } from './types';

/**
 * The counselling overview (hotlines, consent, the member's role here) shared by every page:
 * shown at once from the store, refreshed by `reload` when a page opens or is pulled down.
 */
export function useOverview(memberId: number | undefined) {
  const overview = useCounselling(overviewFor(memberId));
  const refresh = useCounselling((s) => s.refresh);
  const [error, setError] = useState<unknown>(null);
  /** Resolves with the fresh overview, or null when it could not be loaded (the error is kept). */
  const reload = useCallback(async (): Promise<Overview | null> => {
    if (!memberId) return null;
    setError(null);
    try {
      return await refresh(memberId);
    } catch (err) {
      setError(err);
      return null;
    }
  }, [memberId, refresh]);
  return { overview, error, reload };
}
