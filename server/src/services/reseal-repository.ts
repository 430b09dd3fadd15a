import type { Queryable } from '../db';

/** A counselling note as stored: sealed under `keyId`. */
export interface SealedNote {
  appointmentId: number;
  authorId: number;
  keyId: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
}

// A sealed value names its key before the first dot: not under key $1 is stale.
const STALE = `NOT LIKE $1 || '.%'`;

/**
 * The re-sealing queries, by name. Each batch read locks its rows (FOR UPDATE) and picks only rows
 * not yet under the current key, so a batch can be re-run after a crash.
 */
export function resealRepository(tx: Queryable) {
  return {
    /** Appointments still holding a reason or alias in plain text (written before migration 046). */
    plainAppointments(limit: number): Promise<{ id: number; alias: string | null; note: string | null }[]> {
      return tx.query<{ id: number; alias: string | null; note: string | null }>(
        `SELECT id, alias, note FROM counselling_appointments WHERE alias IS NOT NULL OR note IS NOT NULL LIMIT $1 FOR UPDATE`,
        [limit],
      );
    },

    /** Replaces the plain text with the sealed values (a null sealed value keeps what is sealed already). */
    async sealAppointmentText(id: number, aliasSealed: string | null, noteSealed: string | null): Promise<void> {
      await tx.query(
        `UPDATE counselling_appointments SET alias = NULL, note = NULL, alias_sealed = coalesce($2, alias_sealed), note_sealed = coalesce($3, note_sealed) WHERE id = $1`,
        [id, aliasSealed, noteSealed],
      );
    },

    staleNotes(keyId: string, limit: number): Promise<SealedNote[]> {
      return tx.query<SealedNote>(
        `SELECT appointment_id AS "appointmentId", author_id AS "authorId", key_id AS "keyId", iv, ciphertext, auth_tag AS "authTag"
           FROM counselling_notes WHERE key_id <> $1 LIMIT $2 FOR UPDATE`,
        [keyId, limit],
      );
    },

    async updateNote(note: SealedNote): Promise<void> {
      await tx.query(
        `UPDATE counselling_notes SET key_id = $3, iv = $4, ciphertext = $5, auth_tag = $6 WHERE appointment_id = $1 AND author_id = $2`,
        [note.appointmentId, note.authorId, note.keyId, note.iv, note.ciphertext, note.authTag],
      );
    },

    staleAppointments(
      keyId: string,
      limit: number,
    ): Promise<{ id: number; alias: string | null; note: string | null }[]> {
      return tx.query<{ id: number; alias: string | null; note: string | null }>(
        `SELECT id, alias_sealed AS alias, note_sealed AS note FROM counselling_appointments
          WHERE alias_sealed ${STALE} OR note_sealed ${STALE} LIMIT $2 FOR UPDATE`,
        [keyId, limit],
      );
    },

    async updateAppointment(id: number, aliasSealed: string | null, noteSealed: string | null): Promise<void> {
      await tx.query(`UPDATE counselling_appointments SET alias_sealed = $2, note_sealed = $3 WHERE id = $1`, [
        id,
        aliasSealed,
        noteSealed,
      ]);
    },

    stalePendingAnswers(keyId: string, limit: number): Promise<{ id: string; surveyId: number; sealed: string }[]> {
      return tx.query<{ id: string; surveyId: number; sealed: string }>(
        `SELECT id, survey_id AS "surveyId", sealed FROM survey_pending_answers WHERE sealed ${STALE} LIMIT $2 FOR UPDATE`,
        [keyId, limit],
      );
    },

    async updatePendingAnswer(id: string, sealed: string): Promise<void> {
      await tx.query(`UPDATE survey_pending_answers SET sealed = $2 WHERE id = $1`, [id, sealed]);
    },

    /** Rows still sealed by a key other than `keyId`, or not sealed at all. */
    async staleCount(keyId: string): Promise<number> {
      const [row] = await tx.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM counselling_notes WHERE key_id <> $1)
              + (SELECT count(*) FROM counselling_appointments WHERE alias_sealed ${STALE} OR note_sealed ${STALE} OR alias IS NOT NULL OR note IS NOT NULL)
              + (SELECT count(*) FROM survey_pending_answers WHERE sealed ${STALE}) AS n`,
        [keyId],
      );
      return Number(row!.n);
    },
  };
}
