import { RATING_LABELS as RATING } from '../../routes/help';
import { join, type Section, text } from './section';

/** The sections from 活动中心预约 to 主席接待日, in the order the page shows them. */
export const FIRST_SECTIONS: Section[] = [
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
];
