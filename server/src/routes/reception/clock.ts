/**
 * Where the reception rules read the current time. Every rule takes `now` as a value and passes it
 * to SQL as a parameter instead of calling `now()` in a query, so a test can stand on a chosen
 * Wednesday afternoon and run the real routes there. Production never changes it.
 */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

export const now = (): Date => current();

/** Tests only: stand at another time; `null` goes back to the system clock. */
export function setClock(clock: Clock | null): void {
  current = clock ?? systemClock;
}
