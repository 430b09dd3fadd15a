import { now } from '../clock';
import ExcelJS from 'exceljs';
import type { Queryable } from '../db';
import { MODE_LABELS, sealContext } from '../routes/counselling';
// eslint-disable-next-line import-x/no-restricted-paths -- help's index.ts does not export this yet (help is being split)
import { RATING_LABELS as RATING } from '../routes/help/rules';
import type { KeyRing } from './key-ring';

/**
 * 查阅与复制 (PIPL Art. 45): what the app holds about one member, for the page, the JSON file and
 * the XLSX file alike. One section per feature; each reads only the member's own rows. Evaluation
 * answers are not here and cannot be: they carry no member (see migration 010).
 */
type Value = string | number | boolean | Date | null;
type Row = Record<string, Value>;

interface Section {
  key: string;
  title: string;
  /** Export columns in order: key in the JSON file, header in the XLSX sheet. */
  columns: [key: string, header: string][];
  /** The member's rows, newest first ($1: member id). */
  sql: string;
  /** Codes turned into the words the member knows. */
  labels?: Record<string, Record<string, string>>;
  /** One line on the page. */
  item: (row: Row) => { title: string; detail: string; at: Date | null };
  /** Opens what the database keeps sealed, for the member's own eyes. */
  open?: (row: Row, ring: KeyRing) => Row;
}

export const ROLE_LABELS: Record<string, string> = {
  staff: '工会干事',
  chair: '工会主席',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
};
const text = (value: Value | undefined) => (value == null ? '' : String(value));
const join = (...parts: (Value | undefined)[]) =>
  parts.filter((p) => p !== null && p !== '' && p !== undefined).join(' · ');

const SECTIONS: Section[] = [
  {
    key: 'bookings',
    title: '活动中心预约',
    columns: [
      ['room', '场地'],
      ['startsAt', '开始时间'],
      ['endsAt', '结束时间'],
      ['seats', '人数'],
      ['status', '状态'],
      ['note', '备注'],
      ['createdAt', '预约时间'],
    ],
    sql: `SELECT r.name AS room, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.seats, b.status, b.note, b.created_at AS "createdAt"
            FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE b.member_id = $1 ORDER BY b.starts_at DESC, b.id DESC`,
    labels: {
      status: {
        pending: '待审批',
        confirmed: '已预约',
        checked_in: '已签到',
        no_show: '爽约',
        cancelled: '已取消',
        rejected: '未通过',
      },
    },
    item: (r) => ({ title: text(r.room), detail: text(r.status), at: r.startsAt as Date }),
  },
  {
    key: 'bookingSuspensions',
    title: '爽约限制与申诉',
    columns: [
      ['startsAt', '开始'],
      ['endsAt', '结束'],
      ['reason', '原因'],
      ['status', '状态'],
      ['appealStatus', '申诉'],
      ['appealReason', '申诉理由'],
      ['appealReply', '申诉答复'],
    ],
    sql: `SELECT starts_at AS "startsAt", ends_at AS "endsAt", reason, status, appeal_status AS "appealStatus", appeal_reason AS "appealReason",
                 appeal_reply AS "appealReply"
            FROM booking_suspensions WHERE member_id = $1 ORDER BY starts_at DESC, id DESC`,
    labels: {
      status: { active: '限制中', lifted: '已解除' },
      appealStatus: { pending: '待处理', approved: '已通过', rejected: '未通过' },
    },
    item: (r) => ({
      title: text(r.reason) || '暂停预约',
      detail: join(r.status, r.appealStatus && `申诉${r.appealStatus}`),
      at: r.startsAt as Date,
    }),
  },
  {
    key: 'helpCases',
    title: '困难帮扶与求助',
    columns: [
      ['category', '类别'],
      ['title', '标题'],
      ['description', '情况说明'],
      ['anonymous', '匿名提交'],
      ['status', '状态'],
      ['outcome', '办理结果'],
      ['rating', '评价'],
      ['createdAt', '提交时间'],
    ],
    sql: `SELECT c.name AS category, h.title, h.description, h.anonymous, h.status, h.outcome, h.rating, h.created_at AS "createdAt"
            FROM help_requests h JOIN help_categories c ON c.id = h.category_id WHERE h.member_id = $1 ORDER BY h.created_at DESC, h.id DESC`,
    labels: {
      status: {
        submitted: '已提交',
        accepted: '已受理',
        in_progress: '办理中',
        waiting_member: '待补充材料',
        resolved: '已办结',
        closed: '已关闭',
        rejected: '不予受理',
        withdrawn: '已撤回',
      },
      rating: RATING,
    },
    item: (r) => ({ title: text(r.title), detail: join(r.category, r.status), at: r.createdAt as Date }),
  },
  {
    key: 'receptionAppointments',
    title: '主席接待日',
    columns: [
      ['slotStart', '接待时间'],
      ['place', '地点'],
      ['topic', '话题'],
      ['description', '想反映的问题'],
      ['status', '状态'],
      ['reply', '答复'],
      ['rating', '评价'],
      ['createdAt', '预约时间'],
    ],
    sql: `SELECT a.slot_start AS "slotStart", s.place, a.topic, a.description, a.status, a.reply, a.rating, a.created_at AS "createdAt"
            FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id WHERE a.member_id = $1 ORDER BY a.slot_start DESC, a.id DESC`,
    labels: {
      topic: { work: '工作', life: '生活', rights: '权益', suggestion: '意见建议', other: '其他' },
      status: { booked: '已预约', arrived: '已到访', no_show: '未到场', cancelled: '已取消' },
      rating: RATING,
    },
    item: (r) => ({
      title: `${text(r.topic)}：${text(r.description)}`,
      detail: join(r.place, r.status),
      at: r.slotStart as Date,
    }),
  },
  {
    key: 'counsellingAppointments',
    title: '心理咨询预约',
    columns: [
      ['counsellor', '咨询师'],
      ['startsAt', '时间'],
      ['mode', '方式'],
      ['status', '状态'],
      ['alias', '化名'],
      ['note', '想对咨询师说的话'],
      ['rating', '评分'],
      ['createdAt', '提交时间'],
    ],
    sql: `SELECT a.id, c.display_name AS counsellor, a.starts_at AS "startsAt", a.mode, a.status, a.alias_sealed AS alias, a.note_sealed AS note,
                 a.rating, a.created_at AS "createdAt"
            FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id WHERE a.member_id = $1 ORDER BY a.starts_at DESC, a.id DESC`,
    labels: {
      mode: MODE_LABELS,
      status: {
        requested: '待确认',
        proposed: '咨询师建议改时间',
        confirmed: '已确认',
        declined: '未能安排',
        cancelled: '已取消',
        expired: '已过期',
        completed: '已完成',
        no_show: '未到场',
      },
    },
    item: (r) => ({
      title: `${text(r.counsellor)}（${text(r.mode)}）`,
      detail: text(r.status),
      at: r.startsAt as Date,
    }),
    open: ({ id, ...r }, ring) => ({
      ...r,
      alias: typeof r.alias === 'string' ? ring.openText(r.alias, sealContext(Number(id), 'alias')) : null,
      note: typeof r.note === 'string' ? ring.openText(r.note, sealContext(Number(id), 'note')) : null,
    }),
  },
  {
    key: 'counsellingConsents',
    title: '心理咨询知情同意',
    columns: [
      ['version', '版本'],
      ['agreedAt', '同意时间'],
      ['endedAt', '结束时间'],
      ['endReason', '结束原因'],
    ],
    sql: `SELECT version, agreed_at AS "agreedAt", ended_at AS "endedAt", end_reason AS "endReason"
            FROM counselling_consents WHERE member_id = $1 ORDER BY agreed_at DESC, id DESC`,
    labels: { endReason: { withdrawn: '已撤回', superseded: '已同意新版本' } },
    item: (r) => ({
      title: `知情同意书（${text(r.version)}版）`,
      detail: r.endedAt ? text(r.endReason) : '有效',
      at: r.agreedAt as Date,
    }),
  },
  {
    key: 'clubMemberships',
    title: '加入的社团',
    columns: [
      ['club', '社团'],
      ['role', '身份'],
      ['joinedAt', '加入时间'],
    ],
    sql: `SELECT c.name AS club, cm.role, cm.joined_at AS "joinedAt" FROM club_members cm JOIN clubs c ON c.id = cm.club_id
           WHERE cm.member_id = $1 ORDER BY cm.joined_at DESC`,
    labels: { role: { leader: '负责人', member: '成员' } },
    item: (r) => ({ title: text(r.club), detail: text(r.role), at: r.joinedAt as Date }),
  },
  {
    key: 'clubApplications',
    title: '入社申请',
    columns: [
      ['club', '社团'],
      ['reason', '申请理由'],
      ['status', '状态'],
      ['reply', '答复'],
      ['createdAt', '申请时间'],
    ],
    sql: `SELECT c.name AS club, a.reason, a.status, a.reply, a.created_at AS "createdAt" FROM club_applications a JOIN clubs c ON c.id = a.club_id
           WHERE a.member_id = $1 ORDER BY a.created_at DESC, a.id DESC`,
    labels: { status: { pending: '审核中', approved: '已通过', rejected: '未通过' } },
    item: (r) => ({ title: text(r.club), detail: text(r.status), at: r.createdAt as Date }),
  },
  {
    key: 'clubSignUps',
    title: '社团活动报名',
    columns: [
      ['event', '活动'],
      ['startsAt', '活动时间'],
      ['status', '状态'],
      ['attended', '到场'],
      ['createdAt', '报名时间'],
    ],
    sql: `SELECT e.title AS event, e.starts_at AS "startsAt", s.status, s.attended, s.created_at AS "createdAt"
            FROM club_event_signups s JOIN club_events e ON e.id = s.event_id WHERE s.member_id = $1 ORDER BY e.starts_at DESC, s.id DESC`,
    labels: { status: { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' } },
    item: (r) => ({
      title: text(r.event),
      detail: join(r.status, r.attended === true ? '已到场' : null),
      at: r.startsAt as Date,
    }),
  },
  {
    key: 'careReceived',
    title: '工会慰问',
    columns: [
      ['kind', '慰问'],
      ['careDate', '日期'],
      ['visitors', '慰问人'],
      ['amount', '金额（元）'],
      ['gifts', '慰问品'],
    ],
    // Staff's own working note and the 困难职工 list stay with staff (see docs/personal-data.md).
    sql: `SELECT kind_label AS kind, care_date AS "careDate", visitors, amount, gifts
            FROM care_records WHERE member_id = $1 ORDER BY care_date DESC, id DESC`,
    item: (r) => ({
      title: text(r.kind),
      detail: join(r.visitors, Number(r.amount) > 0 ? `${r.amount} 元` : null, r.gifts),
      at: new Date(`${text(r.careDate)}T00:00:00+08:00`),
    }),
  },
  {
    key: 'messages',
    title: '消息',
    columns: [
      ['title', '标题'],
      ['body', '内容'],
      ['read', '已读'],
      ['createdAt', '时间'],
    ],
    sql: `SELECT title, body, read_at IS NOT NULL AS read, created_at AS "createdAt" FROM notifications WHERE member_id = $1 ORDER BY id DESC`,
    item: (r) => ({ title: text(r.title), detail: r.read ? '已读' : '未读', at: r.createdAt as Date }),
  },
];

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
  const [row] = await db.query<Profile>(
    `SELECT m.name, m.staff_no AS "staffNo", m.phone, u.name AS "unionName", b.name AS "branchName",
            coalesce((SELECT array_agg(DISTINCT r.role) FROM member_roles r WHERE r.member_id = m.id), '{}') AS roles,
            m.openid IS NOT NULL AS "wechatBound", m.bound_at AS "boundAt", m.created_at AS "memberSince",
            (SELECT count(*)::int FROM sessions s WHERE s.member_id = m.id AND s.expires_at > now()) AS "openSessions",
            (SELECT count(*)::int FROM survey_participants p WHERE p.member_id = m.id) AS "surveysTaken"
       FROM members m JOIN unions u ON u.id = m.union_id LEFT JOIN unions b ON b.id = m.branch_id
      WHERE m.id = $1 AND m.erased_at IS NULL`,
    [memberId],
  );
  return row ? { ...row, roles: row.roles.map((r) => ROLE_LABELS[r] ?? r) } : null;
}

async function sectionRows(db: Queryable, section: Section, memberId: number, ring?: KeyRing): Promise<Row[]> {
  const stored = await db.query<Row>(section.sql, [memberId]);
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
  const [row] = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM bookings WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2) AS bookings,
            (SELECT count(*)::int FROM counselling_appointments WHERE member_id = $1 AND status IN ('requested', 'proposed', 'confirmed') AND starts_at > $2) AS counselling,
            (SELECT count(*)::int FROM reception_appointments WHERE member_id = $1 AND status = 'booked' AND slot_start > $2) AS reception,
            (SELECT count(*)::int FROM club_event_signups s JOIN club_events e ON e.id = s.event_id
              WHERE s.member_id = $1 AND s.status <> 'cancelled' AND e.starts_at > $2) AS "signUps",
            (SELECT count(*)::int FROM club_members WHERE member_id = $1) AS clubs,
            (SELECT count(*)::int FROM help_requests WHERE member_id = $1 AND status IN ('submitted', 'accepted', 'in_progress', 'waiting_member')) AS "openCases",
            (SELECT count(*)::int FROM help_attachments a JOIN help_requests h ON h.id = a.request_id WHERE h.member_id = $1) AS attachments,
            (SELECT count(*)::int FROM notifications WHERE member_id = $1) AS messages`,
    [memberId, now],
  );
  const r = row!;
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
