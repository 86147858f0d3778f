/** Worker-thread entry: answers each indexing request (indexFolders.ts) on the parent port. */
import { parentPort } from 'node:worker_threads';
import { indexFolders, postReply, type IndexFoldersRequest } from './indexFolders';

parentPort?.on('message', (req: IndexFoldersRequest) => postReply(indexFolders(req)));
