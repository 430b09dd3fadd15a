import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { allow } from '../../policy';
import { errors, IdParams, XlsxFile } from '../../schemas/common';
import { requiredText } from './access';
import { tags } from './actions';
import { appointmentRepository } from './appointments-repository';
import { now } from '../../clock';
import { receptionMessages } from './messages';
import {
  CancelSessionBody,
  MonthQuery,
  PublishBody,
  PublishResult,
  ReceptionSession,
  ReceptionSummary,
  Receivers,
} from './schemas';
import { sessionRepository } from './sessions-repository';
import { addDays, atLocal, formatDate, isoWeekday, localClock, localDate, minutesOf } from './time';
import { monthlySummary, summaryWorkbook } from './summary';
import { toSessionView } from './views';

const MAX_REPEAT_DAYS = 366;
const MAX_HOURS = 12;

/** The chair and staff run the reception: who receives, when and where, and the monthly figures. */
const manageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const sessions = sessionRepository(app.db);

  app.get(
    '/receivers',
    {
      schema: {
        operationId: 'listReceptionReceivers',
        tags,
        summary: '可担任接待人的本工会成员：工会主席，以及工会干事（副主席）',
        response: { 200: Receivers, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => ({ items: await sessions.receivers(request.caller.unionId) }),
  );

  app.post(
    '/sessions',
    {
      schema: {
        operationId: 'publishReceptionSessions',
        tags,
        summary: '发布接待日：单次，或每周同一时间直到截止日期',
        body: PublishBody,
        response: { 201: PublishResult, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const caller = request.caller;
      const body = request.body;
      const at = now();
      const today = localDate(at);
      const place = requiredText(body.place, '地点');
      const [startMin, endMin] = [minutesOf(body.startTime), minutesOf(body.endTime)];
      if (body.date < today) throw badRequest('日期不能早于今天');
      if (endMin <= startMin) throw badRequest('结束时间应晚于开始时间');
      if (endMin - startMin < body.slotMinutes) throw badRequest('接待时长不足一个时段');
      if (endMin - startMin > MAX_HOURS * 60) throw badRequest(`一场接待不能超过 ${MAX_HOURS} 小时`);
      if (atLocal(body.date, endMin) <= at) throw badRequest('这个时间已经过去了');
      const dates = [body.date];
      if (body.repeat === 'weekly') {
        if (!body.until) throw badRequest('每周重复需要填写重复截止日期');
        if (body.until < body.date) throw badRequest('重复截止日期不能早于开始日期');
        if (body.until > addDays(body.date, MAX_REPEAT_DAYS)) throw badRequest('重复截止日期不能晚于一年后');
        for (let d = addDays(body.date, 7); d <= body.until; d = addDays(d, 7)) dates.push(d);
      }
      const receiverRole = await sessions.receiverRole(caller.unionId, body.receiverId);
      if (!receiverRole) throw badRequest('接待人须为本工会的工会主席或工会干事');

      const items = await app.db.transaction(async (tx) => {
        const repo = sessionRepository(tx);
        await repo.lockReceiver(body.receiverId);
        const seriesId =
          body.repeat === 'weekly'
            ? await repo.createSeries(caller.unionId, isoWeekday(body.date), body.date, dates.at(-1)!, caller.memberId)
            : null;
        const created = [];
        for (const date of dates) {
          const startsAt = atLocal(date, startMin);
          const endsAt = atLocal(date, endMin);
          const clash = await repo.overlapping(body.receiverId, startsAt, endsAt);
          if (clash) {
            throw conflict(
              `${clash.receiverName}在${formatDate(clash.date)}已有 ${localClock(clash.startsAt)}–${localClock(clash.endsAt)} 的接待日`,
              'OVERLAP',
            );
          }
          const id = await repo.insert({
            unionId: caller.unionId,
            seriesId,
            date,
            startsAt,
            endsAt,
            slotMinutes: body.slotMinutes,
            place,
            receiverId: body.receiverId,
            receiverRole,
            createdBy: caller.memberId,
          });
          created.push((await repo.find(id))!);
        }
        return created.map((row) => toSessionView(row, [], caller.memberId, at));
      });
      return reply.status(201).send({ created: items.length, items });
    },
  );

  app.post(
    '/sessions/:id/cancel',
    {
      schema: {
        operationId: 'cancelReceptionSession',
        tags,
        summary: '取消一场接待日：已预约的会员会收到通知',
        params: IdParams,
        body: CancelSessionBody,
        response: { 200: ReceptionSession, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const caller = request.caller;
      const reason = requiredText(request.body.reason, '取消原因');
      const at = now();
      return app.db.transaction(async (tx) => {
        const repo = sessionRepository(tx);
        const session = await repo.lockForUpdate(request.params.id);
        if (!session || session.unionId !== caller.unionId) throw notFound('接待日不存在');
        if (session.status === 'cancelled') throw conflict('这场接待日已经取消了', 'ALREADY_CANCELLED');
        if (session.endsAt <= at) throw conflict('这场接待日已经结束，不能取消', 'ENDED');
        const held = (await repo.taken([session.id])).filter((t) => t.status !== 'booked');
        if (held.length > 0) throw conflict('这场接待日已有会员到场，不能取消', 'IN_PROGRESS');
        const messages = receptionMessages(tx, templates);
        for (const visit of await appointmentRepository(tx).cancelSession(session.id, caller.memberId, reason, at)) {
          await messages.cancelledByOfficer(visit, reason);
        }
        await repo.cancel(session.id, reason, at);
        return toSessionView((await repo.find(session.id))!, [], caller.memberId, at);
      });
    },
  );

  app.get(
    '/summary',
    {
      schema: {
        operationId: 'getReceptionSummary',
        tags,
        summary: '月度汇总：场次、预约、话题、按期答复、满意度',
        querystring: MonthQuery,
        response: { 200: ReceptionSummary, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const caller = request.caller;
      return monthlySummary(app.db, caller.unionId, request.query.month, localDate(now()));
    },
  );

  app.get(
    '/summary/export',
    {
      schema: {
        operationId: 'exportReceptionSummary',
        tags,
        summary: '月度汇总 Excel（XLSX）：汇总与接待明细（保密事项只列话题）',
        querystring: MonthQuery,
        response: {
          200: XlsxFile,
          ...errors(400, 401, 403),
        },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const caller = request.caller;
      const { month } = request.query;
      const today = localDate(now());
      const unionName = await sessions.unionName(caller.unionId);
      const summary = await monthlySummary(app.db, caller.unionId, month, today);
      const file = await summaryWorkbook(app.db, caller.unionId, unionName, summary, today);
      return sendDownload(reply, XLSX_TYPE, `reception-${month}.xlsx`, `主席接待日-${month}.xlsx`, file);
    },
  );
};

export default manageRoutes;
