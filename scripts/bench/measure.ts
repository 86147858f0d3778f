/**
 * Times the editor's hot paths through the same core API the VS Code adapters use.
 */
import { createHash } from 'node:crypto';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { indexInParallel } from '../../src/node/parallelIndex';
import type { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Contradiction, DocumentView, Entity } from '../../src/core/types';
import { type BenchArticle, prng } from './corpus';

export interface BenchResult {
  articles: number;
  folders: number;
  workers: number;
  mb: number;
  coldSeconds: number;
  /** CPU time of the cold index, all threads: steadier than wall time on a busy machine. */
  coldCpuSeconds: number;
  /** Cold time split: per-document analysis vs folder-wide linking and contradictions. */
  analyzeSeconds: number;
  linkSeconds: number;
  /** The same split in CPU time of this process. */
  analyzeCpuSeconds: number;
  linkCpuSeconds: number;
  mbPerSecond: number;
  entities: number;
  mentions: number;
  contradictions: number;
  /** Hash of every entity's mentions and every contradiction: equal digests mean equal output. */
  digest: string;
  incrementalMs: { p50: number; max: number };
  /** CPU time of the same edits: the honest figure when other processes share the cores. */
  incrementalCpuMs: { p50: number; max: number };
  hoverMs: { p50: number; p95: number; samples: number };
  referencesMs: number;
  referencesCount: number;
  rssMB: number;
  /** Peak RSS by the end of the cold index (worker threads included): the rest comes from the queries after it. */
  coldRssMB: number;
  /** Heap still held after a full collection: what the index itself keeps (NaN without --expose-gc). */
  retainedMB: number;
}

const ROOT = 'bench';

function ms(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** What the hover card gathers: the entity's sentences, grouped per source. */
export function hoverCard(corpus: CorpusCollection, file: string, offset: number): Map<string, string[]> | undefined {
  const hit = corpus.mentionAt(file, offset);
  if (!hit) return undefined;
  const perSource = new Map<string, string[]>();
  const docs = new Map<string, DocumentView | undefined>();
  for (const m of hit.entity.mentions) {
    let doc = docs.get(m.file);
    if (!docs.has(m.file)) docs.set(m.file, (doc = hit.index.document(m.file)));
    const s = doc?.sentences[m.sentence];
    if (!s) continue;
    let list = perSource.get(m.file);
    if (!list) perSource.set(m.file, (list = []));
    if (list.length < 3) list.push(doc!.text.slice(s.start, s.end));
  }
  return perSource;
}

/** What Find References returns: every mention as file + line/column range. */
export function references(corpus: CorpusCollection, file: string, offset: number): { file: string; line: number; character: number }[] {
  const hit = corpus.mentionAt(file, offset);
  if (!hit) return [];
  const lineStarts = new Map<string, number[]>();
  return hit.entity.mentions.map((m) => {
    let starts = lineStarts.get(m.file);
    if (!starts) lineStarts.set(m.file, (starts = lineStartsOf(hit.index.textOf(m.file) ?? '')));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= m.start) lo = mid;
      else hi = mid - 1;
    }
    return { file: m.file, line: lo, character: m.start - starts[lo] };
  });
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export interface BenchOptions {
  seed?: number;
  /** Analyse documents in this many worker threads (0: on the main thread, like the editor today). */
  workers?: number;
  workerScript?: string;
  log?(s: string): void;
}

export async function runBench(articles: BenchArticle[], options: BenchOptions = {}): Promise<BenchResult> {
  const seed = options.seed ?? 7;
  const log = options.log ?? (() => {});
  const rand = prng(seed);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const mb = bytes / 1e6;

  // Cold: load everything, then force the per-folder work the editor triggers on open.
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const docs = articles.map((a) => ({ file: `${ROOT}/${a.file}`, text: a.text }));
  let corpus = new CorpusCollection();
  if (options.workers && options.workerScript) corpus = await indexInParallel(docs, { workers: options.workers, workerScript: options.workerScript });
  else for (const d of docs) corpus.setDocument(d.file, d.text);
  const indexes = corpus.indexes();
  // On the main thread, analyse first so the table can split analysis from linking. Folders restored from
  // workers unpack their analyses only when a document is read (shown or hovered), as in the editor.
  if (!options.workers) for (const index of indexes) index.documents();
  const analyzeSeconds = ms(t0) / 1000;
  const analyzeCpuSeconds = cpuSeconds(process.cpuUsage(cpu0));
  const tLink = process.hrtime.bigint();
  const cpuLink = process.cpuUsage();
  let entities = 0;
  let mentions = 0;
  let contradictions = 0;
  const results: { es: Entity[]; cs: Contradiction[] }[] = [];
  for (const [i, index] of indexes.entries()) {
    const es = index.entities();
    const cs = index.contradictions();
    entities += es.length;
    contradictions += cs.length;
    results.push({ es, cs });
    if (i % 100 === 99) log(`  linked ${i + 1}/${indexes.length} folders`);
  }
  const linkSeconds = ms(tLink) / 1000;
  const linkCpuSeconds = cpuSeconds(process.cpuUsage(cpuLink));
  const coldSeconds = ms(t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const coldCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const coldRssMB = process.resourceUsage().maxRSS / 1024;
  // The digest is the benchmark's own check, not editor work: hashed after the clock stops.
  const hash = createHash('sha1');
  for (const { es, cs } of results) {
    for (const e of es) {
      mentions += e.mentions.length;
      hash.update(`${e.id} ${e.name} ${e.type} ${e.aliases.join('|')}:${e.mentions.map((m) => `${m.file}@${m.start}-${m.end}`).join(',')}\n`);
    }
    for (const c of cs) hash.update(`${c.id} ${c.confidence} ${c.message} ${c.related.map((r) => `${r.file}@${r.start}`).join(',')}\n`);
  }
  results.length = 0;

  // Incremental: one edited article; only its folder is re-analysed and re-linked.
  const incremental: number[] = [];
  const incrementalCpu: number[] = [];
  // The first few edits are untimed: after a cold pass in worker threads, this thread has not yet
  // compiled the analysis code, which an editor in use has long done.
  const WARM_UP = options.workers ? 5 : 0;
  for (let k = -WARM_UP; k < 21; k++) {
    const a = articles[Math.floor(rand() * articles.length)];
    const file = `${ROOT}/${a.file}`;
    const edited = `${a.text}\nOfficials said ${k + 10} more people were questioned on Monday.\n`;
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    const index = corpus.setDocument(file, edited);
    index.entities();
    index.contradictions();
    if (k < 0) continue;
    incremental.push(ms(t));
    incrementalCpu.push(cpuSeconds(process.cpuUsage(c)) * 1000);
  }
  incremental.sort((x, y) => x - y);
  incrementalCpu.sort((x, y) => x - y);

  // Hover over 1,000 random mentions (warm index, as when the user moves the mouse).
  // Files are drawn first, then one of their mentions: the benchmark keeps no list of every mention
  // (~130,000 wrapper objects at 3,000 articles would count in its peak RSS, not the index's).
  const withMentions: { index: CorpusIndex; file: string }[] = [];
  for (const index of indexes) {
    for (const file of index.files()) if (index.mentionsIn(file).length) withMentions.push({ index, file });
  }
  const hover: number[] = [];
  for (let k = 0; k < 1000 && withMentions.length; k++) {
    const pick = withMentions[Math.floor(rand() * withMentions.length)];
    const list = pick.index.mentionsIn(pick.file);
    const m = list[Math.floor(rand() * list.length)].mention;
    const offset = m.start + Math.floor(rand() * (m.end - m.start + 1));
    const t = process.hrtime.bigint();
    const card = hoverCard(corpus, pick.file, offset);
    hover.push(ms(t));
    if (!card) throw new Error(`hover found nothing at ${pick.file}:${offset}`);
  }
  hover.sort((x, y) => x - y);

  // Find References on the most-mentioned entity of the whole corpus.
  let top: { entity: Entity } | undefined;
  for (const index of indexes) for (const e of index.entities()) if (!top || e.mentions.length > top.entity.mentions.length) top = { entity: e };
  const refTimes: number[] = [];
  let referencesCount = 0;
  if (top) {
    const m = top.entity.mentions[0];
    for (let k = 0; k < 11; k++) {
      const t = process.hrtime.bigint();
      referencesCount = references(corpus, m.file, m.start).length;
      refTimes.push(ms(t));
    }
  }
  refTimes.sort((x, y) => x - y);

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const retainedMB = gc ? process.memoryUsage().heapUsed / 1e6 : NaN;
  return {
    articles: articles.length,
    folders: indexes.length,
    workers: options.workers ?? 0,
    mb,
    coldSeconds,
    coldCpuSeconds,
    analyzeSeconds,
    linkSeconds,
    analyzeCpuSeconds,
    linkCpuSeconds,
    mbPerSecond: mb / coldSeconds,
    entities,
    mentions,
    contradictions,
    digest: hash.digest('hex').slice(0, 12),
    incrementalMs: { p50: percentile(incremental, 50), max: incremental[incremental.length - 1] ?? NaN },
    incrementalCpuMs: { p50: percentile(incrementalCpu, 50), max: incrementalCpu[incrementalCpu.length - 1] ?? NaN },
    hoverMs: { p50: percentile(hover, 50), p95: percentile(hover, 95), samples: hover.length },
    referencesMs: percentile(refTimes, 50),
    referencesCount,
    rssMB: process.resourceUsage().maxRSS / 1024,
    coldRssMB,
    retainedMB,
  };
}
