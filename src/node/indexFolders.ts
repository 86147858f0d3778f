/**
 * A worker's request → its reply: indexes whole folders (analysis, entity linking, claim comparison)
 * through a CorpusIndex and packs each folder's snapshot as soon as it is made. Folders are independent,
 * so they spread over cores; snapshots are plain data, packed into typed arrays that are transferred, not cloned.
 * The protocol lives here, apart from the entry (analyzeWorker.ts), so tests can wrap it.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusIndex, SNAPSHOT_PACKING, packEach, type PackedData, type UserName } from '../core';

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
    // Each folder is packed as soon as it is indexed, so only one folder's index is alive at a time.
    const snapshots = packEach(
      req.folders.length,
      (i) => {
        const index = new CorpusIndex();
        index.setUserNames(req.userNames);
        for (const d of req.folders[i]) index.setDocument(d.file, d.text);
        return index.snapshot();
      },
      SNAPSHOT_PACKING,
    );
    return { id: req.id, snapshots };
  } catch (err) {
    return { id: req.id, error: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined };
  }
}

/** Posts a reply, transferring the packed buffers instead of copying them. */
export function postReply(reply: IndexFoldersReply): void {
  parentPort!.postMessage(reply, reply.snapshots ? [reply.snapshots.slots.buffer as ArrayBuffer, reply.snapshots.doubles.buffer as ArrayBuffer] : []);
}

