import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, forbidden } from '../../errors';
import { addDays } from '../../time/beijing';
import { requiredText } from './access';
import { type MotionActionContext, motionAction } from './motion-action';
import { motionsRepository } from './motions-repository';
import { RATING_LABELS, SECOND_REPLY_DAYS, STATUS_LABELS } from './rules';
import { RateMotionBody, ReplyMotionBody, ReviewMotionBody } from './schemas';
import { sessionsRepository } from './sessions-repository';
import type { Static } from '@sinclair/typebox';

type Review = Static<typeof ReviewMotionBody>;

/** 立案: to an active 承办部门 of the union, with a deadline after today (by default the session's reply days). */
async function accept({ row, ctx, tx }: MotionActionContext<Review>, body: Review) {
  if (!body.departmentId) throw badRequest('立案需要选择承办部门');
  const department = await sessionsRepository(tx).findDepartment(row.unionId, body.departmentId);
  if (!department || !department.active) throw badRequest('承办部门不存在或已停用');
  const dueOn = body.dueOn ?? addDays(ctx.today, ctx.session.replyDays);
  if (dueOn <= ctx.today) throw badRequest('答复期限应晚于今天');
  await motionsRepository(tx).accept(row.id, {
    by: ctx.viewer.memberId,
    departmentId: department.id,
    dueOn,
    at: ctx.at,
  });
}

async function reject({ row, ctx, tx }: MotionActionContext<Review>, body: Review) {
  const reason = requiredText(body.reason, '不立案理由');
  if (!body.handling) throw badRequest('请选择不立案的处理方式：转为意见建议或直接答复');
  await motionsRepository(tx).reject(row.id, { by: ctx.viewer.memberId, reason, handling: body.handling, at: ctx.at });
}

/** 并案: into another submitted or accepted motion of the same session. */
async function merge({ row, ctx, tx }: MotionActionContext<Review>, body: Review) {
  if (!body.intoId) throw badRequest('并案需要选择并入的提案');
  if (body.intoId === row.id) throw badRequest('不能并入提案本身');
  const into = await motionsRepository(tx).find(body.intoId);
  if (!into || into.sessionId !== row.sessionId) throw badRequest('并入的提案不在本次会议中');
  if (into.status !== 'submitted' && into.status !== 'accepted')
    throw badRequest(`并入的提案当前为「${STATUS_LABELS[into.status]}」，不能并案`);
  await motionsRepository(tx).merge(row.id, { by: ctx.viewer.memberId, intoId: into.id, at: ctx.at });
}

const sameDecision = (row: MotionActionContext<Review>['row'], body: Review) =>
  (body.decision === 'accept' &&
    row.status === 'accepted' &&
    row.departmentId === body.departmentId &&
    row.round === 1) ||
  (body.decision === 'reject' && row.status === 'rejected' && row.rejectReason === body.reason?.trim()) ||
  (body.decision === 'merge' && row.status === 'merged' && row.mergedIntoId === body.intoId);

/** The committee decides once; staff (or a department on its behalf) reply; the proposer rates. */
const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  motionAction(
    app,
    {
      url: '/motions/:id/review',
      operationId: 'reviewMotion',
      summary: '提案工作委员会审查：立案、不立案或并案（每件提案一次）',
      body: ReviewMotionBody,
    },
    async (c) => {
      const { row, ctx, tx, body, messages } = c;
      if (!ctx.viewer.committee) throw forbidden('只有提案工作委员会委员可以审查提案');
      if (row.status === 'draft') throw conflict('提案尚未提交，不能审查');
      if (row.status !== 'submitted') {
        if (sameDecision(row, body)) return; // the same decision sent again (a retry): already recorded
        throw conflict(`该提案已审查（${STATUS_LABELS[row.status]}），每件提案只审查一次`, 'ALREADY_REVIEWED');
      }
      await { accept, reject, merge }[body.decision](c, body);
      const after = (await motionsRepository(tx).find(row.id))!;
      await { accept: messages.accepted, reject: messages.rejected, merge: messages.merged }[body.decision](after);
    },
  );

  motionAction(
    app,
    {
      url: '/motions/:id/reply',
      operationId: 'replyToMotion',
      summary: '记录承办部门的答复（工会干事、主席代录）',
      body: ReplyMotionBody,
    },
    async ({ row, ctx, tx, body, messages }) => {
      if (!ctx.viewer.manage) throw forbidden('只有工会干事和主席可以记录答复');
      const text = requiredText(body.body, '答复内容');
      const repo = motionsRepository(tx);
      if (row.status !== 'accepted') {
        const last = (await repo.replies(row.id)).at(-1);
        if (row.status === 'replied' && last?.body === text) return; // the same reply sent twice
        throw conflict(`提案当前为「${STATUS_LABELS[row.status]}」，不能记录答复`);
      }
      await repo.addReply(row.id, {
        round: row.round,
        body: text,
        by: ctx.viewer.memberId,
        onTime: ctx.today <= row.dueOn!,
        at: ctx.at,
      });
      await messages.replied((await repo.find(row.id))!);
    },
  );

  motionAction(
    app,
    {
      url: '/motions/:id/rating',
      operationId: 'rateMotionReply',
      summary: '提案人评价答复；第一次答复不满意可退回再答复一次',
      body: RateMotionBody,
    },
    async ({ row, ctx, tx, body, messages }) => {
      if (row.authorId !== ctx.viewer.memberId) throw forbidden('只有提案人可以评价答复');
      const repo = motionsRepository(tx);
      const replies = await repo.replies(row.id);
      if (row.status !== 'replied') {
        const last = replies.filter((r) => r.rating).at(-1);
        // A retried rating finds its own result: the motion closed with it, or returned by its 不满意.
        if (
          last?.rating === body.rating &&
          (row.status === 'rated' || (row.status === 'accepted' && row.round === 2 && last.round === 1))
        )
          return;
        if (row.status === 'rated') throw conflict('您已经评价过了');
        throw conflict(`提案当前为「${STATUS_LABELS[row.status]}」，没有待评价的答复`);
      }
      const comment = body.comment?.trim() || null;
      if (body.rating === 'dissatisfied' && !comment)
        throw badRequest(`评价为「${RATING_LABELS.dissatisfied}」时请写明不满意的原因`);
      await repo.rate(row.id, row.round, { rating: body.rating, comment, at: ctx.at });
      if (body.rating === 'dissatisfied' && row.round === 1) {
        await repo.returnForSecondReply(row.id, addDays(ctx.today, SECOND_REPLY_DAYS), ctx.at);
        await messages.returned((await repo.find(row.id))!);
      } else {
        await repo.close(row.id, ctx.at);
      }
    },
  );
};

export default reviewRoutes;
