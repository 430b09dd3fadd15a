import type { Static } from '@sinclair/typebox';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db';
import { appointmentRepository } from './appointments-repository';
import { RATING_LABELS, type ReceptionSummary, TOPIC_LABELS, TOPICS } from './schemas';
import { receptionSummaryRepository } from './summary-repository';
import { addDays, formatDate, localClock, localDate, monthRange } from './time';
import { isOverdue, stageOf } from './views';

type Summary = Static<typeof ReceptionSummary>;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * One month of a union's reception days, by the sessions' dates: sessions held so far, appointments and
 * attendance, topics, replies on time (by the deadline of each visit) and the members' satisfaction.
 */
export async function monthlySummary(db: Queryable, unionId: number, month: string, today: string): Promise<Summary> {
  const { from, to } = monthRange(month);
  const counts = receptionSummaryRepository(db);
  const sessions = await counts.sessionsHeld(unionId, from, to, today);
  const c = await counts.appointmentCounts(unionId, from, to, today);
  const byTopic = await counts.appointmentsByTopic(unionId, from, to);
  const rated = c.satisfied + c.basicallySatisfied + c.dissatisfied;
  return {
    month,
    sessions,
    appointments: c.appointments,
    arrived: c.arrived,
    noShow: c.noShow,
    cancelled: c.cancelled,
    topics: TOPICS.map((topic) => ({ topic, count: byTopic.find((t) => t.topic === topic)?.count ?? 0 })),
    replies: {
      needed: c.arrived,
      replied: c.replied,
      onTime: c.onTime,
      overdue: c.overdue,
      pending: c.pending,
      onTimeRate: rate(c.onTime, c.replied + c.overdue),
    },
    satisfaction: {
      satisfied: c.satisfied,
      basicallySatisfied: c.basicallySatisfied,
      dissatisfied: c.dissatisfied,
      rated,
      rate: rate(c.satisfied + c.basicallySatisfied, rated),
    },
    helpCases: c.helpCases,
  };
}

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

const STAGE_LABELS: Record<ReturnType<typeof stageOf>, string> = {
  booked: '待接待',
  cancelled: '已取消',
  no_show: '未到场',
  arrived: '已到场',
  registered: '已登记',
  assigned: '已交办',
  replied: '已答复',
  rated: '已评价',
};

/**
 * The month as an Excel workbook: the figures, and one row per visit. A visit the member asked to
 * keep confidential shows its topic only, since a file travels further than the app.
 */
export async function summaryWorkbook(
  db: Queryable,
  unionId: number,
  unionName: string,
  summary: Summary,
  today: string,
): Promise<Buffer> {
  const [year, month] = summary.month.split('-');
  const title = `${unionName} ${year}年${Number(month)}月 工会主席接待日`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教职工之家';

  const figures = workbook.addWorksheet('汇总');
  figures.addRow([title]).font = { bold: true, size: 14 };
  figures.mergeCells('A1:B1');
  const r = summary.replies;
  const s = summary.satisfaction;
  const rows: [string, string | number][] = [
    ['接待日场次', summary.sessions],
    ['预约人次', summary.appointments],
    ['到场', summary.arrived],
    ['未到场', summary.noShow],
    ['取消', summary.cancelled],
    ...summary.topics.map((t): [string, number] => [`话题：${TOPIC_LABELS[t.topic]}`, t.count]),
    ['已答复', r.replied],
    ['按期答复', r.onTime],
    ['逾期未答复', r.overdue],
    ['未到期待答复', r.pending],
    ['按期答复率', percent(r.onTimeRate)],
    ['满意', s.satisfied],
    ['基本满意', s.basicallySatisfied],
    ['不满意', s.dissatisfied],
    ['满意率（满意+基本满意）', percent(s.rate)],
    ['需转困难帮扶', summary.helpCases],
  ];
  for (const row of rows) figures.addRow(row);
  figures.getColumn(1).width = 26;
  figures.getColumn(2).width = 14;

  const { from, to } = monthRange(summary.month);
  const visits = await appointmentRepository(db).inScope({ unionId, manage: true, memberId: 0 }, from, addDays(to, -1));
  const detail = workbook.addWorksheet('接待明细');
  detail.addRow([
    '日期',
    '时间',
    '会员',
    '分工会',
    '话题',
    '说明',
    '状态',
    '登记内容',
    '交办',
    '答复期限',
    '答复时间',
    '按期',
    '评价',
  ]).font = { bold: true };
  for (const v of visits) {
    const secret = (text: string | null) => (v.confidential ? '（会员希望保密）' : (text ?? ''));
    const stage = isOverdue(v, today) ? '逾期未答复' : STAGE_LABELS[stageOf(v)];
    detail.addRow([
      formatDate(v.date),
      localClock(v.slotStart),
      v.memberName,
      v.branchName ?? '',
      TOPIC_LABELS[v.topic],
      secret(v.description),
      stage,
      secret(v.raised),
      v.assignee ?? '',
      v.dueOn ? formatDate(v.dueOn) : '',
      v.repliedAt ? `${formatDate(localDate(v.repliedAt))} ${localClock(v.repliedAt)}` : '',
      v.repliedAt && v.dueOn ? (localDate(v.repliedAt) <= v.dueOn ? '是' : '否') : '',
      v.rating ? RATING_LABELS[v.rating] : '',
    ]);
  }
  [14, 8, 10, 18, 8, 30, 10, 30, 16, 14, 20, 6, 10].forEach(
    (width, index) => (detail.getColumn(index + 1).width = width),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
