import { now } from '../clock';
import ExcelJS from 'exceljs';
import type { Queryable } from '../db';
import type { KeyRing } from './key-ring';
import { reportRepository } from './personal-data-report/report-repository';
import { ROLE_LABELS, type Row, type Section, type Value } from './personal-data-report/section';
import { FIRST_SECTIONS } from './personal-data-report/sections-first';
import { LATER_SECTIONS } from './personal-data-report/sections-later';

export { ROLE_LABELS };

/**
 * 查阅与复制 (PIPL Art. 45): what the app holds about one member, for the page, the JSON file and
 * the XLSX file alike. One section per feature; each reads only the member's own rows. Evaluation
 * answers are not here and cannot be: they carry no member (see migration 010).
 */
const SECTIONS: Section[] = [...FIRST_SECTIONS, ...LATER_SECTIONS];

export interface Profile {
  name: string;
  staffNo: string;
  phone: string;
  unionName: string;
  branchName: string | null;
  roles: string[];
  wechatBound: boolean;
  boundAt: Date | null;
  memberSince: Date;
  openSessions: number;
  surveysTaken: number;
}

const maskPhone = (phone: string) => (phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone);
export const SURVEY_NOTE = '会员评议的答卷不记录答卷人，任何人都无法把答卷和您对应起来，所以这里只能告诉您参加了几次。';

async function profileOf(db: Queryable, memberId: number): Promise<Profile | null> {
  const row = await reportRepository(db).profile(memberId);
  return row ? { ...row, roles: row.roles.map((r) => ROLE_LABELS[r] ?? r) } : null;
}

async function sectionRows(db: Queryable, section: Section, memberId: number, ring?: KeyRing): Promise<Row[]> {
  const stored = await reportRepository(db).sectionRows(section.key, memberId);
  const rows = section.open ? (ring ? stored.map((row) => section.open!(row, ring)) : []) : stored;
  const labels = section.labels ?? {};
  return rows.map((row) => {
    const out: Row = {};
    for (const [key] of section.columns) {
      const value = row[key] ?? null;
      out[key] = labels[key] && typeof value === 'string' ? (labels[key][value] ?? value) : value;
    }
    return out;
  });
}

/** What the page shows: the profile with the phone masked, a count and the newest items of each section. */
export async function personalDataView(db: Queryable, memberId: number, itemsPerSection = 50, ring?: KeyRing) {
  const profile = await profileOf(db, memberId);
  if (!profile) return null;
  const sections = [];
  for (const section of SECTIONS) {
    const rows = await sectionRows(db, section, memberId, ring);
    sections.push({
      key: section.key,
      title: section.title,
      count: rows.length,
      items: rows.slice(0, itemsPerSection).map(section.item),
    });
  }
  return {
    profile: { ...profile, phone: maskPhone(profile.phone) },
    sections,
    surveys: { participated: profile.surveysTaken, note: SURVEY_NOTE },
  };
}

/** Everything, unabridged, for the member's own download. */
export async function personalDataExport(db: Queryable, memberId: number, ring?: KeyRing) {
  const profile = await profileOf(db, memberId);
  if (!profile) return null;
  const sections: { key: string; title: string; columns: [string, string][]; rows: Row[] }[] = [];
  for (const section of SECTIONS)
    sections.push({
      key: section.key,
      title: section.title,
      columns: section.columns,
      rows: await sectionRows(db, section, memberId, ring),
    });
  return { exportedAt: now(), profile, sections };
}

type Export = NonNullable<Awaited<ReturnType<typeof personalDataExport>>>;

const PROFILE_LABELS: [keyof Profile, string][] = [
  ['name', '姓名'],
  ['staffNo', '工号'],
  ['phone', '手机号'],
  ['unionName', '所属工会'],
  ['branchName', '分工会'],
  ['roles', '角色'],
  ['wechatBound', '已绑定微信'],
  ['boundAt', '绑定时间'],
  ['memberSince', '加入时间'],
  ['openSessions', '登录中的设备'],
  ['surveysTaken', '参加会员评议（次）'],
];

export function exportJson(data: Export): string {
  return JSON.stringify(
    {
      说明: '这是教职工之家保存的关于您的全部个人信息。会员评议的答卷不记录答卷人，因此只有参加次数。',
      exportedAt: data.exportedAt,
      profile: data.profile,
      ...Object.fromEntries(data.sections.map((s) => [s.key, s.rows])),
      surveys: { participated: data.profile.surveysTaken, note: SURVEY_NOTE },
    },
    null,
    2,
  );
}

const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * '2026-12-07 11:40', Beijing time, as text. ExcelJS writes a Date as a serial number in UTC
 * with no zone, so WPS and Excel showed 03:40 for an 11:40 appointment.
 */
export function beijingDateTime(at: Date): string {
  const part = Object.fromEntries(BEIJING.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

const cell = (value: Value | string[]) =>
  Array.isArray(value)
    ? value.join('、')
    : value instanceof Date
      ? beijingDateTime(value)
      : typeof value === 'boolean'
        ? value
          ? '是'
          : '否'
        : (value ?? '');

export async function exportWorkbook(data: Export): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const profile = book.addWorksheet('个人资料');
  profile.columns = [{ width: 20 }, { width: 40 }];
  for (const [key, label] of PROFILE_LABELS) profile.addRow([label, cell(data.profile[key])]);
  profile.addRow([]);
  profile.addRow(['会员评议', SURVEY_NOTE]);
  profile.addRow(['导出时间', `${beijingDateTime(data.exportedAt)}（北京时间，表中时间同）`]);
  for (const section of data.sections) {
    const sheet = book.addWorksheet(section.title);
    sheet.columns = section.columns.map(([, header]) => ({ header, width: 20 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of section.rows) sheet.addRow(section.columns.map(([key]) => cell(row[key] ?? null)));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What erasing the account would do now: the numbers the confirmation page shows. */
export async function erasurePreview(db: Queryable, memberId: number, now: Date) {
  const r = await reportRepository(db).pendingCounts(memberId, now);
  return [
    { key: 'bookings', label: '将取消的活动中心预约', count: r.bookings!, unit: '个' },
    { key: 'counselling', label: '将取消的心理咨询预约', count: r.counselling!, unit: '个' },
    { key: 'reception', label: '将取消的主席接待日预约', count: r.reception!, unit: '个' },
    { key: 'signUps', label: '将取消的社团活动报名', count: r.signUps!, unit: '个' },
    { key: 'clubs', label: '将退出的社团', count: r.clubs!, unit: '个' },
    { key: 'openCases', label: '将撤回的未办结求助', count: r.openCases!, unit: '件' },
    { key: 'attachments', label: '将删除的附件', count: r.attachments!, unit: '个' },
    { key: 'messages', label: '将删除的消息', count: r.messages!, unit: '条' },
  ];
}
