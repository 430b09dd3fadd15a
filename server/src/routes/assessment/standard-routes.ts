import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict, forbidden } from '../../errors';
import { allow, memberPolicies } from '../../policy';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { findUnion } from '../../services/union-tree';
import { ownUnion, roundView } from './access';
import { assessmentRepository } from './repository';
import { standardRepository } from './standard-repository';
import { OpenRoundBody, Round, RoundList, Standard, StandardBody, tags } from './schemas';
import { DEFAULT_RESULTS, DEFAULT_STANDARD, type StandardItem, totalPoints } from './standard';

/** The standard a union works with: its own, else the nearest one above it, else the built-in one. */
async function standardOf(db: Queryable, unionId: number) {
  const row = await standardRepository(db).nearestStandard(unionId);
  if (!row) return { source: 'builtin' as const, items: DEFAULT_STANDARD };
  return { source: row.unionId === unionId ? ('own' as const) : ('inherited' as const), items: row.items };
}

function checkItems(items: StandardItem[]) {
  const keys = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (keys.has(item.key)) throw badRequest(`第 ${index + 1} 条的编号「${item.key}」与前面的条目重复`);
    keys.add(item.key);
    if (!item.area.trim() || !item.title.trim()) throw badRequest(`第 ${index + 1} 条缺少类别或考核内容`);
  }
  if (totalPoints(items) > 200) throw badRequest('各条分值合计不能超过 200 分');
}

/** 评价标准 and 评家 rounds: published and opened by an upper union at any level. */
const standardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = assessmentRepository(app.db);

  app.get(
    '/standard',
    {
      schema: {
        operationId: 'getAssessmentStandard',
        tags,
        summary: '本工会使用的建家评价标准（未修订时沿用上级或内置标准）',
        response: { 200: Standard, ...errors(401, 403) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以查看和修订评价标准'),
    },
    async (request) => {
      const union = await ownUnion(app.db, request.caller);
      const { source, items } = await standardOf(app.db, union.id);
      return { unionName: union.name, source, items, totalPoints: totalPoints(items) };
    },
  );

  app.put(
    '/standard',
    {
      schema: {
        operationId: 'updateAssessmentStandard',
        tags,
        summary: '修订本工会的评价标准（整份替换；已开启的评家不受影响）',
        body: StandardBody,
        response: { 200: Standard, ...errors(400, 401, 403) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以查看和修订评价标准'),
    },
    async (request) => {
      const { caller } = request;
      const union = await ownUnion(app.db, caller);
      const items = request.body.items.map((i) => ({
        ...i,
        area: i.area.trim(),
        title: i.title.trim(),
        evidence: i.evidence.trim(),
      }));
      checkItems(items);
      await app.db.transaction(async (tx) => {
        await standardRepository(tx).saveStandard(union.id, items, caller.memberId);
        await audit(tx, {
          ...auditActor(caller),
          action: 'assessment.standard.update',
          targetType: 'union',
          targetId: union.id,
          detail: { items: items.length },
        });
      });
      return { unionName: union.name, source: 'own' as const, items, totalPoints: totalPoints(items) };
    },
  );

  app.get(
    '/rounds',
    {
      schema: {
        operationId: 'listAssessmentRounds',
        tags,
        summary: '与本工会有关的评家（学校：上级开启的；上级工会：本级、上级和下级开启的）',
        response: { 200: RoundList, ...errors(401, 403) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const union = await findUnion(app.db, caller.unionId);
      const standing = { caller, unionKind: union?.kind ?? '' };
      const upper = memberPolicies.upperUnion(standing);
      if (!upper && !memberPolicies.officer(standing)) throw forbidden('只有工会干事、主席和上级工会可以查看建家评家');
      return { items: (await repo.roundsFor(caller.unionId, upper)).map((r) => roundView(r, caller)) };
    },
  );

  app.post(
    '/rounds',
    {
      schema: {
        operationId: 'openAssessmentRound',
        tags,
        summary: '开启本年度建家评家（按当前评价标准；同一年度重复提交返回已开启的那次）',
        body: OpenRoundBody,
        response: { 200: Round, 201: Round, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以开启建家评家'),
    },
    async (request, reply) => {
      const { caller } = request;
      const union = await ownUnion(app.db, caller);
      const { year, opensOn, closesOn } = request.body;
      const title = request.body.title.trim();
      if (!title) throw badRequest('请填写评家名称');
      if (closesOn < opensOn) throw badRequest('截止日期不能早于开始日期');
      const results = (request.body.results ?? DEFAULT_RESULTS).map((r) => r.trim());
      if (results.some((r) => !r) || new Set(results).size !== results.length)
        throw badRequest('评定等次不能为空，也不能重复');
      const { items } = await standardOf(app.db, union.id);
      const created = await app.db.transaction(async (tx) => {
        const id = await standardRepository(tx).insertRound({
          unionId: union.id,
          year,
          title,
          opensOn,
          closesOn,
          items,
          results,
          createdBy: caller.memberId,
        });
        if (id)
          await audit(tx, {
            ...auditActor(caller),
            action: 'assessment.round.open',
            targetType: 'assessment_round',
            targetId: id,
            detail: { year },
          });
        return id;
      });
      if (created) return reply.status(201).send(roundView((await repo.round(created))!, caller));
      const existing = await standardRepository(app.db).roundOfYear(union.id, year);
      if (existing!.title !== title) throw conflict(`本工会${year}年度的建家评家已经开启（${existing!.title}）`);
      return roundView((await repo.round(existing!.id))!, caller);
    },
  );
};

export default standardRoutes;
