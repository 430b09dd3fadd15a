/**
 * npx tsx test/bench/profile-summary.ts <file.cpuprofile> [top] — where a CPU profile's time went:
 * self time by function and by package (node_modules/<name>, node: internals, the app's own files),
 * as shares of the sampled time. Take the profiles of the API's counted rounds only with
 *   BENCH_PROFILE=/tmp/prof BENCH_ROUNDS=1 npx tsx test/bench/booking.ts [--pglite]
 * (one file per phase: postgres-bookings.cpuprofile and so on; the API runs inside the benchmark's
 * process, wrk and pgbench are separate programs).
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const where = (url: string) => {
  if (!url) return '(native/V8)';
  if (url.startsWith('node:')) return 'node:';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  return url.includes('/server/src/')
    ? `app ${url.slice(url.indexOf('/server/src/') + 12)}`
    : url.includes('/test/')
      ? 'benchmark'
      : url;
};
const add = (map: Map<string, number>, key: string, micros: number) => map.set(key, (map.get(key) ?? 0) + micros);
const functions = new Map<string, number>();
const places = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id)!;
  const name = callFrame.functionName || '(anonymous)';
  add(functions, `${name}  ${where(callFrame.url)}:${callFrame.lineNumber + 1}`, micros);
  add(places, where(callFrame.url).replace(/^app .*/, 'app (server/src)'), micros);
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`${(total / 1e6).toFixed(1)} s sampled in ${file}`);
print('Self time by package', places);
print('Self time by function', functions);
