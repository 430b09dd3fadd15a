import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testClockEnv } from '../support/test-clock';

const ROOT = path.resolve(__dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 3917);
// A run of its own may build elsewhere (E2E_H5_DIR) so that two runs never share a build folder.
const H5_DIR = path.resolve(ROOT, process.env.E2E_H5_DIR ?? 'dist-h5');

export const stateFile = () => path.join(os.tmpdir(), `zhijia-e2e-state-${process.env.E2E_PORT ?? 3917}.json`);

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API did not become healthy at ${url}`);
}

/** Builds the H5 app (unless E2E_SKIP_BUILD=1) and starts the API serving it on a brand-new data folder. */
export default async function globalSetup() {
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build:h5'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, TARO_OUTPUT_ROOT: H5_DIR },
    });
    if (build.status !== 0) throw new Error('H5 build failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-e2e-'));
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PGLITE_DIR: path.join(dataDir, 'db'),
      AUTH_MODE: 'dev',
      H5_DIR,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...testClockEnv(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const state = { pid: server.pid, dataDir };
  fs.writeFileSync(stateFile(), JSON.stringify(state));
  process.env.E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
  // Three minutes: on a busy two-core machine, migrating and seeding a new database can take over one.
  await waitForHealth(`${process.env.E2E_BASE_URL}/api/health`, 180000);
}
