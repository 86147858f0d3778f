/**
 * Time against size on the scaling patterns (adversarial.ts) and normal news: each text is indexed as
 * one file, the command line's path for a single source, at two sizes. Used by `npm run fuzz` (1 and
 * 2 MB), the benchmark (worst-case throughput) and, at small sizes, the unit tests.
 */
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { toCheckResult } from '../../src/core/output/report';
import { generateCorpus, loadStories } from '../bench/corpus';
import { scalingTexts } from './adversarial';

export interface ScalingRow {
  name: string;
  normal: boolean;
  /** Size in UTF-16 units and CPU milliseconds, at the smaller and the larger size. */
  small: { chars: number; ms: number };
  big: { chars: number; ms: number };
}

/** CPU milliseconds of `work` (all threads of the process: GC helpers too; steadier than wall time on a busy machine). */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Indexes `text` as the only source of a folder and builds the report. */
export function indexOneFile(text: string): void {
  const corpus = new CorpusCollection();
  corpus.setDocument('story/source.txt', text);
  toCheckResult(corpus);
}

/**
 * `chars` units of news articles generated from the real stories in `sourceDir` (the benchmark's
 * generator: names and numbers vary, so repeating a small corpus does not flatter caches).
 */
export function syntheticNews(sourceDir: string, chars: number, seed = 7): string {
  const articles = generateCorpus(loadStories(sourceDir), { articles: Math.ceil(chars / 2000) + 10, seed }).map((a) => a.text);
  return articles.join('\n\n').slice(0, chars);
}

/**
 * Every pattern and normal news at `small` and `big` units; `onRow` sees each row as it is measured.
 * `newsOf(size)` gives the news of each size: different articles for each, so the big run does not
 * find the small run's words in the engine's caches.
 */
export function measureScaling(small: number, big: number, newsOf: (size: number) => string, onRow?: (row: ScalingRow) => void): ScalingRow[] {
  const smalls = scalingTexts(small, newsOf(small));
  const bigs = scalingTexts(big, newsOf(big));
  // A pass at a tenth of the small size first: the engine is compiled and its word caches are warm for
  // every row, so the first rows do not pay for what the later ones get free.
  for (const s of smalls) indexOneFile(s.text.slice(0, Math.round(small / 10)));
  return smalls.map((s, i) => {
    const row: ScalingRow = {
      name: s.name,
      normal: s.normal,
      small: { chars: s.text.length, ms: steadyCpuMs(s.text) },
      big: { chars: bigs[i].text.length, ms: steadyCpuMs(bigs[i].text) },
    };
    onRow?.(row);
    return row;
  });
}

/** Below this, one run is short enough for a collector pause to change it by half: the faster of two runs counts. */
const NOISY_MS = 1000;

/** Starts each run from a collected heap when node runs with --expose-gc (the fuzz script does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function steadyCpuMs(text: string): number {
  collectGarbage();
  const first = cpuMs(() => indexOneFile(text));
  if (first >= NOISY_MS) return first;
  collectGarbage();
  return Math.min(first, cpuMs(() => indexOneFile(text)));
}

/** Millions of UTF-16 units per CPU second. */
export function throughput(x: { chars: number; ms: number }): number {
  return x.chars / 1e6 / (Math.max(x.ms, 1) / 1000);
}

/** How much longer the big size took than the small one, per unit of size growth (1 = linear). */
export function growth(row: ScalingRow): number {
  return row.big.ms / Math.max(row.small.ms, 1) / (row.big.chars / row.small.chars);
}

export interface ScalingLimits {
  /** Largest allowed time ratio when the size doubles (2 is linear). */
  maxDoublingRatio: number;
  /** Each pattern's throughput must be at least this share of normal news's, at both sizes. */
  minShareOfNormal: number;
}

export const FUZZ_LIMITS: ScalingLimits = { maxDoublingRatio: 2.5, minShareOfNormal: 1 / 3 };

/** What breaks the limits, one line each (empty when all is well). */
export function scalingProblems(rows: readonly ScalingRow[], limits: ScalingLimits = FUZZ_LIMITS): string[] {
  const normal = rows.find((r) => r.normal);
  const problems: string[] = [];
  for (const r of rows) {
    // Time ratio for the measured size ratio, expressed as if the size had doubled.
    const doubling = 2 * growth(r);
    if (doubling > limits.maxDoublingRatio) problems.push(`${r.name}: time ×${doubling.toFixed(2)} when the size doubles (limit ×${limits.maxDoublingRatio})`);
    if (!normal || r.normal) continue;
    for (const size of ['small', 'big'] as const) {
      const share = throughput(r[size]) / throughput(normal[size]);
      if (share < limits.minShareOfNormal) problems.push(`${r.name}: ${throughput(r[size]).toFixed(2)} MB/s at ${(r[size].chars / 1e6).toFixed(1)} M units, ${(share * 100).toFixed(0)}% of normal news (limit ${(limits.minShareOfNormal * 100).toFixed(0)}%)`);
    }
  }
  return problems;
}

/** One table line per row: throughput at both sizes and the doubling ratio. */
export function formatScalingRow(r: ScalingRow): string {
  const size = (x: { chars: number }) => `${(x.chars / 1e6).toFixed(1)} M`;
  return `  ${r.name.padEnd(26)} ${size(r.small)}: ${throughput(r.small).toFixed(2).padStart(6)} MB/s  ${size(r.big)}: ${throughput(r.big).toFixed(2).padStart(6)} MB/s  time ×${(2 * growth(r)).toFixed(2)} per doubling`;
}
