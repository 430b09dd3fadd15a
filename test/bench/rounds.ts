/**
 * The API and pgbench measured in turns. On a shared machine the speed of both drifts by half
 * within minutes (other tenants, the CPU's clock), so one long API phase and then one long pgbench
 * phase compare two different machines. Short alternating rounds pair each API figure with a pgbench
 * figure taken seconds later, and the median of the rounds' ratios is what one slow round cannot move.
 */
import type { Rate } from './load';

export interface Round {
  api: Rate;
  raw: Rate;
}

export interface Comparison {
  rounds: Round[];
  /** Over all rounds: answers per second, and the median of the rounds' p50 and p99 (each round's own is printed too). */
  api: Rate;
  raw: Rate;
  /** API ÷ pgbench per round, in the order they ran. */
  ratios: number[];
  median: number;
  /** How far pgbench's own rate moved across the rounds: (fastest − slowest) ÷ median. */
  rawSpread: number;
  /** False when rawSpread is over MAX_RAW_SPREAD: the machine changed under the run, and no ratio is worth printing. */
  steady: boolean;
}

/**
 * pgbench runs the same SQL every round, so its rate should hold; when it moves by more than this
 * share between rounds, other work on the machine came and went, and a ratio would measure that.
 */
export const MAX_RAW_SPREAD = Number(process.env.BENCH_MAX_SPREAD || 0.25);

/** `rounds` times: settle, the API's round, settle, pgbench's round. */
export async function inRounds(
  rounds: number,
  settle: () => Promise<void>,
  api: () => Promise<Rate>,
  raw: () => Promise<Rate>,
): Promise<Round[]> {
  const results: Round[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await settle();
    const apiRound = await api();
    await settle();
    results.push({ api: apiRound, raw: await raw() });
  }
  return results;
}

export function compare(rounds: Round[]): Comparison {
  const ratios = rounds.map((r) => r.api.perSecond / r.raw.perSecond);
  const raw = rounds.map((r) => r.raw.perSecond);
  const rawSpread = (Math.max(...raw) - Math.min(...raw)) / median(raw);
  return {
    rounds,
    api: combined(rounds.map((r) => r.api)),
    raw: combined(rounds.map((r) => r.raw)),
    ratios,
    median: median(ratios),
    rawSpread,
    steady: rawSpread <= MAX_RAW_SPREAD,
  };
}

// Rounds are equally long, so the mean of their rates is the rate over all of them.
const combined = (rates: Rate[]): Rate => ({
  perSecond: rates.reduce((sum, r) => sum + r.perSecond, 0) / rates.length,
  p50: median(rates.map((r) => r.p50)),
  p99: median(rates.map((r) => r.p99)),
});

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
