import * as vscode from 'vscode';
import { parseUserNames, type UserName } from '../core';
import { readSmallRegularFile } from '../node/workspaceFiles';
import type { WorkspaceIndexer } from './workspaceIndexer';

const RELATIVE_PATH = '.sourcexref/names.json';
/** A names list is a short hand-written file; anything bigger is refused unread. */
const MAX_NAMES_BYTES = 1024 * 1024;

/**
 * Feeds `.sourcexref/names.json` (a user-editable list of names, types and aliases) of every workspace
 * folder to the index, and re-links when it changes. Bad entries are reported, never fatal. The file is
 * looked at before it is read: a link (`names.json -> /dev/zero`), a device or a file over 1 MB is refused.
 */
export function registerUserNames(indexer: WorkspaceIndexer, log: vscode.OutputChannel): vscode.Disposable & { load(): Promise<void> } {
  const load = async () => {
    const names: UserName[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, RELATIVE_PATH);
      // Looked at before it is read, through the one guarded reader the verdict store uses too.
      const read = folder.uri.scheme === 'file' ? await readSmallRegularFile(folder.uri.fsPath, RELATIVE_PATH, MAX_NAMES_BYTES) : undefined;
      if (!read || (!read.ok && read.reason === 'missing')) continue; // no list in this folder
      if (!read.ok) {
        log.appendLine(`${vscode.workspace.asRelativePath(uri)}: not read, ${read.message}.`);
        continue;
      }
      const text = read.text;
      const parsed = parseUserNames(text);
      for (const e of parsed.errors) log.appendLine(`${vscode.workspace.asRelativePath(uri)}: ${e}`);
      names.push(...parsed.names);
    }
    indexer.corpus.setUserNames(names);
  };
  const reload = () => void load().then(() => indexer.notifyAllChanged());
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${RELATIVE_PATH}`);
  const disposable = vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  return Object.assign(disposable, { load });
}
