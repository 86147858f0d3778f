/**
 * A worker's request → its reply: indexes whole folders (analysis, entity linking, claim comparison)
 * through a CorpusIndex and packs each folder's snapshot. Folders are independent, so they spread
 * over cores; snapshots are plain data, packed into typed arrays that are transferred, not cloned.
 * The protocol lives here, apart from the entry (analyzeWorker.ts), so tests can wrap it.
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
  /** One line: what went wrong (the message of what was thrown). */
  error?: string;
  /** Its stack trace, for the caller's verbose log only. */
  stack?: string;
}

/** Answers one request; never throws (a failure becomes `error`). */
export function indexFolders(req: IndexFoldersRequest): IndexFoldersReply {
  try {
    const snapshots = req.folders.map((docs) => {
      const index = new CorpusIndex();
      index.setUserNames(req.userNames);
      for (const d of docs) index.setDocument(d.file, d.text);
      return index.snapshot();
    });
    return { id: req.id, snapshots: pack(snapshots, SNAPSHOT_PACKING) };
  } catch (err) {
    return { id: req.id, error: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
  }
}

/** Posts a reply, transferring the packed buffers instead of copying them. */
export function postReply(reply: IndexFoldersReply): void {
  parentPort!.postMessage(reply, reply.snapshots ? [reply.snapshots.slots.buffer as ArrayBuffer, reply.snapshots.doubles.buffer as ArrayBuffer] : []);
}

