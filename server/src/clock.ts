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
