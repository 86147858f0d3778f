// `npm run bench -- [--articles N] [--seed N] [--workers N] [--write] [--cpu-prof]`: bundles the benchmark
// (which imports src/core directly) and runs it in a fresh node so RSS is the benchmark's own.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const nodeFlags = args.filter((a) => a === '--cpu-prof');
const benchArgs = args.filter((a) => a !== '--cpu-prof');
const outfile = 'out/bench/bench.js';
await esbuild.build({
  // The worker is its own bundle: worker threads load a file, not a function.
  entryPoints: { bench: 'scripts/bench/bench.ts', analyzeWorker: 'src/node/analyzeWorker.ts' },
  outdir: 'out/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [...nodeFlags, '--expose-gc', '--enable-source-maps', outfile, ...benchArgs], {
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
