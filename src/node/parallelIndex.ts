/**
 * Cold indexing on several cores: folders (each one story, independent of the others) are indexed
 * completely in a pool of worker threads, and their snapshots restored into the per-folder indexes,
 * so the calling thread only clones results in and stays free for queries meanwhile.
 *
 * Workers fail safe when the caller asks (`onFolderFailed`): a worker that throws, crashes, runs out
 * of memory, exits or goes silent past a timeout loses only its batch; the batch's folders are tried
 * again one by one (a fresh worker replaces a dead one), and a folder that fails alone is reported,
 * while every good folder is still delivered.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorpusCollection, unpack, type FolderSnapshot, type UserName } from '../core';
import type { IndexFoldersReply, IndexFoldersRequest } from './indexFolders';

type Doc = { file: string; text: string };

export interface ParallelOptions {
  /** Path of the bundled `analyzeWorker.js`. */
  workerScript: string;
  /** Default: one per core. */
  workers?: number;
  /** Roughly how much text goes in one message; small batches keep every worker busy until the end. */
  batchChars?: number;
  userNames?: readonly UserName[];
  onProgress?(doneDocs: number, totalDocs: number): void;
  /** Checked between batches: no new batch is sent once it returns true. */
  isCancelled?(): boolean;
  /**
   * Called once for each folder no worker could index. Given, the call resolves once every other
   * folder is delivered; not given, the first failure rejects the call (the caller falls back).
   */
  onFolderFailed?(i: number, failure: WorkerFailure): void;
  /** How long a batch may go unanswered; default 2 minutes plus 10 s per 100,000 characters. */
  batchTimeoutMs?: number;
  /** Old-generation heap limit per worker (default: `workerHeapLimitMb` of the largest folder); a worker past it fails alone. */
  workerHeapMb?: number;
}

export interface WorkerFailure {
  kind: 'threw' | 'out of memory' | 'crashed' | 'exited' | 'timed out';
  /** One line for the user. */
  message: string;
  /** The worker's stack trace, when there is one: for `--verbose`, never shown by default. */
  detail?: string;
}

/**
 * A worker's short-lived objects live in its young generation; V8's default (two 16 MB semi-spaces) kept
 * 33 MB per worker. 16 MB in all cut peak RSS by 40-60 MB, but a folder's objects that live for a while
 * then outlived it: at 10,000 articles the workers ran 508 scavenges and 64 full collections (which the
 * small old-generation limit below makes frequent). 32 MB: 295 and 40, CPU -6%, peak RSS +25-35 MB.
 */
const WORKER_YOUNG_GENERATION_MB = 32;

/**
 * V8 lets an old generation grow to up to 4 times its live data before collecting when its limit is large
 * (by default a quarter of the machine's memory), but only ~1.4 times when the limit is 512 MB: a worker's
 * heap held ~80 MB for ~30 MB of live data. A lower limit, still far above what a worker keeps (one folder
 * at a time: ~25 bytes per character of its text, plus ~25 MB of code and caches), cut peak RSS by ~60 MB at
 * 3,000 articles for ~1% more CPU in collections. A large folder raises the limit, so it never runs out.
 */
const WORKER_HEAP_MIN_MB = 512;
const WORKER_HEAP_BASE_MB = 128;
/** ~2.5 times what indexing keeps alive per character of a folder's text. */
const WORKER_HEAP_BYTES_PER_CHAR = 64;

/** The old-generation limit for workers whose largest folder has `chars` characters. */
export function workerHeapLimitMb(chars: number): number {
  return Math.max(WORKER_HEAP_MIN_MB, WORKER_HEAP_BASE_MB + Math.ceil((chars * WORKER_HEAP_BYTES_PER_CHAR) / 2 ** 20));
}

function defaultTimeoutMs(chars: number): number {
  return 120_000 + Math.ceil(chars / 100_000) * 10_000;
}

/** Indexes each folder in a worker; calls `onFolder` with folder i's snapshot as soon as it arrives. */
export async function indexFoldersInWorkers(folders: Doc[][], options: ParallelOptions, onFolder: (i: number, snapshot: FolderSnapshot) => void): Promise<void> {
  const size = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), folders.length));
  const batchChars = options.batchChars ?? 200_000;
  const total = folders.reduce((n, f) => n + f.length, 0);
  const charsOf = (i: number) => folders[i].reduce((n, d) => n + d.text.length, 0);
  const heapMb = options.workerHeapMb ?? workerHeapLimitMb(folders.reduce((most, _, i) => Math.max(most, charsOf(i)), 0));
  let next = 0;
  let done = 0;
  /** Folders of failed batches, each to be tried again alone. */
  const retry: number[] = [];
  const live = new Set<Worker>();

  /** The next batch of folder numbers, or undefined when there is none (or the caller cancelled). */
  const takeBatch = (): number[] | undefined => {
    if (options.isCancelled?.()) return undefined;
    if (retry.length) return [retry.shift()!];
    if (next >= folders.length) return undefined;
    const batch = [next++];
    let chars = charsOf(batch[0]);
    while (next < folders.length && chars < batchChars) {
      chars += charsOf(next);
      batch.push(next++);
    }
    return batch;
  };

  const newWorker = () => {
    const worker = new Worker(options.workerScript, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
    });
    live.add(worker);
    return worker;
  };

  /** One pool slot: sends batches to its worker until none are left, replacing the worker when it dies. */
  const runSlot = () =>
    new Promise<void>((resolve, reject) => {
      let worker = newWorker();
      let batch: number[] | undefined;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;

      const finish = (err?: Error) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        // Free an idle worker's heap now, while the others finish and this thread's index is at its largest.
        void worker.terminate();
        if (err) reject(err);
        else resolve();
      };

      const send = () => {
        clearTimeout(timer);
        batch = takeBatch();
        if (!batch) return finish();
        const request: IndexFoldersRequest = { id: batch[0], folders: batch.map((i) => folders[i]), userNames: options.userNames ?? [] };
        worker.postMessage(request);
        const chars = batch.reduce((n, i) => n + charsOf(i), 0);
        timer = setTimeout(() => fail({ kind: 'timed out', message: `a worker thread gave no answer for ${Math.round((options.batchTimeoutMs ?? defaultTimeoutMs(chars)) / 1000)} s` }, true), options.batchTimeoutMs ?? defaultTimeoutMs(chars));
      };

      /** The batch in flight failed; `deadWorker` when the worker cannot be used again. */
      const fail = (failure: WorkerFailure, deadWorker: boolean) => {
        clearTimeout(timer);
        const lost = batch;
        batch = undefined;
        if (!options.onFolderFailed) return finish(new Error(`indexing failed in a worker thread: ${failure.message}`));
        if (lost) {
          if (lost.length > 1) retry.push(...lost);
          else options.onFolderFailed(lost[0], failure);
        }
        if (deadWorker) {
          live.delete(worker);
          worker.removeAllListeners();
          void worker.terminate();
          if (options.isCancelled?.() || (retry.length === 0 && next >= folders.length)) return finish();
          worker = newWorker();
          attach();
        }
        send();
      };

      const attach = () => {
        worker.on('message', (msg: IndexFoldersReply) => {
          if (finished || !batch) return;
          if (msg.error || !msg.snapshots) return fail({ kind: 'threw', message: msg.error ?? 'no answer', detail: msg.stack }, false);
          const delivered = batch;
          // The next batch goes out first, so the worker is busy while this thread restores.
          send();
          // Restored data is only read, so every empty list can be one shared frozen array.
          unpack<FolderSnapshot[]>(msg.snapshots, { shareEmptyArrays: true }).forEach((snapshot, k) => {
            onFolder(delivered[k], snapshot);
            done += snapshot.files.length;
          });
          options.onProgress?.(done, total);
        });
        worker.on('error', (err: Error & { code?: string }) => {
          if (finished) return;
          const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
          fail({ kind: oom ? 'out of memory' : 'crashed', message: oom ? 'a worker thread ran out of memory' : `a worker thread crashed (${err.message})`, detail: err.stack }, true);
        });
        worker.on('exit', (code) => {
          if (finished) return;
          if (batch) fail({ kind: 'exited', message: `a worker thread exited with code ${code} before answering` }, true);
          else finish();
        });
      };
      attach();
      send();
    });

  try {
    await Promise.all(Array.from({ length: size }, runSlot));
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}

/** Groups documents by folder like CorpusCollection. */
export function groupByFolder(docs: readonly Doc[]): Doc[][] {
  const byFolder = new Map<string, Doc[]>();
  for (const d of docs) {
    const folder = CorpusCollection.folderOf(d.file);
    let list = byFolder.get(folder);
    if (!list) byFolder.set(folder, (list = []));
    list.push(d);
  }
  return [...byFolder.values()];
}

/** Loads documents into `corpus`, each folder indexed completely in a worker thread. */
export async function indexInParallel(docs: Doc[], options: ParallelOptions, corpus = new CorpusCollection()): Promise<CorpusCollection> {
  const folders = groupByFolder(docs);
  await indexFoldersInWorkers(folders, { ...options, userNames: options.userNames ?? corpus.userNamesInUse() }, (i, snapshot) => {
    corpus.restoreFolder(folders[i], snapshot);
  });
  return corpus;
}
