import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db';
import { forbidden } from '../errors';
import { type Caller, requireCaller } from '../plugins/auth';
import { findUnion, isUnder } from '../services/union-tree';
import { capabilitiesOf, type MemberPolicy, memberPolicies, NEEDS_UNION_KIND, officerOf, type Standing } from './rules';

/** The caller with the kind of their union, read only when a policy needs it. */
async function standingOf(db: Queryable, caller: Caller, withKind: boolean): Promise<Standing> {
  const unionKind = withKind ? ((await findUnion(db, caller.unionId))?.kind ?? 'school') : 'school';
  return { caller, unionKind };
}

/** Whether the caller passes a member-level policy. */
export async function permits(db: Queryable, caller: Caller, policy: MemberPolicy): Promise<boolean> {
  return memberPolicies[policy](await standingOf(db, caller, NEEDS_UNION_KIND.has(policy)));
}

/** Every member-level policy decided for the caller: /api/me's `capabilities`. */
export async function capabilities(db: Queryable, caller: Caller) {
  return capabilitiesOf(await standingOf(db, caller, true));
}

/**
 * The preHandler a route declares for the policy it needs:
 * `{ schema, preHandler: allow('officer', '只有…可以…') }`. It runs after authentication and body
 * validation, as the checks at the top of the handlers did, and refuses with 403 and `refusal`.
 */
export const allow = (policy: MemberPolicy, refusal?: string) =>
  async function checkPolicy(request: FastifyRequest): Promise<void> {
    if (!(await permits(request.server.db, requireCaller(request), policy))) throw forbidden(refusal);
  };

/** The upper union over `unionId`: the supervisor of the caller's own city or district union, at or above it. */
export async function upperUnionOver(db: Queryable, caller: Caller, unionId: number): Promise<boolean> {
  return (await permits(db, caller, 'upperUnion')) && isUnder(db, caller.unionId, unionId);
}

/**
 * Refuses with 403 unless the caller is 工会干事 or 主席 of `unionId` (their own union unless a
 * club's, a survey's or a case's union is named): the one check behind every officer-only route.
 */
export function requireOfficer(caller: Pick<Caller, 'roles' | 'unionId'>, unionId = caller.unionId, refusal?: string) {
  if (!officerOf(caller, unionId)) throw forbidden(refusal);
}

/** Refuses with 403 unless the standing (caller and the kind of their union, already read) passes `policy`. */
export function requirePolicy(standing: Standing, policy: MemberPolicy, refusal?: string): void {
  if (!memberPolicies[policy](standing)) throw forbidden(refusal);
}
