import type { Queryable } from '../../db';

/** What the 个人信息与隐私 routes read themselves; the personal data is services/personal-data's. */
export function privacyRepository(db: Queryable) {
  return {
    /** Whether this session (by its token's hash) was revoked when its account was erased. */
    async sessionOfErasedAccount(tokenHash: string): Promise<boolean> {
      const erased = await db.query(`SELECT 1 FROM account_erasures WHERE revoked_sessions @> ARRAY[$1]::text[]`, [
        tokenHash,
      ]);
      return erased.length > 0;
    },
  };
}
