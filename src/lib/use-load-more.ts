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
 * shown and appends it. A failure is a toast: the rows already on screen stay.
 */
export function useLoadMore<T>(list: Loader<KeysetPage<T>>, pageAfter: (after: string) => Promise<KeysetPage<T>>) {
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
        prev && prev.next === next ? { items: [...prev.items, ...page.items], next: page.next } : prev,
      );
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }, [next, busy, pageAfter, setData]);
  return { hasMore: next !== null, busy, more };
}
