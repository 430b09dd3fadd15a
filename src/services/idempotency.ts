// Retries that cannot double anything: one Idempotency-Key per form submission, reused when the
// same form is sent again; retry.ts retries only what carries one (and reads).
// Free of Taro, so unit tests run in plain node.

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}-${Math.random().toString(36).slice(2, 12)}`;
}

// The key of the submission now starting. request() reads it synchronously as it starts, so a
// submit handler's first request carries it; a POST outside any submission gets a key of its own.
let ambientKey: string | null = null;

export function withIdempotencyKey<T>(key: string, start: () => Promise<T>): Promise<T> {
  const previous = ambientKey;
  ambientKey = key;
  try {
    return start();
  } finally {
    ambientKey = previous;
  }
}

export function idempotencyKeyFor(method: string): string | null {
  return method === 'POST' ? (ambientKey ?? newIdempotencyKey()) : null;
}

function fingerprint(args: unknown[]): string | null {
  try {
    return JSON.stringify(args);
  } catch {
    return null;
  }
}

/**
 * One key per submission: tapping 提交 again with the same form after a failure (a lost answer,
 * 系统繁忙) reuses the key, so the server answers the first attempt instead of creating twice.
 * A changed form, or a submission that succeeded, starts a new key.
 */
export function createSubmissionKeys() {
  let current: { fingerprint: string | null; key: string } | null = null;
  return {
    keyFor(args: unknown[]): string {
      const print = fingerprint(args);
      if (!current || print === null || current.fingerprint !== print)
        current = { fingerprint: print, key: newIdempotencyKey() };
      return current.key;
    },
    succeeded(): void {
      current = null;
    },
  };
}
