import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { badRequest, notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { bookingRepository } from './bookings-repository';
import { cancelOpenBookings } from './cancellations';
import { now } from '../../clock';
import { Closure, ClosureCreated, ClosureList, ClosureListQuery, CreateClosureBody } from './manage-schemas';
import { tags } from './schemas';
import { localDate } from '../../time/beijing';
import { allow } from '../../policy';

const CLOSURE_SELECT = `SELECT c.id, c.room_id AS "roomId", r.name AS "roomName", c.starts_on AS "startsOn", c.ends_on AS "endsOn",
       c.reason, c.created_at AS "createdAt"
  FROM room_closures c LEFT JOIN rooms r ON r.id = c.room_id`;

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
      const items = await app.db.query<Static<typeof Closure>>(
        `${CLOSURE_SELECT} WHERE c.union_id = $1 AND ($2 OR c.ends_on >= $3::date) ORDER BY c.starts_on, c.id`,
        [caller.unionId, request.query.includePast ?? false, localDate(now())],
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
        const rooms = await tx.query<{ id: number }>(
          `SELECT id FROM rooms WHERE union_id = $1 AND ($2::int IS NULL OR id = $2::int)`,
          [caller.unionId, roomId],
        );
        if (roomId !== null && rooms.length === 0) throw notFound('场地不存在');
        const roomIds = rooms.map((r) => r.id);
        await bookingRepository(tx).lockRoomsExclusive(roomIds);
        const [created] = await tx.query<{ id: number }>(
          `INSERT INTO room_closures (union_id, room_id, starts_on, ends_on, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [caller.unionId, roomId, startsOn, endsOn, reason.trim(), caller.memberId],
        );
        const cancelledBookings = await cancelOpenBookings(tx, {
          roomIds,
          now: at,
          from: startsOn,
          to: endsOn,
          reason: `${reason.trim()}，暂停开放`,
          by: caller.memberId,
          templates,
        });
        const [closure] = await tx.query<Static<typeof Closure>>(`${CLOSURE_SELECT} WHERE c.id = $1`, [created!.id]);
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
      const rows = await app.db.query(`DELETE FROM room_closures WHERE id = $1 AND union_id = $2 RETURNING id`, [
        request.params.id,
        caller.unionId,
      ]);
      if (rows.length === 0) throw notFound('闭馆安排不存在');
      return reply.status(204).send(null);
    },
  );
};

export default manageCalendarRoutes;
