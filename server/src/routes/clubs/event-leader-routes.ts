import * as clock from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, conflict } from '../../errors';
import { ErrorResponse, errors, IdParams, NoContent } from '../../schemas/common';
import { imageType, pageCode, pageCodeImage } from '../../services/qr-poster';
import { createWechatClient } from '../../services/wechat';
import { roomRepository } from '../booking';
import { CHECK_IN_PAGE, requireLeader } from './access';
import { cancelEvent } from './cancel-event';
import { eventOfUnion } from './event-routes';
import { clubRepository } from './repository';
import { occupyRoom } from './room-reservation';
import { checkInOpensAt } from './rules';
import { AttendanceBody, CancelEventBody, ClubEvent, EventRoomList, SignUpList } from './schemas';
import { eventView } from './views';
import { allow } from '../../policy';

const tags = ['兴趣社团'];
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** What a leader does for an event: the sign-up list, attendance, the check-in code, cancelling. */
const eventLeaderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = clubRepository(app.db);
  const { config } = app;
  const templates = config.wechat.templates;
  const wechat = config.authMode === 'dev' ? null : createWechatClient({ ...config.wechat, db: app.db });

  app.get(
    '/rooms',
    {
      schema: {
        operationId: 'listClubEventRooms',
        tags,
        summary: '可供社团活动预约的活动室（开放时间、时段长度、容量）',
        response: { 200: EventRoomList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const rooms = await roomRepository(app.db).list(request.caller.unionId);
      return {
        items: rooms.map((r) => ({
          id: r.id,
          name: r.name,
          location: r.location,
          mode: r.mode,
          capacity: r.capacity,
          slotMinutes: r.slotMinutes,
          requiresApproval: r.requiresApproval,
          openingHours: r.openingHours,
        })),
      };
    },
  );

  app.get(
    '/events/:id/sign-ups',
    {
      schema: {
        operationId: 'listClubEventSignUps',
        tags,
        summary: '报名名单与候补（本社团负责人）',
        params: IdParams,
        response: { 200: SignUpList, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const event = await eventOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, event.clubId);
      return { items: await repo.signUps(event.id) };
    },
  );

  app.put(
    '/events/:id/attendance',
    {
      schema: {
        operationId: 'markClubEventAttendance',
        tags,
        summary: '登记到场情况（本社团负责人）',
        params: IdParams,
        body: AttendanceBody,
        response: { 204: NoContent, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const event = await eventOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, event.clubId);
      const now = clock.now();
      await app.db.transaction(async (tx) => {
        const changed = await clubRepository(tx).markAttendance(event.id, request.body.items);
        if (changed !== request.body.items.length) throw badRequest('只能为已正式报名的会员登记到场');
        const underWay = now >= checkInOpensAt(event.startsAt) && now < event.endsAt;
        if (underWay && request.body.items.some((i) => i.attended)) await occupyRoom(tx, event.id, now);
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/events/:id/cancel',
    {
      schema: {
        operationId: 'cancelClubEvent',
        tags,
        summary: '取消活动（本社团负责人）：释放活动室预约，通知已报名和候补的会员',
        params: IdParams,
        body: CancelEventBody,
        response: { 200: ClubEvent, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const now = clock.now();
      await app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        const event = await eventOfUnion(txRepo, caller, request.params.id, true);
        await requireLeader(txRepo, caller, event.clubId);
        if (event.endsAt <= now) throw conflict('活动已结束，不能取消');
        const reason = request.body?.reason?.trim() ?? '';
        if (!(await cancelEvent(tx, event, { unionId: event.unionId, reason, by: caller.memberId, now, templates })))
          throw conflict('活动已取消');
      });
      return eventView(repo, request.params.id, caller.memberId);
    },
  );

  app.get(
    '/events/:id/qr',
    {
      schema: {
        operationId: 'getClubEventQrCode',
        tags,
        summary: '活动签到码（本社团负责人出示，会员扫码签到）：正式环境为小程序码，开发与 H5 为签到页网址的二维码',
        params: IdParams,
        response: {
          200: {
            description: '签到码图片',
            content: { 'image/png': { schema: Binary }, 'image/jpeg': { schema: Binary } },
          },
          ...errors(401, 403, 404),
          502: Type.Ref(ErrorResponse, { description: '微信接口暂不可用' }),
        },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const event = await eventOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, event.clubId);
      const code = (await repo.eventView(event.id))!.checkInCode;
      const origin = `${request.protocol}://${request.host}`;
      const qr = await pageCode({
        wechat,
        miniprogramState: config.wechat.miniprogramState,
        origin,
        page: CHECK_IN_PAGE,
        scene: code,
        log: request.log,
      });
      const image = await pageCodeImage(qr);
      return reply.type(imageType(image)).send(image);
    },
  );
};

export default eventLeaderRoutes;
