import * as clock from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import type { ContentCheck } from '../../services/content-check';
import { notify } from '../../services/notify';
import { formatInstant } from '../booking';
import { clubOfUnion, EVENT_LINK, requireLeader } from './access';
import { type ClubRepository, clubRepository, type EventRow } from './repository';
import { reserveRoom, roomForEvent } from './room-reservation';
import { ClubEvent, CreateEventBody } from './schemas';
import { eventView } from './views';
import { allow } from '../../policy';

const tags = ['兴趣社团'];

/** An event of the caller's union; 404 otherwise. */
export async function eventOfUnion(repo: ClubRepository, caller: Caller, id: number, lock = false): Promise<EventRow> {
  const event = await repo.findEvent(id, lock);
  if (!event || event.unionId !== caller.unionId) throw notFound('活动不存在');
  return event;
}

const eventRoutes: FastifyPluginAsyncTypebox<{ contentCheck: ContentCheck }> = async (app, { contentCheck }) => {
  const repo = clubRepository(app.db);
  const templates = app.config.wechat.templates;

  app.post(
    '/:id/events',
    {
      schema: {
        operationId: 'createClubEvent',
        tags,
        summary: '发起社团活动（本社团负责人）；选了活动室时按预约规则一并预约，冲突时答 409',
        params: IdParams,
        body: CreateEventBody,
        response: { 201: ClubEvent, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      if (club.archived) throw notFound('社团不存在');
      await requireLeader(repo, caller, club.id);
      const body = request.body;
      const now = clock.now();
      const startsAt = new Date(body.startsAt);
      const endsAt = new Date(body.endsAt);
      if (endsAt <= startsAt) throw badRequest('结束时间须晚于开始时间');
      if (new Date(body.signupDeadline) > startsAt) throw badRequest('报名截止时间不能晚于活动开始时间');
      if (new Date(body.signupDeadline) <= now) throw badRequest('报名截止时间须在现在之后');
      const place = body.place?.trim() ?? '';
      if (!place && !body.roomId) throw badRequest('请填写地点，或选择一间活动室');
      await contentCheck.text([body.title, place, body.description ?? ''].join('\n'));
      const id = await app.db.transaction(async (tx) => {
        const room = body.roomId ? await roomForEvent(tx, club.unionId, body.roomId, body.capacity) : null;
        const txRepo = clubRepository(tx);
        const eventId = await txRepo.createEvent(club.id, caller.memberId, {
          ...body,
          description: body.description ?? '',
          place: place || [room!.name, room!.location].filter(Boolean).join(' · ').slice(0, 60),
          roomId: room?.id ?? null,
        });
        if (room) {
          await reserveRoom(tx, room, {
            unionId: club.unionId,
            leaderId: caller.memberId,
            eventId,
            title: `${club.name}：${body.title}`,
            startsAt,
            endsAt,
            capacity: body.capacity,
            now,
          });
        }
        return eventId;
      });
      return reply.status(201).send(await eventView(repo, id, caller.memberId));
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        operationId: 'getClubEvent',
        tags,
        params: IdParams,
        response: { 200: ClubEvent, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const event = await eventOfUnion(repo, caller, request.params.id);
      return eventView(repo, event.id, caller.memberId);
    },
  );

  app.post(
    '/events/:id/sign-ups',
    {
      schema: {
        operationId: 'signUpClubEvent',
        tags,
        summary: '报名活动：有名额即报上，满员进入候补',
        params: IdParams,
        response: { 200: ClubEvent, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      await app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        // The row lock makes concurrent sign-ups for one event take turns: the count below stays true.
        const event = await eventOfUnion(txRepo, caller, request.params.id, true);
        if (event.cancelled) throw conflict('活动已取消');
        if (clock.now() > event.signupDeadline) throw conflict('报名已截止');
        if (event.audience === 'members' && !(await txRepo.roleOf(event.clubId, caller.memberId)))
          throw forbidden('本活动仅限社团成员报名');
        if (await txRepo.mySignUp(event.id, caller.memberId)) throw conflict('您已报名本活动');
        const full = (await txRepo.confirmedCount(event.id)) >= event.capacity;
        await txRepo.addSignUp(event.id, caller.memberId, full ? 'waitlisted' : 'confirmed');
      });
      return eventView(repo, request.params.id, caller.memberId);
    },
  );

  app.delete(
    '/events/:id/sign-ups/me',
    {
      schema: {
        operationId: 'cancelClubEventSignUp',
        tags,
        summary: '取消报名：空出的名额自动给候补第一位',
        params: IdParams,
        response: { 200: ClubEvent, ...errors(401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      await app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        const event = await eventOfUnion(txRepo, caller, request.params.id, true);
        if (clock.now() >= event.startsAt) throw conflict('活动已开始，不能取消报名');
        const was = await txRepo.cancelSignUp(event.id, caller.memberId);
        if (!was) throw conflict('您没有报名本活动');
        if (was !== 'confirmed' || event.cancelled) return;
        const promoted = await txRepo.promoteNext(event.id);
        if (promoted) {
          await notify(tx, templates, {
            memberId: promoted,
            kind: 'clubs',
            title: `候补成功：${event.title}`,
            body: `有人取消了报名，您已从候补转为正式报名。时间：${formatInstant(event.startsAt)}，地点：${event.place}。`,
            link: EVENT_LINK(event.id),
          });
        }
      });
      return eventView(repo, request.params.id, caller.memberId);
    },
  );
};

export default eventRoutes;
