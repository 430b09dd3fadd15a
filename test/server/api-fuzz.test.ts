import { describeFailure, runFuzz } from '../support/fuzz/run-fuzz';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// A fixed seed: the same malformed requests on every run, so a failure can be replayed with `npm run fuzz -- --seed`.
const SEED = 20261207;

it('answers malformed variants of every operation with a Chinese 4xx, never a 5xx, and refusals write nothing', async () => {
  const report = await runFuzz({ app: t.app, db: t.db, seed: SEED, perOperation: 4 });
  expect(report.tried).toBeGreaterThan(500);
  expect(report.failures.map(describeFailure)).toEqual([]);
}, 240_000);
