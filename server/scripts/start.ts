/**
 * npm start — the whole app on one machine: builds the H5 app when it has not been built, then
 * serves it and the API from one origin on an embedded database in ./data (created and seeded with
 * the demo union on the first run, kept on later runs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { authRepository } from '../src/routes/auth/repository';
import { startServer } from '../src/server';

const ROLE_LABELS: Record<string, string> = {
  chair: '工会主席',
  staff: '工会干事',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
};

function buildH5IfMissing(h5Dir: string) {
  if (fs.existsSync(path.join(h5Dir, 'index.html'))) return;
  console.log('首次启动：正在构建 H5 页面。空闲的电脑约 2 分钟，繁忙的双核机器可能要 5 分钟以上，请稍候…');
  const started = Date.now();
  // webpack's progress bars run to about 1,000 lines: keep them out of the terminal, and show the
  // build's own output only when it fails.
  const result = spawnSync('npm', ['run', 'build:h5', '--silent'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('H5 build failed');
  }
  console.log(`H5 页面构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒。`);
}

function displayPath(dir: string) {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? `./${relative}` : dir;
}

async function main() {
  const config = loadConfig();
  if (config.h5Dir) buildH5IfMissing(config.h5Dir);
  // Start-up notices (the dev notes key, below) are said once in the banner, in Chinese; the log
  // returns to warnings once the server is up.
  const logLevel = process.env.LOG_LEVEL ?? 'warn';
  const { app, db, close } = await startServer({ ...config, logLevel: process.env.LOG_LEVEL ?? 'error' });
  app.log.level = logLevel;

  const url = `http://localhost:${config.port}/`;
  const lines = [
    '',
    '教职工之家已启动',
    `  打开：${url}`,
    `  接口文档：${url}api/openapi.json`,
    `  数据库：${config.databaseUrl ? 'PostgreSQL' : `内置 PGlite（${displayPath(config.pgliteDir)}）`}`,
  ];
  if (config.authMode === 'dev') {
    lines.push('  演示账号（登录页点选即可，无需密码）：');
    for (const account of await authRepository(db).demoAccounts()) {
      const role = account.roles.map((r) => ROLE_LABELS[r] ?? r).join('、') || '会员';
      lines.push(`    ${account.staffNo.padEnd(6)} ${account.name}\t${role}\t${account.unionName}`);
    }
  }
  if (!process.env.COUNSELLING_NOTES_KEY) {
    lines.push('  注意：未设置 COUNSELLING_NOTES_KEY，心理咨询笔记用公开的开发密钥加密，只可用于演示数据。');
  }
  lines.push('  按 Ctrl+C 停止', '');
  console.log(lines.join('\n'));

  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
