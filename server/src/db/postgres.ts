import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable } from './types';
import { sharedParsers } from './types';

const typeParsers = {
  getTypeParser: ((oid: number, format?: string) =>
    sharedParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Parameterised statements run as named prepared statements: each connection parses and plans a
 * statement once and then only binds and executes it, which saves the server a parse and a plan on
 * every booking and every read. The name is a digest of the text, so one text always has one name.
 * The app's SQL is a fixed set of texts; past this many distinct ones (dynamic SQL gone wrong),
 * new texts run unnamed instead of filling every connection's statement cache.
 */
const MAX_NAMED_STATEMENTS = 1000;
const statementNames = new Map<string, string>();

function statement(text: string, values: readonly unknown[] | undefined): pg.QueryConfig {
  if (!values?.length) return { text, values: values as unknown[] | undefined };
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `z${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return { name, text, values: values as unknown[] };
}

export function openPostgres(connectionString: string, maxConnections = 20): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types: typeParsers });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const run: Queryable['query'] = async (sql, params) => (await pool.query(statement(sql, params))).rows;

  return {
    kind: 'postgres',
    query: run,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params) => (await client.query(statement(sql, params))).rows });
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
