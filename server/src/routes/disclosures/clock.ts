/** Where the 校务公开 rules read the time, so a test can stand inside or after a 公示期. */
const systemClock = () => new Date();
let current: () => Date = systemClock;

export const disclosureNow = (): Date => current();

/** Tests only: stand at another instant; `null` returns to the system clock. */
export function setDisclosureClock(clock: (() => Date) | null): void {
  current = clock ?? systemClock;
}
