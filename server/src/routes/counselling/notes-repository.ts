import type { Queryable } from '../../db';

/** A sealed note as the database returns it (bytea comes back as Uint8Array). */
export interface StoredNote {
  keyId: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
}

/** Counsellors' private notes, stored only sealed, and the member's rating of a completed session. */
export function sessionRecordRepository(db: Queryable) {
  return {
    async sealedNote(appointmentId: number, authorId: number): Promise<(StoredNote & { updatedAt: Date }) | null> {
      const [sealed] = await db.query<StoredNote & { updatedAt: Date }>(
        `SELECT key_id AS "keyId", iv, ciphertext, auth_tag AS "authTag", updated_at AS "updatedAt"
             FROM counselling_notes WHERE appointment_id = $1 AND author_id = $2`,
        [appointmentId, authorId],
      );
      return sealed ?? null;
    },

    /** Replaces the author's note on this appointment (one note each). */
    async saveSealedNote(appointmentId: number, authorId: number, sealed: StoredNote, at: Date): Promise<void> {
      await db.query(
        `INSERT INTO counselling_notes (appointment_id, author_id, key_id, iv, ciphertext, auth_tag, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
           ON CONFLICT (appointment_id, author_id)
           DO UPDATE SET key_id = $3, iv = $4, ciphertext = $5, auth_tag = $6, updated_at = $7`,
        [appointmentId, authorId, sealed.keyId, sealed.iv, sealed.ciphertext, sealed.authTag, at],
      );
    },

    async rate(appointmentId: number, score: number, at: Date): Promise<void> {
      await db.query(`UPDATE counselling_appointments SET rating = $2, rated_at = $3 WHERE id = $1`, [
        appointmentId,
        score,
        at,
      ]);
    },
  };
}
