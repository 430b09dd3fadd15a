// Retries that cannot double anything: one Idempotency-Key per form submission, and automatic
// retries only for requests the server promises to answer alike (reads, and keyed creates).
// Free of Taro, so unit tests run in plain node.
import type { RawResponse } from './api-error';

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

const RETRY_STATUSES = [502, 503, 504];
export const RETRY_DELAYS_MS = [500, 1500, 3000];

export interface RetryOptions {
  /** Only reads and keyed creates: the server answers a repeat alike. */
  safe: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry, so the page can say 网络不稳，正在重试. */
  onRetry?: (attempt: number) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(res: RawResponse & { header?: Record<string, string> }, fallback: number): number {
  const header = res.header?.['Retry-After'] ?? res.header?.['retry-after'];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 10_000) : fallback;
}

/** Sends, and for a safe request retries a lost answer or a 502/503/504 with growing waits. */
export async function sendWithRetry(send: () => Promise<RawResponse>, options: RetryOptions): Promise<RawResponse> {
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    const last = !options.safe || attempt >= RETRY_DELAYS_MS.length;
    let res: RawResponse;
    try {
      res = await send();
    } catch (err) {
      if (last) throw err;
      options.onRetry?.(attempt + 1);
      await sleep(RETRY_DELAYS_MS[attempt]!);
      continue;
    }
    if (last || !RETRY_STATUSES.includes(res.statusCode)) return res;
    options.onRetry?.(attempt + 1);
    await sleep(retryAfterMs(res, RETRY_DELAYS_MS[attempt]!));
  }
}

let retryNotice: ((attempt: number) => void) | undefined;
/** app.tsx hands in how to tell the member that a retry is under way (a toast). */
export function configureRetryNotice(notice: (attempt: number) => void): void {
  retryNotice = notice;
}
export const notifyRetry = (attempt: number) => retryNotice?.(attempt);
