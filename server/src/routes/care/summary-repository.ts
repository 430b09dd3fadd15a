import type { Queryable } from '../../db';
import type { CareGroup } from './kinds';

export interface Sum {
  count: number;
  amount: number;
}

/**
 * A year's care counts and sums, never a name: over the union itself (a school), or over every school
 * at any depth below it (an upper union, `acrossSchools`).
 */
export function careSummaryQueries(db: Queryable, unionId: number, year: number, acrossSchools: boolean) {
  // The schools counted: the union itself, or every school at any depth below the upper union.
  const scope = acrossSchools ? `SELECT id FROM unions_under($1)` : `SELECT $1::int`;
  const params = [unionId, `${year}-01-01`, `${year + 1}-01-01`];
  const where = `c.union_id IN (${scope}) AND c.care_date >= $2::date AND c.care_date < $3::date`;
  return {
    byGroup: () =>
      db.query<Sum & { group: CareGroup }>(
        `SELECT c.kind_group AS "group", count(*)::int AS count, coalesce(sum(c.amount), 0) AS amount FROM care_records c WHERE ${where} GROUP BY 1`,
        params,
      ),
    byKind: () =>
      db.query<Sum & { kind: string; label: string }>(
        `SELECT c.kind, min(c.kind_label) AS label, count(*)::int AS count, coalesce(sum(c.amount), 0) AS amount
           FROM care_records c WHERE ${where} GROUP BY c.kind ORDER BY count(*) DESC, c.kind`,
        params,
      ),
    bySchool: () =>
      db.query<Sum & { unionId: number; unionName: string; parentName: string }>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName",
                count(c.id)::int AS count, coalesce(sum(c.amount), 0) AS amount
           FROM unions_under($1) t JOIN unions u ON u.id = t.id JOIN unions p ON p.id = u.parent_id
           LEFT JOIN care_records c ON c.union_id = u.id AND c.care_date >= $2::date AND c.care_date < $3::date
          WHERE u.kind = 'school' GROUP BY t.depth, p.id, u.id, p.name ORDER BY t.depth, p.id, u.id`,
        params,
      ),
  };
}
