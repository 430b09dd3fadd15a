import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../server/src/db';
import { createMember, createUnionTree, signIn } from '../factories';
import { type FuzzRequest, malformedRequest, operationsOf } from './malformed-requests';

export interface FuzzFailure {
  operationId: string;
  request: FuzzRequest;
  status: number;
  problem: string;
  body: string;
}

export interface FuzzReport {
  tried: number;
  byStatus: Map<number, number>;
  failures: FuzzFailure[];
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Rows in every table of the app, in one statement: a refused request must leave it as it was. */
async function rowCounter(db: Db) {
  const tables = await db.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_version' ORDER BY table_name`,
  );
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t.name})`).join(' + ')} AS n`;
  return async () => Number((await db.query<{ n: number }>(sql))[0]!.n);
}

/** Signed in as someone who holds every role, so requests get past the role checks to the input checks. */
async function signedInOfficer(app: FastifyInstance, db: Db) {
  const tree = await createUnionTree(db);
  const member = await createMember(db, tree.schoolId, { roles: ['staff', 'chair', 'counsellor', 'supervisor'] });
  return signIn(app, member);
}

function problemWith(status: number, body: string): string | null {
  if (status >= 500) return 'answered 5xx';
  if (status < 400) return null;
  let message: unknown;
  try {
    message = (JSON.parse(body) as { message?: unknown }).message;
  } catch {
    return 'refusal is not JSON';
  }
  return typeof message === 'string' && CHINESE.test(message) ? null : 'refusal without a Chinese message';
}

/**
 * Sends `perOperation` malformed variants of every operation in the app's OpenAPI document,
 * drawn by fast-check from `seed`, and records every answer that is a 5xx, a refusal without a
 * Chinese message, or a refusal that changed the number of rows in the database.
 */
export async function runFuzz(options: {
  app: FastifyInstance;
  db: Db;
  seed: number;
  perOperation: number;
  onRequest?: (r: FuzzRequest, status: number) => void;
}): Promise<FuzzReport> {
  const { app, db, seed, perOperation } = options;
  const operations = operationsOf(app.swagger() as never);
  const rows = await rowCounter(db);
  let auth = await signedInOfficer(app, db);
  const report: FuzzReport = { tried: 0, byStatus: new Map(), failures: [] };
  // Some lists fill in their defaults on first read (help categories): read every list once first,
  // so those rows are not counted against a refused request.
  for (const op of operations.filter((o) => o.method === 'GET' && !o.pathParams.length)) {
    await app.inject({ method: 'GET', url: op.path, headers: auth });
  }

  for (const [index, op] of operations.entries()) {
    // A variant may have signed the officer out (logout) or erased them: start each operation signed in.
    if ((await app.inject({ method: 'GET', url: '/api/me', headers: auth })).statusCode === 401)
      auth = await signedInOfficer(app, db);
    const requests = fc.sample(malformedRequest(op), { seed: seed + index, numRuns: perOperation });
    for (const request of requests) {
      const before = await rows();
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers: { ...auth, ...request.headers },
        payload: request.payload,
      });
      report.tried += 1;
      report.byStatus.set(response.statusCode, (report.byStatus.get(response.statusCode) ?? 0) + 1);
      options.onRequest?.(request, response.statusCode);
      let problem = problemWith(response.statusCode, response.body);
      if (!problem && response.statusCode >= 400 && (await rows()) !== before) problem = 'refused, yet rows changed';
      if (problem)
        report.failures.push({
          operationId: op.operationId,
          request,
          status: response.statusCode,
          problem,
          body: response.body.slice(0, 200),
        });
    }
  }
  return report;
}

export function describeFailure(f: FuzzFailure): string {
  return `${f.operationId} ${f.request.method} ${f.request.url.slice(0, 120)} [${f.request.what}] → ${f.status} ${f.problem}: ${f.body}`;
}
