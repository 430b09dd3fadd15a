import { createHash } from 'node:crypto';
import type { MultipartFields } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, badRequest } from '../errors';
import { idempotencyRepository, type StoredAnswer } from './idempotency-repository';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request holds an Idempotency-Key whose answer must be stored. */
    idempotencyKey: { memberId: number; key: string } | null;
    /** A retried upload whose first answer is stored: its file must match that answer's before it is replayed. */
    idempotentUploadToCompare: { digest: string; stored: Stored } | null;
    /** The stored answer the reply is to be replaced with (a retried upload whose file matched). */
    idempotentReplay: Stored | null;
    /**
     * Each upload route calls this once, right after it has read the file (before checking what
     * the file is). Under an Idempotency-Key: the first request records a digest of the file and
     * the form's other fields; a retry with the same file is answered with the first answer, one
     * with another file is a 422. Without a key it does nothing.
     */
    bindUploadToIdempotencyKey(file: UploadedFile, bytes: Buffer): Promise<void>;
  }
}

/** What an upload route has read of its one file part (a MultipartFile satisfies it). */
export interface UploadedFile {
  filename: string;
  fields: MultipartFields;
}

const HEADER = 'idempotency-key';
const KEEP_HOURS = 24;
/** How long a retry waits for the first request with its key to finish before it is told to try again. */
const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 25;
const VALID_KEY = /^[\x21-\x7e]{1,100}$/;

type Stored = StoredAnswer;
type IdempotencyKeys = ReturnType<typeof idempotencyRepository>;

const REUSED_MESSAGE = '这次提交的内容与先前同一次提交不同，请重新填写后再提交';
const keyReused = () => new AppError(422, 'IDEMPOTENCY_KEY_REUSED', REUSED_MESSAGE);

// The query joins the hash only when there is one, so that hashes stored before it counted stay valid.
// It matters for the roster import: dryRun=true and dryRun=false are different requests.
const requestHash = (request: FastifyRequest) => {
  const query = request.query && Object.keys(request.query).length ? ` ${JSON.stringify(request.query)}` : '';
  return createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? ''} ${JSON.stringify(request.params ?? {})} ${JSON.stringify(request.body ?? null)}${query}`,
    )
    .digest('hex');
};

/** The file's bytes with its name and the form's other fields (the parts read before the file). */
function uploadDigest(file: UploadedFile, bytes: Buffer): string {
  const fields = Object.entries(file.fields)
    .flatMap(([name, parts]) => (Array.isArray(parts) ? parts : [parts]).map((part) => ({ name, part })))
    .flatMap(({ name, part }) => (part && part.type === 'field' ? [[name, String(part.value)] as const] : []))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ filename: file.filename, fields }))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

const isMultipart = (request: FastifyRequest) => /^multipart\//i.test(String(request.headers['content-type'] ?? ''));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the key for this request (insert-first: the unique key decides who runs), or returns what is stored. */
async function claim(keys: IdempotencyKeys, memberId: number, key: string, hash: string): Promise<Stored | null> {
  for (;;) {
    if (await keys.insertKey(memberId, key, hash)) return null;
    const stored = await keys.find(memberId, key, KEEP_HOURS);
    if (!stored) continue; // the first request failed and let go of the key: take it
    if (!stored.expired) return stored;
    await keys.deleteExpired(memberId, key, KEEP_HOURS);
  }
}

async function waitForAnswer(
  keys: IdempotencyKeys,
  memberId: number,
  key: string,
  first: Stored,
): Promise<Stored | null> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  let stored: Stored | undefined = first;
  while (stored && stored.status === null && Date.now() < deadline) {
    await sleep(POLL_MS);
    stored = await keys.findUnexpired(memberId, key);
  }
  return stored ?? null;
}

function replay(reply: FastifyReply, stored: Stored) {
  reply.header('idempotent-replayed', 'true');
  if (stored.content_type) reply.header('content-type', stored.content_type);
  return reply.status(stored.status!).send(stored.body ?? undefined);
}

/** Takes the place of the reply a retried upload's route was stopped with: see onSend. */
const REPLAY_PENDING = () => new AppError(409, 'IDEMPOTENT_REPLAY', '上一次提交已经完成');

/**
 * Every create operation (any POST by a signed-in member) honours an `Idempotency-Key` header:
 * the same key and the same request within 24 hours get the first answer again and change
 * nothing; the same key with another request is a 422. A weak network's retry is then harmless.
 * An upload's file is not read until its route runs, so the route binds it to the key itself
 * (`request.bindUploadToIdempotencyKey`), and a retried upload's answer waits for that comparison.
 */
export default fp(async function idempotency(app: FastifyInstance) {
  const keys = idempotencyRepository(app.db);
  app.decorateRequest('idempotencyKey', null);
  app.decorateRequest('idempotentUploadToCompare', null);
  app.decorateRequest('idempotentReplay', null);
  app.decorateRequest('bindUploadToIdempotencyKey', async function (this: FastifyRequest, file, bytes) {
    const held = this.idempotencyKey;
    if (held) {
      // The first request with its key: later ones with the key compare their file with this one's.
      await keys.setContentDigest(held.memberId, held.key, uploadDigest(file, bytes));
      return;
    }
    const pending = this.idempotentUploadToCompare;
    if (!pending) return;
    this.idempotentUploadToCompare = null;
    if (uploadDigest(file, bytes) !== pending.digest) throw keyReused();
    // The same file again: stop the route here, and onSend answers with what the first one was told.
    this.idempotentReplay = pending.stored;
    throw REPLAY_PENDING();
  } satisfies FastifyRequest['bindUploadToIdempotencyKey']);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (key === undefined || request.method !== 'POST' || !request.caller) return;
    if (typeof key !== 'string' || !VALID_KEY.test(key))
      throw badRequest('Idempotency-Key 应为 1 到 100 个英文字母、数字或符号', 'VALIDATION');
    const memberId = request.caller.memberId;
    const hash = requestHash(request);
    let stored = await claim(keys, memberId, key, hash);
    if (!stored) {
      request.idempotencyKey = { memberId, key };
      return;
    }
    if (stored.request_hash !== hash) throw keyReused();
    stored = await waitForAnswer(keys, memberId, key, stored);
    if (!stored) return reply.status(409).send({ code: 'RETRY', message: '上一次提交没有完成，请再提交一次' });
    if (stored.status === null)
      return reply.status(409).send({ code: 'IN_PROGRESS', message: '上一次提交还在处理中，请稍后再看' });
    // The first upload read its file: this one's must be the same, which only its route can read.
    if (isMultipart(request) && stored.content_digest !== null) {
      request.idempotentUploadToCompare = { digest: stored.content_digest, stored };
      return;
    }
    return replay(reply, stored);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const replayed = request.idempotentReplay;
    if (replayed) {
      request.idempotentReplay = null;
      reply.status(replayed.status!).header('idempotent-replayed', 'true');
      if (replayed.content_type) reply.header('content-type', replayed.content_type);
      else reply.removeHeader('content-type');
      return replayed.body;
    }
    if (request.idempotentUploadToCompare && reply.statusCode < 300)
      request.log.error(
        'an upload route answered a retry without bindUploadToIdempotencyKey: it may have stored twice',
      );
    const held = request.idempotencyKey;
    if (!held) return payload;
    request.idempotencyKey = null;
    // A server-side failure is not an answer worth keeping: let the retry run again.
    if (reply.statusCode >= 500 || (typeof payload !== 'string' && payload !== null && payload !== undefined)) {
      await keys.release(held.memberId, held.key);
      return payload;
    }
    await keys.storeAnswer(held.memberId, held.key, {
      status: reply.statusCode,
      contentType: String(reply.getHeader('content-type') ?? '') || null,
      body: payload ?? null,
    });
    return payload;
  });

  // A request that ends without a reply being sent (the client went away) must not hold its key.
  app.addHook('onResponse', async (request) => {
    const held = request.idempotencyKey;
    if (held) await keys.releaseUnanswered(held.memberId, held.key);
  });
});
