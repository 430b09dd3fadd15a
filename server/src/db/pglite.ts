import { PGlite } from '@electric-sql/pglite';
import { preparedQueries } from './pglite-prepared';
import type { Db, Queryable } from './types';
import { sharedParsers } from './types';

type PGliteOptions = { dataDir?: string; loadDataDir?: Blob | File };

function wrap(target: Pick<PGlite, 'query'>): Queryable {
  return {
    async query(sql, params) {
      const result = await target.query(sql, params as unknown[] | undefined);
      return result.rows as never[];
    },
  };
}

/** Embedded PostgreSQL. One connection: PGlite queues each query behind an open transaction. */
export async function openPglite(options: PGliteOptions): Promise<Db & { pglite: PGlite }> {
  const pglite = await PGlite.create({ ...options, parsers: sharedParsers });
  const queryable = wrap(pglite);
  const prepared = preparedQueries(pglite);
  return {
    kind: 'pglite',
    pglite,
    query: async (sql, params) =>
      (prepared.cached(sql, params) ? prepared.query(sql, params) : queryable.query(sql, params)) as never,
    transaction: (work) =>
      pglite.transaction((tx) => {
        const inner = wrap(tx);
        return work({
          query: async (sql, params) =>
            (prepared.cached(sql, params)
              ? prepared.queryInTransaction(sql, params)
              : inner.query(sql, params)) as never,
        });
      }),
    exec: async (sql) => {
      const results = await pglite.exec(sql);
      return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
    },
    close: () => pglite.close(),
  };
}
