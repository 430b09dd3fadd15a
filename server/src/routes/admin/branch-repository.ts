import type { Queryable } from '../../db';

/** The union itself and its 分工会: what the 工作台's overview and branch pages read and change. */
export function branchQueries(db: Queryable) {
  return {
    /** The union's name, for page titles and the annual workbook. */
    async unionName(unionId: number): Promise<string> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return row!.name;
    },

    async unionKind(unionId: number): Promise<string | null> {
      const [row] = await db.query<{ kind: string }>(`SELECT kind FROM unions WHERE id = $1`, [unionId]);
      return row?.kind ?? null;
    },

    /** The union's name and kind with its count of active members, for the workbench overview. */
    async overviewUnion(unionId: number) {
      const [row] = await db.query<{ name: string; kind: string | null; active: number }>(
        `SELECT u.name, u.kind, (SELECT count(*)::int FROM members m WHERE m.union_id = u.id AND m.status = 'active') AS active FROM unions u WHERE u.id = $1`,
        [unionId],
      );
      return row;
    },

    async branches(unionId: number) {
      return db.query<{ id: number; name: string; memberCount: number }>(
        `SELECT u.id, u.name, (SELECT count(*)::int FROM members m WHERE m.branch_id = u.id AND m.status = 'active') AS "memberCount"
           FROM unions u WHERE u.parent_id = $1 AND u.kind = 'branch' ORDER BY u.name, u.id`,
        [unionId],
      );
    },

    async branchNameTaken(unionId: number, name: string, exceptId = 0): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM unions WHERE parent_id = $1 AND kind = 'branch' AND name = $2 AND id <> $3`,
        [unionId, name, exceptId],
      );
      return rows.length > 0;
    },

    async createBranch(unionId: number, name: string): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO unions (kind, name, parent_id) VALUES ('branch', $2, $1) RETURNING id`,
        [unionId, name],
      );
      return row!.id;
    },

    async renameBranch(unionId: number, id: number, name: string): Promise<string | null> {
      const [row] = await db.query<{ old: string }>(
        `UPDATE unions u SET name = $3 FROM unions o WHERE u.id = $2 AND u.parent_id = $1 AND u.kind = 'branch' AND o.id = u.id RETURNING o.name AS old`,
        [unionId, id, name],
      );
      return row?.old ?? null;
    },

    /** Members who left keep no tie to a 分工会 that is being removed. */
    async detachLeftMembers(branchId: number): Promise<void> {
      await db.query(`UPDATE members SET branch_id = NULL WHERE branch_id = $1 AND status <> 'active'`, [branchId]);
    },

    /**
     * The tables whose rows still point at this union, found from the foreign keys themselves, so
     * that a feature added later is covered without a change here.
     */
    async unionReferences(unionId: number): Promise<string[]> {
      const refs = await db.query<{ tbl: string; col: string }>(
        `SELECT c.conrelid::regclass::text AS tbl, quote_ident(a.attname) AS col
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
          WHERE c.contype = 'f' AND c.confrelid = 'unions'::regclass ORDER BY 1, 2`,
      );
      const used: string[] = [];
      for (const ref of refs) {
        if ((await db.query(`SELECT 1 FROM ${ref.tbl} WHERE ${ref.col} = $1 LIMIT 1`, [unionId])).length)
          used.push(ref.tbl);
      }
      return used;
    },

    async deleteBranch(unionId: number, id: number): Promise<boolean> {
      return (
        (
          await db.query(`DELETE FROM unions WHERE id = $2 AND parent_id = $1 AND kind = 'branch' RETURNING id`, [
            unionId,
            id,
          ])
        ).length === 1
      );
    },

    async isBranchOf(unionId: number, branchId: number): Promise<boolean> {
      return (
        (
          await db.query(`SELECT 1 FROM unions WHERE id = $2 AND parent_id = $1 AND kind = 'branch'`, [
            unionId,
            branchId,
          ])
        ).length > 0
      );
    },
  };
}
