import type { Queryable } from '../db';

export interface DueReminder {
  id: number;
  memberId: number | null;
  counsellorMemberId: number;
}

/** The counselling sweep's own query (the rest goes through the counselling domain's repository). */
export function counsellingSweepRepository(tx: Queryable) {
  return {
    /**
     * Marks confirmed sessions starting within `hours` after `now` as reminded and returns them; the
     * conditional UPDATE is the claim, so one instance reminds each session once.
     */
    markDueReminders(now: Date, hours: number): Promise<DueReminder[]> {
      return tx.query<DueReminder>(
        `UPDATE counselling_appointments a SET reminded_at = $1
           FROM counsellors c
          WHERE c.id = a.counsellor_id AND a.status = 'confirmed' AND a.reminded_at IS NULL
            AND a.starts_at > $1 AND a.starts_at <= $1::timestamptz + make_interval(hours => $2)
          RETURNING a.id, a.member_id AS "memberId", c.member_id AS "counsellorMemberId"`,
        [now, hours],
      );
    },
  };
}
