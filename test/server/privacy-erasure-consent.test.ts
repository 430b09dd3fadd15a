import fs from 'node:fs';
import path from 'node:path';
import { privacySuite } from './privacy-fixtures';

const { w, privacy } = privacySuite();

describe('注销账号: who may, and how it is confirmed', () => {
  it('refuses an officer until another officer has taken the role away', async () => {
    const response = await privacy('DELETE', '/account', w.staff.headers, { confirm: true });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('您目前担任工会干事，请先请本工会的其他干事或主席撤销您的角色，再注销账号');
    expect((await privacy('GET', '/erasure', w.staff.headers)).json()).toMatchObject({
      allowed: false,
      refusal: response.json().message,
    });
  });

  it('gives staff no way to erase someone else: no member can be named, and the roster has no delete', async () => {
    const named = await privacy('DELETE', '/account', w.staff.headers, { confirm: true, memberId: w.bystander.id });
    expect(named.statusCode).toBe(400);
    const roster = await w.app.inject({
      method: 'DELETE',
      url: `/api/admin/members/${w.bystander.id}`,
      headers: w.staff.headers,
    });
    expect(roster.statusCode).toBe(404);
    const [row] = await w.db.query<{ name: string; erased: boolean }>(
      `SELECT name, erased_at IS NOT NULL AS erased FROM members WHERE id = $1`,
      [w.bystander.id],
    );
    expect(row).toEqual({ name: '司马静', erased: false });
  });

  it('changes nothing at all when any rule fails: the erasure is one transaction', async () => {
    await w.db
      .exec(`CREATE FUNCTION privacy_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test failure'; END $$;
                     CREATE TRIGGER privacy_test_fail BEFORE INSERT ON account_erasures FOR EACH ROW EXECUTE FUNCTION privacy_test_fail();`);
    try {
      const before = await w.db.query(`SELECT name, phone, openid FROM members WHERE id = $1`, [w.member.id]);
      const response = await privacy('DELETE', '/account', w.member.headers, { confirm: true });
      expect(response.statusCode).toBe(500);
      expect(await w.db.query(`SELECT name, phone, openid FROM members WHERE id = $1`, [w.member.id])).toEqual(before);
      const [state] = await w.db.query(
        `SELECT (SELECT status FROM bookings WHERE member_id = $1 AND starts_at = $2) AS booking,
                (SELECT count(*)::int FROM help_attachments WHERE storage_key = $3) AS attachments,
                (SELECT count(*)::int FROM notifications WHERE member_id = $1) AS messages`,
        [w.member.id, w.ids.upcomingSlot, w.ids.storageKey],
      );
      expect(state).toEqual({ booking: 'confirmed', attachments: 1, messages: 2 });
      expect(fs.existsSync(path.join(w.filesDir, ...w.ids.storageKey.split('/')))).toBe(true);
      expect((await privacy('GET', '', w.member.headers)).statusCode).toBe(200);
    } finally {
      await w.db.exec(`DROP TRIGGER privacy_test_fail ON account_erasures; DROP FUNCTION privacy_test_fail();`);
    }
  });

  it('asks for an explicit confirmation', async () => {
    const response = await privacy('DELETE', '/account', w.member.headers, {});
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('确认注销');
  });
});
