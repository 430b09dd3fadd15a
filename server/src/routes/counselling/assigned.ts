import type { Db, Queryable } from '../../db';
import { notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { audit, auditActor } from '../../services/audit';
import type { KeyRing } from '../../services/key-ring';
import { requireCounsellor } from './access';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import * as clock from '../../clock';
import type { CounsellorRow } from './counsellors-repository';

export const AUDIT_TARGET = 'counselling_appointment';

export interface AssignedContext {
  tx: Queryable;
  row: AppointmentRow;
  counsellor: CounsellorRow;
  now: Date;
}

/**
 * Finds the caller's own assigned appointment (locked), runs `work`, and writes the audit entry,
 * all in one transaction: a read or change that cannot be audited does not happen. Another
 * counsellor's appointment is indistinguishable from none (404).
 */
export async function onAssigned<T>(
  { db, keyRing }: { db: Db; keyRing: KeyRing },
  caller: Caller,
  id: number,
  action: string,
  work: (ctx: AssignedContext) => Promise<T>,
): Promise<T> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const counsellor = await requireCounsellor(tx, caller);
    const row = await appointmentRepository(tx, keyRing).findForCounsellor(counsellor.id, id, true);
    if (!row) throw notFound('预约不存在');
    const result = await work({ tx, row, counsellor, now });
    await audit(tx, {
      ...auditActor(caller),
      action,
      targetType: AUDIT_TARGET,
      targetId: row.id,
      detail: { status: row.status },
    });
    return result;
  });
}
