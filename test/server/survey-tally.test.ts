import {
  type Ballot,
  countSatisfaction,
  groupsToMerge,
  meetsPassLine,
  satisfactionRate,
} from '../../server/src/routes/survey/tally';

const ballots = (...choices: (number | null)[]) =>
  choices.map((c): Ballot => ({ branchId: null, choices: c === null ? {} : { '7': c } }));

describe('满意率 arithmetic', () => {
  it('counts 满意 and 基本满意 over the valid answers only', () => {
    const count = countSatisfaction(7, ballots(0, 0, 1, 2, null, null));
    expect(count).toEqual({ valid: 4, satisfied: 2, basic: 1, unsatisfied: 1 });
    expect(satisfactionRate(count)).toBe(75);
  });

  it('compares with the pass line before rounding: 84.96% is not 85%', () => {
    // 2124 of 2500 is 84.96%, shown as 85.0% but under the line.
    const under = { valid: 2500, satisfied: 2000, basic: 124, unsatisfied: 376 };
    expect(satisfactionRate(under)).toBe(85);
    expect(meetsPassLine(under, 85)).toBe(false);
    expect(meetsPassLine({ valid: 20, satisfied: 15, basic: 2, unsatisfied: 3 }, 85)).toBe(true);
    expect(meetsPassLine({ valid: 0, satisfied: 0, basic: 0, unsatisfied: 0 }, 85)).toBe(false);
  });
});

describe('merging small 分工会 groups at close', () => {
  const groups = (...counts: [number | null, number][]) => counts.map(([branchId, count]) => ({ branchId, count }));

  it('leaves groups of five or more alone', () => {
    expect(groupsToMerge(groups([1, 5], [2, 9], [null, 0]))).toEqual(new Set());
  });

  it('merges groups under five when together with the untagged answers they reach five', () => {
    expect(groupsToMerge(groups([1, 3], [2, 2], [3, 8]))).toEqual(new Set([1, 2]));
    expect(groupsToMerge(groups([1, 1], [2, 8], [null, 4]))).toEqual(new Set([1]));
  });

  it('adds the smallest large group when the merged pool would still be under five', () => {
    expect(groupsToMerge(groups([1, 2], [2, 7], [3, 6]))).toEqual(new Set([1, 3]));
    expect(groupsToMerge(groups([2, 9], [null, 1]))).toEqual(new Set([2]));
  });
});
