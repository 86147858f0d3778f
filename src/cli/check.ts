/** `source-xref check`: loads folders, runs the engine, renders the chosen format. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodePath, mergeCheckResults, toCheckResult, toSarif, toTextReport, withMinConfidence, type CheckResult, type CorpusCollection } from '../core';
import * as os from 'node:os';
import { loadFolder } from '../node/loadFolder';
import { indexInParallel } from '../node/parallelIndex';
import { type CheckOptions, EXIT_CONTRADICTIONS, EXIT_OK, EXIT_USAGE } from './args';
import { markdownForParts } from './markdown';
import { Progress } from './progress';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.*/**'];
const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md'];

export interface CheckOutcome {
  exitCode: number;
  stdout: string;
  /** Messages for stderr: errors, and the summary unless quiet. */
  stderr: string;
}

interface LoadedPart {
  prefix: string;
  folder: string;
  result: CheckResult;
  texts: Map<string, string>;
  corpus: CorpusCollection;
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

export async function runCheck(options: CheckOptions, version: string, progress = Progress.forStderr(options.quiet), workerScript = bundledWorker()): Promise<CheckOutcome> {
  const started = Date.now();
  for (const folder of options.folders) {
    let ok = false;
    try {
      ok = fs.statSync(folder).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) return { exitCode: EXIT_USAGE, stdout: '', stderr: `source-xref: not a folder: ${folder}\n` };
  }
  const resolved = options.folders.map((f) => path.resolve(f));
  if (new Set(resolved).size !== resolved.length) return { exitCode: EXIT_USAGE, stdout: '', stderr: 'source-xref: a folder is given twice\n' };
  const prefixes = folderPrefixes(options.folders);

  const parts: LoadedPart[] = [];
  for (const [n, folder] of options.folders.entries()) {
    progress.update(`reading ${folder}`, true);
    const { corpus, skipped } = loadFolder(folder, {
      include: options.include.length ? options.include : DEFAULT_INCLUDE,
      exclude: [...ALWAYS_EXCLUDED, ...options.exclude],
    });
    const indexes = corpus.indexes();
    const docs = indexes.flatMap((index) => index.files().map((file) => ({ file, text: index.textOf(file)! })));
    const workers = workerCount(options.jobs, docs.length, workerScript);
    if (workers > 0) {
      // Whole story folders are indexed in worker threads; the results replace the lazy main-thread work.
      await indexInParallel(docs, { workerScript: workerScript!, workers, onProgress: (done, total) => progress.update(`indexing in ${workers} threads: ${done}/${total} sources`) }, corpus);
    }
    let files = 0;
    for (const [i, index] of indexes.entries()) {
      progress.update(`${options.folders.length > 1 ? `[${n + 1}/${options.folders.length}] ` : ''}indexing story ${i + 1}/${indexes.length} (${files} sources done)`);
      index.entities();
      index.contradictions();
      files += index.files().length;
    }
    const texts = new Map<string, string>();
    for (const index of indexes) for (const f of index.files()) texts.set(f, index.textOf(f)!);
    parts.push({ prefix: prefixes[n], folder, result: toCheckResult(corpus, skipped), texts, corpus });
  }
  progress.done();

  const result = withMinConfidence(mergeCheckResults(parts), options.minConfidence);
  const stdout = options.format === 'markdown' ? await markdownForParts(parts, options.minConfidence) : render(result, options, parts, version);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = options.quiet
    ? ''
    : `source-xref: ${result.documents.length} sources, ${result.entities.length} entities, ${result.contradictions.length} contradictions` +
      `${result.skipped.length ? `, ${result.skipped.length} skipped` : ''} (${seconds} s)\n`;
  return { exitCode: exitCodeFor(result, options), stdout, stderr: summary };
}

function render(result: CheckResult, options: CheckOptions, parts: LoadedPart[], version: string): string {
  if (options.format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (options.format === 'text') return `${toTextReport(result)}\n`;
  // SARIF: each folder is a uriBaseId so viewers resolve paths wherever the report is opened.
  const located = new Map<string, { uri: string; uriBaseId: string; text: string }>();
  const baseUris: Record<string, string> = {};
  parts.forEach((part, i) => {
    const baseId = parts.length === 1 ? 'SRCROOT' : `SRCROOT${i}`;
    baseUris[baseId] = `${pathToFileURL(path.resolve(part.folder)).href.replace(/\/?$/, '/')}`;
    for (const [rel, text] of part.texts) located.set(part.prefix ? `${part.prefix}/${rel}` : rel, { uri: encodePath(rel), uriBaseId: baseId, text });
  });
  const sarif = toSarif(result, {
    toolVersion: version,
    textOf: (file) => located.get(file)?.text,
    locate: (file) => {
      const hit = located.get(file);
      return hit ? { uri: hit.uri, uriBaseId: hit.uriBaseId } : { uri: encodePath(file) };
    },
    baseUris,
  });
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** The worker entry bundled next to the CLI (dist/analyzeWorker.js), if present. */
function bundledWorker(): string | undefined {
  const file = path.join(__dirname, 'analyzeWorker.js');
  return fs.existsSync(file) ? file : undefined;
}
