import { useCallback, useRef, useState } from 'react';
import { showError, showSuccess } from '@/components/toast';
import { ApiError } from '@/services/api-error';
import { errorMessage } from '@/services/http';
import { createSubmissionKeys, withIdempotencyKey } from '@/services/idempotency';

export interface Action<A extends unknown[], T> {
  run: (...args: A) => Promise<T | undefined>;
  busy: boolean;
  /** True while the run whose first argument is `name` is under way. */
  isBusy: (name: A[0]) => boolean;
  error: string | null;
  setError: (message: string | null) => void;
}

/** useAction() with no work: each button runs its own work under a name, `run('save', () => save(form))`. */
export interface Steps extends Omit<Action<[string, () => Promise<unknown>], unknown>, 'run'> {
  run: <R>(name: string, work: () => Promise<R>) => Promise<R | undefined>;
}

const step = (_name: string, work: () => Promise<unknown>) => work();

export interface ActionOptions<T> {
  /** A toast once it worked (已保存); a function of the answer when the words depend on it. */
  success?: string | ((result: T) => string);
  /** After it worked and before `busy` ends, e.g. reload the page so the button does not flicker. */
  then?: (result: T) => unknown;
  /** Also show the failure as a toast: for buttons with no form to show `error` under. */
  toast?: boolean;
  /** For a failure the caller answers itself (someone else took the slot: show what is still free). */
  onError?: (err: unknown) => void;
}

/**
 * The one way a tap reaches the server: `busy` while it runs (its button spins, and every tap on
 * the page's buttons is ignored meanwhile), the server's Chinese message in `error` when it fails.
 * `run` resolves with the answer, or undefined when it failed; it never throws.
 * A repeated run with the same arguments after a lost answer is the same submission: it carries the
 * same Idempotency-Key, so a create whose answer was lost is not made twice. After the server's own
 * refusal (已约满, a field to correct) the next run is a new submission with a new key.
 * Several buttons can share one action by passing a name first: `isBusy('cancel')` spins only that one.
 */
export function useAction(): Steps;
export function useAction<A extends unknown[], T>(
  work: (...args: A) => Promise<T>,
  options?: ActionOptions<T>,
): Action<A, T>;
export function useAction<A extends unknown[], T>(
  work: (...args: A) => Promise<T> = step as never,
  options: ActionOptions<T> = {},
): Action<A, T> {
  const [pending, setPending] = useState<A | null>(null);
  const [error, setError] = useState<string | null>(null);
  const keys = useRef(createSubmissionKeys()).current;
  // A ref, not the state: two taps in one frame both see the state from before the first.
  const running = useRef(false);
  const latest = useRef({ work, options });
  latest.current = { work, options };

  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      const { work: current, options: opts } = latest.current;
      setPending(args);
      setError(null);
      try {
        const result = await withIdempotencyKey(keys.keyFor(args), () => current(...args));
        keys.succeeded();
        const words = typeof opts.success === 'function' ? opts.success(result) : opts.success;
        if (words) showSuccess(words);
        await opts.then?.(result);
        return result;
      } catch (err) {
        if (err instanceof ApiError) keys.failed(err.status, err.code);
        const message = errorMessage(err);
        setError(message);
        if (opts.toast) showError(message);
        opts.onError?.(err);
        return undefined;
      } finally {
        running.current = false;
        setPending(null);
      }
    },
    [keys],
  );

  const isBusy = useCallback((name: A[0]) => pending !== null && pending[0] === name, [pending]);
  return { run, busy: pending !== null, isBusy, error, setError };
}
