// Automatic retries for requests the server promises to answer alike (reads, and keyed writes):
// a lost answer, or a 502/503/504 while the server is busy or its database restarts.
// Free of Taro, so unit tests run in plain node.

/** What a retry needs of an answer: its status and its headers (names in lower case). */
export interface RetryableResponse {
  statusCode: number;
  header?: Record<string, string>;
}

const RETRY_STATUSES = [502, 503, 504];
/** The waits before the first, second and third retry, when the server does not say how long. */
export const RETRY_DELAYS_MS = [500, 1500, 3000];
/** However long Retry-After asks, a member does not wait longer than this for one retry. */
const LONGEST_WAIT_MS = 10_000;

/**
 * Response headers with lower-case names and string values, whatever the platform gave: WeChat
 * hands over the names as the server (or a gateway) spelled them, H5's fetch in lower case, and
 * an XHR (H5 uploads) one raw `name: value` block.
 */
export function responseHeaders(raw: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof raw === 'string') {
    for (const line of raw.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return headers;
  }
  if (!raw || typeof raw !== 'object') return headers;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** Retry-After in milliseconds (seconds, or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(res: RetryableResponse, now: number = Date.now()): number | null {
  // Case-blind: a caller may hand over the headers as the platform spelled them.
  const value = responseHeaders(res.header)['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Why a retry is under way: the server said it is busy (503), or the answer was lost or cut off. */
export type RetryReason = 'busy' | 'network';

export interface RetryWait {
  /** 1 for the first retry. */
  attempt: number;
  reason: RetryReason;
  ms: number;
}

export interface RetryOptions {
  /** Only reads and keyed writes: the server answers a repeat alike. */
  safe: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry with its number. */
  onRetry?: (attempt: number) => void;
  /** Told before each wait, why and how long: what the member is told (系统繁忙，正在重试…). */
  onWait?: (wait: RetryWait) => void;
  /** 0 ≤ random() < 1; spreads the retries of many phones cut off at once. */
  random?: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The wait before retry number `attempt`: as long as Retry-After asks (never less than the backoff),
 * else the backoff itself, between half and all of it so phones cut off together do not return together.
 */
export function retryDelayMs(attempt: number, res: RetryableResponse | null, random: () => number): number {
  const backoff = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1]!;
  const asked = res ? retryAfterMs(res) : null;
  if (asked !== null) return Math.min(Math.max(asked, backoff), LONGEST_WAIT_MS);
  return Math.round(backoff / 2 + (random() * backoff) / 2);
}

/** Sends, and for a safe request retries a lost answer or a 502/503/504 with growing waits. */
export async function sendWithRetry<R extends RetryableResponse>(
  send: () => Promise<R>,
  options: RetryOptions,
): Promise<R> {
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    const last = !options.safe || attempt >= RETRY_DELAYS_MS.length;
    let res: R | null = null;
    try {
      res = await send();
    } catch (err) {
      if (last) throw err;
    }
    if (res && (last || !RETRY_STATUSES.includes(res.statusCode))) return res;
    const retry = attempt + 1;
    const ms = retryDelayMs(retry, res, random);
    options.onRetry?.(retry);
    options.onWait?.({ attempt: retry, reason: res?.statusCode === 503 ? 'busy' : 'network', ms });
    await sleep(ms);
  }
}

let retryNotice: ((wait: RetryWait) => void) | undefined;
/** app.tsx hands in how to tell the member that a retry is under way (a toast). */
export function configureRetryNotice(notice: (wait: RetryWait) => void): void {
  retryNotice = notice;
}
export const notifyRetry = (wait: RetryWait) => retryNotice?.(wait);

/** What the member reads while a retry waits. */
export const retryNoticeText = (reason: RetryReason) =>
  reason === 'busy' ? '系统繁忙，正在重试…' : '网络不稳，正在自动重试…';
