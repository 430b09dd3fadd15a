/**
 * The one place the server reads the current time. Rules take `now` as a value and pass it to SQL as
 * a parameter instead of calling now() inside a query, so a test can stand at a chosen instant (a
 * Monday at 07:59, eight days after a case was resolved, past a reply deadline) and run the real
 * routes, jobs and SQL there. Production never changes it: it is the server's clock.
 */
import { localDate } from './time/beijing';

export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

export const now = (): Date => current();

/** Tests only: stand at another time; `null` goes back to the system clock. */
export function setClock(clock: Clock | null): void {
  current = clock ?? systemClock;
}

/** Today's date in Beijing ('YYYY-MM-DD') by the same clock. */
export const today = (): string => localDate(now());

/** This year in Beijing by the same clock. */
export const thisYear = (): number => Number(today().slice(0, 4));

/**
 * TEST_CLOCK_START (an ISO instant, e.g. 2026-12-07T23:58:00+08:00) makes a test-started API stand
 * at that instant and run forward from there in real time, so the walks and browser tests can be
 * run "at 23:58 Beijing" on purpose. TEST_CLOCK_STARTED_AT (epoch ms, default: now) is the real
 * instant that reading belongs to, so the test and the API it spawned share one clock exactly.
 * Honoured only with NODE_ENV=test (jest sets it); with any other NODE_ENV the server refuses to
 * start rather than run on a false clock.
 */
export function applyTestClock(env: NodeJS.ProcessEnv = process.env): Date | null {
  const start = env.TEST_CLOCK_START;
  if (!start) return null;
  if (env.NODE_ENV !== 'test')
    throw new Error('TEST_CLOCK_START is only for tests: it is honoured with NODE_ENV=test and nowhere else');
  const at = new Date(start);
  const realAt = env.TEST_CLOCK_STARTED_AT ? Number(env.TEST_CLOCK_STARTED_AT) : Date.now();
  if (Number.isNaN(at.getTime()) || !Number.isFinite(realAt))
    throw new Error(`TEST_CLOCK_START must be an ISO instant, not "${start}"`);
  const offset = at.getTime() - realAt;
  setClock(() => new Date(Date.now() + offset));
  return at;
}
