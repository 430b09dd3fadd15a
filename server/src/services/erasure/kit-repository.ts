import type { Queryable } from '../../db';
import type { ErasureTarget } from './kit';

/** The ids a statement selects as `id`: how the erasure repositories read the records they will change. */
export const idsOf = (tx: Queryable) => async (sql: string, params: unknown[]) =>
  (await tx.query<{ id: number }>(sql, params)).map((r) => r.id);

/** The queries every erasure needs before its rules run, by name. */
export function erasureKitRepository(tx: Queryable) {
  const ids = idsOf(tx);
  return {
    /** The member's own records that messages link to: help cases, reception visits, counselling appointments. */
    async ownRecordIds(memberId: number) {
      const help = await ids(`SELECT id FROM help_requests WHERE member_id = $1`, [memberId]);
      const reception = await ids(`SELECT id FROM reception_appointments WHERE member_id = $1`, [memberId]);
      const counselling = await ids(`SELECT id FROM counselling_appointments WHERE member_id = $1`, [memberId]);
      return { help, reception, counselling };
    },

    /** The member, locked, with their roles; `erased` when the account is already erased. */
    async lockMember(memberId: number): Promise<(ErasureTarget & { erased: boolean }) | null> {
      const [row] = await tx.query<ErasureTarget & { erased: boolean }>(
        `SELECT m.id, m.union_id AS "unionId", m.phone, m.openid, m.erased_at IS NOT NULL AS erased,
                coalesce((SELECT array_agg(DISTINCT r.role) FROM member_roles r WHERE r.member_id = m.id), '{}') AS roles
           FROM members m WHERE m.id = $1 FOR UPDATE`,
        [memberId],
      );
      return row ?? null;
    },
  };
}
