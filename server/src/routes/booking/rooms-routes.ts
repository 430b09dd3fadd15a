import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../errors';
import { acceptCaller } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { roomAvailability, roomsWithToday } from './availability';
import { now } from '../../clock';
import { roomWithGrid } from './grid-repository';
import { roomRepository } from './rooms-repository';
import { localDate } from '../../time/beijing';
import { Availability, AvailabilityQuery, Room, RoomList, tags } from './schemas';
import { allow } from '../../policy';

/** What members see: their union's rooms, each room's rules, and its slot grid. */
const roomsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rooms = roomRepository(app.db);

  app.get(
    '/rooms',
    {
      schema: {
        operationId: 'listRooms',
        tags,
        summary: '本工会的场地，附今天还可预约的时段',
        response: { 200: RoomList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      return roomsWithToday(app.db, await rooms.list(caller.unionId), caller.unionId, now());
    },
  );

  app.get(
    '/rooms/:id',
    {
      schema: {
        operationId: 'getRoom',
        tags,
        summary: '场地详情与预约规则',
        params: IdParams,
        response: { 200: Room, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const room = await rooms.find(request.caller.unionId, request.params.id);
      if (!room) throw notFound('场地不存在或已停用');
      return room;
    },
  );

  app.get(
    '/rooms/:id/availability',
    {
      schema: {
        operationId: 'getRoomAvailability',
        tags,
        summary: '日期条（可预约窗口内每天）与某一天的时段格：free / few / full / mine / closed / past',
        params: IdParams,
        querystring: AvailabilityQuery,
        response: { 200: Availability, ...errors(400, 401, 404) },
      },
      config: { callerInFirstQuery: true },
    },
    async (request) => {
      const at = now();
      const { caller, found } = await roomWithGrid(app.db, {
        tokenHash: request.tokenHash ?? '',
        roomId: request.params.id,
        today: localDate(at),
      });
      const { memberId } = acceptCaller(request, caller);
      const view = await roomAvailability(
        app.db,
        { roomId: request.params.id, memberId, date: request.query.date, now: at },
        found,
      );
      if (!view) throw notFound('场地不存在或已停用');
      return view;
    },
  );
};

export default roomsRoutes;
