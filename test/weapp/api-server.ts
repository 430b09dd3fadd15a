import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testClockEnv } from '../support/test-clock';
import { ROOT } from './dist';

/**
 * The real API on a brand-new PGlite folder (seeded with the demo union, as any new embedded
 * database is), signing members in as WeChat would: AUTH_MODE=wechat with code2Session answered by
 * the fake WeChat of the server tests, or AUTH_MODE=cloudrun trusting X-WX-OPENID.
 */
export async function startApiServer(options: {
  port: number;
  authMode: 'wechat' | 'cloudrun';
  wechatApiBase: string;
}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-weapp-api-'));
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      PGLITE_DIR: path.join(dataDir, 'db'),
      DATABASE_URL: '',
      H5_DIR: '',
      AUTH_MODE: options.authMode,
      WECHAT_API_BASE: options.wechatApiBase,
      WECHAT_APPID: 'wx-test-app',
      WECHAT_SECRET: 'test-secret',
      COUNSELLING_NOTES_KEY: crypto.randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      ...testClockEnv(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`API server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API did not become healthy at ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
