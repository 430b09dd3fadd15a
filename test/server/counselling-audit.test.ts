import { audit, readAudit } from '../../server/src/services/audit';
import { counsellingAccessSuite, desk, mine } from './counselling-fixtures';

const { t, s, prepared } = counsellingAccessSuite();
/** Member A's appointment with counsellor X, and member B's with counsellor Y. */
let ofA: number;
let ofB: number;
beforeAll(() => ({ ofA, ofB } = prepared));

describe('the audit log', () => {
  it('records every read of an appointment’s details by the counsellor, and none by the member', async () => {
    const before = await readAudit(t.db, { targetType: 'counselling_appointment', targetId: ofA });
    await desk(t.app, s.x, 'GET', `/appointments/${ofA}`);
    await desk(t.app, s.x, 'GET', `/appointments/${ofA}/note`);
    await mine(t.app, s.a, 'GET', `/${ofA}`);
    await mine(t.app, s.a, 'GET', '');
    const after = await readAudit(t.db, { targetType: 'counselling_appointment', targetId: ofA });
    expect(
      after
        .slice(0, after.length - before.length)
        .map((e) => ({ actorId: e.actorId, unionId: e.unionId, action: e.action })),
    ).toEqual([
      { actorId: s.x.id, unionId: s.tree.schoolId, action: 'counselling.note.read' },
      { actorId: s.x.id, unionId: s.tree.schoolId, action: 'counselling.appointment.read' },
    ]);
    expect((await readAudit(t.db, { actorId: s.a.id })).length).toBe(0);
  });

  it('records list reads with the ids shown, and the counsellor’s decisions', async () => {
    await desk(t.app, s.y, 'GET', '/appointments?scope=pending');
    const [listed] = await readAudit(t.db, { actorId: s.y.id, action: 'counselling.appointment.list' });
    expect(listed!.detail).toEqual({ scope: 'pending', ids: [ofB] });
    await desk(t.app, s.y, 'POST', `/appointments/${ofB}/confirm`, {});
    const [confirmed] = await readAudit(t.db, { actorId: s.y.id, action: 'counselling.appointment.confirm' });
    expect(confirmed).toMatchObject({
      targetType: 'counselling_appointment',
      targetId: String(ofB),
      detail: { status: 'requested' },
    });
    expect(JSON.stringify(await readAudit(t.db, {}))).not.toMatch(/孩子的事|和领导关系紧张|小林/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await audit(t.db, {
      actorId: s.staff.id,
      unionId: s.tree.schoolId,
      action: 'roster.import',
      targetType: 'roster_import',
      targetId: 7,
      detail: { rows: 40 },
    });
    const [entry] = await readAudit(t.db, { action: 'roster.import' });
    expect(entry).toMatchObject({ actorId: s.staff.id, targetId: '7', detail: { rows: 40 } });
    await expect(t.db.query(`UPDATE audit_log SET actor_id = NULL WHERE id = $1`, [entry!.id])).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(t.db.query(`DELETE FROM audit_log WHERE id = $1`, [entry!.id])).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow('audit_log is append-only');
    expect((await readAudit(t.db, { action: 'roster.import' }))[0]).toEqual(entry);
  });

  it('refuses an entry that is not in the shared shape', async () => {
    await expect(audit(t.db, { actorId: 1, unionId: 1, action: 'Read Appointment', targetType: 'x' })).rejects.toThrow(
      "not 'domain.object.verb'",
    );
    await expect(
      audit(t.db, {
        actorId: 1,
        unionId: 1,
        action: 'export.download',
        targetType: 'report',
        detail: { blob: 'x'.repeat(3000) },
      }),
    ).rejects.toThrow('over 2000 characters');
  });
});
