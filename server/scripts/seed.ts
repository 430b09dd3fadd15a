/**
 * npm run db:seed [-- --mark-demo] — loads the demo union. Refuses a database not marked for demo
 * data; --mark-demo marks an empty one first, so a production database is never seeded by accident.
 */
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { migrate } from '../src/db/migrate';
import { markAsDemo, seedDemo } from '../src/seed/demo';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await migrate(db);
    if (process.argv.includes('--mark-demo')) await markAsDemo(db);
    console.log(await seedDemo(db, { extraMembers: config.demoMembers }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
