/**
 * npm run keys:rotate — re-seals counselling notes, reasons and aliases, and evaluation answers still
 * waiting to be counted, under the current COUNSELLING_NOTES_KEY. Run it with the new key in
 * COUNSELLING_NOTES_KEY and the old one(s) in COUNSELLING_NOTES_KEY_PREVIOUS, while the API runs with
 * the same two settings (PostgreSQL). It works in small transactions and can be stopped and run again.
 * An embedded (PGlite) server does the same by itself when it starts with a previous key set.
 */
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import { resolveKeyRing } from '../src/services/key-ring';
import { resealAll, staleCount } from '../src/services/reseal';

async function main() {
  const config = loadConfig();
  const ring = resolveKeyRing({
    env: process.env,
    authMode: config.authMode,
    databaseUrl: config.databaseUrl,
    warn: (m) => console.warn(m),
  });
  const db = await openDatabase(config);
  try {
    const done = await resealAll(db, ring);
    console.log(
      `re-sealed under key ${ring.keyId}: ${done.notes} notes, ${done.appointments} appointments, ${done.pendingAnswers} evaluation answers waiting`,
    );
    const left = await staleCount(db, ring);
    console.log(
      left === 0
        ? 'nothing is left under an old key: COUNSELLING_NOTES_KEY_PREVIOUS can be removed'
        : `${left} rows are still under an old key: run again`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
