import type { Db } from '../db';
import { sealContext } from '../routes/counselling';
import { resealAnswer } from '../routes/survey';
import type { KeyRing } from './key-ring';

/**
 * Bringing what the database keeps sealed under the ring's current key.
 *
 * Each step works in small batches, one transaction each, and picks only rows not yet under the
 * current key: it can stop at any point (a crash, Ctrl-C) and be run again, and the API keeps
 * serving throughout because the ring opens both the old key and the new one.
 */

const BATCH = 200;

async function inBatches(
  db: Db,
  work: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.transaction(work);
    total += done;
    if (done < BATCH) return total;
  }
}

/**
 * Appointments written before migration 046 hold the reason and alias in plain text; the key is
 * not in SQL, so the server seals them when it starts. Idempotent: sealed rows are not touched.
 */
export function sealLegacyCounsellingText(db: Db, ring: KeyRing): Promise<number> {
  return inBatches(db, async (tx) => {
    const rows = await tx.query<{ id: number; alias: string | null; note: string | null }>(
      `SELECT id, alias, note FROM counselling_appointments WHERE alias IS NOT NULL OR note IS NOT NULL LIMIT $1 FOR UPDATE`,
      [BATCH],
    );
    for (const r of rows) {
      await tx.query(
        `UPDATE counselling_appointments SET alias = NULL, note = NULL, alias_sealed = coalesce($2, alias_sealed), note_sealed = coalesce($3, note_sealed) WHERE id = $1`,
        [
          r.id,
          r.alias && ring.sealText(r.alias, sealContext(r.id, 'alias')),
          r.note && ring.sealText(r.note, sealContext(r.id, 'note')),
        ],
      );
    }
    return rows.length;
  });
}

const STALE = `NOT LIKE $1 || '.%'`;

export interface RotationReport {
  notes: number;
  appointments: number;
  pendingAnswers: number;
}

/** Re-seals counselling notes, reasons and aliases, and evaluation answers still waiting, under the current key. */
export async function resealAll(db: Db, ring: KeyRing): Promise<RotationReport> {
  const legacy = await sealLegacyCounsellingText(db, ring);
  const notes = await inBatches(db, async (tx) => {
    const rows = await tx.query<{
      appointmentId: number;
      authorId: number;
      keyId: string;
      iv: Uint8Array;
      ciphertext: Uint8Array;
      authTag: Uint8Array;
    }>(
      `SELECT appointment_id AS "appointmentId", author_id AS "authorId", key_id AS "keyId", iv, ciphertext, auth_tag AS "authTag"
         FROM counselling_notes WHERE key_id <> $1 LIMIT $2 FOR UPDATE`,
      [ring.keyId, BATCH],
    );
    for (const r of rows) {
      const context = `counselling-note:${r.appointmentId}:${r.authorId}`;
      const text = ring.open(
        {
          keyId: r.keyId,
          iv: Buffer.from(r.iv),
          ciphertext: Buffer.from(r.ciphertext),
          authTag: Buffer.from(r.authTag),
        },
        context,
      );
      const s = ring.seal(text, context);
      await tx.query(
        `UPDATE counselling_notes SET key_id = $3, iv = $4, ciphertext = $5, auth_tag = $6 WHERE appointment_id = $1 AND author_id = $2`,
        [r.appointmentId, r.authorId, s.keyId, s.iv, s.ciphertext, s.authTag],
      );
    }
    return rows.length;
  });
  const appointments = await inBatches(db, async (tx) => {
    const rows = await tx.query<{ id: number; alias: string | null; note: string | null }>(
      `SELECT id, alias_sealed AS alias, note_sealed AS note FROM counselling_appointments
        WHERE alias_sealed ${STALE} OR note_sealed ${STALE} LIMIT $2 FOR UPDATE`,
      [ring.keyId, BATCH],
    );
    for (const r of rows) {
      const again = (value: string | null, field: 'alias' | 'note') =>
        value === null ? null : ring.sealText(ring.openText(value, sealContext(r.id, field)), sealContext(r.id, field));
      await tx.query(`UPDATE counselling_appointments SET alias_sealed = $2, note_sealed = $3 WHERE id = $1`, [
        r.id,
        again(r.alias, 'alias'),
        again(r.note, 'note'),
      ]);
    }
    return rows.length;
  });
  const pendingAnswers = await inBatches(db, async (tx) => {
    const rows = await tx.query<{ id: string; surveyId: number; sealed: string }>(
      `SELECT id, survey_id AS "surveyId", sealed FROM survey_pending_answers WHERE sealed ${STALE} LIMIT $2 FOR UPDATE`,
      [ring.keyId, BATCH],
    );
    for (const r of rows)
      await tx.query(`UPDATE survey_pending_answers SET sealed = $2 WHERE id = $1`, [
        r.id,
        resealAnswer(ring, r.surveyId, r.sealed),
      ]);
    return rows.length;
  });
  return { notes, appointments: appointments + legacy, pendingAnswers };
}

/** Rows still sealed by a key other than the current one (0 once a rotation is complete). */
export async function staleCount(db: Db, ring: KeyRing): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM counselling_notes WHERE key_id <> $1)
          + (SELECT count(*) FROM counselling_appointments WHERE alias_sealed ${STALE} OR note_sealed ${STALE} OR alias IS NOT NULL OR note IS NOT NULL)
          + (SELECT count(*) FROM survey_pending_answers WHERE sealed ${STALE}) AS n`,
    [ring.keyId],
  );
  return Number(row!.n);
}
