import type { Static } from '@sinclair/typebox';
import { canSeeMotion, type SessionContext } from './access';
import type { MotionRow, ReplyRow } from './motions-repository';
import { isOverdue } from './rules';
import type { CongressSession, Motion, MotionSummary } from './schemas';
import type { SessionRow, Standing } from './sessions-repository';

export function toSessionView(
  session: SessionRow,
  standing: Standing & { manage: boolean },
  today: string,
): Static<typeof CongressSession> {
  return {
    id: session.id,
    term: session.term,
    title: session.title,
    opensOn: session.opensOn,
    closesOn: session.closesOn,
    collecting: session.opensOn <= today && today <= session.closesOn,
    secondersRequired: session.secondersRequired,
    replyDays: session.replyDays,
    published: session.publishedAt !== null,
    motionCount: session.motionCount,
    delegate: standing.delegate,
    committee: standing.committee,
    manage: standing.manage,
  };
}

export function toMotionSummary(row: MotionRow, ctx: SessionContext): Static<typeof MotionSummary> {
  return {
    id: row.id,
    sessionId: row.sessionId,
    number: row.number,
    title: row.title,
    category: row.category,
    status: row.status,
    authorName: row.authorName,
    mine: row.authorId === ctx.viewer.memberId,
    seconderCount: row.seconders.length,
    secondedByMe: row.seconders.some((s) => s.memberId === ctx.viewer.memberId),
    departmentName: row.departmentName,
    dueOn: row.dueOn,
    overdue: isOverdue(row.status, row.dueOn, ctx.today),
    updatedAt: row.updatedAt,
  };
}

/** What the viewer may do next: the client shows exactly these buttons, the routes enforce the same rules. */
export function motionActions(row: MotionRow, ctx: SessionContext) {
  const { viewer, collecting, session } = ctx;
  const mine = row.authorId === viewer.memberId;
  const draft = row.status === 'draft';
  return {
    edit: draft && mine && collecting && row.seconders.length === 0,
    second:
      draft && !mine && viewer.delegate && collecting && !row.seconders.some((s) => s.memberId === viewer.memberId),
    submit: draft && mine && collecting && row.seconders.length >= session.secondersRequired,
    review: row.status === 'submitted' && viewer.committee,
    reply: row.status === 'accepted' && viewer.manage,
    rate: row.status === 'replied' && mine,
  };
}

export function toMotionView(row: MotionRow, replies: ReplyRow[], ctx: SessionContext): Static<typeof Motion> | null {
  if (!canSeeMotion(ctx, row)) return null;
  return {
    ...toMotionSummary(row, ctx),
    reason: row.reason,
    proposal: row.proposal,
    seconders: row.seconders.map((s) => s.name),
    secondersRequired: ctx.session.secondersRequired,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    rejectReason: row.rejectReason,
    rejectHandling: row.rejectHandling,
    mergedIntoNumber: row.mergedIntoNumber,
    round: row.round,
    replies,
    can: motionActions(row, ctx),
  };
}
