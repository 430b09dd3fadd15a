import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const API_TYPES_FILE = path.join(ROOT, 'src/services/api-schema.ts');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What `npm run api:types` would write for this document (rendered by the script itself, under tsx). */
function render(document: unknown): string {
  return execFileSync(process.execPath, [require.resolve('tsx/cli'), 'server/scripts/api-types.ts', '--stdin'], {
    cwd: ROOT,
    input: JSON.stringify(document),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the client API types (src/services/api-schema.ts)', () => {
  // Rendering starts tsx in a child process: seconds on an idle machine, more on a busy one.
  it('are exactly what the server OpenAPI document generates today', () => {
    const expected = render(t.app.swagger());
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    if (committed !== expected) {
      const expectedLines = expected.split('\n');
      const line = committed.split('\n').findIndex((text, i) => text !== expectedLines[i]) + 1;
      throw new Error(
        `src/services/api-schema.ts no longer matches the server's route schemas (first difference at line ${line}). ` +
          'Run `npm run api:types` and commit the result; then fix the type errors it shows in src/.',
      );
    }
    // Shared schemas keep their names, so the client can say ApiSchema<'Notice'>.
    expect(committed).toMatch(/^ {8}Notice: \{$/m);
  }, 120_000);
});
