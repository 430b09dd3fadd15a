import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './dist';

// The build itself, not only the rule: `npm run build:weapp` with no API settings must stop before
// it writes a package that would call localhost from a member's phone.
it('npm run build:weapp without an https API or Cloud Run settings stops and says what to set', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-release-guard-'));
  const env: NodeJS.ProcessEnv = { ...process.env, TARO_OUTPUT_ROOT: out };
  for (const name of ['TARO_APP_API_BASE', 'TARO_APP_CLOUD_ENV', 'TARO_APP_CLOUD_SERVICE', 'WEAPP_TEST_API_BASE'])
    delete env[name];
  const build = spawnSync('npm', ['run', 'build:weapp'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(build.status).not.toBe(0);
  expect(build.stderr).toContain('未设置后端地址 / no API configured');
  expect(build.stderr).toContain('TARO_APP_API_BASE=https://');
  expect(build.stderr).toContain('TARO_APP_CLOUD_ENV=');
  expect(fs.existsSync(path.join(out, 'app.js'))).toBe(false);
  fs.rmSync(out, { recursive: true, force: true });
});
