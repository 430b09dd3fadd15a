import { MODE_LABELS, sealContext } from '../../routes/counselling';
import { join, type Section, text } from './section';

/** The sections from 心理咨询 to 消息, in the order the page shows them. */
export const LATER_SECTIONS: Section[] = [
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
