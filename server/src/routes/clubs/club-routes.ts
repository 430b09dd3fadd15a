import * as clock from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { allow, officerOf } from '../../policy';
import { errors, IdParams, NoContent } from '../../schemas/common';
import type { ContentCheck } from '../../services/content-check';
import { clubOfUnion, IMAGE_URL_PATTERN, requireLeader } from './access';
import { cancelEvent } from './cancel-event';
import { type ClubRepository, clubRepository } from './repository';
import {
  AnnouncementBody,
  Club,
  ClubList,
  ClubListQuery,
  CreateClubBody,
  LeadersBody,
  PeopleList,
  PeopleQuery,
  UpdateClubBody,
} from './schemas';

const tags = ['兴趣社团'];

const clubRoutes: FastifyPluginAsyncTypebox<{ contentCheck: ContentCheck }> = async (app, { contentCheck }) => {
  const repo = clubRepository(app.db);
  const templates = app.config.wechat.templates;

  async function clubView(id: number, memberId: number) {
    const summary = (await repo.summary(id, memberId))!;
    const { unionId: _unionId, ...rest } = summary;
    return {
      ...rest,
      leaders: await repo.leaders(id),
      upcomingEvents: await repo.upcomingEvents(id),
      announcements: await repo.announcements(id),
      myApplication: await repo.latestApplication(id, memberId),
    };
  }

  async function checkLeaders(r: ClubRepository, unionId: number, leaderIds: number[]) {
    const ids = [...new Set(leaderIds)];
    if ((await r.countUnionMembers(unionId, ids)) !== ids.length) throw badRequest('负责人须是本工会的在册会员');
    return ids;
  }

  app.get(
    '/',
    {
      schema: {
        operationId: 'listClubs',
        tags,
        summary: '社团目录：按类别筛选、按名称搜索',
        querystring: ClubListQuery,
        response: { 200: ClubList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const { q, ...rest } = request.query;
      const items = await repo.list(caller.unionId, caller.memberId, {
        ...rest,
        q: q?.trim() || undefined,
        withArchived: officerOf(caller, caller.unionId),
      });
      return { items };
    },
  );

  app.get(
    '/:id',
    {
      schema: { operationId: 'getClub', tags, params: IdParams, response: { 200: Club, ...errors(401, 404) } },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      if (club.archived && !officerOf(caller, club.unionId)) throw notFound('社团不存在');
      return clubView(club.id, caller.memberId);
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createClub',
        tags,
        summary: '成立社团（工会干事、主席）',
        body: CreateClubBody,
        response: { 201: Club, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const body = request.body;
      await contentCheck.text(`${body.name}\n${body.intro}`);
      const id = await app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        if (await txRepo.nameTaken(caller.unionId, body.name)) throw conflict(`已有名为“${body.name}”的社团`);
        const leaderIds = await checkLeaders(txRepo, caller.unionId, body.leaderIds);
        const clubId = await txRepo.create(caller.unionId, body);
        await txRepo.setLeaders(clubId, leaderIds);
        return clubId;
      });
      return reply.status(201).send(await clubView(id, caller.memberId));
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        operationId: 'updateClub',
        tags,
        params: IdParams,
        body: UpdateClubBody,
        response: { 200: Club, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      const body = request.body;
      if (body.name && (await repo.nameTaken(club.unionId, body.name, club.id)))
        throw conflict(`已有名为“${body.name}”的社团`);
      await contentCheck.text([body.name, body.intro].filter(Boolean).join('\n'));
      await repo.update(club.id, body);
      return clubView(club.id, caller.memberId);
    },
  );

  app.put(
    '/:id/leaders',
    {
      schema: {
        operationId: 'setClubLeaders',
        tags,
        summary: '指定社团负责人（工会干事、主席）',
        params: IdParams,
        body: LeadersBody,
        response: { 200: Club, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      const ids = await checkLeaders(repo, club.unionId, request.body.leaderIds);
      await app.db.transaction((tx) => clubRepository(tx).setLeaders(club.id, ids));
      return clubView(club.id, caller.memberId);
    },
  );

  for (const [path, archived, operationId] of [
    ['/:id/archive', true, 'archiveClub'],
    ['/:id/restore', false, 'restoreClub'],
  ] as const) {
    app.post(
      path,
      {
        schema: { operationId, tags, params: IdParams, response: { 204: NoContent, ...errors(401, 403, 404) } },
        preHandler: allow('officer'),
      },
      async (request, reply) => {
        const { caller } = request;
        const club = await clubOfUnion(repo, caller, request.params.id);
        await app.db.transaction(async (tx) => {
          const clubs = clubRepository(tx);
          await clubs.setArchived(club.id, archived);
          if (!archived) return;
          // An archived club holds no events: the upcoming ones are called off and their rooms released.
          const now = clock.now();
          const upcoming = await clubs.upcomingEventsLocked(club.id, now);
          for (const event of upcoming)
            await cancelEvent(tx, event, {
              unionId: club.unionId,
              reason: `${club.name}已停止活动`,
              by: caller.memberId,
              now,
              templates,
            });
        });
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    '/people',
    {
      schema: {
        operationId: 'searchClubPeople',
        tags,
        summary: '按姓名或工号查找本工会会员，用于指定负责人（工会干事、主席）',
        querystring: PeopleQuery,
        response: { 200: PeopleList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await repo.searchPeople(caller.unionId, request.query.q.trim()) };
    },
  );

  app.post(
    '/:id/announcements',
    {
      schema: {
        operationId: 'createClubAnnouncement',
        tags,
        summary: '发布社团公告（本社团负责人）；图片先经 uploadClubImage 上传，只显示通过内容安全检查的',
        params: IdParams,
        body: AnnouncementBody,
        response: { 204: NoContent, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, club.id);
      const images = [...new Set(request.body.images ?? [])];
      const tokens = images.map((url) => IMAGE_URL_PATTERN.exec(url)?.[1]);
      if (tokens.some((token) => !token) || (await repo.usableImages(club.id, tokens as string[])) !== images.length) {
        throw badRequest('图片须是在本社团上传且未被拦截的图片，请重新选择');
      }
      await contentCheck.text(request.body.body);
      await repo.addAnnouncement(club.id, caller.memberId, request.body.body, images);
      return reply.status(204).send(null);
    },
  );
};

export default clubRoutes;
