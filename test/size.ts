/**
 * npm run size — the weapp build's package sizes against our budget (WeChat's own limit is 2 MB a
 * package; ours is lower because every teacher downloads the main package on first open).
 * Run after `npm run build:weapp`.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '../dist');
const BUDGET_KB = { main: 800, subpackage: 400 };

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

// Source maps and the DevTools project file are not uploaded with the package.
const counted = (file: string) => !file.endsWith('.map') && path.basename(file) !== 'project.config.json';

function main() {
  const appJson = path.join(DIST, 'app.json');
  if (!fs.existsSync(appJson)) throw new Error('dist/app.json not found: run `npm run build:weapp` first');
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));

  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  for (const file of filesUnder(DIST).filter(counted)) {
    const relative = path.relative(DIST, file).split(path.sep).join('/');
    const owner = roots.find((root) => relative.startsWith(root)) ?? 'main';
    sizes.set(owner, sizes.get(owner)! + fs.statSync(file).size);
  }

  let over = false;
  console.log('package'.padEnd(28), 'size'.padStart(10), 'budget'.padStart(10));
  for (const [name, bytes] of sizes) {
    const budget = name === 'main' ? BUDGET_KB.main : BUDGET_KB.subpackage;
    const kb = bytes / 1024;
    if (kb > budget) over = true;
    console.log(
      name.padEnd(28),
      `${kb.toFixed(1)} KB`.padStart(10),
      `${budget} KB`.padStart(10),
      kb > budget ? 'OVER' : '',
    );
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0) / 1024;
  console.log('total'.padEnd(28), `${total.toFixed(1)} KB`.padStart(10));
  if (over) {
    console.error('A package is over its budget.');
    process.exit(1);
  }
}

main();
