import fs from 'node:fs';
import path from 'node:path';
import { ROUTES } from '../../src/lib/routes';

// Taro knows a page only from app.config.ts: a route missing there opens nothing, silently.
const config = fs.readFileSync(path.resolve(__dirname, '../../src/app.config.ts'), 'utf8');

/** The pages app.config.ts lists, as the paths ROUTES uses ('/packages/care/pages/kinds/index'). */
function registeredPages(): Set<string> {
  const pages = new Set<string>();
  const list = (text: string) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const main = /^\s{2}pages: \[([^\]]*)\]/m.exec(config)!;
  list(main[1]!).forEach((p) => pages.add(`/${p}`));
  for (const sub of config.matchAll(/root: '([^']+)',\s*pages: \[([^\]]*)\]/g))
    list(sub[2]!).forEach((p) => pages.add(`/${sub[1]}/${p}`));
  return pages;
}

describe('app.config.ts', () => {
  it('registers every page the app navigates to', () => {
    const pages = registeredPages();
    expect(pages.has('/pages/home/index')).toBe(true);
    const missing = Object.entries(ROUTES).filter(([, url]) => !pages.has(url.split('?')[0]!));
    expect(missing).toEqual([]);
  });
});
