import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { allow, OFFICER_ROLES } from '../../policy';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { notify } from '../../services/notify';
import { isUnder } from '../../services/union-tree';
import { ownUnion, schoolAccess } from './access';
import { peerRepository } from './peer-repository';
import { assessmentRepository } from './repository';
import { PeerCommentBody, PeerPairsBody, ReviewBody, RoundParams, SchoolParams, SelfAssessment, tags } from './schemas';
import { selfAssessmentRepository } from './self-repository';
import { selfAssessmentView } from './view';

export const selfLink = (roundId: number, schoolId: number) =>
  `/packages/assessment/pages/self/index?roundId=${roundId}&schoolId=${schoolId}`;

/** The upper union's review, and 片组互查 between schools. */
const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/rounds/:roundId/schools/:schoolId/review',
    {
      schema: {
        operationId: 'reviewSelfAssessment',
        tags,
        summary: '上级工会评审：逐条评分和意见，退回修改或评定等次（重复提交同一结论无影响）',
        params: SchoolParams,
        body: ReviewBody,
        response: { 200: SelfAssessment, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      if (access.viewer !== 'reviewer') throw forbidden('只有开启本次评家的上级工会可以评审');
      const { round, school, caller } = access;
      const { decision, items } = request.body;
      const comment = request.body.comment.trim();
      for (const given of items) {
        const item = round.items.find((i) => i.key === given.key);
        if (!item) throw badRequest(`本次评家没有编号为「${given.key}」的考核条目`);
        if (given.score > item.points) throw badRequest(`「${item.area}」一条的评审分不能超过分值 ${item.points} 分`);
      }
      const result = request.body.result?.trim() ?? null;
      if (decision === 'accept') {
        if (!result || !round.results.includes(result)) throw badRequest(`请选择评定等次：${round.results.join('、')}`);
        const given = new Set(items.map((i) => i.key));
        const missing = round.items.filter((i) => !given.has(i.key)).length;
        if (missing) throw badRequest(`还有 ${missing} 条未评分，评定前请逐条评分`);
      } else if (!comment) throw badRequest('退回时请在总体意见中写明需要修改的地方');

      await app.db.transaction(async (tx) => {
        const row = await assessmentRepository(tx).assessment(round.id, school.id, true);
        // A second tap of the same conclusion finds it already recorded.
        if (row && decision === 'accept' && row.status === 'accepted' && row.result === result) return;
        if (row && decision === 'return' && row.status === 'returned') return;
        if (row?.status !== 'submitted')
          throw conflict(row?.status === 'accepted' ? '这份自评已经评定' : '这份自评尚未提交，不能评审');
        const writes = selfAssessmentRepository(tx);
        for (const given of items) {
          await writes.saveItemReview(row.id, given.key, given.score, given.comment.trim());
        }
        await writes.concludeReview(row.id, { decision, result, comment, reviewedBy: caller.memberId });
        const officers = await writes.memberIdsWithRoles(school.id, OFFICER_ROLES);
        for (const officer of officers) {
          await notify(tx, app.config.wechat.templates, {
            memberId: officer,
            kind: 'assessment',
            title: decision === 'accept' ? `${round.title}：评定为“${result}”` : `${round.title}：自评被退回修改`,
            body: comment || '上级工会已完成评审。',
            link: selfLink(round.id, school.id),
          });
        }
        await audit(tx, {
          ...auditActor(caller),
          action: `assessment.self.${decision}`,
          targetType: 'self_assessment',
          targetId: row.id,
        });
      });
      return selfAssessmentView(app.db, access);
    },
  );

  app.put(
    '/rounds/:roundId/peers',
    {
      schema: {
        operationId: 'assignPeerReviews',
        tags,
        summary: '安排片组互查：哪所学校查看哪所学校的自评（替换本工会范围内的安排）',
        params: RoundParams,
        body: PeerPairsBody,
        response: { 200: Type.Object({ pairs: Type.Integer() }), ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以安排互查'),
    },
    async (request) => {
      const { caller } = request;
      const union = await ownUnion(app.db, caller);
      const round = await assessmentRepository(app.db).round(request.params.roundId);
      if (
        !round ||
        !((await isUnder(app.db, round.unionId, union.id)) || (await isUnder(app.db, union.id, round.unionId)))
      )
        throw notFound('评家不存在');
      for (const pair of request.body.pairs) {
        if (pair.schoolId === pair.reviewerSchoolId) throw badRequest('学校不能互查自己');
        for (const id of [pair.schoolId, pair.reviewerSchoolId]) {
          if (
            (await peerRepository(app.db).unionKind(id)) !== 'school' ||
            !(await isUnder(app.db, union.id, id)) ||
            !(await isUnder(app.db, round.unionId, id))
          ) {
            throw badRequest('互查的学校须是本工会之下、参加本次评家的学校');
          }
        }
      }
      await app.db.transaction(async (tx) => {
        // Pairs kept from the last arrangement keep the comment already written; only dropped pairs go.
        const peers = peerRepository(tx);
        await peers.deletePeerPairsNotIn(round.id, union.id, request.body.pairs);
        for (const pair of request.body.pairs) {
          await peers.insertPeerPair(round.id, pair, caller.memberId);
        }
        await audit(tx, {
          ...auditActor(caller),
          action: 'assessment.peers.assign',
          targetType: 'assessment_round',
          targetId: round.id,
          detail: { pairs: request.body.pairs.length },
        });
      });
      return { pairs: request.body.pairs.length };
    },
  );

  app.put(
    '/rounds/:roundId/schools/:schoolId/peer-review',
    {
      schema: {
        operationId: 'savePeerReview',
        tags,
        summary: '互查学校填写互查意见（重复保存以最后一次为准）',
        params: SchoolParams,
        body: PeerCommentBody,
        response: { 200: SelfAssessment, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      if (access.viewer !== 'peer') throw forbidden('只有被安排互查这所学校的学校工会可以填写互查意见');
      const comment = request.body.comment.trim();
      if (!comment) throw badRequest('请填写互查意见');
      await peerRepository(app.db).savePeerComment(access.round.id, access.school.id, request.caller.unionId, comment);
      return selfAssessmentView(app.db, access);
    },
  );
};

export default reviewRoutes;
