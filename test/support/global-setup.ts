import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../../server/src/db/pglite';
import { migrate } from '../../server/src/db/migrate';
import { createPostgresTemplate, postgresUrl, TEMPLATE_FILE_ENV } from './test-database';

/** Migrates once per run; each test file then starts from a copy of the result. */
export default async function globalSetup() {
  const url = postgresUrl();
  if (url) {
    await createPostgresTemplate(url, migrate);
    return;
  }
  const db = await openPglite({});
  try {
    await migrate(db);
    const dump = await db.pglite.dumpDataDir('none');
    const file = path.join(os.tmpdir(), `zhijia-pglite-template-${process.pid}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[TEMPLATE_FILE_ENV] = file;
  } finally {
    await db.close();
  }
}
