import { applyTestClock, now, setClock, today } from '../../server/src/clock';

afterEach(() => setClock(null));

describe('TEST_CLOCK_START', () => {
  it('stands a test-started API at the given Beijing instant and runs on from there', () => {
    const realAt = Date.now();
    applyTestClock({
      NODE_ENV: 'test',
      TEST_CLOCK_START: '2026-12-08T23:58:00+08:00',
      TEST_CLOCK_STARTED_AT: String(realAt),
    });
    const elapsed = Date.now() - realAt;
    const ranOn = now().getTime() - Date.parse('2026-12-08T15:58:00Z');
    expect(ranOn).toBeGreaterThanOrEqual(elapsed);
    expect(ranOn).toBeLessThan(elapsed + 1000);
    expect(today()).toBe('2026-12-08');
  });

  it.each([undefined, 'production', 'development'])('cannot be switched on with NODE_ENV=%s', (nodeEnv) => {
    expect(() => applyTestClock({ NODE_ENV: nodeEnv, TEST_CLOCK_START: '2026-12-08T23:58:00+08:00' })).toThrow(
      'TEST_CLOCK_START is only for tests',
    );
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('leaves the system clock alone when unset, and refuses a reading that is not an instant', () => {
    expect(applyTestClock({ NODE_ENV: 'production' })).toBeNull();
    expect(() => applyTestClock({ NODE_ENV: 'test', TEST_CLOCK_START: 'midnight' })).toThrow('ISO instant');
  });
});
