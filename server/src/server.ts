import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { type Config, loadConfig } from './config';
import { openDatabase } from './db';
import { DataFolderInUseError } from './db/data-folder-lock';
import { migrate } from './db/migrate';
import { createBookingSweeper } from './jobs/booking-sweeper';
import { createClubReminders } from './jobs/club-reminders';
import { createHelpAutoClose } from './jobs/help-auto-close';
import { createOutboxSender } from './jobs/outbox-sender';
import { startJobs } from './jobs/schedule';
import { sweepCounselling } from './routes/counselling/sweeper';
import { flagOverdueReplies } from './routes/reception/overdue';
import { isDemo, markAsDemo, seedDemo } from './seed/demo';
import { createLoggingWechatClient, createWechatClient } from './services/wechat';

/** Opens the database, brings it up to date, seeds a brand-new embedded one, and listens. */
export async function startServer(config: Config) {
  const isNewPgliteFolder = !config.databaseUrl && !fs.existsSync(path.join(config.pgliteDir, 'PG_VERSION'));
  const db = await openDatabase(config);
  await migrate(db);
  if (isNewPgliteFolder) await markAsDemo(db);
  const seeded = (await isDemo(db)) ? await seedDemo(db, { extraMembers: config.demoMembers }) : 'not-demo';

  // In dev mode WeChat is replaced by the log; the app's logger exists only once the app is built.
  let logLine = (line: string) => console.log(line);
  const wechat =
    config.authMode === 'dev'
      ? createLoggingWechatClient((line) => logLine(line))
      : createWechatClient({ ...config.wechat, db });
  const app = await buildApp({ db, config, wechat });
  logLine = (line) => app.log.info(line);

  const templates = config.wechat.templates;
  const stopJobs = startJobs(
    [
      { name: 'subscribe-message sender', everyMs: 5_000, run: createOutboxSender({ db, wechat }).runOnce },
      { name: 'booking sweeper', everyMs: 60_000, run: createBookingSweeper({ db, templates }).runOnce },
      { name: 'club reminders', everyMs: 60_000, run: createClubReminders({ db, templates }).runOnce },
      { name: 'counselling sweep', everyMs: 5 * 60_000, run: () => sweepCounselling(db, templates, new Date()) },
      { name: 'help auto-close', everyMs: 10 * 60_000, run: createHelpAutoClose({ db, templates }).runOnce },
      { name: 'reception overdue flags', everyMs: 10 * 60_000, run: () => flagOverdueReplies(db, templates) },
    ],
    (job, error) => app.log.error({ err: error }, `${job} failed`),
  );

  const address = await app.listen({ port: config.port, host: config.host });
  const close = async () => {
    stopJobs();
    await app.close();
    await db.close();
  };
  return { app, db, address, seeded, close };
}

if (require.main === module) {
  const config = loadConfig();
  startServer(config)
    .then(({ app, address, close, seeded }) => {
      app.log.info(`API ready at ${address} (db: ${config.databaseUrl ? 'postgres' : 'pglite'}, auth: ${config.authMode}, demo: ${seeded})`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close().then(() => process.exit(0)));
    })
    .catch((error: unknown) => {
      // A folder held by another process is an operator's mistake: say which, without a stack.
      console.error(error instanceof DataFolderInUseError ? error.message : error);
      process.exit(1);
    });
}
