import ExcelJS from 'exceljs';
import { setClock as setHelpClock } from '../../server/src/clock';
import { createHelpCaseForMember } from '../../server/src/routes/help';
import { act, at, categoryId, expectOk, helpSuite, newCase, rate, standAt } from './help-fixtures';

const w = helpSuite();

const setClockTo = (instant: Date) => setHelpClock(() => instant);

describe('the Excel export', () => {
  it('gives monthly figures by category, the average first-answer time and the satisfaction rate', async () => {
    const illness = await categoryId(w.app, w.member.headers, '大病医疗');
    const legal = await categoryId(w.app, w.member.headers, '法律咨询');
    const answered = async (category: number, submitted: Date, answeredAt: Date, rating: string, ratedAt: Date) => {
      setClockTo(submitted);
      const id = await newCase(w.app, w.member.headers, { categoryId: category });
      setClockTo(answeredAt);
      await expectOk(await act(w.app, w.staff.headers, id, 'accept'));
      await expectOk(
        await w.app.inject({
          method: 'POST',
          url: `/api/help/requests/${id}/replies`,
          headers: w.staff.headers,
          payload: { body: '已收到，正在办理。' },
        }),
        204,
      );
      await expectOk(await act(w.app, w.staff.headers, id, 'resolve', { outcome: '已办结' }));
      setClockTo(ratedAt);
      await expectOk(await rate(w.app, w.member.headers, id, rating));
    };
    await answered(
      illness,
      at('2031-07-01', '09:00'),
      at('2031-07-02', '09:00'),
      'satisfied',
      at('2031-07-10', '09:00'),
    );
    await answered(
      illness,
      at('2031-07-08', '09:00'),
      at('2031-07-11', '09:00'),
      'dissatisfied',
      at('2031-07-20', '09:00'),
    );
    await answered(
      legal,
      at('2031-08-05', '09:00'),
      at('2031-08-05', '21:00'),
      'basically_satisfied',
      at('2031-08-10', '09:00'),
    );

    const response = await w.app.inject({
      method: 'GET',
      url: '/api/help/export?from=2031-07&to=2031-08',
      headers: w.staff.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('月度统计')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const rowOf = (label: string) => {
      for (let n = 3; n <= sheet.rowCount; n += 1) {
        const values = (sheet.getRow(n).values as unknown[]).slice(1);
        if (values[0] === label) return Object.fromEntries(header.map((h, i) => [String(h), values[i]]));
      }
      throw new Error(`no row ${label}`);
    };
    expect(rowOf('2031-07')).toMatchObject({
      新增求助: 2,
      大病医疗: 2,
      法律咨询: 0,
      '平均首次答复用时（天）': 2,
      评价数: 2,
      满意: 1,
      不满意: 1,
      满意率: 0.5,
    });
    expect(rowOf('2031-08')).toMatchObject({
      新增求助: 1,
      法律咨询: 1,
      '平均首次答复用时（天）': 0.5,
      评价数: 1,
      基本满意: 1,
      满意率: 1,
    });
    expect(rowOf('合计')).toMatchObject({ 新增求助: 3, 评价数: 3, 满意率: 2 / 3 });
    expect(workbook.getWorksheet('求助明细')!.rowCount).toBe(4);

    const backwards = await w.app.inject({
      method: 'GET',
      url: '/api/help/export?from=2031-08&to=2031-07',
      headers: w.staff.headers,
    });
    expect(backwards.json().message).toBe('起始月份不能晚于截止月份');
  });
});

describe('a case opened from 主席接待日', () => {
  it('creates an accepted case for the member in the caller’s transaction and tells the member', async () => {
    const now = standAt('2030-09-04', '15:00');
    const { id, responseDueOn } = await w.db.transaction((tx) =>
      createHelpCaseForMember(tx, {
        unionId: w.tree.schoolId,
        memberId: w.member.id,
        categoryName: '劳动人事争议调解',
        title: '职称评审结果有异议',
        description: '接待日反映：对今年职称评审打分有异议，希望复核。',
        source: 'reception',
        sourceRef: 'reception-appointment:7',
        recordedBy: w.chair.id,
        handlerId: w.chair.id,
        templates: {},
        now,
      }),
    );
    expect(responseDueOn).toBe('2030-09-11');
    const view = (
      await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers })
    ).json();
    expect(view).toMatchObject({ status: 'accepted', categoryName: '劳动人事争议调解', handlerName: '王主席' });
    expect(view.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'accepted']);
    const [message] = await w.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = $1 AND link LIKE $2`,
      [w.member.id, `%id=${id}`],
    );
    expect(message!.title).toBe('您反映的问题已登记为求助');
  });
});
