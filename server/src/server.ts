import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { applyTestClock } from './clock';
import { type Config, loadConfig } from './config';
import { openDatabase } from './db';
import { DataFolderInUseError } from './db/data-folder-lock';
import { migrate } from './db/migrate';
import { createBookingSweeper } from './jobs/booking-sweeper';
import { createCareReminders } from './jobs/care-reminders';
import { createClubReminders } from './jobs/club-reminders';
import { flagOverdueMotions } from './jobs/congress-overdue';
import { sweepCounselling } from './jobs/counselling-sweep';
import { createHelpAutoClose } from './jobs/help-auto-close';
import { createOutboxSender } from './jobs/outbox-sender';
import { flagOverdueReplies } from './jobs/reception-overdue';
import { startJobs } from './jobs/schedule';
import { isDemo, markAsDemo, seedDemo } from './seed/demo';
import { resealAll, sealLegacyCounsellingText } from './services/reseal';
import { createLoggingWechatClient, createWechatClient } from './services/wechat';

/** Opens the database, brings it up to date, seeds a brand-new embedded one, and listens. */
export async function startServer(config: Config) {
  const isNewPgliteFolder = !config.databaseUrl && !fs.existsSync(path.join(config.pgliteDir, 'PG_VERSION'));
  const db = await openDatabase(config);
  await migrate(db);
  if (isNewPgliteFolder) await markAsDemo(db);

  // In dev mode WeChat is replaced by the log; the app's logger exists only once the app is built.
  let logLine = (line: string) => console.log(line);
  const wechat =
    config.authMode === 'dev'
      ? createLoggingWechatClient((line) => logLine(line))
      : createWechatClient({ ...config.wechat, db });
  const app = await buildApp({ db, config, wechat });
  logLine = (line) => app.log.info(line);
  // Counselling reasons and aliases written before migration 046 are sealed now: the key is not in SQL.
  const sealed = await sealLegacyCounsellingText(db, app.keyRing);
  if (sealed > 0) app.log.info(`sealed the reason and alias of ${sealed} counselling appointments`);
  const seeded = (await isDemo(db))
    ? await seedDemo(db, { extraMembers: config.demoMembers, ring: app.keyRing })
    : 'not-demo';
  // During a key rotation (a previous key is set) every instance helps re-seal, in small batches, in
  // the background; on the embedded database this is the only way, as no second process may open it.
  if (app.keyRing.keyIds.length > 1) {
    resealAll(db, app.keyRing).then(
      (done) => app.log.info(done, 're-sealed under the current key'),
      (error: unknown) =>
        app.log.error(
          { err: error },
          're-sealing under the current key failed; it resumes at the next start or with npm run keys:rotate',
        ),
    );
  }

  const templates = config.wechat.templates;
  const stopJobs = startJobs(
    [
      { name: 'subscribe-message sender', everyMs: 5_000, run: createOutboxSender({ db, wechat }).runOnce },
      { name: 'booking sweeper', everyMs: 60_000, run: createBookingSweeper({ db, templates }).runOnce },
      { name: 'club reminders', everyMs: 60_000, run: createClubReminders({ db, templates }).runOnce },
      { name: 'care festival reminders', everyMs: 60 * 60_000, run: createCareReminders({ db, templates }).runOnce },
      { name: 'counselling sweep', everyMs: 5 * 60_000, run: () => sweepCounselling(db, templates) },
      { name: 'help auto-close', everyMs: 10 * 60_000, run: createHelpAutoClose({ db, templates }).runOnce },
      { name: 'reception overdue flags', everyMs: 10 * 60_000, run: () => flagOverdueReplies(db, templates) },
      { name: 'congress overdue flags', everyMs: 10 * 60_000, run: () => flagOverdueMotions(db, templates) },
    ],
    (job, error) => app.log.error({ err: error }, `${job} failed`),
  );

  const address = await app.listen({ port: config.port, host: config.host });
  const close = async () => {
    await stopJobs();
    await app.close();
    await db.close();
  };
  return { app, db, address, seeded, close };
}

if (require.main === module) {
  const config = loadConfig();
  // Only a test-started API (NODE_ENV=test) may stand at another time; see applyTestClock.
  const testClock = applyTestClock();
  if (testClock) console.warn(`test clock: the API started at ${testClock.toISOString()}`);
  startServer(config)
    .then(({ app, address, close, seeded }) => {
      app.log.info(
        `API ready at ${address} (db: ${config.databaseUrl ? 'postgres' : 'pglite'}, auth: ${config.authMode}, demo: ${seeded})`,
      );
      for (const signal of ['SIGINT', 'SIGTERM'] as const)
        process.once(signal, () => void close().then(() => process.exit(0)));
    })
    .catch((error: unknown) => {
      // A folder held by another process is an operator's mistake: say which, without a stack.
      console.error(error instanceof DataFolderInUseError ? error.message : error);
      process.exit(1);
    });
}
