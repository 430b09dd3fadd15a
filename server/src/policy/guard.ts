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

/** A route's policy check, carrying the policy's name so the API document (`x-policy`) and tests can read it. */
export type PolicyCheck = ((request: FastifyRequest) => Promise<void>) & { readonly policy: MemberPolicy };

/**
 * The preHandler a route declares for the policy it needs:
 * `{ schema, preHandler: allow('officer', '只有…可以…') }`. It runs after authentication, body validation and
 * the idempotency check, as the checks at the top of the handlers did, and refuses with 403 and `refusal`.
 * `allow('member')` says any signed-in member may call the route; checks on a record (the owner of this case,
 * the counsellor of this appointment) stay in the handler, which has the record.
 */
export function allow(policy: MemberPolicy, refusal?: string): PolicyCheck {
  const check =
    policy === 'member'
      ? // authenticate already vouched for the member: nothing to read, nothing to wait for.
        async () => {}
      : async (request: FastifyRequest) => {
          if (!(await permits(request.server.db, requireCaller(request), policy))) throw forbidden(refusal);
        };
  return Object.assign(check, { policy });
}

/** The policy a route declares with `allow`, read from its preHandler option (undefined: none). */
export function declaredPolicy(preHandler: unknown): MemberPolicy | undefined {
  const hooks: unknown[] = Array.isArray(preHandler) ? preHandler : [preHandler];
  const check = hooks.find((hook): hook is PolicyCheck => typeof hook === 'function' && 'policy' in hook);
  return check?.policy;
}

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
