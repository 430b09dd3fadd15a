/**
 * Where the 教代会 rules read the current time: every rule takes `now` as a value, so a test can
 * stand inside or outside a collection window, or past a reply deadline, and run the real routes.
 */
const systemClock = () => new Date();
let current: () => Date = systemClock;

export const congressNow = (): Date => current();

/** Tests only: stand at another instant; `null` returns to the system clock. */
export function setCongressClock(clock: (() => Date) | null): void {
  current = clock ?? systemClock;
}
