/**
 * One clock for a test and the API it starts. CI runs at any hour, so a walk must pass at 23:58
 * Beijing as well as at noon; to run it there on purpose, set TEST_CLOCK_START (an ISO instant, e.g.
 * TEST_CLOCK_START=2026-12-07T23:58:00+08:00). The API is then started with the same reading and the
 * real instant it belongs to (see applyTestClock in server/src/clock.ts, honoured only with
 * NODE_ENV=test), and `testNow()` here runs in step with it. Unset, both are the system clock.
 */
const start = process.env.TEST_CLOCK_START;
const startedAt = Number(process.env.TEST_CLOCK_STARTED_AT || Date.now());
const offset = start ? new Date(start).getTime() - startedAt : 0;
if (Number.isNaN(offset)) throw new Error(`TEST_CLOCK_START must be an ISO instant, not "${start}"`);
// Pinned at first load, so that every later load (a jest worker, a test file) keeps the same offset.
if (start) process.env.TEST_CLOCK_STARTED_AT = String(startedAt);

/** Now, as the test-started API sees it (epoch ms). */
export const testNow = (): number => Date.now() + offset;

/** The environment a spawned API needs to stand on the same clock (empty without a test clock). */
export const testClockEnv = (): Record<string, string> =>
  start ? { NODE_ENV: 'test', TEST_CLOCK_START: start, TEST_CLOCK_STARTED_AT: String(startedAt) } : {};

/** A Beijing date ('YYYY-MM-DD') and clock ('HH:mm') of an instant. */
export function beijing(instant: number): { date: string; hhmm: string } {
  const iso = new Date(instant + 8 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), hhmm: iso.slice(11, 16) };
}
