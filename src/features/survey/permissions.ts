// Structural on purpose: the member comes from the session feature, which this feature may not
// import. The server checks the same rules on every request.
interface MemberLike {
  union: { id: number };
  roles: { role: string; unionId: number }[];
}

/** 工会干事 and 工会主席 run their own union's evaluations. */
export function canManageSurveys(member: MemberLike | null | undefined): boolean {
  return !!member?.roles.some((g) => (g.role === 'staff' || g.role === 'chair') && g.unionId === member.union.id);
}

/** The district union sees the roll-up across its schools. */
export function isSupervisor(member: MemberLike | null | undefined): boolean {
  return !!member?.roles.some((g) => g.role === 'supervisor');
}
