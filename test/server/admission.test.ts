import { AdmissionQueue } from '../../server/src/plugins/admission-queue';
import { createTestApp } from '../support/test-app';
import { postgresUrl } from '../support/test-database';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('admission on the embedded database', () => {
  it('admits waiting requests in the order they came', async () => {
    const queue = new AdmissionQueue(1, 5_000);
    const first = (await queue.enter())!;
    const order: number[] = [];
    const waiting = [1, 2, 3, 4].map((n) =>
      queue.enter().then((release) => {
        order.push(n);
        release!();
      }),
    );
    await tick();
    expect(order).toEqual([]);
    first();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('turns a request away once its wait passes the limit, and lets the next one in afterwards', async () => {
    const queue = new AdmissionQueue(1, 30);
    const holder = (await queue.enter())!;
    expect(await queue.enter()).toBeNull();
    holder();
    const next = await queue.enter();
    expect(next).toEqual(expect.any(Function));
    next!();
  });

  // The line is kept only in front of PGlite's one connection; a PostgreSQL pool has its own.
  const onPglite = postgresUrl() ? it.skip : it;
  onPglite('answers 503 with Retry-After and 系统繁忙 when the line is too long, and never hangs', async () => {
    const t = await createTestApp({ config: { admission: { concurrency: 1, maxWaitMs: 1 } } });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => t.app.inject({ method: 'GET', url: '/api/notices' })),
      );
      const busy = answers.filter((r) => r.statusCode === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0]!.headers['retry-after']).toBe('2');
      expect(busy[0]!.json()).toEqual({ code: 'BUSY', message: '系统繁忙，请稍后再试' });
      // Everything else got its ordinary answer (401: nobody signed in).
      expect(answers.filter((r) => r.statusCode !== 503).every((r) => r.statusCode === 401)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
