import type { Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { today } from '../../clock';
import type { Queryable } from '../../db';
import { forbidden, notFound } from '../../errors';
import { type Caller, hasRole } from '../../plugins/auth';
import { officerOf } from '../../policy';
import { findUnion, isUnder, type UnionRow } from '../../services/union-tree';
import { assessmentRepository, type RoundRow } from './repository';
import type { Round } from './schemas';
import { totalPoints } from './standard';

/** The caller's own union: an upper union once the route's `upperUnion` policy let them in. */
export const ownUnion = async (db: Queryable, caller: Caller): Promise<UnionRow> =>
  (await findUnion(db, caller.unionId))!;

/** How the caller stands to one school's self-assessment. */
export type Viewer = 'school' | 'reviewer' | 'overseer' | 'peer';

/** Today in Beijing by the server's clock: a round's phase is read on it. */
export { today };
export const phaseOf = (round: Pick<RoundRow, 'opensOn' | 'closesOn'>, day = today()) =>
  day < round.opensOn ? 'upcoming' : day > round.closesOn ? 'closed' : 'open';

/** Only the supervisors of the union that opened the round review in it. */
export const canReview = (caller: Caller, round: RoundRow) =>
  caller.unionId === round.unionId && hasRole(caller, round.unionId, 'supervisor');

export function roundView(round: RoundRow, caller: Caller): Static<typeof Round> {
  const { items, ...rest } = round;
  return { ...rest, phase: phaseOf(round), totalPoints: totalPoints(items), canReview: canReview(caller, round) };
}

export interface SchoolAccess {
  caller: Caller;
  round: RoundRow;
  school: UnionRow;
  viewer: Viewer;
}

/**
 * The round and the school, with how the caller may see it: the school's own staff or chair; the
 * round's union (which reviews); any upper union above the school (sees only); a school assigned
 * to 互查 it. Anyone else is refused, and a school outside the round is not found.
 */
export async function schoolAccess(
  db: Queryable,
  request: FastifyRequest,
  roundId: number,
  schoolId: number,
): Promise<SchoolAccess> {
  const { caller } = request;
  const round = await assessmentRepository(db).round(roundId);
  if (!round) throw notFound('评家不存在');
  const school = await findUnion(db, schoolId);
  if (!school || school.kind !== 'school' || !(await isUnder(db, round.unionId, schoolId)))
    throw notFound('这所学校不在本次评家范围内');
  let viewer: Viewer | null = null;
  if (caller.unionId === schoolId && officerOf(caller, schoolId)) viewer = 'school';
  else if (canReview(caller, round)) viewer = 'reviewer';
  else if (hasRole(caller, caller.unionId, 'supervisor') && (await isUnder(db, caller.unionId, schoolId)))
    viewer = 'overseer';
  else if (
    officerOf(caller, caller.unionId) &&
    (await assessmentRepository(db).isPeerReviewer(roundId, schoolId, caller.unionId))
  )
    viewer = 'peer';
  if (!viewer) throw forbidden('您没有权限查看这所学校的自评');
  return { caller, round, school, viewer };
}

export function requireSchoolStaff(access: SchoolAccess) {
  if (access.viewer !== 'school') throw forbidden('只有本校工会干事或主席可以填写自评');
}
