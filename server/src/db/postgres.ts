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

/** Several statements in one text (simple protocol) answer with one result each; the last one counts. */
const lastRows = (result: pg.QueryResult | pg.QueryResult[]) =>
  Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;

export function openPostgres(connectionString: string, maxConnections: number): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types: typeParsers });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const run: Queryable['query'] = async (sql, params) => (await pool.query(statement(sql, params))).rows;

  return {
    kind: 'postgres',
    query: run,
    async transaction(work) {
      const client = await pool.connect();
      // BEGIN waits for the transaction's first statement: sent ahead of it in the same message when that
      // statement has no parameters (a lock on known ids, say), which saves a round trip.
      let begun = false;
      const query: Queryable['query'] = async (sql, params) => {
        if (begun) return (await client.query(statement(sql, params))).rows;
        begun = true;
        if (params?.length) {
          await client.query('BEGIN');
          return (await client.query(statement(sql, params))).rows;
        }
        return lastRows(await client.query(`BEGIN; ${sql}`));
      };
      try {
        const result = await work({ query });
        if (begun) await client.query('COMMIT');
        return result;
      } catch (error) {
        if (begun) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      // Without parameters node-postgres uses the simple protocol, which accepts several statements.
      return lastRows(await pool.query(sql));
    },
    close: () => pool.end(),
  };
}
