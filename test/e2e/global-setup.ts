import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 3917);

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
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(ROOT, 'dist-h5/index.html'))) {
    const build = spawnSync('npm', ['run', 'build:h5'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('H5 build failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-e2e-'));
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', PGLITE_DIR: path.join(dataDir, 'db'), AUTH_MODE: 'dev', H5_DIR: path.join(ROOT, 'dist-h5'), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const state = { pid: server.pid, dataDir };
  fs.writeFileSync(path.join(os.tmpdir(), 'zhijia-e2e-state.json'), JSON.stringify(state));
  process.env.E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
  await waitForHealth(`${process.env.E2E_BASE_URL}/api/health`, 60000);
}
