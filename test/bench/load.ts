/**
 * The load generators of bench:booking, all on loopback and bounded in count and time:
 * `burst` sends a fixed list of requests at once (the rush), `wrk` drives the API for a few seconds,
 * `pgbench` drives PostgreSQL with the same SQL for as long. wrk and pgbench are both C programs
 * that cost their machine little, so the two figures they print compare the API with the database
 * under it, not with the cost of the client.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { PG_BIN } from '../support/postgres-server';

const PGBENCH = path.join(PG_BIN, 'pgbench');
const WRK_SCRIPT = path.join(__dirname, 'requests.lua');
export const CLIENTS = 32;
const THREADS = 2;
const run = promisify(execFile);

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
}
export interface Outcome {
  status: number;
  ms: number;
  body?: string;
}
export interface Rate {
  perSecond: number;
  p50: number;
  p99: number;
}

// The burst runs on its own thread, so that making requests does not take the API's event loop. It
// writes each request, prepared before the clock starts, on a raw socket of its own and reads the answer
// to the close: node:http's client cost about 0.6 s of a 500-request rush on two cores, which the API
// then showed as its own time (wrk and pgbench, written in C, cost their side little; this is the same idea).
const BURST_SOURCE = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const wire = workerData.requests.map((r) => {
  const body = r.body === undefined ? '' : JSON.stringify(r.body);
  const head = r.method + ' ' + r.path + ' HTTP/1.1\\r\\nhost: 127.0.0.1\\r\\nconnection: close\\r\\nauthorization: Bearer ' + r.token +
    (body ? '\\r\\ncontent-type: application/json\\r\\ncontent-length: ' + Buffer.byteLength(body) : '') + '\\r\\n\\r\\n';
  return Buffer.from(head + body);
});
function answer(raw, ms) {
  const status = Number(raw.slice(9, 12)) || 0;
  const body = raw.slice(raw.indexOf('\\r\\n\\r\\n') + 4);
  return { status, ms, body: status >= 300 ? body : undefined };
}
function send(request) {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks = [];
    const socket = net.connect(workerData.port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(30000, () => socket.destroy(new Error('timed out')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => resolve({ status: 0, ms: performance.now() - started, body: String(e) }));
    socket.on('close', () => resolve(answer(Buffer.concat(chunks).toString('utf8'), performance.now() - started)));
  });
}
(async () => {
  const started = performance.now();
  const results = await Promise.all(wire.map(send));
  parentPort.postMessage({ results, seconds: (performance.now() - started) / 1000 });
})();
`;

/** Sends every request at the same moment, each on its own connection, and waits for all the answers. */
export function burst(port: number, requests: Request[]): Promise<{ results: Outcome[]; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BURST_SOURCE, { eval: true, workerData: { port, requests } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export function assertLoadToolsPresent() {
  if (spawnSync('wrk', ['--version']).error) throw new Error('wrk 未安装：请先运行 apt-get install -y wrk');
  if (!fs.existsSync(PGBENCH)) throw new Error(`找不到 ${PGBENCH}：请先安装 postgresql-15`);
}

/**
 * Sends the requests in turn from CLIENTS connections for `seconds` with wrk (asynchronously: the API
 * runs in this process). The list should hold more requests than the run sends; wrk starts over if not.
 */
export async function wrk(port: number, requests: Request[], seconds: number, connections = CLIENTS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-wrk-'));
  const file = path.join(dir, 'requests.tsv');
  fs.writeFileSync(
    file,
    requests
      .map((r) => [r.method, r.path, r.token, r.body === undefined ? '' : JSON.stringify(r.body)].join('\t'))
      .join('\n'),
  );
  try {
    const args = [
      '-t',
      String(THREADS),
      '-c',
      String(connections),
      '-d',
      `${seconds}s`,
      '--timeout',
      '10s',
      '-s',
      WRK_SCRIPT,
      `http://127.0.0.1:${port}`,
      '--',
      file,
      String(THREADS),
    ];
    const { stdout } = await run('wrk', args, { maxBuffer: 1 << 20 });
    const line = /^WRK (.*)$/m.exec(stdout)?.[1];
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
    const summary = JSON.parse(line) as {
      seconds: number;
      statuses: Record<string, number>;
      socketErrors: number;
      p50: number;
      p99: number;
    };
    const count = (from: number, to: number) =>
      Object.entries(summary.statuses).reduce(
        (sum, [status, n]) => (Number(status) >= from && Number(status) < to ? sum + n : sum),
        0,
      );
    return { ...summary, count };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a pgbench script for `warmUp` seconds and then `seconds` more, and gives what it did after the
 * warm-up: transactions per second and p50/p99, from its per-transaction log. The warm-up is for its
 * new connections, whose first transactions load the catalog and prepare each statement (the API's
 * pool has done that long before); counted, they would cost pgbench a fifth of a 4-second round.
 * Asynchronously, so that the API answers what is still in flight from its own phase.
 */
export async function pgbench(
  port: number,
  script: string,
  defines: Record<string, string | number>,
  seconds: number,
  warmUp = 1,
): Promise<Rate> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-pgbench-'));
  const file = path.join(dir, 'script.sql');
  fs.writeFileSync(file, script);
  // -M prepared: each connection prepares a statement once and then binds and executes it, as the API does.
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-n', '-M', 'prepared'];
  args.push(
    '-c',
    String(CLIENTS),
    '-j',
    String(THREADS),
    '-T',
    String(warmUp + seconds),
    '--log',
    `--log-prefix=${path.join(dir, 'log')}`,
  );
  for (const [key, value] of Object.entries(defines)) args.push('-D', `${key}=${value}`);
  await run(PGBENCH, [...args, '-f', file, 'postgres'], { timeout: 60_000 + (warmUp + seconds) * 1000 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`pgbench failed:\n${error.stdout ?? ''}\n${error.stderr ?? String(error)}`);
    },
  );
  // Each log line: client, transaction, latency in µs, script, and when it ended (epoch seconds, µs).
  const transactions = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('log.'))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n'))
    .map((line) => line.split(' ').map(Number))
    .filter((fields) => fields.length >= 6 && fields.every((n) => !Number.isNaN(n)))
    .map(([, , latencyUs, , endedS, endedUs]) => ({ ms: latencyUs! / 1000, ended: endedS! + endedUs! / 1e6 }));
  fs.rmSync(dir, { recursive: true, force: true });
  if (transactions.length === 0) throw new Error('pgbench ran no transaction');
  const first = transactions.reduce((min, t) => Math.min(min, t.ended), Infinity);
  const last = transactions.reduce((max, t) => Math.max(max, t.ended), 0);
  const counted = transactions.filter((t) => t.ended > first + warmUp).map((t) => t.ms);
  return {
    perSecond: counted.length / (last - first - warmUp),
    p50: percentile(counted, 50),
    p99: percentile(counted, 99),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
