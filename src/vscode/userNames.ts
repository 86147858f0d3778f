import * as vscode from 'vscode';
import { parseUserNames, type UserName } from '../core';
import type { WorkspaceIndexer } from './workspaceIndexer';

const RELATIVE_PATH = '.sourcexref/names.json';

/**
 * Feeds `.sourcexref/names.json` (a user-editable list of names, types and aliases) of every workspace
 * folder to the index, and re-links when it changes. Bad entries are reported, never fatal.
 */
export function registerUserNames(indexer: WorkspaceIndexer, log: vscode.OutputChannel): vscode.Disposable & { load(): Promise<void> } {
  const load = async () => {
    const names: UserName[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, RELATIVE_PATH);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no list in this folder
      }
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
