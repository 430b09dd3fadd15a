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
    item: (r) => ({ title: text(r.title), detail: r.read ? '已读' : '未读', at: r.createdAt as Date }),
  },
];
