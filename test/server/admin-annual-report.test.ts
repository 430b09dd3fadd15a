import { adminApi, adminSuite } from './admin-fixtures';

const { t, tree, staff, plain, plainHeaders } = adminSuite();
const call = adminApi(t);

describe('年度建家材料', () => {
  it('previews the workbook: its sheets and the year’s figures apart from the roster as it stands', async () => {
    const response = await call('GET', '/annual-report/contents?year=2025', staff.headers);
    expect(response.statusCode).toBe(200);
    const contents = response.json();
    expect(contents.sheets.map((s: { name: string }) => s.name)).toEqual(['2025年度数据', '按月统计', '指标说明']);
    expect(contents.figures.find((f: { label: string }) => f.label === '在册会员（人）')).toMatchObject({
      kind: 'snapshot',
      section: '名册现状（导出时）',
    });
    expect(contents.figures.find((f: { label: string }) => f.label === '收到求助（件）')).toMatchObject({
      kind: 'year',
      value: 0,
    });
    expect((await call('GET', '/annual-report/contents', plainHeaders)).statusCode).toBe(403);
  });

  it('splits the year by month in the workbook', async () => {
    await t.db.query(
      `INSERT INTO members (union_id, name, staff_no, phone, created_at) VALUES ($1, '新会员', 'M0301', '13600000301', '2025-03-15T10:00:00+08:00')`,
      [tree.schoolId],
    );
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await call('GET', '/annual-report?year=2025', staff.headers)).rawPayload as unknown as ArrayBuffer,
    );
    const months = book.getWorksheet('按月统计')!;
    const joined = months
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[2] === '本年新入会（人）') as unknown[];
    expect(joined.slice(3)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('files an evaluation under its own year, though it closes in the next', async () => {
    const [survey] = await t.db.query<{ id: number }>(
      `INSERT INTO surveys (union_id, year, title, status, opens_at, closes_at)
       VALUES ($1, 2026, '2026年度会员评议职工之家', 'closed', '2026-12-01T00:00:00+08:00', '2027-01-15T00:00:00+08:00') RETURNING id`,
      [tree.schoolId],
    );
    await t.db.query(
      `INSERT INTO survey_participants (survey_id, member_id, receipt_code) VALUES ($1, $2, 'ABCD-EFGH-JKLM')`,
      [survey!.id, plain.id],
    );
    const figure = async (year: number, label: string) =>
      (await call('GET', `/annual-report/contents?year=${year}`, staff.headers))
        .json()
        .figures.find((f: { label: string }) => f.label === label).value;
    expect([await figure(2026, '评议（次）'), await figure(2026, '参与评议（人次）')]).toEqual([1, 1]);
    expect([await figure(2027, '评议（次）'), await figure(2027, '参与评议（人次）')]).toEqual([0, 0]);

    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await call('GET', '/annual-report?year=2026', staff.headers)).rawPayload as unknown as ArrayBuffer,
    );
    const row = book
      .getWorksheet('2026年度数据')!
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[2] === '参与评议（人次）') as unknown[];
    expect(row[3]).toBe(1);
    await t.db.query(`DELETE FROM surveys WHERE id = $1`, [survey!.id]);
  });

  it('tells the 工作台 what kind of union it runs', async () => {
    expect((await call('GET', '/overview', staff.headers)).json()).toMatchObject({
      unionKind: 'school',
      canManage: true,
    });
  });
});
