/**
 * bench:scale's measurement of one read: several rounds, each the demo and then the city (so both
 * figures of a round come from the same seconds), the median of the rounds, and how far they spread.
 * A read whose demo p99 itself moved by more than MAX_P99_SPREAD between rounds gets no ratio: the
 * demo runs the same read on the same small data every round, so when its p99 moves that much, the
 * machine moved, and a city ÷ demo ratio would measure the machine (as bench:booking refuses a ratio
 * when pgbench's own rate moves).
 */
import { cityToken } from './city-data';
import type { HotRead, Subjects } from './hot-reads';
import { type Request, wrk } from './load';
import { median } from './rounds';

export const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
export const SECONDS = Number(process.env.BENCH_SECONDS || 2);
// Roll-ups answer in hundreds of milliseconds: long enough a run that 32 connections see answers.
export const ROLL_UP_SECONDS = Math.max(SECONDS, 4);
export const MAX_P99_SPREAD = Number(process.env.BENCH_MAX_SPREAD || 0.5);

export interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** One request at a time: the median of three. */
  alone: number;
  bad: number;
}

export interface Measured {
  demo: Figures[];
  city: Figures[];
  /** City p99 ÷ demo p99, round by round. */
  ratios: number[];
  /** (max − min) ÷ median of the demo's p99 over the rounds. */
  demoSpread: number;
  steady: boolean;
}

const spread = (values: number[]) => (Math.max(...values) - Math.min(...values)) / median(values);

async function once(port: number, read: HotRead, subjects: Subjects, tomorrow: string): Promise<Figures> {
  const requests: Request[] = read
    .paths(subjects, tomorrow)
    .map(({ path, memberId }) => ({ method: 'GET', path, token: cityToken(memberId) }));
  const alone: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const r = requests[i % requests.length]!;
    const t = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${r.path}`, {
      headers: { authorization: `Bearer ${r.token}` },
    });
    await response.arrayBuffer();
    alone.push(performance.now() - t);
    if (response.status !== 200) throw new Error(`${read.name} ${r.path}: ${response.status}`);
  }
  const run = await wrk(port, requests, read.rollUp ? ROLL_UP_SECONDS : SECONDS);
  // What wrk left in flight is answered before the next run starts.
  await new Promise((resolve) => setTimeout(resolve, read.rollUp ? 2000 : 300));
  const ok = run.count(200, 201);
  return {
    perSecond: ok / run.seconds,
    p50: run.p50,
    p99: run.p99,
    alone: median(alone),
    bad: run.count(0, 1000) - ok + run.socketErrors,
  };
}

export async function measureRead(
  read: HotRead,
  demo: { port: number; subjects: Subjects },
  city: { port: number; subjects: Subjects },
  tomorrow: string,
): Promise<Measured> {
  const m: Measured = { demo: [], city: [], ratios: [], demoSpread: 0, steady: true };
  for (let r = 0; r < ROUNDS; r += 1) {
    const d = await once(demo.port, read, demo.subjects, tomorrow);
    const c = await once(city.port, read, city.subjects, tomorrow);
    m.demo.push(d);
    m.city.push(c);
    m.ratios.push(c.p99 / d.p99);
  }
  m.demoSpread = spread(m.demo.map((f) => f.p99));
  m.steady = ROUNDS < 2 || m.demoSpread <= MAX_P99_SPREAD;
  return m;
}

/** The median of each figure over the rounds. */
export const middle = (rounds: Figures[]): Figures => ({
  perSecond: median(rounds.map((f) => f.perSecond)),
  p50: median(rounds.map((f) => f.p50)),
  p99: median(rounds.map((f) => f.p99)),
  alone: median(rounds.map((f) => f.alone)),
  bad: rounds.reduce((sum, f) => sum + f.bad, 0),
});

/** "lo–hi" of a figure over the rounds. */
export const range = (values: number[], digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
