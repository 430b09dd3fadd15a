/** The one database interface every repository uses, whichever engine is behind it. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs SQL text that may hold several statements (migrations); returns the last statement's rows. */
  exec(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * Type OIDs whose default parsing differs between node-postgres and PGlite. Both engines get the
 * same parsers so that a row looks the same whichever engine produced it.
 */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082 } as const;

export const sharedParsers: Record<number, (value: string) => unknown> = {
  // Counts and sums come back as int8; ours stay far below 2^53.
  [TYPE_OIDS.int8]: (value) => Number(value),
  [TYPE_OIDS.numeric]: (value) => Number(value),
  // A calendar date is not an instant: keep '2026-11-23' as text instead of a Date at local midnight.
  [TYPE_OIDS.date]: (value) => value,
};
