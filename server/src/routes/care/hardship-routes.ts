import { today } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest } from '../../errors';
import { errors, NoContent } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { allow } from '../../policy';
import { STAFF_ONLY } from './record-routes';
import { hardshipRepository } from './hardship-repository';
import { HardshipBody, HardshipList, MemberParams, Suggestions, tags } from './schemas';

/** Help categories whose resolved cases suggest a care visit. */
export const CARE_CATEGORIES = ['大病医疗', '生活困难'];

/** The union's 困难职工, those due for review first. */
async function hardshipList(db: Queryable, unionId: number) {
  const items = await hardshipRepository(db).hardshipMembers(unionId, today());
  return { items };
}

/** 困难职工档案 (staff only), and the resolved help cases that call for a visit. */
const hardshipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/hardship',
    {
      schema: {
        operationId: 'listHardshipMembers',
        tags,
        summary: '困难职工名单：原因、复核日期、最近一次慰问（仅干事和主席）',
        response: { 200: HardshipList, ...errors(401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => {
      return hardshipList(app.db, request.caller.unionId);
    },
  );

  app.put(
    '/hardship/:memberId',
    {
      schema: {
        operationId: 'flagHardshipMember',
        tags,
        summary: '把会员列入困难职工名单，或更新原因和复核日期（重复提交以最后一次为准）',
        params: MemberParams,
        body: HardshipBody,
        response: { 200: HardshipList, ...errors(400, 401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const cause = request.body.cause.trim();
      if (!cause) throw badRequest('请填写困难原因');
      if (request.body.reviewOn < today()) throw badRequest('复核日期不能早于今天');
      if (!(await hardshipRepository(app.db).isActiveMemberOf(request.params.memberId, request.caller.unionId)))
        throw badRequest('所选会员不在本会名册中');
      await app.db.transaction(async (tx) => {
        await hardshipRepository(tx).flagHardship({
          memberId: request.params.memberId,
          unionId: request.caller.unionId,
          cause,
          reviewOn: request.body.reviewOn,
          flaggedBy: caller.memberId,
        });
        await audit(tx, {
          ...auditActor(caller),
          action: 'care.hardship.flag',
          targetType: 'member',
          targetId: request.params.memberId,
        });
      });
      return hardshipList(app.db, request.caller.unionId);
    },
  );

  app.delete(
    '/hardship/:memberId',
    {
      schema: {
        operationId: 'unflagHardshipMember',
        tags,
        summary: '移出困难职工名单（已移出的再移出无影响）',
        params: MemberParams,
        response: { 204: NoContent, ...errors(401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request, reply) => {
      const { caller } = request;
      await app.db.transaction(async (tx) => {
        const removed = await hardshipRepository(tx).unflagHardship(request.params.memberId, request.caller.unionId);
        if (removed)
          await audit(tx, {
            ...auditActor(caller),
            action: 'care.hardship.unflag',
            targetType: 'member',
            targetId: request.params.memberId,
          });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/suggestions',
    {
      schema: {
        operationId: 'listCareSuggestions',
        tags,
        summary: '建议慰问：已办结的大病医疗、生活困难求助中尚无慰问记录的',
        response: { 200: Suggestions, ...errors(401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => {
      const items = await hardshipRepository(app.db).careSuggestions(request.caller.unionId, CARE_CATEGORIES);
      return { items };
    },
  );
};

export default hardshipRoutes;
