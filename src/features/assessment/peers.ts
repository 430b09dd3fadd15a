import type { PeerPairInput } from './types';

/**
 * 轮流互查: each school is looked over by the next one in the list, the last by the first, so every
 * school both reviews and is reviewed once. Fewer than two schools cannot pair.
 */
export function ringPairs(schoolIds: readonly number[]): PeerPairInput[] {
  if (schoolIds.length < 2) return [];
  return schoolIds.map((schoolId, i) => ({ schoolId, reviewerSchoolId: schoolIds[(i + 1) % schoolIds.length]! }));
}

/** Adds a pair unless it is already there or pairs a school with itself; answers the reason it was not added. */
export function addPair(pairs: readonly PeerPairInput[], pair: PeerPairInput): PeerPairInput[] | string {
  if (pair.schoolId === pair.reviewerSchoolId) return '学校不能互查自己，请选另一所学校';
  if (pairs.some((p) => p.schoolId === pair.schoolId && p.reviewerSchoolId === pair.reviewerSchoolId))
    return '这一对已经在安排里了';
  return [...pairs, pair];
}
