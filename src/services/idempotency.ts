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
 * Whether the server gave a failed submission its answer. It keeps that answer under the key and
 * would replay it to a retry: a stale 该时段已约满 after a place was freed, a 400 after the member
 * corrected the form (or a 422, when the form's change is hidden in a callback). So such a key is
 * spent. Only an answer that never arrived (no answer, a 5xx, 408) or is still being worked on
 * (409 IN_PROGRESS or RETRY) keeps the key for the next tap.
 */
export function isFinalAnswer(status: number, code: string): boolean {
  if (status === 0 || status >= 500 || status === 408) return false;
  return !(status === 409 && (code === 'IN_PROGRESS' || code === 'RETRY'));
}

/**
 * One key per submission: tapping 提交 again with the same form after a lost answer or 系统繁忙
 * reuses the key, so the server answers the first attempt instead of creating twice.
 * A changed form, a submission that succeeded or one the server refused starts a new key.
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
    /** A failed attempt: the key is kept for a retry only if the server's answer is still owed. */
    failed(status: number, code: string): void {
      if (isFinalAnswer(status, code)) current = null;
    },
  };
}
