import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db';
import { forbidden } from '../errors';
import { type Caller, requireCaller } from '../plugins/auth';
import { memberPolicies } from './rules';
import { findUnion, type UnionRow } from '../services/union-tree';

export interface UpperUnion {
  caller: Caller;
  union: UnionRow;
}

/**
 * The caller's own upper union (city or district), refused unless they hold its supervisor role.
 * Everything an upper union sees is then limited to `unions_under(union.id)`.
 */
export async function upperUnion(
  db: Queryable,
  request: FastifyRequest,
  message = '只有上级工会可以进行此操作',
): Promise<UpperUnion> {
  const caller = requireCaller(request);
  const union = await findUnion(db, caller.unionId);
  if (!union || !memberPolicies.upperUnion({ caller, unionKind: union.kind })) throw forbidden(message);
  return { caller, union };
}
