import ExcelJS from 'exceljs';
import type { Db } from '../../db';

interface Figure {
  section: string;
  label: string;
  /** One number for the union ($1) and the year's Beijing-time bounds ($2, $3). */
  sql: string;
}

const YEAR = (column: string) => `${column} >= $2 AND ${column} < $3`;

// 年度建家材料: each figure read straight from a feature's tables. A feature that is not installed
// (its table missing) shows “—” instead of breaking the workbook.
const FIGURES: Figure[] = [
  { section: '会员', label: '在册会员（人）', sql: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active' AND $2::timestamptz IS NOT NULL AND $3::timestamptz IS NOT NULL` },
  { section: '会员', label: '本年新入会（人）', sql: `SELECT count(*) FROM members WHERE union_id = $1 AND ${YEAR('created_at')}` },
  { section: '会员', label: '已绑定微信（人）', sql: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active' AND openid IS NOT NULL AND $2::timestamptz IS NOT NULL AND $3::timestamptz IS NOT NULL` },
  { section: '职工之家活动中心', label: '预约（次）', sql: `SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status IN ('confirmed', 'checked_in', 'no_show') AND ${YEAR('b.starts_at')}` },
  { section: '职工之家活动中心', label: '到场签到（人次）', sql: `SELECT coalesce(sum(b.seats), 0) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'checked_in' AND ${YEAR('b.starts_at')}` },
  { section: '心理咨询', label: '完成的咨询（次）', sql: `SELECT count(*) FROM counselling_appointments WHERE union_id = $1 AND status = 'completed' AND ${YEAR('starts_at')}` },
  { section: '困难帮扶', label: '收到求助（件）', sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND ${YEAR('created_at')}` },
  { section: '困难帮扶', label: '已办结（件）', sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND status IN ('resolved', 'closed') AND ${YEAR('created_at')}` },
  { section: '困难帮扶', label: '评价“满意”或“基本满意”（件）', sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IN ('satisfied', 'basically_satisfied') AND ${YEAR('created_at')}` },
  { section: '困难帮扶', label: '已评价（件）', sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IS NOT NULL AND ${YEAR('created_at')}` },
  { section: '兴趣社团', label: '社团（个）', sql: `SELECT count(*) FROM clubs WHERE union_id = $1 AND $2::timestamptz IS NOT NULL AND $3::timestamptz IS NOT NULL` },
  { section: '兴趣社团', label: '社团成员（人次）', sql: `SELECT count(*) FROM club_members cm JOIN clubs c ON c.id = cm.club_id WHERE c.union_id = $1 AND $2::timestamptz IS NOT NULL AND $3::timestamptz IS NOT NULL` },
  { section: '主席接待日', label: '接待场次', sql: `SELECT count(*) FROM reception_sessions WHERE union_id = $1 AND status = 'open' AND ${YEAR('starts_at')}` },
  { section: '主席接待日', label: '来访（人次）', sql: `SELECT count(*) FROM reception_appointments WHERE union_id = $1 AND status = 'arrived' AND ${YEAR('slot_start')}` },
  { section: '会员评议', label: '评议（次）', sql: `SELECT count(*) FROM surveys WHERE union_id = $1 AND status <> 'draft' AND ${YEAR('closes_at')}` },
  { section: '会员评议', label: '参与评议（人次）', sql: `SELECT count(*) FROM survey_participants p JOIN surveys s ON s.id = p.survey_id WHERE s.union_id = $1 AND ${YEAR('s.closes_at')}` },
];

export interface AnnualFigure {
  section: string;
  label: string;
  value: number | null;
}

/** The year's figures of one union, Beijing calendar year. */
export async function annualFigures(db: Db, unionId: number, year: number): Promise<AnnualFigure[]> {
  const from = `${year}-01-01T00:00:00+08:00`;
  const to = `${year + 1}-01-01T00:00:00+08:00`;
  const out: AnnualFigure[] = [];
  for (const figure of FIGURES) {
    let value: number | null = null;
    try {
      const [row] = await db.query<Record<string, number>>(figure.sql, [unionId, from, to]);
      value = Number(Object.values(row ?? {})[0] ?? 0);
    } catch {
      // The feature is not installed (yet): the figure stays empty.
    }
    out.push({ section: figure.section, label: figure.label, value });
  }
  return out;
}

export async function annualWorkbook(unionName: string, year: number, figures: AnnualFigure[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${year}年度数据`);
  sheet.columns = [{ width: 20 }, { width: 34 }, { width: 14 }];
  sheet.addRow([`${unionName} ${year} 年度建家材料`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['板块', '项目', '数值']).font = { bold: true };
  for (const f of figures) sheet.addRow([f.section, f.label, f.value ?? '—']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
