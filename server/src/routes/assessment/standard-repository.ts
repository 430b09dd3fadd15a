import type { Queryable } from '../../db';
import type { RoundRow } from './repository';
import type { StandardItem } from './standard';

/** A round as it is opened: a round's own fields, and who opened it. */
export type NewRound = Omit<RoundRow, 'id' | 'unionName'> & { createdBy: number };

/** 评价标准 and the opening of a year's round. */
export function standardRepository(db: Queryable) {
  return {
    /** The nearest standard saved by the union or a union above it, with whose it is; null when none is. */
    async nearestStandard(unionId: number) {
      const [row] = await db.query<{ unionId: number; items: StandardItem[] }>(
        `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS hops FROM unions WHERE id = $1
           UNION ALL SELECT u.id, u.parent_id, up.hops + 1 FROM unions u JOIN up ON u.id = up.parent_id)
         SELECT s.union_id AS "unionId", s.items FROM up JOIN assessment_standards s ON s.union_id = up.id ORDER BY up.hops LIMIT 1`,
        [unionId],
      );
      return row ?? null;
    },

    /** Replaces the union's own standard whole. */
    async saveStandard(unionId: number, items: StandardItem[], updatedBy: number): Promise<void> {
      await db.query(
        `INSERT INTO assessment_standards (union_id, items, updated_by) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (union_id) DO UPDATE SET items = EXCLUDED.items, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [unionId, JSON.stringify(items), updatedBy],
      );
    },

    /** Opens the union's round of the year; null when one is already open for that year. */
    async insertRound(round: NewRound): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO assessment_rounds (union_id, year, title, opens_on, closes_on, items, results, created_by)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) ON CONFLICT (union_id, year) DO NOTHING RETURNING id`,
        [
          round.unionId,
          round.year,
          round.title,
          round.opensOn,
          round.closesOn,
          JSON.stringify(round.items),
          round.results,
          round.createdBy,
        ],
      );
      return row?.id ?? null;
    },

    async roundOfYear(unionId: number, year: number) {
      const [row] = await db.query<{ id: number; title: string }>(
        `SELECT id, title FROM assessment_rounds WHERE union_id = $1 AND year = $2`,
        [unionId, year],
      );
      return row ?? null;
    },
  };
}
