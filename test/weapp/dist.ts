import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * The build under test. CI builds it with `WEAPP_TEST_API_BASE=http://127.0.0.1:3921 npm run
 * build:weapp`: a release build that talks to the server this test starts (a real release refuses
 * any base but https://, see config/api-target.ts).
 */
export const DIST = path.resolve(ROOT, process.env.WEAPP_DIST ?? 'dist');
export const TEST_API_BASE = process.env.WEAPP_TEST_API_BASE ?? 'http://127.0.0.1:3921';

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  lazyCodeLoading?: string;
  tabBar?: { list: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] };
}

export function readAppJson(dist = DIST): AppJson {
  const file = path.join(dist, 'app.json');
  if (!fs.existsSync(file))
    throw new Error(`${file} not found: run \`WEAPP_TEST_API_BASE=${TEST_API_BASE} npm run build:weapp\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson;
}
