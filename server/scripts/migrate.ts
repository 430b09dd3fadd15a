/** npm run db:migrate — brings the configured database (DATABASE_URL, else PGLITE_DIR) to the newest schema. */
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { migrate } from '../src/db/migrate';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const { from, to } = await migrate(db);
    console.log(from === to ? `schema is up to date (version ${to})` : `migrated from version ${from} to ${to}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
