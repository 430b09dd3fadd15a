import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AdmissionQueue } from './admission-queue';
import { RETRY_AFTER_SECONDS } from './error-handler';

declare module 'fastify' {
  interface FastifyRequest {
    releaseAdmission: (() => void) | null;
  }
}

export const BUSY_MESSAGE = '系统繁忙，请稍后再试';

/**
 * On PGlite (one connection) API requests are admitted first come, first served; a request that
 * would wait longer than a few seconds is answered 503 with Retry-After at once, so none hangs.
 * PostgreSQL has its own pool and is left alone.
 */
export default fp(async function admission(app: FastifyInstance, options: { concurrency: number; maxWaitMs: number }) {
  if (app.db.kind !== 'pglite') return;
  const queue = new AdmissionQueue(options.concurrency, options.maxWaitMs);
  app.decorateRequest('releaseAdmission', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/health')) return;
    const release = await queue.enter();
    if (!release) {
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ code: 'BUSY', message: BUSY_MESSAGE });
    }
    request.releaseAdmission = release;
  });
  const release = async (request: { releaseAdmission: (() => void) | null }) => request.releaseAdmission?.();
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
});
