import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { setClock } from '../../server/src/clock';
import { audit, readAudit } from '../../server/src/services/audit';
import { createNoteCipher, resolveNoteKey } from '../../server/src/services/note-crypto';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  book,
  consent,
  counsellingSchool,
  desk,
  iso,
  mine,
  MONDAY,
  type Person,
  type School,
  standAt,
  TUESDAY,
} from './counselling-fixtures';

let t: TestApp;
let s: School;
/** Member A's appointment with counsellor X, and member B's with counsellor Y. */
let ofA: number;
let ofB: number;

const NOTE = '来访者提到与校长的冲突，伴有失眠';

beforeAll(async () => {
  t = await createTestApp();
  s = await counsellingSchool(t.app, t.db);
  standAt(MONDAY, '08:00');
  for (const who of [s.a, s.b]) await consent(t.app, who);
  ofA = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'), { alias: '小林', note: '和领导关系紧张' });
  ofB = await book(t.app, s.b, s.yId, iso(TUESDAY, '09:00'), { note: '孩子的事' });
  expect((await desk(t.app, s.x, 'PUT', `/appointments/${ofA}/note`, { text: NOTE })).statusCode).toBe(200);
});
afterAll(async () => {
  setClock(() => new Date());
  await t.close();
});

const get = (who: Person, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/counselling${url}`, headers: who.headers });

describe('the authorization matrix', () => {
  // :A is member A's appointment (with counsellor X), :B member B's (with counsellor Y).
  const cases: {
    who: string;
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    status: 403 | 404;
    payload?: Record<string, unknown>;
  }[] = [
    { who: 'member A', method: 'GET', url: '/appointments/:B', status: 404 },
    { who: 'member A', method: 'POST', url: '/appointments/:B/cancel', status: 404, payload: {} },
    { who: 'member A', method: 'POST', url: '/appointments/:B/rating', status: 404, payload: { score: 1 } },
    { who: 'member A', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'member A', method: 'GET', url: '/desk/appointments', status: 403 },
    { who: 'member A', method: 'GET', url: '/stats', status: 403 },
    { who: 'member A', method: 'GET', url: '/manage/counsellors', status: 403 },
    { who: 'staff', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'staff', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'staff', method: 'GET', url: '/desk/appointments/:A/note', status: 403 },
    { who: 'chair', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'chair', method: 'GET', url: '/desk/appointments/:A', status: 403 },
    { who: 'counsellor X', method: 'GET', url: '/desk/appointments/:B', status: 404 },
    { who: 'counsellor X', method: 'GET', url: '/desk/appointments/:B/note', status: 404 },
    { who: 'counsellor X', method: 'PUT', url: '/desk/appointments/:B/note', status: 404, payload: { text: '越权' } },
    { who: 'counsellor X', method: 'POST', url: '/desk/appointments/:B/confirm', status: 404, payload: {} },
    { who: 'counsellor X', method: 'GET', url: '/appointments/:A', status: 404 },
    { who: 'counsellor X', method: 'GET', url: '/stats', status: 403 },
    { who: 'counsellor Y', method: 'GET', url: '/desk/appointments/:A', status: 404 },
    { who: 'counsellor Y', method: 'GET', url: '/desk/appointments/:A/note', status: 404 },
    { who: 'another school’s counsellor', method: 'GET', url: '/desk/appointments/:A', status: 404 },
    { who: 'another school’s staff', method: 'GET', url: '/desk/appointments/:A', status: 403 },
  ];
  const people = (): Record<string, Person> => ({
    'member A': s.a,
    staff: s.staff,
    chair: s.chair,
    'counsellor X': s.x,
    'counsellor Y': s.y,
    'another school’s counsellor': s.elsewhere,
    'another school’s staff': s.otherStaff,
  });

  it.each(cases)('$who: $method $url is refused with $status', async ({ who, method, url, status, payload }) => {
    const path = url.replace(':A', String(ofA)).replace(':B', String(ofB));
    const response = await t.app.inject({
      method,
      url: `/api/counselling${path}`,
      headers: people()[who]!.headers,
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(response.body).not.toContain('和领导关系紧张');
    expect(response.body).not.toContain('孩子的事');
  });

  it('leaves nothing changed and nothing readable after the refusals', async () => {
    expect((await mine(t.app, s.b, 'GET', `/${ofB}`)).json()).toMatchObject({ status: 'requested', rating: null });
    expect((await desk(t.app, s.y, 'GET', `/appointments/${ofB}/note`)).json()).toEqual({
      text: null,
      updatedAt: null,
    });
  });

  it('shows each counsellor only their own appointments, and each member only their own', async () => {
    const listed = (await desk(t.app, s.x, 'GET', '/appointments?scope=pending')).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([ofA]);
    // The alias stands in for the name; the member chose message contact, so no phone number.
    expect(listed.items[0].client).toEqual({ name: '小林', isAlias: true, phone: null });
    expect(JSON.stringify(listed)).not.toContain('会员甲');
    const own = (await mine(t.app, s.a, 'GET', '')).json();
    expect(own.items.map((i: { id: number }) => i.id)).toEqual([ofA]);
  });
});

describe('counsellor notes', () => {
  it('keeps no plaintext in the database row', async () => {
    const rows = await t.db.query<{ row: string; ciphertext: Uint8Array }>(
      `SELECT n::text AS row, ciphertext FROM counselling_notes n WHERE appointment_id = $1`,
      [ofA],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).not.toContain(NOTE);
    expect(rows[0]!.row).not.toContain(Buffer.from(NOTE).toString('hex'));
    expect(Buffer.from(rows[0]!.ciphertext).includes(Buffer.from(NOTE))).toBe(false);
    expect(Buffer.from(rows[0]!.ciphertext).includes(Buffer.from('校长'))).toBe(false);
  });

  it('lets the author read and replace their note', async () => {
    expect((await desk(t.app, s.x, 'GET', `/appointments/${ofA}/note`)).json().text).toBe(NOTE);
    await desk(t.app, s.x, 'PUT', `/appointments/${ofA}/note`, { text: `${NOTE}；第二次记录` });
    expect((await desk(t.app, s.x, 'GET', `/appointments/${ofA}/note`)).json().text).toBe(`${NOTE}；第二次记录`);
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_notes WHERE appointment_id = $1`,
      [ofA],
    );
    expect(count!.n).toBe(1);
  });

  it('never shows the note to the member it is about', async () => {
    const view = await mine(t.app, s.a, 'GET', `/${ofA}`);
    expect(view.body).not.toContain(NOTE);
  });

  it('will not open a sealed note under another appointment, nor after tampering', () => {
    const cipher = createNoteCipher(Buffer.alloc(32, 7));
    const sealed = cipher.seal('心里话', 'counselling-note:1:1');
    expect(cipher.open(sealed, 'counselling-note:1:1')).toBe('心里话');
    expect(() => cipher.open(sealed, 'counselling-note:2:1')).toThrow();
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, ciphertext: flipped }, 'counselling-note:1:1')).toThrow();
    expect(() => createNoteCipher(Buffer.alloc(32, 8)).open(sealed, 'counselling-note:1:1')).toThrow(
      'another COUNSELLING_NOTES_KEY',
    );
  });
});

describe('the notes key', () => {
  const key = Buffer.alloc(32, 3).toString('base64');

  it('takes COUNSELLING_NOTES_KEY when it is 32 bytes of base64', () => {
    const warn = jest.fn();
    expect(
      resolveNoteKey({ env: { COUNSELLING_NOTES_KEY: key }, authMode: 'wechat', databaseUrl: 'postgres://x', warn }),
    ).toEqual(Buffer.alloc(32, 3));
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to a fixed dev key with a warning in dev mode on the embedded database', () => {
    const warn = jest.fn();
    const first = resolveNoteKey({ env: {}, authMode: 'dev', warn });
    expect(first).toHaveLength(32);
    expect(resolveNoteKey({ env: {}, authMode: 'dev', warn: () => undefined })).toEqual(first);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('COUNSELLING_NOTES_KEY is not set'));
  });

  it.each([
    ['with DATABASE_URL', { authMode: 'dev', databaseUrl: 'postgres://db/zhijia' }],
    ['outside dev mode', { authMode: 'wechat' }],
  ])('refuses to run without a key %s, saying why in English', (_case, where) => {
    expect(() => resolveNoteKey({ env: {}, warn: () => undefined, ...where })).toThrow(
      /COUNSELLING_NOTES_KEY is not set.*openssl rand -base64 32/,
    );
  });

  it('refuses a key of the wrong length', () => {
    expect(() =>
      resolveNoteKey({
        env: { COUNSELLING_NOTES_KEY: Buffer.alloc(16).toString('base64') },
        authMode: 'dev',
        warn: () => undefined,
      }),
    ).toThrow('COUNSELLING_NOTES_KEY must be exactly 32 random bytes in base64');
  });

  it('keeps the whole API from starting against PostgreSQL without a key', async () => {
    const saved = process.env.COUNSELLING_NOTES_KEY;
    delete process.env.COUNSELLING_NOTES_KEY;
    try {
      const config = testConfig({ databaseUrl: 'postgres://db.example/zhijia', authMode: 'wechat' });
      await expect(buildApp({ db: t.db, config, wechat: createLoggingWechatClient(() => undefined) })).rejects.toThrow(
        'COUNSELLING_NOTES_KEY is not set',
      );
    } finally {
      if (saved !== undefined) process.env.COUNSELLING_NOTES_KEY = saved;
    }
  });
});

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

describe('what staff and the chair see', () => {
  it('gives monthly counts by mode and nothing about anyone', async () => {
    for (const who of [s.staff, s.chair]) {
      const response = await get(who, '/stats?months=3');
      expect(response.statusCode).toBe(200);
      // Standing in March 2030; both requests were made in March.
      expect(response.json()).toEqual({
        months: [
          { month: '2030-01', requests: 0, completed: 0, byMode: { in_person: 0, phone: 0, online: 0 } },
          { month: '2030-02', requests: 0, completed: 0, byMode: { in_person: 0, phone: 0, online: 0 } },
          { month: '2030-03', requests: 2, completed: 0, byMode: { in_person: 2, phone: 0, online: 0 } },
        ],
      });
    }
  });

  it('lets staff manage counsellor profiles but gives them no way to an appointment', async () => {
    const managed = (await get(s.staff, '/manage/counsellors')).json();
    expect(managed.items.map((c: { displayName: string }) => c.displayName)).toEqual(['陈老师', '赵老师']);
    expect(JSON.stringify(managed)).not.toMatch(/和领导关系紧张|孩子的事|会员甲/);
    const paused = await t.app.inject({
      method: 'PATCH',
      url: `/api/counselling/manage/counsellors/${s.yId}`,
      headers: s.staff.headers,
      payload: { active: false },
    });
    expect(paused.json()).toMatchObject({ active: false });
    expect((await get(s.a, '/counsellors')).json().items.map((c: { id: number }) => c.id)).toEqual([s.xId]);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/counselling/manage/counsellors/${s.yId}`,
      headers: s.staff.headers,
      payload: { active: true },
    });
  });

  it('refuses a profile for someone without the counsellor role', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/manage/counsellors',
      headers: s.staff.headers,
      payload: { staffNo: s.a.staffNo, displayName: '冒名', modes: ['phone'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('该会员还没有“心理咨询师”角色，请先授予角色');
  });

  it('lets staff change the hotlines every counselling page shows', async () => {
    const hotlines = [
      { number: '12356', label: '心理援助热线' },
      { number: '0571-12351', label: '市总工会职工服务热线' },
    ];
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/counselling/manage/settings',
      headers: s.staff.headers,
      payload: { hotlines, windowDays: 14, minNoticeHours: 12, cancelCutoffHours: 12 },
    });
    expect(saved.statusCode).toBe(200);
    expect((await get(s.a, '')).json().hotlines).toEqual(hotlines);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/counselling/manage/settings',
          headers: s.x.headers,
          payload: { hotlines, windowDays: 14, minNoticeHours: 12, cancelCutoffHours: 12 },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('publishes the operations the issue names', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'listCounsellors',
        'getCounsellorAvailability',
        'createCounsellingRequest',
        'listMyCounselling',
        'cancelCounselling',
      ]),
    );
  });
});
