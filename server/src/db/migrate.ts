import path from 'node:path';
import Postgrator from 'postgrator';
import type { Db } from './types';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

/** Brings the schema to the newest numbered migration; the same SQL runs on PGlite and PostgreSQL. */
export async function migrate(db: Db): Promise<{ from: number; to: number }> {
  const postgrator = new Postgrator({
    migrationPattern: path.join(MIGRATIONS_DIR, '*'),
    driver: 'pg',
    schemaTable: 'schema_version',
    execQuery: async (query) => ({ rows: await db.exec(query) }),
  });
  const from = Number(await postgrator.getDatabaseVersion());
  const applied = await postgrator.migrate();
  const to = applied.length ? Number(applied[applied.length - 1]!.version) : from;
  return { from, to };
}
