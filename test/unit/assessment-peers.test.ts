import { addPair, ringPairs } from '../../src/features/assessment/peers';

describe('轮流互查', () => {
  it('has every school review the next and be reviewed once, the last by the first', () => {
    const pairs = ringPairs([11, 12, 13]);
    expect(pairs).toEqual([
      { schoolId: 11, reviewerSchoolId: 12 },
      { schoolId: 12, reviewerSchoolId: 13 },
      { schoolId: 13, reviewerSchoolId: 11 },
    ]);
    expect(new Set(pairs.map((p) => p.reviewerSchoolId)).size).toBe(3);
  });

  it('pairs two schools both ways and cannot pair a single school', () => {
    expect(ringPairs([5, 6])).toEqual([
      { schoolId: 5, reviewerSchoolId: 6 },
      { schoolId: 6, reviewerSchoolId: 5 },
    ]);
    expect(ringPairs([5])).toEqual([]);
  });
});

describe('adding a pair by hand', () => {
  it('refuses a school reviewing itself and a pair already there, in Chinese', () => {
    const one = [{ schoolId: 1, reviewerSchoolId: 2 }];
    expect(addPair(one, { schoolId: 3, reviewerSchoolId: 3 })).toBe('学校不能互查自己，请选另一所学校');
    expect(addPair(one, { schoolId: 1, reviewerSchoolId: 2 })).toBe('这一对已经在安排里了');
    expect(addPair(one, { schoolId: 2, reviewerSchoolId: 1 })).toEqual([...one, { schoolId: 2, reviewerSchoolId: 1 }]);
  });
});
