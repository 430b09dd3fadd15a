import { today as beijingToday } from '../../clock';
import type { Db } from '../../db';
import { annualFigures } from '../admin';
import { monthlySummary } from '../reception';
import { MIN_GROUP, percent, satisfactionRate, surveyRepository } from '../survey';
import type { FigureKey } from './standard';

export interface Figure {
  label: string;
  value: number | null;
  unit: string;
}
export type FigureSet = Partial<Record<FigureKey, Figure[]>>;
type Source = (db: Db, schoolId: number, year: number) => Promise<Figure[]>;

const unitOf = (label: string) => /（(.+)）$/.exec(label)?.[1] ?? '';
const plain = (label: string) => label.replace(/（.+）$/, '');

/** Figures of one section of the annual workbook: the very same queries, so the numbers agree. */
const annualSection =
  (section: string): Source =>
  async (db, schoolId, year) =>
    (await annualFigures(db, schoolId, year))
      .filter((f) => f.section === section)
      .map((f) => ({ label: plain(f.label), value: f.value, unit: unitOf(f.label) }));

/** 参评率 and 满意率 of the school's latest evaluation of the year, as the survey roll-up shows them (rule of five kept). */
const surveyFigures: Source = async (db, schoolId, year) => {
  const repo = surveyRepository(db);
  const latest = await repo.latestOfYear(schoolId, year);
  if (latest === null)
    return [
      { label: '参评人数', value: null, unit: '人' },
      { label: '参评率', value: null, unit: '%' },
      { label: '满意率', value: null, unit: '%' },
    ];
  const turnout = await repo.turnout(latest);
  const enough = turnout.answered >= MIN_GROUP;
  const count = enough ? await repo.satisfactionCounts(latest) : null;
  return [
    { label: '参评人数', value: enough ? turnout.answered : null, unit: '人' },
    { label: '参评率', value: enough ? percent(turnout.answered, turnout.audience) : null, unit: '%' },
    { label: '满意率', value: count && count.valid >= MIN_GROUP ? satisfactionRate(count) : null, unit: '%' },
  ];
};

/**
 * 满意率 of every school under an upper union, as surveyFigures gives it one school at a time: the
 * survey roll-up's one statement, so that a city's 500 schools cost one round trip, not 1,500.
 */
export async function satisfactionBySchool(db: Db, upperId: number, year: number): Promise<Map<number, number | null>> {
  const rates = new Map<number, number | null>();
  for (const r of await surveyRepository(db).rollupOf(upperId, year)) {
    const valid = (r.satisfied ?? 0) + (r.basic ?? 0) + (r.unsatisfied ?? 0);
    const counted = r.surveyId !== null && r.answered >= MIN_GROUP && r.satisfied !== null && valid >= MIN_GROUP;
    rates.set(
      r.unionId,
      counted
        ? satisfactionRate({ valid, satisfied: r.satisfied!, basic: r.basic!, unsatisfied: r.unsatisfied! })
        : null,
    );
  }
  return rates;
}

/** Replies of the reception days, month by month as the chair's monthly summary counts them. */
const receptionFigures: Source = async (db, schoolId, year) => {
  const today = beijingToday();
  let due = 0;
  let onTime = 0;
  for (let month = 1; month <= 12; month += 1) {
    const { replies } = await monthlySummary(db, schoolId, `${year}-${String(month).padStart(2, '0')}`, today);
    due += replies.replied + replies.overdue;
    onTime += replies.onTime;
  }
  return [
    { label: '应答复', value: due, unit: '件' },
    { label: '按期答复', value: onTime, unit: '件' },
    { label: '按期答复率', value: due ? percent(onTime, due) : null, unit: '%' },
  ];
};

/** Where each kind of figure comes from: each the annual workbook's own counting, or the page that reports it. */
export const FIGURE_SOURCES: Record<FigureKey, Source> = {
  survey: surveyFigures,
  booking: annualSection('职工之家活动中心'),
  reception: receptionFigures,
  help: annualSection('困难帮扶'),
  clubs: annualSection('兴趣社团'),
  care: annualSection('送温暖'),
  motions: annualSection('教代会提案'),
};

/** The figures the items of a round ask for, for one school and year. Outside any transaction: a missing feature's query fails softly. */
export async function figuresFor(
  db: Db,
  schoolId: number,
  year: number,
  keys: Iterable<FigureKey>,
): Promise<FigureSet> {
  const out: FigureSet = {};
  for (const key of new Set(keys)) {
    out[key] = await FIGURE_SOURCES[key](db, schoolId, year);
  }
  return out;
}
