/**
 * `npm run bench -- --articles 10000 [--seed N] [--write] [--workers N] [--no-adversarial]`
 * Workers default to the command line's choice (one per core, at most 4); `--workers 0` keeps the main thread.
 * Generates a synthetic corpus from the real ECB stories and times indexing, incremental
 * re-indexing, hover and references; then one hostile file of 1 MB per scaling pattern (scripts/fuzz/
 * adversarial.ts) against normal news, reporting the worst throughput. The last line is machine-readable.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus, loadStories, writeCorpus } from './corpus';
import { workerCount } from '../../src/cli/check';
import { type BenchResult, runBench } from './measure';
import { type ScalingRow, formatScalingRow, measureScaling, syntheticNews, throughput } from '../fuzz/scaling';

interface Args {
  articles: number;
  seed: number;
  write: boolean;
  /** Unset: the command line's choice for this many articles. */
  workers?: number;
  /** Also time single hostile files (the fuzz suite's scaling patterns) against normal news. */
  adversarial: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { articles: 1000, seed: 42, write: false, adversarial: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--articles') args.articles = value();
    else if (flag === '--seed') args.seed = value();
    else if (flag === '--write') args.write = true;
    else if (flag === '--workers') args.workers = value();
    else if (flag === '--no-adversarial') args.adversarial = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(args.articles) || args.articles < 1) throw new Error('--articles wants a positive integer');
  return args;
}

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function sourceDir(root: string): string {
  const ecb = [path.join(root, '..', 'shared', 'corpora', 'ecb'), path.join(root, 'examples', 'ecb')].find((p) => fs.existsSync(p));
  return ecb ?? path.join(root, 'examples', 'seeds');
}

function table(r: BenchResult): string {
  const rows: [string, string][] = [
    ['articles / folders', `${r.articles} / ${r.folders}`],
    ['indexed in', r.workers ? `${r.workers} worker threads (${os.availableParallelism()} cores)` : `the main thread (${os.availableParallelism()} cores)`],
    ['corpus size', `${r.mb.toFixed(1)} MB`],
    ['cold index (all folders)', `${r.coldSeconds.toFixed(2)} s  (${r.mbPerSecond.toFixed(2)} MB/s)`],
    ['  CPU time (all threads)', `${r.coldCpuSeconds.toFixed(2)} s`],
    ...((r.workers
      ? [
          ['  folders indexed in workers', `${r.analyzeSeconds.toFixed(2)} s  (CPU of all threads ${r.analyzeCpuSeconds.toFixed(2)} s)`],
          ['  left for this thread', `${r.linkSeconds.toFixed(2)} s  (CPU ${r.linkCpuSeconds.toFixed(2)} s)`],
        ]
      : [
          ['  per-document analysis', `${r.analyzeSeconds.toFixed(2)} s  (CPU ${r.analyzeCpuSeconds.toFixed(2)} s)`],
          ['  linking + contradictions', `${r.linkSeconds.toFixed(2)} s  (CPU ${r.linkCpuSeconds.toFixed(2)} s)`],
        ]) as [string, string][]),
    ['entities / mentions', `${r.entities} / ${r.mentions}`],
    ['contradictions', `${r.contradictions}`],
    ['output digest', r.digest],
    ['incremental edit (p50 / max of 21)', `${r.incrementalMs.p50.toFixed(1)} / ${r.incrementalMs.max.toFixed(1)} ms  (CPU ${r.incrementalCpuMs.p50.toFixed(1)} / ${r.incrementalCpuMs.max.toFixed(1)} ms)`],
    [`hover (p50 / p95 of ${r.hoverMs.samples})`, `${r.hoverMs.p50.toFixed(3)} / ${r.hoverMs.p95.toFixed(3)} ms`],
    [`references (${r.referencesCount} mentions)`, `${r.referencesMs.toFixed(2)} ms`],
    ['peak RSS (by the end of the cold index)', `${r.rssMB.toFixed(0)} MB (${r.coldRssMB.toFixed(0)} MB)`],
    ['heap held by the index (after GC)', `${r.retainedMB.toFixed(0)} MB`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}

/**
 * Single files of 1 MB: the slowest of the fuzz suite's scaling patterns next to normal news (CPU time
 * of indexing one file and building its report; `npm run fuzz` checks the growth at 2 MB as well).
 */
function adversarialThroughput(sourceDir: string): { worst: number; normal: number } {
  const size = 1_000_000;
  process.stderr.write('single files of 1 MB (CPU):\n');
  const rows: ScalingRow[] = measureScaling(size / 2, size, (chars) => syntheticNews(sourceDir, chars, chars), (row) => process.stderr.write(`${formatScalingRow(row)}\n`));
  const patterns = rows.filter((row) => !row.normal);
  const worst = patterns.reduce((a, b) => (throughput(b.big) < throughput(a.big) ? b : a));
  const normal = throughput(rows.find((row) => row.normal)!.big);
  process.stdout.write(`${'worst-case single file (1 MB)'.padEnd(40)} ${throughput(worst.big).toFixed(2)} MB/s (${worst.name}); normal news ${normal.toFixed(2)} MB/s\n`);
  return { worst: throughput(worst.big), normal };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = repoRoot();
  const src = sourceDir(root);
  const t = Date.now();
  const articles = generateCorpus(loadStories(src), { articles: args.articles, seed: args.seed });
  process.stderr.write(`generated ${articles.length} articles from ${src} in ${Date.now() - t} ms\n`);
  // Generating the corpus leaves garbage behind (~35 MB at 10,000 articles): collect it before timing.
  (globalThis as { gc?: () => void }).gc?.();
  if (args.write) {
    const out = path.join(root, 'bench-corpus');
    writeCorpus(out, articles);
    process.stderr.write(`wrote ${out}\n`);
  }
  const workerScript = path.join(__dirname, 'analyzeWorker.js');
  const r = await runBench(articles, {
    seed: args.seed,
    workers: args.workers ?? workerCount(0, args.articles, workerScript),
    workerScript,
    log: (s) => process.stderr.write(`${s}\n`),
  });
  process.stdout.write(`${table(r)}\n`);
  // After the main measurement, so its peak RSS and timings are unchanged.
  const worst = args.adversarial ? adversarialThroughput(src) : undefined;
  process.stdout.write(
    `bench articles=${r.articles} MB=${r.mb.toFixed(1)} cold_s=${r.coldSeconds.toFixed(1)} MBps=${r.mbPerSecond.toFixed(1)} ` +
      `incremental_ms=${Math.round(r.incrementalMs.p50)} hover_p95_ms=${r.hoverMs.p95.toFixed(1)} references_ms=${Math.round(r.referencesMs)} rss_MB=${Math.round(r.rssMB)}` +
      `${worst ? ` single_file_MBps=${worst.normal.toFixed(2)} worst_case_MBps=${worst.worst.toFixed(2)}` : ''}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
