import type { Queryable } from '../../db';
import { localDate } from '../../time/beijing';

/** 附议人数 when the union has never set it: the policy texts' usual rule. */
export const DEFAULT_SECONDERS_REQUIRED = 2;

/** The union's 教代会 rules; a union that never chose has the default (no row is written until it does). */
export async function congressSettings(db: Queryable, unionId: number) {
  const [row] = await db.query<{ secondersRequired: number }>(
    `SELECT seconders_required AS "secondersRequired" FROM congress_settings WHERE union_id = $1`,
    [unionId],
  );
  return { secondersRequired: row?.secondersRequired ?? DEFAULT_SECONDERS_REQUIRED };
}

/**
 * Sets the union's 附议人数 and carries it to every session whose collection has not ended at `at`;
 * a session whose collection is over keeps the number its motions were submitted under.
 */
export async function saveSecondersRequired(tx: Queryable, unionId: number, n: number, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO congress_settings (union_id, seconders_required, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (union_id) DO UPDATE SET seconders_required = EXCLUDED.seconders_required, updated_at = EXCLUDED.updated_at`,
    [unionId, n, at],
  );
  await tx.query(`UPDATE congress_sessions SET seconders_required = $2 WHERE union_id = $1 AND closes_on >= $3::date`, [
    unionId,
    n,
    localDate(at),
  ]);
}
