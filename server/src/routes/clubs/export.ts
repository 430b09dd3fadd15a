import ExcelJS from 'exceljs';
import { formatClock, localDate, localMinutes } from '../booking';
import type { ClubExportData, SignUpRow } from './export-repository';

/** '2026-11-23 14:00' in Beijing time: sortable in a spreadsheet. */
const beijingMinute = (instant: Date | null) =>
  instant ? `${localDate(instant)} ${formatClock(localMinutes(instant))}` : '';

const attendanceWord = (s: SignUpRow) =>
  s.status === 'waitlisted' ? '—' : s.attended ? '已到' : s.attended === false ? '未到' : '未登记';
const howWord = (s: SignUpRow) => (s.checkedInAt ? '扫码签到' : s.attended ? '负责人登记' : '');
const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(0)}%` : '—');

/** 成员名单, 活动汇总 and 签到明细 as an Excel workbook, for the club's leaders and the union's staff. */
export async function clubWorkbook(clubName: string, data: ClubExportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教职工之家';

  const members = workbook.addWorksheet('成员名单');
  members.addRow([`${clubName} 成员名单（共 ${data.members.length} 人）`]).font = { bold: true, size: 13 };
  members.addRow(['序号', '姓名', '工号', '分工会', '身份', '加入时间']).font = { bold: true };
  data.members.forEach((m, i) =>
    members.addRow([
      i + 1,
      m.name,
      m.staffNo,
      m.branch ?? '',
      m.role === 'leader' ? '负责人' : '成员',
      beijingMinute(m.joinedAt),
    ]),
  );
  members.columns.forEach((column, index) => (column.width = [6, 12, 12, 20, 8, 18][index]));

  const events = workbook.addWorksheet('活动汇总');
  events.addRow(['活动', '开始时间', '结束时间', '地点', '名额', '已报名', '候补', '到场', '到场率', '状态']).font = {
    bold: true,
  };
  for (const e of data.events) {
    events.addRow([
      e.title,
      beijingMinute(e.startsAt),
      beijingMinute(e.endsAt),
      e.place,
      e.capacity,
      e.confirmed,
      e.waitlisted,
      e.attended,
      percent(e.attended, e.confirmed),
      e.cancelled ? '已取消' : '',
    ]);
  }
  events.columns.forEach((column, index) => (column.width = [24, 18, 18, 24, 8, 8, 8, 8, 8, 8][index]));

  const titles = new Map(data.events.map((e) => [e.id, e]));
  const detail = workbook.addWorksheet('签到明细');
  detail.addRow(['活动', '活动时间', '姓名', '工号', '报名状态', '到场', '签到方式', '签到时间', '报名时间']).font = {
    bold: true,
  };
  for (const s of data.signUps) {
    const event = titles.get(s.eventId)!;
    detail.addRow([
      event.title,
      beijingMinute(event.startsAt),
      s.name,
      s.staffNo,
      s.status === 'confirmed' ? '已报名' : '候补',
      attendanceWord(s),
      howWord(s),
      beijingMinute(s.checkedInAt),
      beijingMinute(s.createdAt),
    ]);
  }
  detail.columns.forEach((column, index) => (column.width = [24, 18, 12, 12, 10, 8, 12, 18, 18][index]));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
