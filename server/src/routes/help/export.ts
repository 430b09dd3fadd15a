import ExcelJS from 'exceljs';
import type { ExportRow } from './repository';
import { RATING_LABELS, STATUS_LABELS, URGENCY_LABELS } from './rules';
import { atLocal, formatClock, localMinutes, monthRange } from '../../time/beijing';
import { beijingDate } from './working-days';

const DAY_MS = 86_400_000;
const beijingMonth = (instant: Date) => beijingDate(instant).slice(0, 7);
const beijingMinute = (instant: Date | null) =>
  instant ? `${beijingDate(instant)} ${formatClock(localMinutes(instant))}` : '';

/** '2026-12' → '2027-01'. */
export const nextMonth = (month: string): string => monthRange(month).to.slice(0, 7);

/** 'YYYY-MM' months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The instant a Beijing month starts: '2026-11' → 2026-10-31T16:00Z. */
export const monthStart = (month: string): Date => atLocal(`${month}-01`, 0);

/** Whether the first answer came after the deadline's day, or has not come and the day is over. */
const answeredLate = (row: ExportRow) =>
  row.overdue || (row.firstResponseAt !== null && beijingDate(row.firstResponseAt) > row.responseDueOn);

interface MonthFigures {
  month: string;
  created: number;
  byCategory: Map<string, number>;
  averageResponseDays: number | null;
  late: number;
  rated: number;
  ratings: Record<keyof typeof RATING_LABELS, number>;
  satisfactionRate: number | null;
}

/** Figures for the cases created (and the ratings given) in `months`. */
function figuresFor(label: string, months: string[], rows: ExportRow[]): MonthFigures {
  const created = rows.filter((r) => months.includes(beijingMonth(r.createdAt)));
  const rated = rows.filter((r) => r.rating && r.ratedAt && months.includes(beijingMonth(r.ratedAt)));
  const answered = created.filter((r) => r.firstResponseAt);
  const byCategory = new Map<string, number>();
  for (const r of created) byCategory.set(r.categoryName, (byCategory.get(r.categoryName) ?? 0) + 1);
  const ratings = { satisfied: 0, basically_satisfied: 0, dissatisfied: 0 };
  for (const r of rated) ratings[r.rating!] += 1;
  const totalDays = answered.reduce(
    (sum, r) => sum + (r.firstResponseAt!.getTime() - r.createdAt.getTime()) / DAY_MS,
    0,
  );
  return {
    month: label,
    created: created.length,
    byCategory,
    averageResponseDays: answered.length ? Math.round((totalDays / answered.length) * 10) / 10 : null,
    late: created.filter(answeredLate).length,
    rated: rated.length,
    ratings,
    // 满意率 = (满意 + 基本满意) / 评价数, as the evaluation standard counts it.
    satisfactionRate: rated.length ? (ratings.satisfied + ratings.basically_satisfied) / rated.length : null,
  };
}

/** Monthly figures and the case list as an Excel workbook (the union's report to its committee). */
export async function buildHelpWorkbook(input: {
  unionName: string;
  months: string[];
  categories: string[];
  rows: ExportRow[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教职工之家';
  const createdInRange = input.rows.filter((r) => input.months.includes(beijingMonth(r.createdAt)));
  const categories = [...new Set([...input.categories, ...createdInRange.map((r) => r.categoryName)])];

  const summary = workbook.addWorksheet('月度统计');
  summary.addRow([`${input.unionName} 困难帮扶与求助月度统计（${input.months[0]} 至 ${input.months.at(-1)}）`]).font = {
    bold: true,
    size: 13,
  };
  const header = summary.addRow([
    '月份',
    '新增求助',
    ...categories,
    '平均首次答复用时（天）',
    '超期答复',
    '评价数',
    '满意',
    '基本满意',
    '不满意',
    '满意率',
  ]);
  header.font = { bold: true };
  const figures = [
    ...input.months.map((m) => figuresFor(m, [m], input.rows)),
    figuresFor('合计', input.months, input.rows),
  ];
  for (const f of figures) {
    const row = summary.addRow([
      f.month,
      f.created,
      ...categories.map((c) => f.byCategory.get(c) ?? 0),
      f.averageResponseDays ?? '—',
      f.late,
      f.rated,
      f.ratings.satisfied,
      f.ratings.basically_satisfied,
      f.ratings.dissatisfied,
      f.satisfactionRate ?? '—',
    ]);
    row.getCell(categories.length + 9).numFmt = '0.0%';
    if (f.month === '合计') row.font = { bold: true };
  }
  summary.columns.forEach((column, i) => (column.width = i === 0 ? 10 : 12));

  const detail = workbook.addWorksheet('求助明细');
  detail.addRow([
    '编号',
    '提交时间',
    '类别',
    '标题',
    '紧急程度',
    '提交人',
    '办理人',
    '状态',
    '答复期限',
    '首次答复',
    '超期',
    '办结时间',
    '评价',
    '评价意见',
  ]).font = { bold: true };
  for (const r of createdInRange) {
    detail.addRow([
      r.id,
      beijingMinute(r.createdAt),
      r.categoryName,
      r.title,
      URGENCY_LABELS[r.urgency],
      r.anonymous ? '匿名' : (r.memberName ?? ''),
      r.handlerName ?? '',
      STATUS_LABELS[r.status],
      r.responseDueOn,
      beijingMinute(r.firstResponseAt),
      answeredLate(r) ? '是' : '',
      beijingMinute(r.resolvedAt),
      r.rating ? RATING_LABELS[r.rating] : '',
      r.ratingComment,
    ]);
  }
  detail.columns.forEach((column, i) => (column.width = [6, 17, 14, 30, 8, 10, 10, 10, 11, 17, 6, 17, 9, 30][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
