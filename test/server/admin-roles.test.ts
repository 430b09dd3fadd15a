import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditActions } from './admin-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Record<string, string>;
let chair: Record<string, string>;
let plain: TestMember;
let plainHeaders: Record<string, string>;
let otherStaff: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
  chair = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['chair'] }));
  plain = await createMember(t.db, tree.schoolId, { branchId: tree.branchIds[0] });
  plainHeaders = await signIn(t.app, plain);
  otherStaff = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['staff'] }));
});
afterAll(() => t.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => t.app.inject({ method, url: `/api/admin${url}`, headers, payload });

describe('roles', () => {
  it('lets staff make a member a counsellor and take it back, each change in the audit log', async () => {
    const granted = await call('POST', `/members/${plain.id}/roles`, staff, { role: 'counsellor' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().roles).toEqual(['counsellor']);
    const revoked = await call('DELETE', `/members/${plain.id}/roles/counsellor`, chair);
    expect(revoked.json().roles).toEqual([]);
    const log = await t.db.query(
      `SELECT action, target_id AS "targetId", detail FROM audit_log WHERE union_id = $1 AND action LIKE 'member.role.%' ORDER BY id`,
      [tree.schoolId],
    );
    expect(log).toEqual([
      { action: 'member.role.grant', targetId: String(plain.id), detail: { role: 'counsellor' } },
      { action: 'member.role.revoke', targetId: String(plain.id), detail: { role: 'counsellor' } },
    ]);
  });

  it('refuses plain members and another union’s staff', async () => {
    for (const headers of [plainHeaders, otherStaff]) {
      const response = await call('POST', `/members/${plain.id}/roles`, headers, { role: 'staff' });
      expect(response.statusCode).toBe(headers === otherStaff ? 404 : 403);
    }
    expect((await call('GET', '/members', plainHeaders)).json().message).toBe(
      '只有本工会的工会干事或主席可以管理名册和角色',
    );
  });

  it('keeps the supervisor role for district unions', async () => {
    const response = await call('POST', `/members/${plain.id}/roles`, staff, { role: 'supervisor' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('学校工会不能设置“上级工会”角色');
  });

  it('lets a district supervisor name another supervisor', async () => {
    const supervisor = await signIn(t.app, await createMember(t.db, tree.districtId, { roles: ['supervisor'] }));
    const colleague = await createMember(t.db, tree.districtId);
    const response = await call('POST', `/members/${colleague.id}/roles`, supervisor, { role: 'supervisor' });
    expect(response.json().roles).toEqual(['supervisor']);
  });
});

describe('members by hand', () => {
  it('adds, finds, edits and deactivates a member', async () => {
    const created = await call('POST', '/members', staff, {
      name: '林海',
      staffNo: 'H0001',
      phone: '13600000001',
      branchId: tree.branchIds[1],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: '林海', branchName: '数学组分工会', status: 'active' });
    const duplicate = await call('POST', '/members', staff, { name: '林海', staffNo: 'H0001', phone: '13600000001' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().message).toBe('工号 H0001 已在名册中');

    const found = (await call('GET', '/members?q=林海', staff)).json();
    expect(found.items.map((m: { staffNo: string }) => m.staffNo)).toEqual(['H0001']);

    const id = created.json().id;
    const left = await call('PATCH', `/members/${id}`, staff, { status: 'left' });
    expect(left.json().status).toBe('left');
    expect(await auditActions(t, tree.schoolId)).toEqual(
      expect.arrayContaining(['member.record.create', 'member.record.update', 'member.record.deactivate']),
    );
  });

  it('names a bad phone number in Chinese', async () => {
    const response = await call('POST', '/members', staff, { name: '林海', staffNo: 'H0002', phone: '123' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('手机号');
  });

  it('refuses a 分工会 of another union', async () => {
    const response = await call('PATCH', `/members/${plain.id}`, staff, { branchId: tree.otherSchoolId });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('所选分工会不属于本工会');
  });
});

describe('union tree', () => {
  it('creates and renames a 分工会, refusing a name already used', async () => {
    const created = await call('POST', '/branches', chair, { name: '英语组分工会' });
    expect(created.statusCode).toBe(201);
    const again = await call('POST', '/branches', staff, { name: '英语组分工会' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('已有名为「英语组分工会」的分工会');
    const renamed = await call('PATCH', `/branches/${created.json().id}`, staff, { name: '外语组分工会' });
    expect(renamed.json()).toMatchObject({ name: '外语组分工会' });
    const list = (await call('GET', '/branches', staff)).json();
    expect(list.items.map((b: { name: string }) => b.name)).toEqual(
      ['外语组分工会', '数学组分工会', '语文组分工会'].sort(),
    );
    expect(await auditActions(t, tree.schoolId)).toEqual(
      expect.arrayContaining(['union.branch.create', 'union.branch.rename']),
    );
  });
});

describe('audit log and overview', () => {
  it('lets the chair read the log, with who did it, and refuses staff', async () => {
    const response = await call('GET', '/audit', chair);
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0]).toMatchObject({ actionLabel: expect.any(String), actorName: expect.any(String) });
    const refused = await call('GET', '/audit', staff);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只有工会主席可以查看操作记录');
  });

  it('shows officers what waits for them and refuses plain members', async () => {
    const overview = await call('GET', '/overview', staff);
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({ canManage: true, canReadAudit: false, roles: ['staff'] });
    expect(overview.json().waiting.map((w: { key: string }) => w.key)).toEqual(
      expect.arrayContaining(['helpNew', 'bookingApprovals']),
    );
    expect((await call('GET', '/overview', plainHeaders)).statusCode).toBe(403);
  });
});

describe('年度建家材料', () => {
  it('gives staff one XLSX workbook of the year’s figures and logs the download', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const response = await call('GET', '/annual-report?year=2026', staff);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['2026年度数据', '按月统计', '指标说明']);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['名册现状（导出时）', '在册会员（人）', expect.any(Number)],
        ['困难帮扶', '收到求助（件）', 0],
      ]),
    );
    expect(await auditActions(t, tree.schoolId)).toContain('export.download');
    expect((await call('GET', '/annual-report', plainHeaders)).statusCode).toBe(403);
  });
});
