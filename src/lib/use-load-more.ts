import { useCallback, useState } from 'react';
import { showError } from '../components';
import type { Loader } from './use-loader';

/** A page of a list read by keyset: `next` is where the following page starts, null at the end. */
export interface KeysetPage<T> {
  items: T[];
  next: string | null;
}

/**
 * 加载更多 for a list whose first page a useLoader holds: asks for the page after the last one
 * shown and appends it. The page may carry more than its rows (a total, say): the newest page's
 * values are kept. A failure is a toast: the rows already on screen stay.
 */
export function useLoadMore<P extends KeysetPage<unknown>>(list: Loader<P>, pageAfter: (after: string) => Promise<P>) {
  const [busy, setBusy] = useState(false);
  const next = list.data?.next ?? null;
  const { setData } = list;
  const more = useCallback(async () => {
    if (!next || busy) return;
    setBusy(true);
    try {
      const page = await pageAfter(next);
      // Appended only to the list it was asked for: after a reload or a tab change the list on
      // screen starts elsewhere, and this page belongs to none of it.
      setData((prev) =>
        // The rest of the page (a total, say) is the newest page's.
        prev && prev.next === next ? { ...page, items: [...prev.items, ...page.items] } : prev,
      );
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }, [next, busy, pageAfter, setData]);
  return { hasMore: next !== null, busy, more };
}
