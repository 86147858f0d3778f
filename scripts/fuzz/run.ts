/**
 * `npm run fuzz`: the unit suite's properties with many more runs, a decoder fuzz, a time-per-MB
 * benchmark on adversarial and real text, and the scaling check: each scaling pattern as one file
 * of 1 and 2 MB next to normal news of the same sizes. Env: FUZZ_RUNS (default 200), FUZZ_SEED.
 * Exits 1 when a property fails (fast-check prints the shrunk counterexample and its seed), or when
 * a pattern's time grows more than 2.5× as its size doubles or its throughput falls below a third of
 * normal news's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { decodeSource } from '../../src/core/text/decode';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { toCheckResult } from '../../src/core/output/report';
import { adversarialTexts, randomDocument } from './adversarial';
import { IncrementalRun, firstDifference, freshResultJson, loadArticles, stepArbitrary } from './corpusModel';
import { FUZZ_LIMITS, formatScalingRow, measureScaling, scalingProblems, syntheticNews } from './scaling';
import { spanProblems } from './spans';

const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
const ECB_DIR = [path.join(ROOT, '..', 'shared', 'corpora', 'ecb'), path.join(ROOT, 'examples', 'ecb')].find((p) => fs.existsSync(p));
const SEEDS_DIR = path.join(ROOT, 'examples', 'seeds');
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const STEPS = 25;

let failed = false;
function property(name: string, numRuns: number, prop: fc.IProperty<never> | fc.IProperty<unknown>, unit = 'cases'): void {
  const started = Date.now();
  const details = fc.check(prop as fc.IProperty<unknown>, { numRuns, seed: SEED });
  const ms = Date.now() - started;
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${name} after ${details.numRuns} ${unit} (seed ${SEED}, path ${details.counterexamplePath})`);
    console.log(fc.defaultReportMessage(details));
  } else console.log(`ok   ${name}: ${details.numRuns} ${unit} in ${(ms / 1000).toFixed(1)} s`);
}

console.log(`fuzz seed ${SEED}, ${RUNS} runs per property${ECB_DIR ? '' : ' (no ECB corpus: seeds only)'}`);
const articles = loadArticles(ECB_DIR, SEEDS_DIR, ['20_ecb', '38_ecb', '16_ecb', '22_ecb', '23_ecb', '45_ecb']);

property(`incremental equals full (${RUNS * STEPS} steps)`, RUNS, fc.property(fc.array(stepArbitrary(articles.length), { minLength: STEPS, maxLength: STEPS }), (plan) => {
  const run = new IncrementalRun(articles);
  for (const step of plan) run.apply(step);
  const incremental = JSON.stringify(toCheckResult(run.corpus));
  const fresh = freshResultJson(run.files);
  if (incremental !== fresh) throw new Error(firstDifference(incremental, fresh));
  const problems = spanProblems(JSON.parse(incremental), (f) => run.files.get(f));
  if (problems.length) throw new Error(problems.slice(0, 3).join('\n'));
}), 'runs');

const orderFiles = new Map(articles.slice(0, 10).map((t, i) => [`${i % 3 ? 'b' : 'a'}/src${i}.txt`, t]));
const orderExpected = freshResultJson(orderFiles);
property('same JSON whatever the file order', Math.max(10, RUNS / 4), fc.property(fc.shuffledSubarray([...orderFiles.keys()], { minLength: orderFiles.size, maxLength: orderFiles.size }), (order) => {
  if (freshResultJson(orderFiles, order) !== orderExpected) throw new Error(`order ${order.join(',')} differs`);
}));

property('spans slice to their text on random Unicode documents', RUNS * 5, fc.property(fc.array(randomDocument(), { minLength: 1, maxLength: 4 }), (docs) => {
  const corpus = new CorpusCollection();
  docs.forEach((d, i) => corpus.setDocument(`r/doc${i}.txt`, d));
  const problems = spanProblems(toCheckResult(corpus), (f) => corpus.indexFor(f)?.textOf(f));
  if (problems.length) throw new Error(problems.slice(0, 3).join('\n'));
}));

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
);
property('decodeSource never throws; decoded text carries no BOM and no NUL', RUNS * 20, fc.property(bytes, (b) => {
  const r = decodeSource(b);
  if (r.ok && (r.text.startsWith('\uFEFF') || r.text.includes('\0') || r.text.trim() === '')) throw new Error(`bad text ${JSON.stringify(r.text.slice(0, 40))}`);
  if (!r.ok && !r.reason) throw new Error('skip without a reason');
}));

console.log('\nbenchmark: analyzeDocument, ms per MB (lower is better)');
for (const { name, text } of adversarialTexts(1)) {
  const started = Date.now();
  analyzeDocument('bench.txt', text);
  const ms = Date.now() - started;
  console.log(`  ${name.padEnd(34)} ${(text.length / 1e6).toFixed(2)} M units  ${String(ms).padStart(6)} ms  ${Math.round(ms / (text.length / 1e6)).toString().padStart(7)} ms/MB`);
}
if (ECB_DIR) {
  const corpus = new CorpusCollection();
  let size = 0;
  for (const story of fs.readdirSync(ECB_DIR).filter((d) => fs.statSync(path.join(ECB_DIR, d)).isDirectory())) {
    for (const f of fs.readdirSync(path.join(ECB_DIR, story)).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(ECB_DIR, story, f), 'utf8');
      size += text.length;
      corpus.setDocument(`${story}/${f}`, text);
    }
  }
  const started = Date.now();
  const result = toCheckResult(corpus);
  const ms = Date.now() - started;
  console.log(`  ECB corpus, full index + report     ${(size / 1e6).toFixed(2)} M units  ${String(ms).padStart(6)} ms  ${Math.round(ms / (size / 1e6)).toString().padStart(7)} ms/MB (${result.documents.length} docs)`);
}

const SCALING_SMALL = 1_000_000;
const SCALING_BIG = 2_000_000;
console.log(`\nscaling: one file of each pattern at ${SCALING_SMALL / 1e6} and ${SCALING_BIG / 1e6} M units, full index + report, CPU time`);
const scalingStarted = Date.now();
const scaling = measureScaling(SCALING_SMALL, SCALING_BIG, (size) => syntheticNews(ECB_DIR ?? SEEDS_DIR, size, size), (row) => console.log(formatScalingRow(row)));
const scalingFailures = scalingProblems(scaling, FUZZ_LIMITS);
for (const p of scalingFailures) console.log(`FAIL scaling: ${p}`);
if (scalingFailures.length) failed = true;
else console.log(`ok   scaling: every pattern within ×${FUZZ_LIMITS.maxDoublingRatio} per doubling and at least a third of normal throughput (${((Date.now() - scalingStarted) / 1000).toFixed(1)} s)`);
process.exitCode = failed ? 1 : 0;
