import { PGlite } from '@electric-sql/pglite';
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
  return {
    kind: 'pglite',
    pglite,
    query: queryable.query,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    exec: async (sql) => {
      const results = await pglite.exec(sql);
      return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
    },
    close: () => pglite.close(),
  };
}
