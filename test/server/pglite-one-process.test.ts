import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Real processes on a real data folder: the guard is about what two processes do, not one.
const ROOT = path.resolve(__dirname, '../..');
let folder: string;
const started: ChildProcess[] = [];

beforeAll(() => {
  folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-lock-')), 'data');
});
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});

function startApi() {
  // node itself (tsx as a loader, not a wrapper process), so the child's pid is the server's.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PGLITE_DIR: folder,
      PORT: '0',
      HOST: '127.0.0.1',
      H5_DIR: '',
      AUTH_MODE: 'dev',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => output.includes('API ready') && resolve());
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => output };
}

it('refuses a second process on a folder in use, naming the folder and the holder, and opens a folder left by kill -9', async () => {
  const first = startApi();
  await first.ready;

  const second = startApi();
  second.ready.catch(() => undefined);
  expect(await second.exited).not.toBe(0);
  expect(second.output()).toContain(folder);
  expect(second.output()).toContain(`pid ${first.child.pid}`);

  first.child.kill('SIGKILL');
  await first.exited;
  const third = startApi();
  await third.ready;
  third.child.kill('SIGTERM');
  expect(await third.exited).toBe(0);
}, 240_000);
