import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { badRequest, conflict } from '../../errors';
import { createHelpCaseForMember } from '../help';
import { errors } from '../../schemas/common';
import { optionalText, requiredText, requireHandler, requireOfficer, requireVisitOfficer, viewerOf } from './access';
import { appointmentAction, tags } from './actions';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { now } from '../../clock';
import { receptionMessages } from './messages';
import {
  AssignBody,
  AttendanceBody,
  FollowUps,
  OutcomeBody,
  ReceptionDesk,
  ReplyBody,
  TodayReceptions,
  WeekQuery,
  WeekReceptions,
} from './schemas';
import { sessionRepository } from './sessions-repository';
import { addDays, localDate, weekOf } from './time';
import { toAppointmentView, toSessionView, type Viewer } from './views';
import { allow } from '../../policy';

/** A help case's title from what the member raised: its first line, cut to fit the 50 characters. */
function helpCaseTitle(raised: string): string {
  const firstLine = raised.split('\n')[0]!.trim();
  const title = `接待日反映：${firstLine}`;
  return title.length <= 50 ? title : `${title.slice(0, 49)}…`;
}

/** "答复 within one week": the default deadline after a visit and for 交办. */
const REPLY_DAYS = 7;
const MAX_DEADLINE_DAYS = 60;

/** The chair's phone: today's list, the week, what still waits for a reply, and each visit's record. */
const deskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const sessions = sessionRepository(app.db);
  const appointments = appointmentRepository(app.db);

  async function officer(request: FastifyRequest) {
    const viewer = viewerOf(request.caller);
    requireOfficer(viewer, viewer.manage || (await sessions.isReceiver(viewer.memberId)));
    return viewer;
  }

  /** Sessions between two local dates with their appointments (cancelled ones left out). */
  async function schedule(viewer: Viewer & { manage: boolean }, from: string, to: string, at: Date) {
    const rows = await sessions.inScope(viewer, from, to);
    const taken = await sessions.taken(rows.map((r) => r.id));
    const visits = (await appointments.inScope(viewer, from, to)).map((row) => toAppointmentView(row, viewer, at));
    return { sessions: rows.map((row) => toSessionView(row, taken, viewer.memberId, at)), visits };
  }

  app.get(
    '/desk',
    {
      schema: {
        operationId: 'getReceptionDesk',
        tags,
        summary: '当前用户在接待日中的身份与待办数量（今日预约、待答复、已逾期）',
        response: { 200: ReceptionDesk, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = viewerOf(request.caller);
      const isReceiver = await sessions.isReceiver(viewer.memberId);
      if (!viewer.manage && !isReceiver)
        return { canManage: false, isReceiver, todayCount: 0, pendingCount: 0, overdueCount: 0 };
      const counts = await appointments.counts(viewer, localDate(now()));
      return {
        canManage: viewer.manage,
        isReceiver,
        todayCount: counts.today,
        pendingCount: counts.pending,
        overdueCount: counts.overdue,
      };
    },
  );

  app.get(
    '/today',
    {
      schema: {
        operationId: 'listTodayReceptions',
        tags,
        summary: '今日接待：今天的预约按时间先后，含话题与说明（保密的只给接待人看）',
        response: { 200: TodayReceptions, ...errors(401, 403) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = await officer(request);
      const at = now();
      const today = localDate(at);
      const { sessions: todaySessions, visits } = await schedule(viewer, today, today, at);
      const { overdue } = await appointments.counts(viewer, today);
      return { date: today, sessions: todaySessions, items: visits, overdueCount: overdue };
    },
  );

  app.get(
    '/week',
    {
      schema: {
        operationId: 'listWeekReceptions',
        tags,
        summary: '一周的接待日（周一至周日）及各场预约',
        querystring: WeekQuery,
        response: { 200: WeekReceptions, ...errors(400, 401, 403) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = await officer(request);
      const at = now();
      const { start, end } = weekOf(request.query.date ?? localDate(at));
      const { sessions: weekSessions, visits } = await schedule(viewer, start, end, at);
      return {
        start,
        end,
        sessions: weekSessions.map((s) => ({ ...s, appointments: visits.filter((v) => v.sessionId === s.id) })),
      };
    },
  );

  app.get(
    '/follow-ups',
    {
      schema: {
        operationId: 'listReceptionFollowUps',
        tags,
        summary: '已接待、尚未答复的事项，期限最早的在前，逾期的标出',
        response: { 200: FollowUps, ...errors(401, 403) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = await officer(request);
      const at = now();
      const items = (await appointments.awaitingReply(viewer)).map((row) => toAppointmentView(row, viewer, at));
      return { items, overdueCount: items.filter((i) => i.overdue).length };
    },
  );

  function requireVisitDay(row: AppointmentRow, today: string, what: string) {
    if (row.status === 'cancelled') throw conflict('这个预约已取消', 'CANCELLED');
    if (row.date > today) throw conflict(`接待日还没到，不能${what}`, 'NOT_YET');
  }

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/attendance',
      operationId: 'markReceptionAttendance',
      summary: '登记到场或未到场；到场后答复期限为接待日起 7 天',
      body: AttendanceBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      requireVisitOfficer(viewer, row);
      requireVisitDay(row, localDate(at), '登记到场情况');
      if (!body.attended && row.raised) throw conflict('已登记会员反映的问题，不能改为未到场', 'ALREADY_REGISTERED');
      await appointmentRepository(tx).setAttendance(row.id, body.attended, addDays(row.date, REPLY_DAYS), at);
    },
  );

  appointmentAction(
    app,
    {
      method: 'PUT',
      url: '/appointments/:id/outcome',
      operationId: 'recordReceptionOutcome',
      summary: '登记会员反映的问题（未标到场的视为到场），可标记转为困难帮扶',
      body: OutcomeBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const raised = requiredText(body.raised, '反映的问题');
      requireHandler(viewer, row);
      requireVisitDay(row, localDate(at), '登记');
      if (row.status === 'no_show') throw conflict('会员未到场，请先改为已到场再登记', 'NO_SHOW');
      if (row.reply) throw conflict('已经答复，不能再修改登记', 'ALREADY_REPLIED');
      const repo = appointmentRepository(tx);
      if (row.status === 'booked') await repo.setAttendance(row.id, true, addDays(row.date, REPLY_DAYS), at);
      const helpCaseRequested = body.helpCaseRequested ?? row.helpCaseRequested;
      if (!helpCaseRequested && row.helpCaseId)
        throw conflict('已转为困难帮扶个案，不能撤销；如需结案请在困难帮扶中办理', 'HELP_CASE_OPENED');
      const helpCaseNote = helpCaseRequested ? (optionalText(body.helpCaseNote) ?? row.helpCaseNote) : null;
      await repo.recordOutcome(row.id, viewer.memberId, { raised, helpCaseRequested, helpCaseNote }, at);
      if (helpCaseRequested && !row.helpCaseId) {
        const helpCase = await createHelpCaseForMember(tx, {
          unionId: row.unionId,
          memberId: row.memberId,
          categoryId: body.helpCategoryId,
          title: optionalText(body.helpCaseTitle) ?? helpCaseTitle(raised),
          description: raised,
          source: 'reception',
          sourceRef: `reception-appointment:${row.id}`,
          recordedBy: viewer.memberId,
          internalNote: helpCaseNote,
          templates,
          now: at,
        });
        await repo.linkHelpCase(row.id, helpCase.id);
      }
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/assignment',
      operationId: 'assignReceptionAppointment',
      summary: '交办：交给谁办理、答复期限（默认 7 天后）',
      body: AssignBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const today = localDate(at);
      const assignee = requiredText(body.assignee, '交办对象');
      const dueOn = body.dueOn ?? addDays(today, REPLY_DAYS);
      if (dueOn < today) throw badRequest('答复期限不能早于今天');
      if (dueOn > addDays(today, MAX_DEADLINE_DAYS)) throw badRequest(`答复期限不能晚于 ${MAX_DEADLINE_DAYS} 天后`);
      requireHandler(viewer, row);
      if (row.status !== 'arrived' || !row.raised) throw conflict('请先登记会员反映的问题，再交办', 'NOT_REGISTERED');
      if (row.reply) throw conflict('已经答复，无需再交办', 'ALREADY_REPLIED');
      await appointmentRepository(tx).assign(row.id, viewer.memberId, assignee, dueOn, at);
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/reply',
      operationId: 'replyReceptionAppointment',
      summary: '答复会员（会通知会员，请其评价）',
      body: ReplyBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const text = requiredText(body.reply, '答复内容');
      requireHandler(viewer, row);
      if (row.status !== 'arrived' || !row.raised) throw conflict('请先登记会员反映的问题，再答复', 'NOT_REGISTERED');
      if (row.reply) throw conflict('已经答复过了，不能重复答复', 'ALREADY_REPLIED');
      await appointmentRepository(tx).reply(row.id, viewer.memberId, text, at);
      await receptionMessages(tx, templates).replied(row, text);
    },
  );
};

export default deskRoutes;
