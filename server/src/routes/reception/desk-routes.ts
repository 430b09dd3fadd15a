import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../../schemas/common';
import { requireOfficer, viewerOf } from './access';
import { tags } from './actions';
import { appointmentRepository } from './appointments-repository';
import { now } from '../../clock';
import { FollowUps, ReceptionDesk, TodayReceptions, WeekQuery, WeekReceptions } from './schemas';
import { sessionRepository } from './sessions-repository';
import { localDate, weekOf } from './time';
import { toAppointmentView, toSessionView, type Viewer } from './views';
import { allow } from '../../policy';

/** The chair's phone: today's list, the week, what still waits for a reply (each visit's record: ./visit-routes). */
const deskRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
};

export default deskRoutes;
