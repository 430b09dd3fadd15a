// Structural: the member comes from the session feature, which this feature may not import. The
// server checks the same rule on every handler route.
interface MemberLike {
  union: { id: number };
  roles: { role: string; unionId: number }[];
}

/** 工会干事 and 工会主席 of the member's own union handle its help cases. */
export function handlesHelp(member: MemberLike | null | undefined): boolean {
  if (!member) return false;
  return member.roles.some((g) => (g.role === 'staff' || g.role === 'chair') && g.unionId === member.union.id);
}

export const TITLE_MAX = 50;
export const DESCRIPTION_MAX = 1000;
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
