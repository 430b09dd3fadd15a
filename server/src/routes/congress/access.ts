import type { Queryable } from '../../db';
import { badRequest, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { officerOf } from '../../policy';
import { localDate } from '../../time/beijing';
import { type SessionRow, sessionsRepository, type Standing } from './sessions-repository';

/** Who is looking at one session: their place in it is read from the 代表 list of its term. */
export interface SessionViewer extends Standing {
  memberId: number;
  unionId: number;
  /** 工会干事 or 主席 of the session's union. */
  manage: boolean;
}

export interface SessionContext {
  session: SessionRow;
  viewer: SessionViewer;
  at: Date;
  today: string;
  /** Today lies in the collection window (both ends included). */
  collecting: boolean;
}

export const SESSION_NOT_FOUND = '会议不存在';
export const MOTION_NOT_FOUND = '提案不存在或您无权查看';

/** The session of the caller's own union, with the caller's standing in it; another union's is "not found". */
export async function sessionContext(
  db: Queryable,
  caller: Caller,
  sessionId: number,
  at: Date,
): Promise<SessionContext> {
  const repo = sessionsRepository(db);
  const session = await repo.find(sessionId);
  if (!session || session.unionId !== caller.unionId) throw notFound(SESSION_NOT_FOUND);
  const standing = await repo.standing(caller.memberId, session.unionId, session.term);
  const today = localDate(at);
  return {
    session,
    viewer: {
      memberId: caller.memberId,
      unionId: caller.unionId,
      manage: officerOf(caller, caller.unionId),
      ...standing,
    },
    at,
    today,
    collecting: session.opensOn <= today && today <= session.closesOn,
  };
}

/**
 * 代表 (and the committee, staff and chair) see every motion of their union's session, drafts
 * included so they can second them; the proposer sees their own; every other member sees the
 * submitted ones once the session's motions are published.
 */
export function canSeeMotion(ctx: SessionContext, motion: { authorId: number; status: string }): boolean {
  const { viewer, session } = ctx;
  if (viewer.manage || viewer.delegate || viewer.committee || motion.authorId === viewer.memberId) return true;
  return session.publishedAt !== null && motion.status !== 'draft';
}

/** A required text after trimming: spaces alone are not an answer. */
export function requiredText(value: string | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badRequest(`${field}不能为空`);
  return text;
}
