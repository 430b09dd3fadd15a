/**
 * npm run test:pg — the server suite once more, against a real PostgreSQL 15 server that this
 * script starts in a temporary folder and stops afterwards.
 */
import { spawnSync } from 'node:child_process';
import { startPostgres } from './postgres-server';

async function main() {
  const server = await startPostgres();
  console.log(`PostgreSQL 15 on port ${server.port}`);
  let status = 1;
  try {
    const result = spawnSync('npx', ['jest', ...process.argv.slice(2), '--selectProjects', 'server'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        TEST_DATABASE_URL: server.url,
        NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
      },
    });
    status = result.status ?? 1;
  } finally {
    server.stop();
  }
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
