/**
 * Where the booking rules and the booking sweeper read the current time. Every rule receives `now`
 * as a value and passes it to SQL as a parameter, instead of calling `now()` inside a query, so that
 * a test can stand at a chosen instant (a Monday at 07:59, ten minutes after a slot started) and run
 * the real routes and SQL there. Production never changes it: it is the server's clock.
 */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

export const now = (): Date => current();

/** Tests only: stand at another time; `null` goes back to the system clock. */
export function setClock(clock: Clock | null): void {
  current = clock ?? systemClock;
}
