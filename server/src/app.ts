import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import type { Db } from './db';
import admission from './plugins/admission';
import authPlugin from './plugins/auth';
import dbPlugin from './plugins/db';
import errorHandler from './plugins/error-handler';
import { requestLimits } from './plugins/framework-errors';
import h5Static from './plugins/h5-static';
import idempotency from './plugins/idempotency';
import openapi from './plugins/openapi';
import { OneLinePerRequest } from './plugins/request-log';
import validators from './plugins/validators';
import adminRoutes from './routes/admin';
import assessmentRoutes from './routes/assessment';
import authRoutes from './routes/auth';
import bookingRoutes from './routes/booking';
import careRoutes from './routes/care';
import clubRoutes from './routes/clubs';
import congressRoutes from './routes/congress';
import counsellingRoutes from './routes/counselling';
import disclosureRoutes from './routes/disclosures';
import healthRoutes from './routes/health';
import helpRoutes from './routes/help';
import meRoutes from './routes/me';
import messageRoutes from './routes/messages';
import noticeRoutes from './routes/notices';
import privacyRoutes from './routes/privacy';
import receptionRoutes from './routes/reception';
import surveyRoutes from './routes/survey';
import unionRoutes from './routes/unions';
import { createFileStore, type FileStore, fileStoreConfigFromEnv } from './services/file-store';
import { type KeyRing, resolveKeyRing } from './services/key-ring';
import type { WechatClient } from './services/wechat';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one file store (chosen from the environment) shared by help, clubs and privacy. */
    fileStore: FileStore;
    /** The keys that seal counselling notes, reasons, aliases and uncounted evaluation answers. */
    keyRing: KeyRing;
  }
}

export interface AppDependencies {
  db: Db;
  config: Config;
  wechat: WechatClient;
  /** Where the log goes instead of stdout (a test reads it to check that nothing sealed leaks into it). */
  logStream?: NodeJS.WritableStream;
  /** Fastify's own two lines a request instead of OneLinePerRequest's one: only for bench:booking:variants' A/B. */
  frameworkRequestLog?: boolean;
}

/** Builds the API without listening: the server entry listens, tests call `inject`. */
export async function buildApp({
  db,
  config,
  wechat,
  logStream,
  frameworkRequestLog = false,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, ...(logStream ? { stream: logStream } : {}) },
    ...(frameworkRequestLog ? {} : { logController: new OneLinePerRequest() }),
    // Behind WeChat Cloud Run or a load balancer the client address comes in X-Forwarded-For.
    trustProxy: true,
    ...requestLimits(config.requestTimeoutMs),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Order: framework plugins, then the app's own, then routes.
  await app.register(errorHandler);
  await app.register(validators);
  await app.register(openapi);
  await app.register(dbPlugin, { db, config });
  await app.register(admission, config.admission);
  await app.register(authPlugin);
  await app.register(idempotency);
  app.decorate('fileStore', createFileStore(fileStoreConfigFromEnv(process.env, config.pgliteDir)));
  // Refuses to start without a key wherever real data could be sealed (see resolveNoteKey).
  app.decorate(
    'keyRing',
    resolveKeyRing({
      env: process.env,
      authMode: config.authMode,
      databaseUrl: config.databaseUrl,
      warn: (m) => app.log.warn(m),
    }),
  );

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api/auth', wechat });
  await app.register(meRoutes, { prefix: '/api' });
  await app.register(privacyRoutes, { prefix: '/api/me/privacy' });
  await app.register(noticeRoutes, { prefix: '/api/notices' });
  await app.register(messageRoutes, { prefix: '/api/messages' });
  await app.register(bookingRoutes, { prefix: '/api/booking' });
  await app.register(counsellingRoutes, { prefix: '/api/counselling' });
  await app.register(receptionRoutes, { prefix: '/api/reception' });
  await app.register(surveyRoutes, { prefix: '/api/surveys' });
  await app.register(helpRoutes, { prefix: '/api/help' });
  await app.register(clubRoutes, { prefix: '/api/clubs' });
  await app.register(congressRoutes, { prefix: '/api/congress' });
  await app.register(disclosureRoutes, { prefix: '/api/disclosures' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(unionRoutes, { prefix: '/api/unions' });
  await app.register(assessmentRoutes, { prefix: '/api/assessment' });
  await app.register(careRoutes, { prefix: '/api/care' });

  await app.register(h5Static, { root: config.h5Dir });
  return app;
}
