import { compare, MAX_RAW_SPREAD } from '../bench/rounds';

const round = (api: number, raw: number) => ({
  api: { perSecond: api, p50: 10, p99: 40 },
  raw: { perSecond: raw, p50: 5, p99: 20 },
});

describe('the benchmark comparison of API and pgbench rounds', () => {
  it('gives the median of the rounds’ ratios when pgbench held its rate', () => {
    const c = compare([round(500, 1000), round(600, 1000), round(450, 1100)]);
    expect(c.steady).toBe(true);
    expect(c.median).toBeCloseTo(0.5);
    expect(c.rawSpread).toBeCloseTo(0.1);
  });

  it('refuses a ratio when pgbench’s own rate moved more than the allowed share between rounds', () => {
    const c = compare([round(500, 1000), round(500, 1000 * (1 + MAX_RAW_SPREAD + 0.1))]);
    expect(c.steady).toBe(false);
    expect(c.rawSpread).toBeGreaterThan(MAX_RAW_SPREAD);
  });
});
