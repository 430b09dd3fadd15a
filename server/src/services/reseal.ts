import type { Db } from '../db';
import { sealContext } from '../routes/counselling';
import { resealAnswer } from '../routes/survey';
import type { KeyRing } from './key-ring';
import { resealRepository } from './reseal-repository';

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
    const repository = resealRepository(tx);
    const rows = await repository.plainAppointments(BATCH);
    for (const r of rows) {
      await repository.sealAppointmentText(
        r.id,
        r.alias && ring.sealText(r.alias, sealContext(r.id, 'alias')),
        r.note && ring.sealText(r.note, sealContext(r.id, 'note')),
      );
    }
    return rows.length;
  });
}

export interface RotationReport {
  notes: number;
  appointments: number;
  pendingAnswers: number;
}

/** Re-seals counselling notes, reasons and aliases, and evaluation answers still waiting, under the current key. */
export async function resealAll(db: Db, ring: KeyRing): Promise<RotationReport> {
  const legacy = await sealLegacyCounsellingText(db, ring);
  const notes = await inBatches(db, async (tx) => {
    const repository = resealRepository(tx);
    const rows = await repository.staleNotes(ring.keyId, BATCH);
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
      await repository.updateNote({ appointmentId: r.appointmentId, authorId: r.authorId, ...s });
    }
    return rows.length;
  });
  const appointments = await inBatches(db, async (tx) => {
    const repository = resealRepository(tx);
    const rows = await repository.staleAppointments(ring.keyId, BATCH);
    for (const r of rows) {
      const again = (value: string | null, field: 'alias' | 'note') =>
        value === null ? null : ring.sealText(ring.openText(value, sealContext(r.id, field)), sealContext(r.id, field));
      await repository.updateAppointment(r.id, again(r.alias, 'alias'), again(r.note, 'note'));
    }
    return rows.length;
  });
  const pendingAnswers = await inBatches(db, async (tx) => {
    const repository = resealRepository(tx);
    const rows = await repository.stalePendingAnswers(ring.keyId, BATCH);
    for (const r of rows) await repository.updatePendingAnswer(r.id, resealAnswer(ring, r.surveyId, r.sealed));
    return rows.length;
  });
  return { notes, appointments: appointments + legacy, pendingAnswers };
}

/** Rows still sealed by a key other than the current one (0 once a rotation is complete). */
export async function staleCount(db: Db, ring: KeyRing): Promise<number> {
  return resealRepository(db).staleCount(ring.keyId);
}
