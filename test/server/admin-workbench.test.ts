import { createMember } from '../support/factories';
import { adminApi, adminSuite, auditActions } from './admin-fixtures';

const { t, tree, staff, chair, plain, plainHeaders, otherStaff } = adminSuite();
const call = adminApi(t);

describe('分工会管理', () => {
  it('removes an empty 分工会 and logs it with its name', async () => {
    const created = (await call('POST', '/branches', staff.headers, { name: '临时分工会' })).json();
    const removed = await call('DELETE', `/branches/${created.id}`, staff.headers);
    expect(removed.statusCode).toBe(204);
    const names = (await call('GET', '/branches', staff.headers)).json().items.map((b: { name: string }) => b.name);
    expect(names).not.toContain('临时分工会');
    const [entry] = await t.db.query(
      `SELECT detail FROM audit_log WHERE action = 'union.branch.delete' AND target_id = $1`,
      [String(created.id)],
    );
    expect(entry).toEqual({ detail: { name: '临时分工会' } });
  });

  it('refuses to remove a 分工会 that still has members, saying how many and what to do', async () => {
    const response = await call('DELETE', `/branches/${tree.branchIds[0]}`, staff.headers);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('「语文组分工会」还有 1 名在册会员，请先把他们调到其他分工会，再删除');
  });

  it('lets go of members who left, but refuses a 分工会 an evaluation was counted by', async () => {
    const branch = (await call('POST', '/branches', staff.headers, { name: '音乐组分工会' })).json();
    const left = await createMember(t.db, tree.schoolId, { branchId: branch.id, status: 'left' });
    const survey = (
      await t.db.query<{ id: number }>(
        `INSERT INTO surveys (union_id, year, title, opens_at, closes_at) VALUES ($1, 2025, '评议', '2025-11-01T00:00:00+08:00', '2025-12-01T00:00:00+08:00') RETURNING id`,
        [tree.schoolId],
      )
    )[0]!.id;
    await t.db.query(`INSERT INTO survey_branches (survey_id, branch_id) VALUES ($1, $2)`, [survey, branch.id]);
    const refused = await call('DELETE', `/branches/${branch.id}`, staff.headers);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('「音乐组分工会」已用于会员评议的记录，不能删除；不再使用的话，可以改名');
    // Refused as a whole: the member who left still belongs to it.
    expect((await t.db.query(`SELECT branch_id AS "branchId" FROM members WHERE id = $1`, [left.id]))[0]).toEqual({
      branchId: branch.id,
    });

    await t.db.query(`DELETE FROM survey_branches WHERE survey_id = $1`, [survey]);
    expect((await call('DELETE', `/branches/${branch.id}`, chair)).statusCode).toBe(204);
    expect((await t.db.query(`SELECT branch_id AS "branchId" FROM members WHERE id = $1`, [left.id]))[0]).toEqual({
      branchId: null,
    });
  });

  it('answers another union’s 分工会 with 404 and a plain member with 403', async () => {
    expect((await call('DELETE', `/branches/${tree.branchIds[1]}`, otherStaff)).statusCode).toBe(404);
    expect((await call('DELETE', `/branches/${tree.branchIds[1]}`, plainHeaders)).statusCode).toBe(403);
    expect((await call('PATCH', `/branches/${tree.branchIds[1]}`, staff.headers, { name: '  ' })).json().message).toBe(
      '请填写分工会名称',
    );
  });
});

describe('full member edit', () => {
  it('saves name, 分工会, phone and roles in one go, each change in the audit log', async () => {
    const response = await call('PATCH', `/members/${plain.id}`, staff.headers, {
      name: '周晓燕',
      branchId: tree.branchIds[1],
      phone: '13700000099',
      roles: ['counsellor'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: '周晓燕',
      branchName: '数学组分工会',
      phone: '13700000099',
      roles: ['counsellor'],
      erased: false,
    });
    const log = await t.db.query(
      `SELECT action, detail FROM audit_log WHERE target_type = 'member' AND target_id = $1 ORDER BY id`,
      [String(plain.id)],
    );
    expect(log).toEqual([
      { action: 'member.record.update', detail: { fields: ['name', 'branchId', 'phone'] } },
      { action: 'member.role.grant', detail: { role: 'counsellor' } },
    ]);
    const back = await call('PATCH', `/members/${plain.id}`, staff.headers, { roles: [] });
    expect(back.json().roles).toEqual([]);
  });

  it('refuses roles for a member who is leaving, and keeps everything as it was', async () => {
    const response = await call('PATCH', `/members/${plain.id}`, staff.headers, { status: 'left', roles: ['staff'] });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('已离会的会员不能设置角色');
    expect((await call('GET', `/members/${plain.id}`, staff.headers)).json()).toMatchObject({
      status: 'active',
      roles: [],
    });
  });

  it('refuses to take the caller’s own management role away', async () => {
    const response = await call('PATCH', `/members/${staff.id}`, staff.headers, { roles: [] });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('不能撤销自己的管理角色，请由另一位干事或主席操作');
  });

  it('names the field of a bad value in Chinese', async () => {
    const response = await call('PATCH', `/members/${plain.id}`, staff.headers, { roles: ['supervisor'] });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('学校工会不能设置“上级工会”角色');
    const bad = await call('PATCH', `/members/${plain.id}`, staff.headers, { roles: ['boss'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('角色');
  });
});

describe('审计日志', () => {
  it('filters by kind, shows whom it was about and what changed, and pages with a total', async () => {
    const response = await call('GET', '/audit?kind=roles&limit=1', chair);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'member.role.revoke',
      actionLabel: '撤销角色',
      actorName: '李干事',
      targetLabel: '周晓燕',
      summary: '角色：心理咨询师',
    });
    // The next page by keyset, as the page asks for it: the entries before the last one shown.
    const second = (await call('GET', `/audit?kind=roles&limit=1&before=${page.items[0].id}`, chair)).json();
    expect(second.items[0]).toMatchObject({ action: 'member.role.grant' });
    expect(second.total).toBe(2);
    // OFFSET is gone: a page is always an index range after the last entry shown.
    expect((await call('GET', '/audit?kind=roles&limit=1&offset=1', chair)).statusCode).toBe(400);
    const past = (await call('GET', `/audit?kind=roles&limit=5&before=${second.items[0].id}`, chair)).json();
    expect(past.items).toEqual([]);
    expect(page.kinds.map((k: { label: string }) => k.label)).toContain('分工会');

    const branches = (await call('GET', '/audit?kind=branches', chair)).json();
    expect(branches.items.map((e: { summary: string }) => e.summary)).toContain('「临时分工会」');
    expect(branches.items.every((e: { action: string }) => e.action.startsWith('union.branch.'))).toBe(true);
  });

  it('filters by Beijing calendar days', async () => {
    await t.db.query(
      `INSERT INTO audit_log (at, actor_id, union_id, action, target_type, target_id) VALUES
         ('2025-03-31T23:30:00+08:00', $1, $2, 'export.download', 'annual_report', '2024'),
         ('2025-04-01T00:30:00+08:00', $1, $2, 'export.download', 'annual_report', '2025')`,
      [staff.id, tree.schoolId],
    );
    const april = (await call('GET', '/audit?from=2025-04-01&to=2025-04-30', chair)).json();
    expect(april.items.map((e: { targetId: string }) => e.targetId)).toEqual(['2025']);
    const march = (await call('GET', '/audit?kind=exports&from=2025-03-01&to=2025-03-31', chair)).json();
    expect(march.items.map((e: { targetId: string }) => e.targetId)).toEqual(['2024']);
  });

  it('names a member target by id and leaves a target id that is no member id as it was written', async () => {
    await t.db.query(
      `INSERT INTO audit_log (at, actor_id, union_id, action, target_type, target_id) VALUES
         ('2024-01-02T10:00:00+08:00', $1, $2, 'member.role.grant', 'member', $3),
         ('2024-01-02T10:01:00+08:00', $1, $2, 'member.role.grant', 'member', 'S1001'),
         ('2024-01-02T10:02:00+08:00', $1, $2, 'member.role.grant', 'member', '99999999999')`,
      [staff.id, tree.schoolId, String(plain.id)],
    );
    const [named] = await t.db.query<{ name: string }>('SELECT name FROM members WHERE id = $1', [plain.id]);
    const response = await call('GET', '/audit?kind=roles&from=2024-01-02&to=2024-01-02', chair);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((e: { targetLabel: string }) => e.targetLabel)).toEqual([
      'member 99999999999',
      'member S1001',
      named!.name,
    ]);
  });

  it('refuses staff, a backwards range and an unknown kind, in Chinese', async () => {
    expect((await call('GET', '/audit', staff.headers)).statusCode).toBe(403);
    const backwards = await call('GET', '/audit?from=2025-05-01&to=2025-04-01', chair);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().message).toBe('开始日期不能晚于结束日期');
    const unknown = await call('GET', '/audit?kind=everything', chair);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('类别');
  });

  it('keeps only its own union’s entries', async () => {
    const mine = (await call('GET', '/audit?limit=100', chair)).json();
    expect(mine.total).toBe(mine.items.length);
    expect(await auditActions(t, tree.schoolId)).toHaveLength(mine.total);
  });
});
