import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import type { Db } from '../../server/src/db';
import { openPglite } from '../../server/src/db/pglite';
import { openPostgres } from '../../server/src/db/postgres';

/** Set by the global setup: where the migrated template lives. */
export const TEMPLATE_FILE_ENV = 'ZHIJIA_PGLITE_TEMPLATE';
export const TEMPLATE_DB = 'zhijia_test_template';

/** `npm run test:pg` sets this to a server it started; otherwise tests run on PGlite. */
export const postgresUrl = () => process.env.TEST_DATABASE_URL || undefined;

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a PGlite loaded from the migrated dump, or a
 * PostgreSQL database cloned from the migrated template. Cloning is several times cheaper than
 * migrating anew.
 */
export async function openTestDatabase(): Promise<Db> {
  const url = postgresUrl();
  if (!url) {
    const file = process.env[TEMPLATE_FILE_ENV];
    if (!file) throw new Error('The jest global setup did not build the PGlite template');
    return openPglite({ loadDataDir: new Blob([fs.readFileSync(file)]) });
  }
  const name = `zhijia_test_${randomBytes(6).toString('hex')}`;
  await admin(url, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  const db = openPostgres(withDatabase(url, name), 40);
  return {
    ...db,
    async close() {
      await db.close();
      await admin(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export async function createPostgresTemplate(url: string, migrateInto: (db: Db) => Promise<unknown>) {
  await admin(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const db = openPostgres(withDatabase(url, TEMPLATE_DB), 2);
  try {
    await migrateInto(db);
  } finally {
    await db.close();
  }
}
