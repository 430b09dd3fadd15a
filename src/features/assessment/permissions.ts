// Structural: the member comes from the session feature, which this feature may not import.
interface MemberLike {
  union: { id: number; kind: string };
  roles: { role: string; unionId: number }[];
}

/** A city or district union's supervisor: opens rounds, reviews, sees roll-ups. */
export const isUpperOfficer = (m: MemberLike | null | undefined) =>
  !!m &&
  (m.union.kind === 'city' || m.union.kind === 'district') &&
  m.roles.some((g) => g.role === 'supervisor' && g.unionId === m.union.id);

/** A school's staff or chair: fills in the school's self-assessment. */
export const isSchoolOfficer = (m: MemberLike | null | undefined) =>
  !!m &&
  m.union.kind === 'school' &&
  m.roles.some((g) => (g.role === 'staff' || g.role === 'chair') && g.unionId === m.union.id);
