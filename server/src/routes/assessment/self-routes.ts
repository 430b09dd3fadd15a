import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { requireSchoolStaff, type SchoolAccess, schoolAccess } from './access';
import { assessmentRepository } from './repository';
import { selfAssessmentRepository } from './self-repository';
import { ItemParams, LeadershipBody, SaveItemBody, SchoolParams, SelfAssessment, tags } from './schemas';
import { isEditable, liveFigures, selfAssessmentView } from './view';
import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { formatDate } from '../../time/beijing';
import { selfLink } from './review-routes';
import { allow } from '../../policy';

const response = { 200: SelfAssessment, ...errors(400, 401, 403, 404, 409) };

/** Locks the school's self-assessment and refuses unless the school may still change it. */
async function lockEditable(tx: Queryable, access: SchoolAccess) {
  const row = await assessmentRepository(tx).ensureAssessment(access.round.id, access.school.id);
  if (row.status === 'submitted' || row.status === 'accepted')
    throw conflict('自评已提交，不能再修改；如需修改，请上级工会退回');
  if (!isEditable(access.round, row.status)) {
    throw conflict(`不在自评填写期间（${formatDate(access.round.opensOn)}至${formatDate(access.round.closesOn)}）`);
  }
  return row;
}

/** A school's self-assessment: filled in item by item, with the leadership's rating, then submitted. */
const selfRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/rounds/:roundId/schools/:schoolId',
    {
      schema: {
        operationId: 'getSelfAssessment',
        tags,
        summary: '一所学校的自评（本校干事、上级工会、互查学校可看）',
        params: SchoolParams,
        response,
      },
      preHandler: allow('member'),
    },
    async (request) =>
      selfAssessmentView(app.db, await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId)),
  );

  app.put(
    '/rounds/:roundId/schools/:schoolId/items/:key',
    {
      schema: {
        operationId: 'saveSelfAssessmentItem',
        tags,
        summary: '保存一条自评：自评分和说明（重复保存以最后一次为准）',
        params: ItemParams,
        body: SaveItemBody,
        response,
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      requireSchoolStaff(access);
      const item = access.round.items.find((i) => i.key === request.params.key);
      if (!item) throw notFound('本次评家没有这个考核条目');
      const { selfScore } = request.body;
      if (selfScore > item.points) throw badRequest(`自评分不能超过该条的分值 ${item.points} 分`);
      await app.db.transaction(async (tx) => {
        const row = await lockEditable(tx, access);
        const writes = selfAssessmentRepository(tx);
        await writes.saveSelfItem(row.id, item.key, selfScore, request.body.evidence.trim());
        await writes.touchAssessment(row.id);
      });
      return selfAssessmentView(app.db, access);
    },
  );

  app.put(
    '/rounds/:roundId/schools/:schoolId/leadership',
    {
      schema: {
        operationId: 'saveLeadershipRating',
        tags,
        summary: '填写党政评价（学校党政领导对工会工作的评价）',
        params: SchoolParams,
        body: LeadershipBody,
        response,
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      requireSchoolStaff(access);
      await app.db.transaction(async (tx) => {
        const row = await lockEditable(tx, access);
        await selfAssessmentRepository(tx).saveLeadershipRating(row.id, request.body.rating, request.body.note.trim());
      });
      return selfAssessmentView(app.db, access);
    },
  );

  app.post(
    '/rounds/:roundId/schools/:schoolId/submit',
    {
      schema: {
        operationId: 'submitSelfAssessment',
        tags,
        summary: '提交自评给上级工会；提交后只读，除非被退回（重复提交无影响）',
        params: SchoolParams,
        response,
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const access = await schoolAccess(app.db, request, request.params.roundId, request.params.schoolId);
      requireSchoolStaff(access);
      // The app's own figures, frozen with the submission (read outside the transaction: see figures.ts).
      const figures = await liveFigures(app.db, access);
      await app.db.transaction(async (tx) => {
        const repo = assessmentRepository(tx);
        const current = await repo.ensureAssessment(access.round.id, access.school.id);
        if (current.status === 'submitted' || current.status === 'accepted') return;
        const row = await lockEditable(tx, access);
        const scored = new Set((await repo.items(row.id)).map((i) => i.key));
        const missing = access.round.items.filter((i) => !scored.has(i.key));
        if (missing.length)
          throw badRequest(
            `还有 ${missing.length} 条未自评：${missing
              .slice(0, 3)
              .map((i) => i.area)
              .join('、')}${missing.length > 3 ? '等' : ''}`,
          );
        if (!row.leadershipRating) throw badRequest('请先填写党政评价');
        const writes = selfAssessmentRepository(tx);
        await writes.markSubmitted(row.id, figures);
        // The reviewers are told in the same transaction: a submission nobody hears of waits unreviewed.
        const reviewers = await writes.supervisorIds(access.round.unionId);
        for (const reviewer of reviewers) {
          await notify(tx, app.config.wechat.templates, {
            memberId: reviewer,
            kind: 'assessment',
            title: `${access.school.name}提交了自评`,
            body: `${access.round.title}：请评审`,
            link: selfLink(access.round.id, access.school.id),
          });
        }
        await audit(tx, {
          ...auditActor(access.caller),
          action: 'assessment.self.submit',
          targetType: 'self_assessment',
          targetId: row.id,
        });
      });
      return selfAssessmentView(app.db, access);
    },
  );
};

export default selfRoutes;
