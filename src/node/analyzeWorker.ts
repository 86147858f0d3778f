/**
 * Worker-thread entry: indexes whole folders (analysis, entity linking, claim comparison) through a
 * CorpusIndex and returns each folder's snapshot. Folders are independent, so they spread over
 * cores; snapshots are plain data, packed into typed arrays that are transferred, not cloned.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusIndex, SNAPSHOT_PACKING, pack, type PackedData, type UserName } from '../core';

export interface IndexFoldersRequest {
  id: number;
  folders: { file: string; text: string }[][];
  userNames: readonly UserName[];
}

export interface IndexFoldersReply {
  id: number;
  /** The folders' snapshots (`FolderSnapshot[]`), packed. */
  snapshots?: PackedData;
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
    reply = { id: req.id, snapshots: pack(snapshots, SNAPSHOT_PACKING) };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply, reply.snapshots ? [reply.snapshots.slots.buffer as ArrayBuffer, reply.snapshots.doubles.buffer as ArrayBuffer] : []);
});
