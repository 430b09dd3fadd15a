import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../db';
import { badRequest, conflict } from '../../errors';
import type { Caller, RoleName } from '../../plugins/auth';
import { OFFICER_ROLES as UNION_OFFICERS, rosterRolesOf } from '../../policy';
import { OFFICER_ROLES as OFFICER_ROLE_NAMES } from '../../services/personal-data';
import { isUpperKind } from '../../services/union-tree';
import { adminRepository } from './repository';

export const tags = ['工作台（工会干事、主席）'];

/** Who runs a union's roster and roles: staff and the chair of a school, the supervisor of a district or city. */
export const managersOf = rosterRolesOf;
/** Which roles are held on a union of this kind. */
export const rolesOn = (kind: string): RoleName[] =>
  isUpperKind(kind) ? ['supervisor'] : [...UNION_OFFICERS, 'counsellor'];
export const OFFICER_ROLES: readonly RoleName[] = OFFICER_ROLE_NAMES;

export interface Managed {
  caller: Caller;
  unionId: number;
  kind: string;
}

/** The refusal of every roster route, whose policy is `rosterManager`. */
export const ROSTER_MANAGERS_ONLY = '只有本工会的工会干事或主席可以管理名册和角色';

/** The union the caller manages (the route's `rosterManager` policy let them in) and its kind. */
export async function managed(db: Queryable, request: FastifyRequest): Promise<Managed> {
  const { caller } = request;
  const kind = (await adminRepository(db).unionKind(caller.unionId)) ?? 'school';
  return { caller, unionId: caller.unionId, kind };
}

export async function checkBranch(db: Queryable, unionId: number, branchId: number | null | undefined) {
  if (branchId && !(await adminRepository(db).isBranchOf(unionId, branchId)))
    throw badRequest('所选分工会不属于本工会');
}

/** The rules of one role change, the same whether it comes alone or with a member edit. */
export function checkRoleChange(m: Managed, memberId: number, role: RoleName, grant: boolean, memberActive: boolean) {
  if (!rolesOn(m.kind).includes(role))
    throw badRequest(isUpperKind(m.kind) ? '上级工会只能设置“上级工会”角色' : '学校工会不能设置“上级工会”角色');
  if (grant && !memberActive) throw conflict('已离会的会员不能设置角色');
  if (!grant && memberId === m.caller.memberId && managersOf(m.kind).includes(role)) {
    throw conflict('不能撤销自己的管理角色，请由另一位干事或主席操作');
  }
}
