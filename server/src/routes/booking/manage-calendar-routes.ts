import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { bookingRepository } from './bookings-repository';
import { cancelOpenBookings } from './cancellations';
import { now } from '../../clock';
import { ClosureCreated, ClosureList, ClosureListQuery, CreateClosureBody } from './manage-schemas';
import { manageRepository } from './manage-repository';
import { tags } from './schemas';
import { localDate } from '../../time/beijing';
import { allow } from '../../policy';

/** Staff: closures (寒假, 期末考试, 维修). */
const manageCalendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  app.get(
    '/manage/closures',
    {
      schema: {
        operationId: 'listClosures',
        tags,
        summary: '闭馆安排',
        querystring: ClosureListQuery,
        response: { 200: ClosureList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const items = await manageRepository(app.db).closures(
        caller.unionId,
        request.query.includePast ?? false,
        localDate(now()),
      );
      return { items };
    },
  );

  app.post(
    '/manage/closures',
    {
      schema: {
        operationId: 'createClosure',
        tags,
        summary: '新增闭馆（一个场地或全部场地）：其间未开始的预约全部取消，并逐一通知会员原因',
        body: CreateClosureBody,
        response: { 201: ClosureCreated, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { roomId = null, startsOn, endsOn, reason } = request.body;
      const at = now();
      if (endsOn < startsOn) throw badRequest('结束日期不能早于开始日期');
      if (endsOn < localDate(at)) throw badRequest('结束日期已经过去');
      const result = await app.db.transaction(async (tx) => {
        const manage = manageRepository(tx);
        const roomIds = await manage.closureRoomIds(caller.unionId, roomId);
        if (roomId !== null && roomIds.length === 0) throw notFound('场地不存在');
        await bookingRepository(tx).lockRoomsExclusive(roomIds);
        const created = await manage.insertClosure({
          unionId: caller.unionId,
          roomId,
          startsOn,
          endsOn,
          reason: reason.trim(),
          createdBy: caller.memberId,
        });
        const cancelledBookings = await cancelOpenBookings(tx, {
          roomIds,
          now: at,
          from: startsOn,
          to: endsOn,
          reason: `${reason.trim()}，暂停开放`,
          by: caller.memberId,
          templates,
        });
        const closure = await manage.closure(created);
        return { closure: closure!, cancelledBookings };
      });
      return reply.status(201).send(result);
    },
  );

  app.delete(
    '/manage/closures/:id',
    {
      schema: {
        operationId: 'deleteClosure',
        tags,
        summary: '撤销闭馆（已取消的预约不会恢复）',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      if (!(await manageRepository(app.db).deleteClosure(request.params.id, caller.unionId)))
        throw notFound('闭馆安排不存在');
      return reply.status(204).send(null);
    },
  );
};

export default manageCalendarRoutes;
