// Structural on purpose: the member comes from the session feature, which this feature may not
// import. The server checks the same rule on every /api/booking/manage route.
interface MemberLike {
  union: { id: number };
  roles: { role: string; unionId: number }[];
}

/** 工会干事 and 工会主席 of the member's own union run its activity centre. */
export function isBookingStaff(member: MemberLike | null | undefined): boolean {
  if (!member) return false;
  return member.roles.some((g) => (g.role === 'staff' || g.role === 'chair') && g.unionId === member.union.id);
}
