import ExcelJS from 'exceljs';
import { assessmentSuite } from './assessment-fixtures';
import { createCityTree } from './unions-fixtures';

const { t, api } = assessmentSuite();

describe('roll-ups at every level', () => {
  it('rolls a city round up for the city over both districts, and for each district over its own schools only', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.city);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!, [9, 4]);
    await api.fillAndSubmit(tree.schools[2]!, roundId, tree.schoolIds[2]!, [7, 5]);
    await api.accept(tree.city, roundId, tree.schoolIds[2]!, '合格', [6, 5]);
    // The district sees its school's self-assessment in the city's round, but the city reviews.
    expect((await api.accept(tree.districts[0]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(403);

    const city = (await api.call('GET', `/rounds/${roundId}/rollup`, tree.city)).json();
    expect(city.schools.map((s: { unionId: number }) => s.unionId)).toEqual(tree.schoolIds);
    expect(city.schools.map((s: { status: string }) => s.status)).toEqual([
      'submitted',
      'not_started',
      'accepted',
      'not_started',
    ]);
    expect(city.schools.map((s: { selfTotal: number | null }) => s.selfTotal)).toEqual([13, null, 12, null]);
    expect(city.schools[2]).toMatchObject({
      reviewTotal: 11,
      result: '合格',
      leadershipRating: 'good',
      satisfactionRate: null,
    });
    expect(city.totals).toEqual({
      schools: 4,
      submitted: 2,
      accepted: 1,
      byResult: [
        { result: '合格', count: 1 },
        { result: '先进', count: 0 },
        { result: '示范', count: 0 },
      ],
    });

    const district = (await api.call('GET', `/rounds/${roundId}/rollup`, tree.districts[1]!)).json();
    expect(district.schools.map((s: { unionId: number }) => s.unionId)).toEqual(tree.schoolIds.slice(2));
    expect(district.totals.accepted).toBe(1);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.schools[0]!)).json().message).toBe(
      '只有上级工会可以查看建家评家汇总',
    );
  });

  it('keeps a district’s own round from the neighbour district and exports the roll-up as a workbook', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[1]!, roundId, tree.schoolIds[1]!);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.districts[1]!)).statusCode).toBe(404);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.city)).json().schools).toHaveLength(2);
    const file = await api.call('GET', `/rounds/${roundId}/rollup.xlsx`, tree.districts[0]!);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('建家评家汇总')!;
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      expect.stringMatching(/^甲区二中工会/),
      expect.stringMatching(/^甲区教育工会/),
      '已提交待评审',
      13.5,
      '—',
      '—',
      '较好',
      '—',
    ]);
  });
});
