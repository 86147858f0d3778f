/**
 * Cold indexing on several cores: folders are analysed in a worker pool, then handed to the
 * per-folder indexes, which only link entities and compare claims on the main thread.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorpusCollection } from '../core/corpusCollection';
import type { DocumentAnalysis } from '../core/types';

type Doc = { file: string; text: string };

export interface ParallelOptions {
  /** Path of the bundled `analyzeWorker.js`. */
  workerScript: string;
  /** Default: one per core. */
  workers?: number;
  /** Folders per message; small batches keep every worker busy until the end. */
  foldersPerBatch?: number;
  onProgress?(doneDocs: number, totalDocs: number): void;
}

/** Analyses documents folder by folder in worker threads; result i belongs to folder i, document j. */
export async function analyzeFoldersInWorkers(folders: Doc[][], options: ParallelOptions): Promise<DocumentAnalysis[][]> {
  const size = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), folders.length));
  const batch = options.foldersPerBatch ?? 2;
  const total = folders.reduce((n, f) => n + f.length, 0);
  const results: DocumentAnalysis[][] = new Array(folders.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: size }, () => new Worker(options.workerScript));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= folders.length) return resolve();
              const from = next;
              next = Math.min(folders.length, next + batch);
              worker.postMessage({ id: from, folders: folders.slice(from, next) });
            };
            worker.on('message', (msg: { id: number; analyses?: DocumentAnalysis[][]; error?: string }) => {
              if (msg.error || !msg.analyses) return reject(new Error(`analysis failed in worker: ${msg.error}`));
              msg.analyses.forEach((a, i) => {
                results[msg.id + i] = a;
                done += a.length;
              });
              options.onProgress?.(done, total);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** Loads documents into `corpus`, grouped by folder like CorpusCollection, analysed in parallel. */
export async function indexInParallel(docs: Doc[], options: ParallelOptions, corpus = new CorpusCollection()): Promise<CorpusCollection> {
  const byFolder = new Map<string, Doc[]>();
  for (const d of docs) {
    const folder = CorpusCollection.folderOf(d.file);
    let list = byFolder.get(folder);
    if (!list) byFolder.set(folder, (list = []));
    list.push(d);
  }
  const folders = [...byFolder.values()];
  const analyses = await analyzeFoldersInWorkers(folders, options);
  folders.forEach((list, i) => list.forEach((d, j) => corpus.setDocument(d.file, d.text).setAnalyzedDocument(d.file, d.text, analyses[i][j])));
  return corpus;
}
