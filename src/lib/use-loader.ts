import { useCallback, useRef, useState } from 'react';

export interface Loader<T> {
  data: T | undefined;
  /** True until the first answer, and during every reload. */
  loading: boolean;
  error: unknown;
  /** Resolves when done, whatever the outcome (pull-down refresh waits on it). */
  reload: () => Promise<void>;
  setData: (update: (prev: T | undefined) => T | undefined) => void;
}

/**
 * Page-only data: one async source, its loading flag and last error. Starts in
 * the loading state so <PageContainer> never flashes an empty page first.
 * An answer that arrives after a newer reload started is dropped.
 */
export function useLoader<T>(load: () => Promise<T>): Loader<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const id = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const result = await loadRef.current();
      if (id === latest.current) setDataState(result);
    } catch (err) {
      if (id === latest.current) setError(err);
    } finally {
      if (id === latest.current) setLoading(false);
    }
  }, []);

  const setData = useCallback((update: (prev: T | undefined) => T | undefined) => setDataState(update), []);

  return { data, loading, error, reload, setData };
}
