/** City and district unions stand above schools: they hold the supervisor role and see roll-ups. */
export const UPPER_KINDS = ['city', 'district'] as const;
export const UNION_KINDS = ['city', 'district', 'school', 'branch'] as const;
export type UnionKind = (typeof UNION_KINDS)[number];
export const isUpperKind = (kind: string | null | undefined) => kind === 'city' || kind === 'district';

export interface UnionRow {
  id: number;
  parentId: number | null;
  kind: UnionKind;
  name: string;
}

// The queries over the tree live in union-tree-repository.ts, the ancestors fragment in union-tree-sql.ts.
export { findUnion, isUnder, schoolsUnder } from './union-tree-repository';
