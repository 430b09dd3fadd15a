import type { Me, Role, RoleGrant } from './types';

export const ROLE_LABELS: Record<Role, string> = {
  chair: '工会主席',
  staff: '工会干事',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
};

const ORDER: Role[] = ['chair', 'staff', 'counsellor', 'supervisor'];

function labelsOf(roles: Role[]): string[] {
  const unique = ORDER.filter((r) => roles.includes(r));
  // Everyone is a member; the officer roles come on top of that.
  return ['会员', ...unique.map((r) => ROLE_LABELS[r])];
}

/** "会员" first, then each distinct officer role once. */
export function memberRoleLabels(me: Pick<Me, 'roles'>): string[] {
  return labelsOf(me.roles.map((g) => g.role));
}

/** A demo account's roles: names as listDevAccounts sends them, or grants as /api/me has them. */
export function devAccountRoleLabels(account: { roles: ReadonlyArray<Role | Pick<RoleGrant, 'role'>> }): string[] {
  return labelsOf(account.roles.map((r) => (typeof r === 'string' ? r : r.role)));
}
