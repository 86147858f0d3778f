/**
 * Worker-thread entry: indexes whole folders (analysis, entity linking, claim comparison) through a
 * CorpusIndex and returns each folder's snapshot. Folders are independent, so they spread over
 * cores; snapshots are plain data and cross the thread boundary by structured clone.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusIndex, type FolderSnapshot } from '../core/corpusIndex';
import type { UserName } from '../core/userNames';

export interface IndexFoldersRequest {
  id: number;
  folders: { file: string; text: string }[][];
  userNames: readonly UserName[];
}

export interface IndexFoldersReply {
  id: number;
  snapshots?: FolderSnapshot[];
  error?: string;
}

parentPort?.on('message', (req: IndexFoldersRequest) => {
  let reply: IndexFoldersReply;
  try {
    const snapshots = req.folders.map((docs) => {
      const index = new CorpusIndex();
      index.setUserNames(req.userNames);
      for (const d of docs) index.setDocument(d.file, d.text);
      return index.snapshot();
    });
    reply = { id: req.id, snapshots };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply);
});
