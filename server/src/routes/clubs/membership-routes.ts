import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, forbidden, notFound } from '../../errors';
import { allow, officerOf } from '../../policy';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { notify } from '../../services/notify';
import { CLUB_LINK, clubOfUnion, requireLeader } from './access';
import { clubRepository } from './repository';
import { ApplicationList, ClubMemberList, DecisionBody, JoinBody, JoinResult } from './schemas';

const tags = ['兴趣社团'];

/** Who belongs to a club: its member list, joining and leaving, and the leaders' answer to applications. */
const membershipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = clubRepository(app.db);
  const templates = app.config.wechat.templates;

  app.get(
    '/:id/members',
    {
      schema: {
        operationId: 'listClubMembers',
        tags,
        params: IdParams,
        response: { 200: ClubMemberList, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      const role = await repo.roleOf(club.id, caller.memberId);
      const allowed =
        role === 'leader' || officerOf(caller, club.unionId) || (role === 'member' && club.membersVisible);
      if (!allowed) throw forbidden('本社团的成员名单不公开');
      return { items: await repo.members(club.id) };
    },
  );

  app.post(
    '/:id/join',
    {
      schema: {
        operationId: 'joinClub',
        tags,
        summary: '加入社团：直接加入或提交申请',
        params: IdParams,
        body: JoinBody,
        response: { 200: JoinResult, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      return app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        const club = await clubOfUnion(txRepo, caller, request.params.id, true);
        if (club.archived) throw notFound('社团不存在');
        if (await txRepo.roleOf(club.id, caller.memberId)) throw conflict('您已是本社团成员');
        if (club.joinPolicy === 'closed') throw conflict('本社团暂停招新');
        if (club.memberCap !== null && (await txRepo.memberCount(club.id)) >= club.memberCap)
          throw conflict(`本社团已满员（上限 ${club.memberCap} 人）`);
        if (club.joinPolicy === 'open') {
          await txRepo.addMember(club.id, caller.memberId);
          return { status: 'member' as const };
        }
        const reason = request.body?.reason?.trim() ?? '';
        await txRepo.apply(club.id, caller.memberId, reason);
        for (const leader of await txRepo.leaders(club.id)) {
          await notify(tx, templates, {
            memberId: leader.id,
            kind: 'clubs',
            title: `新的入社申请：${club.name}`,
            body: `${caller.name}申请加入${reason ? `，理由：${reason}。` : '。'}请在社团页面同意或婉拒。`,
            link: CLUB_LINK(club.id),
          });
        }
        return { status: 'pending' as const };
      });
    },
  );

  app.post(
    '/:id/leave',
    {
      schema: {
        operationId: 'leaveClub',
        tags,
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      const role = await repo.roleOf(club.id, caller.memberId);
      if (role === 'leader') throw conflict('负责人退出前，请联系工会干事另行指定负责人');
      if (!role) throw conflict('您不是本社团成员');
      await repo.removeMember(club.id, caller.memberId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/applications',
    {
      schema: {
        operationId: 'listClubApplications',
        tags,
        summary: '待审核的入社申请（本社团负责人）',
        params: IdParams,
        response: { 200: ApplicationList, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const club = await clubOfUnion(repo, caller, request.params.id);
      await requireLeader(repo, caller, club.id);
      return { items: await repo.applications(club.id) };
    },
  );

  app.post(
    '/applications/:id/decision',
    {
      schema: {
        operationId: 'decideClubApplication',
        tags,
        summary: '同意或拒绝入社申请（本社团负责人）',
        params: IdParams,
        body: DecisionBody,
        response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const { approve, reply: text = '' } = request.body;
      const clubId = await repo.applicationClub(request.params.id);
      if (!clubId) throw notFound('申请不存在');
      const club = await clubOfUnion(repo, caller, clubId);
      await requireLeader(repo, caller, club.id);
      await app.db.transaction(async (tx) => {
        const txRepo = clubRepository(tx);
        await txRepo.find(club.id, true);
        const application = await txRepo.lockPendingApplication(request.params.id);
        if (!application) throw conflict('该申请已处理');
        if (approve) {
          if (club.memberCap !== null && (await txRepo.memberCount(club.id)) >= club.memberCap)
            throw conflict(`本社团已满员（上限 ${club.memberCap} 人）`);
          await txRepo.addMember(club.id, application.memberId);
        }
        await txRepo.decide(application.id, approve, text.trim(), caller.memberId);
        await notify(tx, templates, {
          memberId: application.memberId,
          kind: 'clubs',
          title: approve ? `欢迎加入${club.name}` : `${club.name}未通过您的入社申请`,
          body: text.trim() || (approve ? '您的入社申请已通过。' : '感谢您的关注，欢迎以后再申请。'),
          link: CLUB_LINK(club.id),
        });
      });
      return reply.status(204).send(null);
    },
  );
};

export default membershipRoutes;
