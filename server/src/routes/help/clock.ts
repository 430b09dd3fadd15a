/**
 * Where the help rules read the current time. Each rule takes `now` as a value and hands it to SQL
 * as a parameter instead of calling now() in a query, so a test can stand on a chosen Friday, or
 * eight days after a resolution, and run the real routes there. Production keeps the server clock.
 */
const systemClock = () => new Date();
let current: () => Date = systemClock;

export const helpNow = (): Date => current();

/** Tests only: stand at another instant; `null` returns to the system clock. */
export function setHelpClock(clock: (() => Date) | null): void {
  current = clock ?? systemClock;
}
