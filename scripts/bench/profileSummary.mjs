// Summarises a .cpuprofile of the bundled benchmark: self time per source module and per function.
// Usage: node scripts/bench/profileSummary.mjs <profile.cpuprofile> <bundle.js>
import { readFileSync } from 'node:fs';

const [profilePath, bundlePath] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
// esbuild marks each bundled module with a `// path` comment line.
const moduleAtLine = [];
let current = '(runtime)';
for (const line of readFileSync(bundlePath, 'utf8').split('\n')) {
  const m = /^\/\/ (?:\.\.\/[^/]+\/)?((?:src|scripts|node_modules)\/\S+)/.exec(line);
  if (m) current = m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, 'node_modules/$1');
  moduleAtLine.push(current);
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
const perModule = new Map();
const perFunction = new Map();
let total = 0;
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const mod = f.url.endsWith(bundlePath.split('/').pop()) ? moduleAtLine[f.lineNumber] ?? '?' : f.url ? 'node:internal' : f.functionName || '(vm)';
  const fn = `${f.functionName || '(anonymous)'}  ${mod}:${f.lineNumber + 1}`;
  perModule.set(mod, (perModule.get(mod) ?? 0) + us);
  perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  total += us;
}
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
};
const [modules = 15, functions = 25] = process.argv.slice(4).map(Number);
show('self time per module', perModule, modules);
show('self time per function', perFunction, functions);
