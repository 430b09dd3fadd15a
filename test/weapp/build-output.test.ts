import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { wxmlToJs, wxssToJs } from 'miniprogram-compiler';
import { DIST, filesUnder, readAppJson, ROOT } from './dist';

const KB = 1024;
const MB = 1024 * KB;
const app = readAppJson();
const relative = (file: string) => path.relative(DIST, file).split(path.sep).join('/');
// Source maps and the DevTools project file are not uploaded with the package.
const shipped = filesUnder(DIST).filter(
  (file) => !file.endsWith('.map') && path.basename(file) !== 'project.config.json',
);

describe("WeChat's own compilers", () => {
  it('compile every WXML of the build (wcc)', () => {
    expect(() => wxmlToJs(DIST)).not.toThrow();
    expect(shipped.filter((f) => f.endsWith('.wxml')).length).toBeGreaterThan(app.pages.length);
  });

  it('compile every WXSS of the build (wcsc)', () => {
    expect(() => wxssToJs(DIST)).not.toThrow();
  });
});

describe('syntax WeChat accepts', () => {
  // project.config.json promises es6:false: WeChat uploads the JS as it is, and older iOS clients
  // fail at boot on `let`, arrow functions or object spread. So every file must be ES5.
  const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as {
    setting: { es6: boolean };
  };

  it('the project asks WeChat not to transpile', () => {
    expect(project.setting.es6).toBe(false);
  });

  it('every JS file parses as ES5 (vendors.js included)', () => {
    const scripts = shipped.filter((f) => f.endsWith('.js'));
    expect(scripts.map(relative)).toContain('vendors.js');
    const notEs5 = scripts.flatMap((file) => {
      try {
        parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${relative(file)}: ${(error as Error).message}`];
      }
    });
    expect(notEs5).toEqual([]);
  });

  it('no file points at a development server', () => {
    const leaks = shipped.filter((f) => /\.(js|json|wxml)$/.test(f) && /localhost/.test(fs.readFileSync(f, 'utf8')));
    expect(leaks.map(relative)).toEqual([]);
  });
});

describe('package rules', () => {
  it('injects only the components a page renders', () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents');
  });

  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  for (const file of shipped) {
    const owner = roots.find((root) => relative(file).startsWith(root)) ?? 'main';
    sizes.set(owner, sizes.get(owner)! + fs.statSync(file).size);
  }

  it("keeps the main package within WeChat's 2 MB and our 800 KB", () => {
    expect(sizes.get('main')).toBeLessThanOrEqual(Math.min(2 * MB, 800 * KB));
  });

  it.each(roots)('keeps subpackage %s within 2 MB and our 400 KB', (root) => {
    expect(sizes.get(root)).toBeGreaterThan(0);
    expect(sizes.get(root)).toBeLessThanOrEqual(Math.min(2 * MB, 400 * KB));
  });

  it('keeps the whole app within 20 MB', () => {
    expect([...sizes.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20 * MB);
  });

  it('every tabBar icon exists and is at most 40 KB', () => {
    const icons = (app.tabBar?.list ?? []).flatMap((tab) => [tab.iconPath, tab.selectedIconPath]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon).toBeDefined();
      expect(fs.statSync(path.join(DIST, icon!)).size).toBeLessThanOrEqual(40 * KB);
    }
  });
});
