import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user. */
function run(command: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Starts a throwaway PostgreSQL 15 server in a temporary folder on a free port. Durability is
 * switched off: the data is gone when it stops.
 */
export async function startPostgres(options: { maxConnections?: number } = {}) {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) throw new Error(`PostgreSQL binaries not found in ${PG_BIN}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-pg-'));
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  run(path.join(PG_BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    `-c listen_addresses=127.0.0.1`,
    `-c max_connections=${options.maxConnections ?? 200}`,
    `-c fsync=off`,
    `-c synchronous_commit=off`,
    `-c full_page_writes=off`,
    `-c timezone=UTC`,
    // survey-wal-attack.test.ts reads the write-ahead log through logical decoding (test_decoding).
    `-c wal_level=logical`,
    `-c max_replication_slots=20`,
  ].join(' ');
  run(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-o', settings, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    /** `pg_ctl restart -m fast`, without blocking this process: requests keep flowing meanwhile. */
    restart(): Promise<void> {
      const asRoot = process.getuid?.() === 0;
      const args = [
        path.join(PG_BIN, 'pg_ctl'),
        '-D',
        dataDir,
        '-o',
        settings,
        '-l',
        path.join(dir, 'server.log'),
        '-m',
        'fast',
        '-w',
        'restart',
      ];
      const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)];
      return new Promise((resolve, reject) => execFile(file, argv, (error) => (error ? reject(error) : resolve())));
    },
    stop() {
      try {
        run(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
