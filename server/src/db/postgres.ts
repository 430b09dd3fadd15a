import pg from 'pg';
import type { Db, Queryable } from './types';
import { sharedParsers } from './types';

const typeParsers = {
  getTypeParser: ((oid: number, format?: string) =>
    sharedParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function openPostgres(connectionString: string, maxConnections = 20): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types: typeParsers });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const run: Queryable['query'] = async (sql, params) => {
    const result = await pool.query(sql, params as unknown[] | undefined);
    return result.rows;
  };

  return {
    kind: 'postgres',
    query: run,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params) => (await client.query(sql, params as unknown[] | undefined)).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      // Without parameters node-postgres uses the simple protocol, which accepts several statements.
      const result = (await pool.query(sql)) as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
    },
    close: () => pool.end(),
  };
}
