import ExcelJS from 'exceljs';
import type { Queryable } from '../../db';
import { formatClock, localDate, localMinutes } from '../booking';

/** '2026-11-23 14:00' in Beijing time: sortable in a spreadsheet. */
const beijingMinute = (instant: Date | null) =>
  instant ? `${localDate(instant)} ${formatClock(localMinutes(instant))}` : '';

interface MemberRow {
  name: string;
  staffNo: string;
  branch: string | null;
  role: 'leader' | 'member';
  joinedAt: Date;
}
interface EventRow {
  id: number;
  title: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  cancelled: boolean;
  confirmed: number;
  waitlisted: number;
  attended: number;
}
interface SignUpRow {
  eventId: number;
  name: string;
  staffNo: string;
  status: 'confirmed' | 'waitlisted';
  attended: boolean | null;
  checkedInAt: Date | null;
  createdAt: Date;
}

/** Everything the workbook shows for one club: its members, every event, and every live sign-up. */
export async function clubExportData(db: Queryable, clubId: number) {
  const members = await db.query<MemberRow>(
    `SELECT m.name, m.staff_no AS "staffNo", b.name AS branch, x.role, x.joined_at AS "joinedAt"
       FROM club_members x JOIN members m ON m.id = x.member_id LEFT JOIN unions b ON b.id = m.branch_id
      WHERE x.club_id = $1 ORDER BY x.role, x.joined_at, m.id`,
    [clubId],
  );
  const events = await db.query<EventRow>(
    `SELECT e.id, e.title, e.place, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.capacity, e.cancelled_at IS NOT NULL AS cancelled,
            count(*) FILTER (WHERE s.status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE s.status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE s.status = 'confirmed' AND s.attended)::int AS attended
       FROM club_events e LEFT JOIN club_event_signups s ON s.event_id = e.id
      WHERE e.club_id = $1 GROUP BY e.id ORDER BY e.starts_at, e.id`,
    [clubId],
  );
  const signUps = await db.query<SignUpRow>(
    `SELECT s.event_id AS "eventId", m.name, m.staff_no AS "staffNo", s.status, s.attended, s.checked_in_at AS "checkedInAt", s.created_at AS "createdAt"
       FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN members m ON m.id = s.member_id
      WHERE e.club_id = $1 AND s.status <> 'cancelled' ORDER BY e.starts_at, e.id, s.status, s.id`,
    [clubId],
  );
  return { members, events, signUps };
}

const attendanceWord = (s: SignUpRow) =>
  s.status === 'waitlisted' ? '—' : s.attended ? '已到' : s.attended === false ? '未到' : '未登记';
const howWord = (s: SignUpRow) => (s.checkedInAt ? '扫码签到' : s.attended ? '负责人登记' : '');
const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(0)}%` : '—');

/** 成员名单, 活动汇总 and 签到明细 as an Excel workbook, for the club's leaders and the union's staff. */
export async function clubWorkbook(
  clubName: string,
  data: Awaited<ReturnType<typeof clubExportData>>,
): Promise<Buffer> {
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
