// Bundles the extension and the CLI with esbuild; with --tests also transpiles the tests to out/.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
// Node 20 has Unicode property escapes; without this esbuild rewrites each `\p{…}` literal into a `new RegExp` per evaluation.
const common = { bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: !watch },
  // Worker threads load a file: the folder indexer is its own bundle, shipped next to the extension.
  { ...common, entryPoints: ['src/node/analyzeWorker.ts'], outfile: 'dist/analyzeWorker.js', minify: !watch },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: !watch },
];

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

if (tests) {
  // Each test file is bundled on its own so it runs without a TS loader; `vscode` stays external.
  const entries = listTs('test').filter((p) => !p.includes('fixtures'));
  builds.push({ ...common, entryPoints: entries, outdir: 'out', outbase: '.', external: ['vscode', 'mocha', 'playwright-core', 'esbuild'], sourcemap: 'inline' });
  builds.push({ ...common, entryPoints: listTs('scripts').filter((p) => p.endsWith('.ts')), outdir: 'out', outbase: '.', external: ['vscode', 'esbuild', 'playwright-core'] });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
