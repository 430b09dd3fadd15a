import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { type Config, testConfig } from '../../server/src/config';
import type { Db } from '../../server/src/db';
import { createLoggingWechatClient, type WechatClient } from '../../server/src/services/wechat';
import { openTestDatabase } from './test-database';

// Tests outside dev sign-in run like production, which requires a key for counselling notes.
process.env.COUNSELLING_NOTES_KEY ??= randomBytes(32).toString('base64');

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** The real app on a fresh, migrated database of its own; only WeChat is replaced (by the log or a fake). */
export async function createTestApp(
  options: { config?: Partial<Config>; wechat?: (db: Db) => WechatClient; logStream?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const db = await openTestDatabase();
  const config = testConfig(options.config);
  const app = await buildApp({
    db,
    config,
    wechat: options.wechat?.(db) ?? createLoggingWechatClient(() => undefined),
    logStream: options.logStream,
  });
  await app.ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
