import { useState } from 'react';
import { errorMessage } from '../../services/http';

/**
 * The buttons of one form or page: which one is busy (it spins, and every button of the page
 * ignores taps meanwhile), and the server's Chinese message when the last one failed.
 */
export function useSubmit() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    if (busy) return undefined;
    setBusy(key);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(errorMessage(err));
      throw err;
    } finally {
      setBusy(null);
    }
  }

  /** Like run, for callers that only need the outcome: undefined when it failed (the message is in `error`). */
  const attempt = <T>(key: string, work: () => Promise<T>) => run(key, work).catch(() => undefined);

  return { busy, error, setError, run, attempt };
}
