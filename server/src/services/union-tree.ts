import type { Queryable } from '../db';

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

/** Whether `unionId` is `rootId` or lies anywhere below it (the migration's recursive `unions_under`). */
export async function isUnder(db: Queryable, rootId: number, unionId: number): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM unions_under($1) WHERE id = $2`, [rootId, unionId]);
  return rows.length > 0;
}

/** Every school at any depth below `rootId`, each with the name of the union right above it. */
export async function schoolsUnder(db: Queryable, rootId: number) {
  return db.query<{ id: number; name: string; parentName: string }>(
    `SELECT u.id, u.name, p.name AS "parentName"
       FROM unions_under($1) t JOIN unions u ON u.id = t.id JOIN unions p ON p.id = u.parent_id
      WHERE u.kind = 'school' ORDER BY t.depth, u.id`,
    [rootId],
  );
}

export async function findUnion(db: Queryable, id: number): Promise<UnionRow | null> {
  const [row] = await db.query<UnionRow>(`SELECT id, parent_id AS "parentId", kind, name FROM unions WHERE id = $1`, [
    id,
  ]);
  return row ?? null;
}

/** SQL for the union `$n` and every union above it, as a subquery of ids. */
export const ANCESTORS = (param: string) =>
  `(WITH RECURSIVE up AS (SELECT id, parent_id FROM unions WHERE id = ${param}
     UNION ALL SELECT u.id, u.parent_id FROM unions u JOIN up ON u.id = up.parent_id) SELECT id FROM up)`;
