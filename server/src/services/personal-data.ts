import type { Queryable } from '../db';
import { RECORD_RULES } from './erasure/feature-rules';
import type { Erasure, ErasureRule, ErasureTarget } from './erasure/kit';
import { erasureKitRepository } from './erasure/kit-repository';
import { LATER_RULES } from './erasure/member-rules';

// 注销账号: the constants, types and rules live in ./erasure; this is the entry point the privacy routes use.
export {
  CLEARED,
  ERASED_NAME,
  type Erasure,
  type ErasureRule,
  type ErasureTarget,
  OFFICER_ROLES,
  OTHERS_MESSAGE,
  RULES_VERSION,
} from './erasure/kit';

/** Every rule, one per row of the table in docs/personal-data.md, in the same order. */
export const ERASURE_RULES: ErasureRule[] = [...RECORD_RULES, ...LATER_RULES];

/** The member to erase, locked; null when there is no such member or the account is already erased. */
export async function lockErasureTarget(tx: Queryable, memberId: number): Promise<ErasureTarget | null> {
  const row = await erasureKitRepository(tx).lockMember(memberId);
  if (!row || row.erased) return null;
  const { erased: _erased, ...target } = row;
  return target;
}

/** Runs every rule, in order, inside the caller's transaction. */
export async function eraseAccount(
  tx: Queryable,
  member: ErasureTarget,
  options: { now: Date; templates: Record<string, string> },
) {
  const erasure: Erasure = {
    tx,
    member,
    now: options.now,
    templates: options.templates,
    counts: {},
    files: [],
    revokedSessions: [],
  };
  for (const rule of ERASURE_RULES) await rule.apply(erasure);
  return { counts: erasure.counts, files: erasure.files };
}
