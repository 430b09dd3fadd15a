import type { Queryable } from '../../db';
import type { UnionKind } from '../../services/union-tree';

/** A union of the tree as the 工会组织 page lists it. */
export interface UnionNodeRow {
  id: number;
  parentId: number | null;
  kind: UnionKind;
  name: string;
  depth: number;
  memberCount: number;
}

/** 工会组织: the tree below an upper union, and new unions in it. */
export function unionsRepository(db: Queryable) {
  return {
    /** The union and every district and school below it (not 分工会), by depth, with their active members. */
    async unionsUnder(unionId: number): Promise<UnionNodeRow[]> {
      return db.query<UnionNodeRow>(
        `SELECT u.id, u.parent_id AS "parentId", u.kind, u.name, t.depth,
                (SELECT count(*)::int FROM members m WHERE m.union_id = u.id AND m.status = 'active') AS "memberCount"
           FROM unions_under($1) t JOIN unions u ON u.id = t.id
          WHERE u.kind <> 'branch' ORDER BY t.depth, u.parent_id NULLS FIRST, u.id`,
        [unionId],
      );
    },

    /**
     * Union `parentId` when it is `unionId` or below it, locked for the rest of the caller's
     * transaction (two taps cannot both find a name free); null otherwise.
     */
    async lockUnder(unionId: number, parentId: number): Promise<{ kind: string; depth: number } | null> {
      const [parent] = await db.query<{ kind: string; depth: number }>(
        `SELECT u.kind, t.depth FROM unions_under($1) t JOIN unions u ON u.id = t.id WHERE u.id = $2 FOR UPDATE OF u`,
        [unionId, parentId],
      );
      return parent ?? null;
    },

    /** The child of `parentId` with this exact name, if there is one. */
    async childNamed(parentId: number, name: string): Promise<{ id: number; kind: string } | null> {
      const [same] = await db.query<{ id: number; kind: string }>(
        `SELECT id, kind FROM unions WHERE parent_id = $1 AND name = $2`,
        [parentId, name],
      );
      return same ?? null;
    },

    async createUnion(kind: string, name: string, parentId: number): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO unions (kind, name, parent_id) VALUES ($1, $2, $3) RETURNING id`,
        [kind, name, parentId],
      );
      return row!.id;
    },
  };
}
