import ExcelJS from 'exceljs';
import { act, congressHelpers, congressSuite, draft, getMotion, standAt } from './congress-fixtures';

const { t, w } = congressSuite();
const { submitted } = congressHelpers(t, w);

// The export's first row is the session's first motion, the standard one seconded by two 代表: these
// tests once ran after the drafting tests, which submitted it.
beforeAll(() => submitted());

describe('who sees what', () => {
  it('shows members the motions only once published, never drafts, and nothing to another union', async () => {
    const id = await submitted('图书馆延长开放');
    standAt('2030-03-07');
    const own = (await draft(t.app, w.delegates[0]!.headers, w.sessionId, { title: '私人草稿' })).json().id;
    const list = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/congress/motions?sessionId=${w.sessionId}`, headers });
    expect((await list(w.members[0]!.headers)).json().items).toEqual([]);
    expect((await getMotion(t.app, w.members[0]!.headers, id)).statusCode).toBe(404);
    expect((await list(w.delegates[2]!.headers)).json().items.map((m: { id: number }) => m.id)).toEqual(
      expect.arrayContaining([id, own]),
    );

    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.members[0]!.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.otherStaff.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.staff.headers,
        })
      ).json().published,
    ).toBe(true);
    const seen = (await list(w.members[0]!.headers)).json().items;
    expect(seen.map((m: { id: number }) => m.id)).toContain(id);
    expect(seen.every((m: { status: string }) => m.status !== 'draft')).toBe(true);
    expect((await getMotion(t.app, w.members[0]!.headers, own)).statusCode).toBe(404);

    expect((await list(w.otherStaff.headers)).statusCode).toBe(404);
    expect((await getMotion(t.app, w.otherStaff.headers, id)).statusCode).toBe(404);
    expect((await act(t.app, w.otherStaff.headers, id, 'reply', { body: '越权' })).statusCode).toBe(404);
  });

  it('keeps 代表 and 承办部门 to staff of the union, and the export to staff and committee', async () => {
    const asMember = await t.app.inject({
      method: 'PUT',
      url: '/api/congress/delegates',
      headers: w.delegates[0]!.headers,
      payload: { term: '第五届', staffNo: w.members[0]!.staffNo, role: 'delegate' },
    });
    expect(asMember.statusCode).toBe(403);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: '/api/congress/delegates',
      headers: w.otherStaff.headers,
      payload: { term: '第五届', staffNo: w.members[0]!.staffNo, role: 'delegate' },
    });
    expect([foreign.statusCode, foreign.json().message]).toEqual([
      400,
      `本工会名册中没有工号为 ${w.members[0]!.staffNo} 的在册会员`,
    ]);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/congress/departments',
          headers: w.committee.headers,
          payload: { name: '教务处' },
        })
      ).statusCode,
    ).toBe(403);

    const exportAs = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/congress/sessions/${w.sessionId}/export`, headers });
    expect((await exportAs(w.delegates[0]!.headers)).statusCode).toBe(403);
    expect((await exportAs(w.otherStaff.headers)).statusCode).toBe(404);
    const file = await exportAs(w.committee.headers);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('提案汇总表')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '编号',
      '提案标题',
      '提案人',
      '附议人',
      '类别',
      '审查结果',
      '承办部门',
      '答复期限',
      '答复',
      '按期答复',
      '评价',
      '状态',
    ]);
    const first = sheet.getRow(2).values as unknown[];
    expect(first.slice(1, 6)).toEqual([1, '增设教工午休室', '张老师', '刘老师、陈老师', '福利待遇']);
    expect(sheet.rowCount - 1).toBe(
      (await t.db.query(`SELECT 1 FROM congress_motions WHERE session_id = $1 AND status <> 'draft'`, [w.sessionId]))
        .length,
    );
  });
});
