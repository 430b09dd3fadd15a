import { today } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest } from '../../errors';
import { errors, NoContent } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { allow } from '../../policy';
import { STAFF_ONLY } from './record-routes';
import { HardshipBody, HardshipList, HardshipMember, MemberParams, Suggestions, tags } from './schemas';

/** Help categories whose resolved cases suggest a care visit. */
export const CARE_CATEGORIES = ['大病医疗', '生活困难'];

/** The union's 困难职工, those due for review first. */
async function hardshipList(db: Queryable, unionId: number) {
  const items = await db.query<Static<typeof HardshipMember>>(
    `SELECT h.member_id AS "memberId", m.name AS "memberName", b.name AS "branchName", h.cause, h.review_on AS "reviewOn",
            h.review_on <= $2::date AS "reviewDue",
            (SELECT max(c.care_date) FROM care_records c WHERE c.member_id = h.member_id AND c.union_id = h.union_id) AS "lastCareOn"
       FROM hardship_members h JOIN members m ON m.id = h.member_id LEFT JOIN unions b ON b.id = m.branch_id
      WHERE h.union_id = $1 ORDER BY h.review_on, m.id`,
    [unionId, today()],
  );
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
      const [member] = await app.db.query(
        `SELECT 1 FROM members WHERE id = $1 AND union_id = $2 AND status = 'active'`,
        [request.params.memberId, request.caller.unionId],
      );
      if (!member) throw badRequest('所选会员不在本会名册中');
      await app.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO hardship_members (member_id, union_id, cause, review_on, flagged_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (member_id) DO UPDATE SET cause = EXCLUDED.cause, review_on = EXCLUDED.review_on, flagged_by = EXCLUDED.flagged_by, updated_at = now()`,
          [request.params.memberId, request.caller.unionId, cause, request.body.reviewOn, caller.memberId],
        );
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
        const removed = await tx.query(
          `DELETE FROM hardship_members WHERE member_id = $1 AND union_id = $2 RETURNING 1`,
          [request.params.memberId, request.caller.unionId],
        );
        if (removed.length)
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
      const items = await app.db.query<Static<typeof Suggestions>['items'][number]>(
        `SELECT h.id AS "helpCaseId", h.member_id AS "memberId", m.name AS "memberName", c.name AS category, h.resolved_at AS "resolvedAt"
           FROM help_requests h JOIN help_categories c ON c.id = h.category_id JOIN members m ON m.id = h.member_id
          WHERE h.union_id = $1 AND h.status IN ('resolved', 'closed') AND c.name = ANY($2::text[]) AND m.status = 'active'
            AND h.resolved_at > now() - interval '180 days'
            AND NOT EXISTS (SELECT 1 FROM care_records r WHERE r.help_request_id = h.id)
          ORDER BY h.resolved_at DESC LIMIT 50`,
        [request.caller.unionId, CARE_CATEGORIES],
      );
      return { items };
    },
  );
};

export default hardshipRoutes;
