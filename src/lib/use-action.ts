import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../services/http';
import { createSubmissionKeys, withIdempotencyKey } from '../services/idempotency';

/**
 * One button's request: `busy` while it runs (the button shows a spinner and ignores taps), the
 * server's Chinese message in `error` when it fails. Resolves with the answer, or undefined.
 * A repeated run with the same arguments after a failure is the same submission: it carries the
 * same Idempotency-Key, so a create whose answer was lost is not made twice.
 */
export function useAction<A extends unknown[], T>(work: (...args: A) => Promise<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keys = useRef(createSubmissionKeys()).current;
  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const result = await withIdempotencyKey(keys.keyFor(args), () => work(...args));
        keys.succeeded();
        return result;
      } catch (err) {
        setError(errorMessage(err));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [work, keys],
  );
  return { run, busy, error, setError };
}
