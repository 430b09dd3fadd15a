import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Routes that authenticate but declare no policy, each with the reason. Booking's two hot-path routes find
 * the caller in their first SQL statement (callerInFirstQuery) and are open to every member of the union,
 * which that statement checks; a preHandler would add work to the busiest path for nothing.
 */
const UNDECLARED = new Map([
  ['createBooking', 'booking hot path: any member, caller found in the first statement'],
  ['getRoomAvailability', 'booking hot path: any member, caller found in the first statement'],
  // assessment/rollup-routes.ts belongs to another change this session; both are upperUnion routes to declare next.
  ['getHelpAttachment', 'opens with a signed link or a token; the file’s owner or a handler of its union'],
]);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Operation {
  method: string;
  path: string;
  operationId: string;
  policy?: string;
}

async function operations(): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  return Object.entries(doc.paths as Record<string, Record<string, { operationId: string; 'x-policy'?: string }>>)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method,
        path,
        operationId: op.operationId,
        policy: op['x-policy'],
      })),
    )
    .filter((op) => ['get', 'post', 'put', 'patch', 'delete'].includes(op.method));
}

/** Whether the route sits under an authenticated scope: without a token it answers 401 before anything else. */
async function authenticates(op: Operation): Promise<boolean> {
  const url = op.path.replace(/\{[^}]+\}/g, '1');
  const response = await t.app.inject({ method: op.method.toUpperCase() as 'GET', url });
  return response.statusCode === 401;
}

describe('every authenticated route declares the policy it needs (server/src/policy)', () => {
  it('names a policy (allow(...) in its preHandler, x-policy in the API document) on every authenticated route', async () => {
    const undeclared: string[] = [];
    let authenticated = 0;
    for (const op of await operations()) {
      if (!(await authenticates(op))) continue;
      authenticated += 1;
      if (!op.policy && !UNDECLARED.has(op.operationId))
        undeclared.push(`${op.method.toUpperCase()} ${op.path} (${op.operationId})`);
    }
    expect(authenticated).toBeGreaterThan(150);
    expect(undeclared).toEqual([]);
  });

  it('keeps the list of exceptions honest: each names an authenticated route that still declares nothing', async () => {
    const byId = new Map((await operations()).map((op) => [op.operationId, op]));
    for (const operationId of UNDECLARED.keys()) {
      const op = byId.get(operationId);
      expect({ operationId, exists: Boolean(op), policy: op?.policy }).toEqual({
        operationId,
        exists: true,
        policy: undefined,
      });
      expect(await authenticates(op!)).toBe(true);
    }
  });

  it('leaves sign-in and health open: they declare no policy and need no token', async () => {
    const open = (await operations()).filter((op) => ['getHealth', 'wechatLogin'].includes(op.operationId));
    expect(open).toHaveLength(2);
    for (const op of open) {
      expect(op.policy).toBeUndefined();
      expect(await authenticates(op)).toBe(false);
    }
  });
});
