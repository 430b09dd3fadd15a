/**
 * Where counselling reads the time. Rules take `now` as a value and pass it to SQL as a parameter,
 * so a test can stand at a chosen instant by replacing `clock.now`; production never does.
 */
export const clock = { now: (): Date => new Date() };
