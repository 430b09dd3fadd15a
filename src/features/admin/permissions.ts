// Structural: the member comes from the session feature, which this feature may not import.
interface MemberLike {
  union: { id: number };
  roles: { role: string; unionId: number }[];
}

/** Staff, the chair, counsellors and supervisors have a 工作台; the server checks the same on /api/admin/overview. */
export function hasWorkbench(member: MemberLike | null | undefined): boolean {
  return !!member && member.roles.some((g) => g.unionId === member.union.id);
}
