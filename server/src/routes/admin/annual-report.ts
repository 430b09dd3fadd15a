import ExcelJS from 'exceljs';
import type { Db } from '../../db';
import { monthRange } from '../../time/beijing';
import { type Figure, FIGURES } from './annual-figures';
import { annualFiguresRepository, type Span } from './annual-figures-repository';

export interface AnnualFigure {
  section: string;
  label: string;
  kind: 'year' | 'snapshot';
  value: number | null;
}

/** The sheets of the workbook, as the 年度建家材料 page lists them. */
export const annualSheets = (year: number) => [
  { name: `${year}年度数据`, description: '各板块的全年数字，以及导出时的名册现状' },
  { name: '按月统计', description: '全年数字按月拆开（北京时间），便于写工作总结' },
  { name: '指标说明', description: '每个数字的口径，以及会员注销账号为何不影响这些数字' },
];

/** The twelve months of a Beijing calendar year. */
const monthSpans = (year: number): Span[] =>
  Array.from({ length: 12 }, (_, i) => {
    const { from, to } = monthRange(`${year}-${String(i + 1).padStart(2, '0')}`);
    return [`${from}T00:00:00+08:00`, `${to}T00:00:00+08:00`];
  });

/** The Beijing calendar year: from the start of its first month to the end of its last. */
const yearSpan = (year: number): Span => {
  const months = monthSpans(year);
  return [months[0]![0], months[11]![1]];
};

/**
 * A figure's values, one per span in order, in a single query; a snapshot has one value whatever
 * the spans.
 */
async function valuesOf(db: Db, figure: Figure, unionId: number, spans: Span[]): Promise<(number | null)[]> {
  const repository = annualFiguresRepository(db);
  try {
    return figure.kind === 'year'
      ? await repository.yearValues(figure.key, unionId, spans)
      : await repository.snapshotValues(figure.key, unionId);
  } catch {
    // The feature is not installed (yet): the figure stays empty.
    return spans.map(() => null);
  }
}

const figureOf = (f: Figure, value: number | null | undefined): AnnualFigure => ({
  section: f.section,
  label: f.label,
  kind: f.kind,
  value: value ?? null,
});

/** The year's figures of one union, Beijing calendar year. */
export async function annualFigures(db: Db, unionId: number, year: number): Promise<AnnualFigure[]> {
  const out: AnnualFigure[] = [];
  for (const f of FIGURES) out.push(figureOf(f, (await valuesOf(db, f, unionId, [yearSpan(year)]))[0]));
  return out;
}

/** A rate is not the sum of its months, and an evaluation belongs to a year, not a month: both stay yearly figures. */
const byMonth = (f: Figure) => f.kind === 'year' && !f.label.includes('%') && f.section !== '会员评议';

export async function annualWorkbook(db: Db, unionId: number, unionName: string, year: number): Promise<Buffer> {
  // One query per figure: the twelve months (where the figure has them) and then the whole year.
  const spans = [...monthSpans(year), yearSpan(year)];
  const series: (number | null)[][] = [];
  for (const f of FIGURES) series.push(await valuesOf(db, f, unionId, byMonth(f) ? spans : [yearSpan(year)]));
  const figures = FIGURES.map((f, index) => figureOf(f, series[index]!.at(-1)));
  const [yearSheet, monthSheet, notesSheet] = annualSheets(year);
  const book = new ExcelJS.Workbook();

  const sheet = book.addWorksheet(yearSheet!.name);
  sheet.columns = [{ width: 20 }, { width: 36 }, { width: 14 }];
  sheet.addRow([`${unionName} ${year} 年度建家材料`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['板块', '项目', '数值']).font = { bold: true };
  for (const f of figures) sheet.addRow([f.section, f.label, f.value ?? '—']);

  const months = book.addWorksheet(monthSheet!.name);
  months.columns = [{ width: 18 }, { width: 32 }, ...Array.from({ length: 13 }, () => ({ width: 8 }))];
  months.addRow(['板块', '项目', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '全年']).font = { bold: true };
  for (const [index, f] of FIGURES.entries()) {
    if (!byMonth(f)) continue;
    const values = series[index]!.slice(0, 12).map((value) => value ?? '—');
    months.addRow([f.section, f.label, ...values, figures[index]!.value ?? '—']);
  }

  const notes = book.addWorksheet(notesSheet!.name);
  notes.columns = [{ width: 18 }, { width: 36 }, { width: 60 }];
  notes.addRow(['板块', '项目', '口径']).font = { bold: true };
  for (const f of FIGURES) notes.addRow([f.section, f.label, f.note]);
  notes.addRow([]);
  notes.addRow(['说明', '时间', '按北京时间的自然年、自然月统计']);
  notes.addRow([
    '说明',
    '会员注销账号',
    '注销只删除或匿名化个人信息，记录本身保留，全年数字不变；“名册现状”是导出时的名册，注销的账号不再计入',
  ]);
  notes.addRow(['说明', '“—”', '该项服务尚未启用或没有可统计的数据']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
