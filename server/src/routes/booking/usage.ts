import type { Static } from '@sinclair/typebox';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db';
import { manageRepository, type UsageCounts } from './manage-repository';
import type { Usage } from './manage-schemas';
import { localMinutes, monthRange } from '../../time/beijing';

type UsageReport = Static<typeof Usage>;
type Counts = UsageCounts;

/** Rates over the bookings whose time has come and gone: checked in or not shown. */
function withRates<T extends Counts>(c: T) {
  const settled = c.checkedIn + c.noShows;
  const rate = (n: number) => (settled === 0 ? null : Math.round((n / settled) * 1000) / 1000);
  return { ...c, checkInRate: rate(c.checkedIn), noShowRate: rate(c.noShows) };
}

/** Bookings, check-in and no-show rates per room, and the busiest starting hours, for one month. */
export async function monthlyUsage(db: Queryable, unionId: number, month: string): Promise<UsageReport> {
  const { from, to } = monthRange(month);
  const usage = manageRepository(db);
  const rooms = await usage.usageByRoom(unionId, from, to);
  const starts = await usage.bookingsByStart(unionId, from, to);
  const hours = new Map<number, number>();
  for (const s of starts) {
    const hour = Math.floor(localMinutes(s.startsAt) / 60);
    hours.set(hour, (hours.get(hour) ?? 0) + s.n);
  }
  const sum = (key: keyof Counts) => rooms.reduce((total, r) => total + r[key], 0);
  return {
    month,
    totals: withRates({
      bookings: sum('bookings'),
      checkedIn: sum('checkedIn'),
      noShows: sum('noShows'),
      cancelled: sum('cancelled'),
    }),
    rooms: rooms.map(withRates),
    busiestHours: [...hours.entries()]
      .map(([hour, bookings]) => ({ hour, bookings }))
      .sort((a, b) => b.bookings - a.bookings || a.hour - b.hour),
  };
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The monthly usage as an Excel workbook: one sheet per room, one of busiest hours. */
export async function usageWorkbook(report: UsageReport, unionName: string): Promise<Buffer> {
  const [year, month] = report.month.split('-');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教职工之家';

  const rooms = workbook.addWorksheet('按场地');
  rooms.addRow([`${unionName} ${year}年${Number(month)}月 活动中心使用情况`]).font = { bold: true, size: 14 };
  rooms.mergeCells('A1:G1');
  rooms.addRow(['场地', '预约数', '已签到', '未到场', '已取消', '签到率', '爽约率']).font = { bold: true };
  for (const r of report.rooms)
    rooms.addRow([
      r.roomName,
      r.bookings,
      r.checkedIn,
      r.noShows,
      r.cancelled,
      percent(r.checkInRate),
      percent(r.noShowRate),
    ]);
  const t = report.totals;
  rooms.addRow([
    '合计',
    t.bookings,
    t.checkedIn,
    t.noShows,
    t.cancelled,
    percent(t.checkInRate),
    percent(t.noShowRate),
  ]).font = { bold: true };
  rooms.columns.forEach((column, index) => (column.width = index === 0 ? 20 : 10));

  const hours = workbook.addWorksheet('热门时段');
  hours.addRow(['开始时间', '预约数']).font = { bold: true };
  for (const h of report.busiestHours)
    hours.addRow([`${String(h.hour).padStart(2, '0')}:00–${String(h.hour + 1).padStart(2, '0')}:00`, h.bookings]);
  hours.columns.forEach((column) => (column.width = 16));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
