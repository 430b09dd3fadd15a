import type { Db, Queryable } from '../../server/src/db';

/** One statement the app ran, as it sent it. */
export interface Recorded {
  sql: string;
  params?: readonly unknown[];
}

/** The app's database, with every statement it is asked to run written down (to EXPLAIN it afterwards). */
export function recording(db: Db, into: Recorded[]): Db {
  const record =
    (q: Queryable): Queryable['query'] =>
    (sql, params) => {
      into.push({ sql, params });
      return q.query(sql, params);
    };
  return {
    ...db,
    query: record(db),
    transaction: (work) => db.transaction((tx) => work({ query: record(tx) })),
    close: () => db.close(),
  };
}

/**
 * A parameter as the untyped literal node-postgres would send for it, for `EXECUTE name(…)` of a statement
 * prepared from recorded SQL.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = (v: unknown): string =>
    v instanceof Date
      ? v.toISOString()
      : Array.isArray(v)
        ? `{${v.map((x) => `"${text(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}`
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  // standard_conforming_strings is on (the default): only quotes need doubling.
  return `'${text(value).replace(/'/g, "''")}'`;
}
