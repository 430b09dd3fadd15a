import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { NOT_FOUND, optionalText, requiredText, viewerOf } from './access';
import { appointmentAction, tags } from './actions';
import { appointmentRepository } from './appointments-repository';
import { now } from '../../clock';
import { receptionMessages } from './messages';
import {
  AppointmentList,
  BookBody,
  CancelBody,
  RateBody,
  ReceptionAppointment,
  ReceptionSessionDetail,
  ReceptionSessionList,
  SessionListQuery,
} from './schemas';
import { sessionRepository } from './sessions-repository';
import { findSlot } from './slots';
import { addDays, localClock, localDate } from './time';
import { canSee, isOfficerOf, slotStates, toAppointmentView, toSessionView } from './views';
import { allow } from '../../policy';

/** What every member does: find a free slot, book it, follow it, cancel it, rate the reply. */
const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const sessions = sessionRepository(app.db);
  const appointments = appointmentRepository(app.db);

  app.get(
    '/sessions',
    {
      schema: {
        operationId: 'listReceptionSessions',
        tags,
        summary: '本工会即将举行的接待日，含空闲时段数',
        querystring: SessionListQuery,
        response: { 200: ReceptionSessionList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const rows = await sessions.upcoming(caller.unionId, at, addDays(localDate(at), (request.query.weeks ?? 4) * 7));
      const taken = await sessions.taken(rows.map((r) => r.id));
      return { items: rows.map((row) => toSessionView(row, taken, caller.memberId, at)) };
    },
  );

  app.get(
    '/sessions/:id',
    {
      schema: {
        operationId: 'getReceptionSession',
        tags,
        summary: '一场接待日及其各时段（空闲、已约、我的、已过）',
        params: IdParams,
        response: { 200: ReceptionSessionDetail, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const row = await sessions.find(request.params.id);
      if (!row || (row.unionId !== caller.unionId && row.receiverId !== caller.memberId))
        throw notFound('接待日不存在');
      const at = now();
      const taken = await sessions.taken([row.id]);
      return { ...toSessionView(row, taken, caller.memberId, at), slots: slotStates(row, taken, caller.memberId, at) };
    },
  );

  app.post(
    '/appointments',
    {
      schema: {
        operationId: 'bookReceptionSlot',
        tags,
        summary: '预约一个接待时段（同一时段只能一人，同一场每人只能有一个待接待的预约）',
        body: BookBody,
        response: { 201: ReceptionAppointment, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const viewer = viewerOf(caller);
      const body = request.body;
      const description = requiredText(body.description, '简要说明');
      const slotStart = new Date(body.slotStart);
      const at = now();
      const view = await app.db.transaction(async (tx) => {
        const session = await sessionRepository(tx).findForBooking(body.sessionId, caller.unionId);
        if (!session) throw notFound('接待日不存在');
        if (session.status === 'cancelled') throw conflict('这场接待日已取消，请选择其他场次', 'SESSION_CANCELLED');
        const slot = findSlot(session, slotStart);
        if (!slot) throw badRequest('所选时间不是这场接待日的预约时段，请刷新后重试', 'NOT_A_SLOT');
        // A free slot stays bookable until it ends: someone at the door during it is received and recorded too.
        if (slot.endsAt <= at) throw conflict('这个时段已经结束，请选择之后的时段', 'SLOT_ENDED');

        const repo = appointmentRepository(tx);
        const id = await repo.insertIfFree(
          {
            sessionId: session.id,
            unionId: session.unionId,
            memberId: caller.memberId,
            slotStart: slot.startsAt,
            slotEnd: slot.endsAt,
            topic: body.topic,
            description,
            confidential: body.confidential ?? false,
          },
          at,
        );
        if (id === null) {
          const own = await repo.upcomingOfMember(session.id, caller.memberId);
          if (own)
            throw conflict(
              `您已预约了这场接待日 ${localClock(own.slotStart)} 的时段，如需改约请先取消原预约`,
              'ALREADY_BOOKED',
            );
          throw conflict('这个时段刚被其他会员约走了，请选择其他时段', 'SLOT_TAKEN');
        }
        await receptionMessages(tx, templates).booked({
          id,
          memberId: caller.memberId,
          slotStart: slot.startsAt,
          place: session.place,
          receiverName: session.receiverName,
        });
        return toAppointmentView((await repo.find(id))!, viewer, at);
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/appointments/mine',
    {
      schema: {
        operationId: 'listMyReceptionAppointments',
        tags,
        summary: '我的接待预约：状态、答复与评价，最近的在前',
        response: { 200: AppointmentList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = viewerOf(request.caller);
      const at = now();
      return { items: (await appointments.ofMember(viewer.memberId)).map((row) => toAppointmentView(row, viewer, at)) };
    },
  );

  app.get(
    '/appointments/:id',
    {
      schema: {
        operationId: 'getReceptionAppointment',
        tags,
        summary: '一次接待预约（会员本人，或本工会主席、干事和接待人）',
        params: IdParams,
        response: { 200: ReceptionAppointment, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const viewer = viewerOf(request.caller);
      const row = await appointments.find(request.params.id);
      if (!row || !canSee(viewer, row)) throw notFound(NOT_FOUND);
      return toAppointmentView(row, viewer, now());
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/cancel',
      operationId: 'cancelReceptionAppointment',
      summary: '取消预约：会员在时段开始前；工会在到场登记前（会通知会员）',
      body: CancelBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      if (row.status !== 'booked') throw conflict('这个预约已取消或已接待，不能再取消', 'NOT_CANCELLABLE');
      const byOfficer = isOfficerOf(viewer, row) && viewer.memberId !== row.memberId;
      if (!byOfficer && row.slotStart <= at) throw conflict('接待已经开始，不能取消预约', 'ALREADY_STARTED');
      const reason = optionalText(body.reason);
      await appointmentRepository(tx).cancel(row.id, viewer.memberId, reason, at);
      if (byOfficer) await receptionMessages(tx, templates).cancelledByOfficer(row, reason);
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/rating',
      operationId: 'rateReceptionReply',
      summary: '会员评价答复：满意、基本满意、不满意（一次）',
      body: RateBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      if (row.memberId !== viewer.memberId) throw forbidden('只有预约的会员本人可以评价');
      if (!row.reply) throw conflict('还没有答复，答复后才能评价', 'NOT_REPLIED');
      if (row.rating) throw conflict('您已经评价过了', 'ALREADY_RATED');
      await appointmentRepository(tx).rate(row.id, body.rating, optionalText(body.comment), at);
    },
  );
};

export default memberRoutes;
