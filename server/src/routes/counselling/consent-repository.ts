import type { Queryable } from '../../db';
import { HOLDING_SQL } from './counselling-sql';
import { CONSENT_VERSION, RETENTION_YEARS } from './rules';

export interface ConsentRow {
  id: number;
  version: string;
  agreedAt: Date;
}

export function consentRepository(db: Queryable) {
  return {
    async current(memberId: number, lock = false): Promise<ConsentRow | null> {
      const [row] = await db.query<ConsentRow>(
        `SELECT id, version, agreed_at AS "agreedAt" FROM counselling_consents
          WHERE member_id = $1 AND ended_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
        [memberId],
      );
      return row ?? null;
    },

    /**
     * Records agreement to the current version: an earlier version's row ends as superseded. A
     * second submit of the same agreement changes nothing.
     */
    async agree(memberId: number, now: Date): Promise<void> {
      await db.query(
        `UPDATE counselling_consents SET ended_at = $3, end_reason = 'superseded'
          WHERE member_id = $1 AND ended_at IS NULL AND version <> $2`,
        [memberId, CONSENT_VERSION, now],
      );
      await db.query(
        `INSERT INTO counselling_consents (member_id, version, agreed_at) VALUES ($1, $2, $3)
         ON CONFLICT (member_id) WHERE ended_at IS NULL DO NOTHING`,
        [memberId, CONSENT_VERSION, now],
      );
    },

    /** Ends the member's consent; false when there was none to withdraw. */
    async withdraw(memberId: number, now: Date): Promise<boolean> {
      const rows = await db.query(
        `UPDATE counselling_consents SET ended_at = $2, end_reason = 'withdrawn'
          WHERE member_id = $1 AND ended_at IS NULL RETURNING id`,
        [memberId, now],
      );
      return rows.length === 1;
    },

    /** Cancels the member's sessions that have not begun; answers who was expecting them. */
    async cancelUpcoming(memberId: number, now: Date): Promise<{ id: number; counsellorMemberId: number }[]> {
      return db.query(
        `UPDATE counselling_appointments a
            SET status = 'cancelled', cancelled_by = 'consent_withdrawn', upcoming_slot = NULL, updated_at = $2
           FROM counsellors c
          WHERE c.id = a.counsellor_id AND a.member_id = $1 AND a.status IN ${HOLDING_SQL} AND a.starts_at > $2
          RETURNING a.id, c.member_id AS "counsellorMemberId"`,
        [memberId, now],
      );
    },
  };
}

/**
 * Removes everything that ties counselling records to a person: the member, the alias, what they
 * wrote, the arrangements, reasons and the counsellor's notes. What remains (union, counsellor,
 * month, mode, status, rating) feeds the counts only. `where` selects rows of `counselling_appointments a`.
 */
async function anonymise(db: Queryable, where: string, params: unknown[], now: Date): Promise<number> {
  const at = `$${params.length + 1}`;
  await db.query(
    `DELETE FROM counselling_notes n USING counselling_appointments a WHERE n.appointment_id = a.id AND ${where}`,
    params,
  );
  const rows = await db.query(
    `UPDATE counselling_appointments a
        SET member_id = NULL, alias = NULL, note = NULL, alias_sealed = NULL, note_sealed = NULL, arrangement = NULL, decline_reason = NULL,
            upcoming_slot = NULL, anonymised_at = ${at}, updated_at = ${at}
      WHERE ${where} RETURNING a.id`,
    [...params, now],
  );
  return rows.length;
}

/** On withdrawal: every record of this member. */
export const anonymiseMember = (db: Queryable, memberId: number, now: Date) =>
  anonymise(db, 'a.member_id = $1', [memberId], now);

/** At the end of the retention period: sessions that ended RETENTION_YEARS ago. */
export const anonymiseExpired = (db: Queryable, now: Date) =>
  anonymise(
    db,
    `a.anonymised_at IS NULL AND a.status NOT IN ${HOLDING_SQL} AND a.ends_at < $1::timestamptz - make_interval(years => ${RETENTION_YEARS})`,
    [now],
    now,
  );
