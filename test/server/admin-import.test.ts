import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditActions, csv, gbkCsv, HEADER, importRoster, xlsx } from './admin-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

const memberCount = async () =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM members WHERE union_id = $1`, [tree.schoolId]))[0]!
    .n;

describe('roster import', () => {
  const good = [
    ['周文', 'T0001', '语文组分工会', '13900000001', '在册'],
    ['吴敏', 'T0002', '数学组分工会', '13900000002', '在册'],
    ['郑强', 'T0003', '', '13900000003', ''],
  ];

  it('reports bad rows by row number in a dry run and changes nothing', async () => {
    const before = await memberCount();
    const response = await importRoster(
      t,
      staff,
      csv([
        ...good,
        ['钱多', 'T0001', '语文组分工会', '13900000004', '在册'],
        ['孙少', 'T0005', '语文组分工会', '1390000', '在册'],
        ['李四', 'T0006', '英语组分工会', '13900000006', '在册'],
      ]),
      { dryRun: true },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      total: 6,
      created: 3,
      problems: [
        { row: 5, staffNo: 'T0001', reason: '工号 T0001 与第 2 行重复' },
        { row: 6, staffNo: 'T0005', reason: '手机号「1390000」不是 11 位手机号码' },
        { row: 7, staffNo: 'T0006', reason: '分工会「英语组分工会」不存在' },
      ],
    });
    expect(await memberCount()).toBe(before);
    expect(await auditActions(t, tree.schoolId)).not.toContain('roster.import.apply');
  });

  it('refuses to apply a file that still has bad rows', async () => {
    const response = await importRoster(t, staff, csv([...good, ['', 'T0009', '', '13900000009', '在册']]), {
      dryRun: false,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('名册中有 1 行有误，请改正后重新导入');
  });

  it('names the missing columns of a file that is not a roster', async () => {
    const response = await importRoster(t, staff, Buffer.from('name,no\nA,1\n'), { dryRun: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('名册第 1 行缺少列：姓名、工号、手机号');
  });

  it('applies a good file, and importing it again changes nothing', async () => {
    const before = await memberCount();
    const first = await importRoster(t, staff, csv(good), { dryRun: false });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ dryRun: false, created: 3, updated: 0, unchanged: 0, problems: [] });
    expect(await memberCount()).toBe(before + 3);
    const [row] = await t.db.query<{ branch: string | null; status: string }>(
      `SELECT b.name AS branch, m.status FROM members m LEFT JOIN unions b ON b.id = m.branch_id WHERE m.staff_no = 'T0002' AND m.union_id = $1`,
      [tree.schoolId],
    );
    expect(row).toEqual({ branch: '数学组分工会', status: 'active' });

    const again = await importRoster(t, staff, csv(good), { dryRun: false });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, deactivated: 0, unchanged: 3 });
    expect(await memberCount()).toBe(before + 3);
    expect((await auditActions(t, tree.schoolId)).filter((a) => a === 'roster.import.apply')).toHaveLength(2);
  });

  it('reads XLSX files the same way', async () => {
    const response = await importRoster(
      t,
      staff,
      await xlsx([['冯雪', 'T0010', '语文组分工会', '13900000010', '在册']]),
      { dryRun: true, fileName: '名册.xlsx' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, created: 1, problems: [] });
  });

  it('deactivates members who left: their WeChat binding and sessions are revoked and they can no longer sign in', async () => {
    const leaver = await createMember(t.db, tree.schoolId);
    await t.db.query(`UPDATE members SET openid = 'wx-openid-leaver', bound_at = now() WHERE id = $1`, [leaver.id]);
    const headers = await signIn(t.app, leaver);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(200);

    const response = await importRoster(t, staff, csv([[leaver.name, leaver.staffNo, '', leaver.phone, '离会']]), {
      dryRun: false,
    });
    expect(response.json()).toMatchObject({ updated: 1, deactivated: 1 });
    const [row] = await t.db.query(`SELECT status, openid FROM members WHERE id = $1`, [leaver.id]);
    expect(row).toEqual({ status: 'left', openid: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      payload: { staffNo: leaver.staffNo },
    });
    expect(login.statusCode).toBe(404);
  });

  it('reads a CSV saved by Excel on Chinese Windows (GBK) and one in UTF-8 without a BOM, telling them apart itself', async () => {
    const gbk = gbkCsv([['欧阳晓燕', 'G0001', '语文组分工会', '13900001001', '在会']]);
    // Truly GBK: not valid UTF-8, which is how the server tells it apart.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const plainUtf8 = Buffer.from(
      `${[HEADER, ['诸葛明', 'G0002', '', '13900001002', '正常']].map((r) => r.join(',')).join('\n')}\n`,
    );
    for (const file of [gbk, plainUtf8]) {
      const response = await importRoster(t, staff, file, { dryRun: false });
      expect(response.json()).toMatchObject({ created: 1, problems: [] });
    }
    const rows = await t.db.query(
      `SELECT name, staff_no AS "staffNo", status FROM members WHERE staff_no IN ('G0001', 'G0002') ORDER BY staff_no`,
    );
    expect(rows).toEqual([
      { name: '欧阳晓燕', staffNo: 'G0001', status: 'active' },
      { name: '诸葛明', staffNo: 'G0002', status: 'active' },
    ]);
  });

  it('takes the words officers use for 会籍状态, and names the accepted words otherwise', async () => {
    const response = await importRoster(
      t,
      staff,
      csv([
        ['甲', 'W0001', '', '13900002001', '在会'],
        ['乙', 'W0002', '', '13900002002', '退会'],
        ['丙', 'W0003', '', '13900002003', '休假'],
      ]),
      { dryRun: true },
    );
    const { problems } = response.json();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4, staffNo: 'W0003' });
    expect(problems[0].reason).toMatch(/^会籍状态「休假」无法识别。可以填写 在册：.*在会.*；离会：.*退会/);
  });

  it('imports a 10,000-row file with a few statements', async () => {
    const rows = Array.from({ length: 10000 }, (_, i) => [
      `会员${i}`,
      `B${String(i).padStart(5, '0')}`,
      i % 2 ? '语文组分工会' : '',
      `137${String(i).padStart(8, '0')}`,
      '在册',
    ]);
    const file = csv(rows);
    const started = Date.now();
    const response = await importRoster(t, staff, file, { dryRun: false });
    const elapsed = Date.now() - started;
    console.log(`roster import of 10,000 rows took ${elapsed} ms on ${t.db.kind}`);
    expect(response.json()).toMatchObject({ created: 10000, problems: [] });
    const repeat = await importRoster(t, staff, file, { dryRun: false });
    expect(repeat.json()).toMatchObject({ created: 0, updated: 0, unchanged: 10000 });
  }, 120000);

  it('is for staff and the chair of the union only', async () => {
    const member = await signIn(t.app, await createMember(t.db, tree.schoolId));
    const counsellor = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['counsellor'] }));
    for (const headers of [member, counsellor]) {
      const response = await importRoster(t, headers, csv(good), { dryRun: true });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toBe('只有本工会的工会干事或主席可以管理名册和角色');
    }
  });
});
