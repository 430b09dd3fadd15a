import type { Queryable } from '../db';
import type { UnionRow } from './union-tree';

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
