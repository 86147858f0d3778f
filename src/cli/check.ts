/**
 * `source-xref check`: folders on disk → one report (text, JSON or SARIF) on stdout, and why it is
 * built story folder by story folder: each folder is indexed (in a worker thread or here), reduced
 * to its capped part of the report and dropped before the next, so memory stays bounded by the
 * largest folder, and a folder that fails is reported without losing the others.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusCollection, countOf, encodePath, toCheckResult, toSarif, toTextReport, type CheckResult, type SkippedFile } from '../core';
import { readSources } from '../node/loadFolder';
import { groupByFolder, indexFoldersInWorkers, type WorkerFailure } from '../node/parallelIndex';
import { type CheckOptions, EXIT_CONTRADICTIONS, EXIT_OK, EXIT_USAGE } from './args';
import { capContradictions, notShownLines } from './capContradictions';
import { markdownForParts } from './markdown';
import { Progress } from './progress';
import { forTerminal, resultForTerminal } from './terminalText';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.*/**'];
const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md'];

export interface CheckOutcome {
  exitCode: number;
  stdout: string;
  /** Messages for stderr: errors, the summary unless quiet, internal errors with --verbose. */
  stderr: string;
}

/** The JSON format: the engine's CheckResult plus how many contradictions the per-folder cap left out. */
export type CliResult = CheckResult & { truncated: number };

type Doc = { file: string; text: string };
type Contradiction = CheckResult['contradictions'][number];

/** One story folder's share of the report, already filtered and capped. */
interface StoryReport {
  documents: CheckResult['documents'];
  times: CheckResult['times'];
  entities: CheckResult['entities'];
  /** Kept contradictions with their 1-based number among all of the folder's, so ids match an uncapped report. */
  contradictions: { contradiction: Contradiction; number: number }[];
  /** All of the folder's contradictions, before --min-confidence and the cap. */
  contradictionCount: number;
  notShown: number;
  /** Kept for `--format markdown` only (its report reads sentences, support and verdicts). */
  corpus?: CorpusCollection;
}

/** One folder given on the command line, read and indexed. */
interface Part {
  prefix: string;
  folder: string;
  stories: StoryReport[];
  skipped: SkippedFile[];
  /** Sources by path, kept only for SARIF (its regions quote lines). */
  texts?: Map<string, string>;
  /** Story folder → contradictions not shown. */
  notShown: Map<string, number>;
}

/** Prefix per folder: its name, or the path as given when two folders share a name. */
export function folderPrefixes(folders: readonly string[]): string[] {
  if (folders.length === 1) return [''];
  const names = folders.map((f) => path.basename(path.resolve(f)));
  return folders.map((f, i) => {
    const clash = names.some((n, j) => j !== i && n === names[i]);
    return clash ? f.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') : names[i];
  });
}

export function exitCodeFor(result: CheckResult, options: Pick<CheckOptions, 'failOnContradiction'>): number {
  return options.failOnContradiction && result.contradictions.length > 0 ? EXIT_CONTRADICTIONS : EXIT_OK;
}

/** Below this many sources, starting worker threads costs more than it saves. */
const WORKER_MIN_FILES = 40;

/** How many worker threads to use for `files` sources; 0 means the main thread. */
export function workerCount(jobs: number, files: number, workerScript: string | undefined): number {
  if (!workerScript || jobs === 1) return 0;
  if (jobs > 1) return jobs;
  const cores = os.availableParallelism();
  return cores > 1 && files >= WORKER_MIN_FILES ? Math.min(4, cores) : 0;
}

/** Hooks for tests: worker settings that make failures quick to provoke. */
export interface CheckInternals {
  batchTimeoutMs?: number;
  workerHeapMb?: number;
  batchChars?: number;
}

export async function runCheck(options: CheckOptions, version: string, progress = Progress.forStderr(options.quiet), workerScript = bundledWorker(), internals: CheckInternals = {}): Promise<CheckOutcome> {
  const started = Date.now();
  for (const folder of options.folders) {
    let ok = false;
    try {
      ok = fs.statSync(folder).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) return { exitCode: EXIT_USAGE, stdout: '', stderr: `source-xref: not a folder: ${forTerminal(folder)}\n` };
  }
  const resolved = options.folders.map((f) => path.resolve(f));
  if (new Set(resolved).size !== resolved.length) return { exitCode: EXIT_USAGE, stdout: '', stderr: 'source-xref: a folder is given twice\n' };
  const prefixes = folderPrefixes(options.folders);
  const failureLog: string[] = [];

  const parts: Part[] = [];
  for (const [n, folder] of options.folders.entries()) {
    progress.update(`reading ${forTerminal(folder)}`, true);
    // The command line has no size setting: its skip reasons name the limit alone.
    const read = readSources(folder, { include: options.include.length ? options.include : DEFAULT_INCLUDE, exclude: [...ALWAYS_EXCLUDED, ...options.exclude], limitHint: '' });
    if (read.rootError) return { exitCode: EXIT_USAGE, stdout: '', stderr: `source-xref: cannot read folder ${forTerminal(folder)}: ${read.rootError}\n` };
    const texts = options.format === 'sarif' ? new Map(read.docs.map((d) => [d.file, d.text])) : undefined;
    const stories = groupByFolder(read.docs).sort((a, b) => compareNames(CorpusCollection.folderOf(a[0].file), CorpusCollection.folderOf(b[0].file)));
    read.docs.length = 0;
    const label = options.folders.length > 1 ? `[${n + 1}/${options.folders.length}] ` : '';
    const { reports, failures } = await indexStories(stories, options, workerScript, internals, (message) => progress.update(`${label}${message}`));
    const part: Part = { prefix: prefixes[n], folder, stories: [], skipped: read.skipped, texts, notShown: new Map() };
    reports.forEach((report, i) => {
      const storyFolder = CorpusCollection.folderOf(stories[i][0].file);
      const failure = failures.get(i);
      if (!report || failure) {
        const why = failure ?? { kind: 'threw', message: 'not indexed' };
        for (const d of stories[i]) part.skipped.push({ file: d.file, reason: `not indexed: ${why.message}` });
        failureLog.push(`source-xref: story folder ${forTerminal(storyFolder || '.')} of ${forTerminal(folder)} failed (${why.kind}): ${why.detail ?? why.message}`);
        return;
      }
      part.stories.push(report);
      if (report.notShown) part.notShown.set(storyFolder, report.notShown);
    });
    parts.push(part);
  }
  progress.done();

  const result = assemble(parts);
  const stdout =
    options.format === 'markdown'
      ? await markdownForParts(parts.flatMap((p) => p.stories.flatMap((s) => (s.corpus ? [{ prefix: p.prefix, folder: p.folder, corpus: s.corpus }] : []))), options.minConfidence)
      : render(result, options, parts, version);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const failedFolders = failureLog.length;
  const summary = options.quiet
    ? ''
    : `source-xref: ${countOf(result.documents.length, 'source')}, ${countOf(result.entities.length, 'entity')}, ${countOf(result.contradictions.length, 'contradiction')}` +
      `${result.truncated ? ` (${result.truncated} more not shown)` : ''}${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}` +
      `${failedFolders ? `, ${failedFolders} story folder${failedFolders > 1 ? 's' : ''} failed${options.verbose ? '' : ' (--verbose for details)'}` : ''} (${seconds} s)\n`;
  const verbose = options.verbose && failureLog.length ? `${failureLog.join('\n')}\n` : '';
  return { exitCode: exitCodeFor(result, options), stdout, stderr: verbose + summary };
}

/**
 * Indexes each story folder and keeps only its report: in worker threads when there are enough
 * sources, else (and for folders a worker lost by crashing or exiting) on this thread. A folder
 * that ran a worker out of memory or out of time is not retried here, where it could take the
 * whole process down; one that throws here is reported as failed.
 */
async function indexStories(
  stories: Doc[][],
  options: CheckOptions,
  workerScript: string | undefined,
  internals: CheckInternals,
  onProgress: (message: string) => void,
): Promise<{ reports: (StoryReport | undefined)[]; failures: Map<number, WorkerFailure> }> {
  const reports: (StoryReport | undefined)[] = new Array(stories.length).fill(undefined);
  const failures = new Map<number, WorkerFailure>();
  const docs = stories.reduce((n, s) => n + s.length, 0);
  const workers = workerCount(options.jobs, docs, workerScript);
  if (workers > 0) {
    try {
      await indexFoldersInWorkers(
        stories,
        {
          workerScript: workerScript!,
          workers,
          batchChars: internals.batchChars,
          batchTimeoutMs: internals.batchTimeoutMs,
          workerHeapMb: internals.workerHeapMb,
          onProgress: (done, total) => onProgress(`indexing in ${workers} threads: ${done}/${total} sources`),
          onFolderFailed: (i, failure) => failures.set(i, failure),
        },
        (i, snapshot) => {
          const corpus = new CorpusCollection();
          corpus.restoreFolder(stories[i], snapshot);
          reports[i] = storyReport(corpus, options);
        },
      );
    } catch (err) {
      // The pool itself failed (not one folder): whatever it did not deliver is indexed here.
      failures.clear();
      for (let i = 0; i < stories.length; i++) if (!reports[i]) failures.set(i, { kind: 'crashed', message: 'worker threads failed', detail: err instanceof Error ? err.stack : String(err) });
    }
  }
  let files = 0;
  for (let i = 0; i < stories.length; i++) {
    files += stories[i].length;
    if (reports[i]) continue;
    const failure = failures.get(i);
    if (failure && failure.kind !== 'crashed' && failure.kind !== 'exited') continue;
    onProgress(`indexing story ${i + 1}/${stories.length} (${files} sources)`);
    try {
      const corpus = new CorpusCollection();
      for (const d of stories[i]) corpus.setDocument(d.file, d.text);
      reports[i] = storyReport(corpus, options);
      failures.delete(i);
    } catch (err) {
      failures.set(i, { kind: 'threw', message: 'the indexer failed on this story folder', detail: err instanceof Error ? err.stack : String(err) });
    }
  }
  return { reports, failures };
}

/** A one-folder collection's report part: contradictions below --min-confidence dropped, then capped. */
function storyReport(corpus: CorpusCollection, options: Pick<CheckOptions, 'minConfidence' | 'maxPerFolder' | 'format'>): StoryReport {
  const full = toCheckResult(corpus);
  const eligible = full.contradictions.map((contradiction, i) => ({ contradiction, number: i + 1, confidence: contradiction.confidence })).filter((x) => options.minConfidence <= 0 || x.confidence >= options.minConfidence);
  const { kept, notShown } = capContradictions(eligible, options.maxPerFolder);
  return { documents: full.documents, times: full.times, entities: full.entities, contradictions: kept, contradictionCount: full.contradictions.length, notShown, corpus: options.format === 'markdown' ? corpus : undefined };
}

/** The parts in order, files prefixed by their folder's name, ids numbered as one uncapped report would number them. */
function assemble(parts: Part[]): CliResult {
  const result: CliResult = { version: 2, documents: [], times: [], entities: [], contradictions: [], truncated: 0, skipped: [] };
  let entityNo = 0;
  let contradictionNo = 0;
  for (const { prefix, stories, skipped, notShown } of parts) {
    const p = <T extends { file: string }>(x: T): T => (prefix ? { ...x, file: `${prefix}/${x.file}` } : x);
    for (const story of stories) {
      result.documents.push(...story.documents.map(p));
      result.times.push(...story.times.map(p));
      for (const e of story.entities) result.entities.push({ ...e, id: `e${++entityNo}`, mentions: e.mentions.map(p) });
      for (const { contradiction: c, number } of story.contradictions) result.contradictions.push({ ...p(c), id: `c${contradictionNo + number}`, related: c.related.map(p) });
      contradictionNo += story.contradictionCount;
    }
    for (const n of notShown.values()) result.truncated += n;
    result.skipped.push(...[...skipped].sort((a, b) => a.file.localeCompare(b.file)).map(p));
  }
  return result;
}

function render(result: CliResult, options: CheckOptions, parts: Part[], version: string): string {
  if (options.format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  const { truncated, ...checkResult } = result;
  if (options.format === 'text') {
    const notShown = new Map<string, number>();
    for (const part of parts) for (const [folder, n] of part.notShown) notShown.set([part.prefix, folder].filter(Boolean).join('/') || '.', n);
    return `${[toTextReport(resultForTerminal(checkResult)), ...notShownLines(notShown, options.maxPerFolder, forTerminal)].join('\n')}\n`;
  }
  // SARIF: each folder is a uriBaseId; its location is given relative to the working folder (never
  // as an absolute path, which would publish the user's home folder with the report).
  const located = new Map<string, { uri: string; uriBaseId: string; text: string }>();
  const baseIds: Record<string, object> = { WORKDIR: { description: { text: 'The working folder source-xref check ran in.' } } };
  parts.forEach((part, i) => {
    const baseId = parts.length === 1 ? 'SRCROOT' : `SRCROOT${i}`;
    baseIds[baseId] = relativeBase(part.folder);
    for (const [rel, text] of part.texts ?? []) located.set(part.prefix ? `${part.prefix}/${rel}` : rel, { uri: encodePath(rel), uriBaseId: baseId, text });
  });
  const sarif = toSarif(checkResult, {
    toolVersion: version,
    textOf: (file) => located.get(file)?.text,
    locate: (file) => {
      const hit = located.get(file);
      return hit ? { uri: hit.uri, uriBaseId: hit.uriBaseId } : { uri: encodePath(file) };
    },
  }) as { runs: Record<string, unknown>[] };
  sarif.runs[0].originalUriBaseIds = baseIds;
  if (truncated) sarif.runs[0].properties = { truncated };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A folder's SARIF base: its path relative to the working folder, or only a description when it lies outside. */
function relativeBase(folder: string): object {
  const rel = path.relative(process.cwd(), path.resolve(folder));
  const description = { text: `A folder given to source-xref check (${path.basename(path.resolve(folder)) || 'root'}).` };
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { description };
  return { uri: rel ? `${encodePath(rel.split(path.sep).join('/'))}/` : './', uriBaseId: 'WORKDIR', description };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The worker entry bundled next to the CLI (dist/analyzeWorker.js), if present. */
function bundledWorker(): string | undefined {
  const file = path.join(__dirname, 'analyzeWorker.js');
  return fs.existsSync(file) ? file : undefined;
}
