import type { Queryable } from '../../db';

/** A second identical request from the same member this soon is a double tap or a retry, not a new case. */
export const DUPLICATE_WINDOW_MINUTES = 10;
const LOCK_HELP_SUBMIT = 7401;

/**
 * The member's own identical request from the last few minutes, if any. Takes a per-member lock
 * first, so that two taps arriving together see each other instead of both inserting.
 */
export async function findOwnRecentDuplicate(
  tx: Queryable,
  input: { memberId: number; categoryId: number; title: string; description: string; now: Date },
): Promise<number | null> {
  await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_HELP_SUBMIT}, $1)`, [input.memberId]);
  const [row] = await tx.query<{ id: number }>(
    `SELECT id FROM help_requests
      WHERE member_id = $1 AND source = 'member' AND category_id = $2 AND title = $3 AND description = $4
        AND status <> 'withdrawn' AND created_at > $5::timestamptz - make_interval(mins => $6)
      ORDER BY id DESC LIMIT 1`,
    [
      input.memberId,
      input.categoryId,
      input.title.trim(),
      input.description.trim(),
      input.now,
      DUPLICATE_WINDOW_MINUTES,
    ],
  );
  return row?.id ?? null;
}
