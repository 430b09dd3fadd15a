import {
  at,
  book,
  consent,
  counsellingDiarySuite,
  desk,
  iso,
  mine,
  MONDAY,
  newMember,
  request,
  standAt,
  storedAbout,
  THURSDAY,
  TUESDAY,
} from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();

describe('consent', () => {
  it('stores nothing about a member before consent, and then only the consent with its version and time', async () => {
    const newcomer = await newMember(t.app, t.db, s.tree.schoolId);
    // Looking around is fine and leaves no trace.
    for (const url of [
      '/api/counselling',
      '/api/counselling/counsellors',
      `/api/counselling/counsellors/${s.xId}/availability`,
      '/api/counselling/appointments',
    ]) {
      expect((await t.app.inject({ method: 'GET', url, headers: newcomer.headers })).statusCode).toBe(200);
    }
    const refused = await request(t.app, newcomer, {
      counsellorId: s.xId,
      startsAt: iso(TUESDAY, '09:00'),
      note: '我很焦虑',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'CONSENT_REQUIRED', message: '请先阅读并同意《心理咨询知情同意书》' });
    expect(await storedAbout(t.db, newcomer.id)).toEqual({ consents: 0, appointments: 0, notes: 0, audit: 0 });
    const [noteless] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_appointments WHERE note = '我很焦虑'`,
    );
    expect(noteless!.n).toBe(0);

    standAt(MONDAY, '08:05');
    expect((await consent(t.app, newcomer)).statusCode).toBe(204);
    expect((await consent(t.app, newcomer)).statusCode).toBe(204); // a double tap changes nothing
    const rows = await t.db.query(
      `SELECT version, agreed_at, ended_at FROM counselling_consents WHERE member_id = $1`,
      [newcomer.id],
    );
    expect(rows).toEqual([{ version: '2026-11', agreed_at: at(MONDAY, '08:05'), ended_at: null }]);
    expect(await storedAbout(t.db, newcomer.id)).toEqual({ consents: 1, appointments: 0, notes: 0, audit: 0 });
    const overview = (await t.app.inject({ method: 'GET', url: '/api/counselling', headers: newcomer.headers })).json();
    expect(overview.consent).toEqual({
      version: '2026-11',
      agreed: { version: '2026-11', agreedAt: at(MONDAY, '08:05').toISOString() },
      needsRenewal: false,
    });
  });

  it('refuses agreement to a version that is not the current one', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/consent',
      headers: s.a.headers,
      payload: { version: '2020-01' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('知情同意书已更新，请重新阅读后再同意');
  });

  it('asks again when the member agreed to an older version', async () => {
    await t.db.query(`UPDATE counselling_consents SET version = '2025-01' WHERE member_id = $1 AND ended_at IS NULL`, [
      s.b.id,
    ]);
    const response = await request(t.app, s.b, { counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00') });
    expect(response.json()).toEqual({
      code: 'CONSENT_OUTDATED',
      message: '知情同意书已更新，请重新阅读并同意后再预约',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/counselling', headers: s.b.headers })).json().consent
        .needsRenewal,
    ).toBe(true);
    await consent(t.app, s.b);
    const history = await t.db.query<{ version: string; end_reason: string | null }>(
      `SELECT version, end_reason FROM counselling_consents WHERE member_id = $1 ORDER BY id`,
      [s.b.id],
    );
    expect(history).toEqual([
      { version: '2025-01', end_reason: 'superseded' },
      { version: '2026-11', end_reason: null },
    ]);
  });

  it('on withdrawal stops new requests, cancels what has not begun and strips the past of everything personal', async () => {
    const member = await newMember(t.app, t.db, s.tree.schoolId);
    await consent(t.app, member);
    const past = await book(t.app, member, s.xId, iso(TUESDAY, '09:00'), { alias: '小周', note: '工作压力' });
    await desk(t.app, s.x, 'POST', `/appointments/${past}/confirm`);
    await desk(t.app, s.x, 'PUT', `/appointments/${past}/note`, { text: '来访者谈到工作压力' });
    standAt(TUESDAY, '10:00');
    await desk(t.app, s.x, 'POST', `/appointments/${past}/complete`);
    const upcoming = await book(t.app, member, s.xId, iso(THURSDAY, '10:00'), { note: '想再聊一次' });

    const withdrawn = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/consent/withdraw',
      headers: member.headers,
    });
    expect(withdrawn.json()).toEqual({ cancelled: 1, anonymised: 2 });

    const rows = await t.db.query(
      `SELECT id, member_id, status, cancelled_by, alias, note FROM counselling_appointments WHERE id = ANY ($1::int[]) ORDER BY id`,
      [[past, upcoming]],
    );
    expect(rows).toEqual([
      { id: past, member_id: null, status: 'completed', cancelled_by: null, alias: null, note: null },
      {
        id: upcoming,
        member_id: null,
        status: 'cancelled',
        cancelled_by: 'consent_withdrawn',
        alias: null,
        note: null,
      },
    ]);
    expect((await t.db.query(`SELECT 1 FROM counselling_notes WHERE appointment_id = $1`, [past])).length).toBe(0);
    expect((await desk(t.app, s.x, 'GET', `/appointments/${past}`)).json().client).toEqual({
      name: '已匿名',
      isAlias: false,
      phone: null,
    });
    expect((await mine(t.app, member, 'GET', '?scope=past')).json()).toEqual({ items: [], next: null });

    const again = await request(t.app, member, { counsellorId: s.xId, startsAt: iso(THURSDAY, '11:00') });
    expect(again.json().code).toBe('CONSENT_REQUIRED');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/counselling/consent/withdraw', headers: member.headers }))
        .statusCode,
    ).toBe(409);
  });
});
