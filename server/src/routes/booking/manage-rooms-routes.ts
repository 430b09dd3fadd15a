import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, notFound } from '../../errors';
import { ErrorResponse, errors, IdParams } from '../../schemas/common';
import { imageType, pageCode, pageCodeImage, type PosterCode, posterSvg, qrSvg } from '../../services/qr-poster';
import { createWechatClient } from '../../services/wechat';
import { bookingRepository } from './bookings-repository';
import { cancelOpenBookings } from './cancellations';
import { now } from '../../clock';
import { CHECK_IN_PAGE } from './links';
import { ArchiveResult, PosterQuery, RoomCollection } from './manage-schemas';
import { roomRepository } from './rooms-repository';
import { CreateRoomBody, Room, type RoomRecord, tags, UpdateRoomBody } from './schemas';
import { openingHoursProblem, slotCapacity } from './slots';
import { allow } from '../../policy';

/** Bytes sent as they are (the serializer leaves a Buffer alone). */
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

function roomProblem(room: Pick<RoomRecord, 'openingHours' | 'slotMinutes' | 'checkInAfterMinutes'>): string | null {
  if (room.checkInAfterMinutes > room.slotMinutes) return '开始后可签到分钟数不能超过时段长度';
  return openingHoursProblem(room.openingHours, room.slotMinutes);
}

/** Staff: the rooms of their union, their rules, and the door poster. */
const manageRoomsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rooms = roomRepository(app.db);
  const { config } = app;
  // Outside dev mode the poster is a real mini-program code; the access token is shared through the database.
  const wechat = config.authMode === 'dev' ? null : createWechatClient({ ...config.wechat, db: app.db });

  app.get(
    '/manage/rooms',
    {
      schema: {
        operationId: 'listManagedRooms',
        tags,
        summary: '全部场地（含已停用），供工会干事管理',
        response: { 200: RoomCollection, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await rooms.list(caller.unionId, { includeInactive: true }) };
    },
  );

  app.get(
    '/manage/rooms/:id',
    {
      schema: {
        operationId: 'getManagedRoom',
        tags,
        summary: '一个场地及其全部规则（含已停用的），供编辑',
        params: IdParams,
        response: { 200: Room, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const room = await rooms.find(caller.unionId, request.params.id, { includeInactive: true });
      if (!room) throw notFound('场地不存在');
      return room;
    },
  );

  app.post(
    '/manage/rooms',
    {
      schema: {
        operationId: 'createRoom',
        tags,
        summary: '新建场地及其预约规则',
        body: CreateRoomBody,
        response: { 201: Room, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const problem = roomProblem({ checkInAfterMinutes: 15, ...request.body });
      if (problem) throw badRequest(problem);
      const id = await app.db.transaction((tx) => roomRepository(tx).create(caller.unionId, request.body));
      return reply.status(201).send((await rooms.find(caller.unionId, id))!);
    },
  );

  app.patch(
    '/manage/rooms/:id',
    {
      schema: {
        operationId: 'updateRoom',
        tags,
        summary: '修改场地规则；停用（active=false）会取消其未开始的预约并通知会员',
        params: IdParams,
        body: UpdateRoomBody,
        response: { 200: Room, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      await app.db.transaction(async (tx) => {
        await bookingRepository(tx).lockRoomsExclusive([request.params.id]);
        const repo = roomRepository(tx);
        const room = await repo.find(caller.unionId, request.params.id, { includeInactive: true });
        if (!room) throw notFound('场地不存在');
        const merged = { ...room, ...request.body };
        const problem = roomProblem(merged);
        if (problem) throw badRequest(problem);
        await repo.update(room.id, request.body);
        if (slotCapacity(merged) !== slotCapacity(room))
          await repo.resizeFutureSlots(room.id, slotCapacity(merged), at);
        if (room.active && merged.active === false) {
          await cancelOpenBookings(tx, {
            roomIds: [room.id],
            now: at,
            reason: `${room.name}停止开放`,
            by: caller.memberId,
            templates: config.wechat.templates,
          });
        }
      });
      return (await rooms.find(caller.unionId, request.params.id, { includeInactive: true }))!;
    },
  );

  app.delete(
    '/manage/rooms/:id',
    {
      schema: {
        operationId: 'archiveRoom',
        tags,
        summary: '停用场地：不再接受预约，未开始的预约取消并通知会员（记录保留）',
        params: IdParams,
        response: { 200: ArchiveResult, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      return app.db.transaction(async (tx) => {
        await bookingRepository(tx).lockRoomsExclusive([request.params.id]);
        const repo = roomRepository(tx);
        const room = await repo.find(caller.unionId, request.params.id, { includeInactive: true });
        if (!room) throw notFound('场地不存在');
        await repo.update(room.id, { active: false });
        const reason = `${room.name}停止开放`;
        return {
          cancelledBookings: await cancelOpenBookings(tx, {
            roomIds: [room.id],
            now: at,
            reason,
            by: caller.memberId,
            templates: config.wechat.templates,
          }),
        };
      });
    },
  );

  app.get(
    '/manage/rooms/:id/poster',
    {
      schema: {
        operationId: 'getRoomPoster',
        tags,
        summary: '门上的签到码：正式环境为小程序码（getwxacodeunlimit），开发/H5 为 H5 签到页的二维码',
        params: IdParams,
        querystring: PosterQuery,
        response: {
          200: {
            description: 'png：签到码图片；svg：A4 海报',
            content: {
              'image/png': { schema: Binary },
              'image/jpeg': { schema: Binary },
              'image/svg+xml': { schema: Type.String() },
            },
          },
          ...errors(401, 403, 404),
          502: Type.Ref(ErrorResponse, { description: '微信接口暂不可用' }),
        },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const room = await rooms.find(caller.unionId, request.params.id, { includeInactive: true });
      if (!room) throw notFound('场地不存在');
      const poster = (code: PosterCode) =>
        posterSvg({
          title: `${room.name} · 扫码签到`,
          subtitle: room.location || '职工活动中心',
          code,
          lines: [
            wechat ? '微信扫一扫，打开“教职工之家”签到' : '用手机扫码，打开签到页面',
            `请在预约开始前 ${room.checkInBeforeMinutes} 分钟至开始后 ${room.checkInAfterMinutes} 分钟内签到`,
            '没有预约且有空位时，可扫码“立即使用”',
          ],
        });
      const svgType = 'image/svg+xml; charset=utf-8';
      const origin = `${request.protocol}://${request.host}`;
      const code = await pageCode({
        wechat,
        miniprogramState: config.wechat.miniprogramState,
        origin,
        page: CHECK_IN_PAGE,
        scene: room.code,
        log: request.log,
      });
      if (request.query.format === 'svg')
        return reply.type(svgType).send(poster('image' in code ? code : { svg: await qrSvg(code.url) }));
      const image = await pageCodeImage(code);
      return reply.type(imageType(image)).send(image);
    },
  );
};

export default manageRoomsRoutes;
