import * as vscode from 'vscode';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerHover } from './vscode/hover';
import { registerReferences } from './vscode/references';
import { Settings } from './vscode/settings';
import { WorkspaceIndexer } from './vscode/workspaceIndexer';

/** The API returned from activate(), used by the integration tests to wait for indexing. */
export interface SourceXrefApi {
  whenReady(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SourceXrefApi {
  const log = vscode.window.createOutputChannel('Source Xref');
  const settings = new Settings();
  const indexer = new WorkspaceIndexer(settings, log);
  context.subscriptions.push(
    log,
    indexer,
    registerHover(indexer, settings),
    registerReferences(indexer),
    registerDiagnostics(indexer),
    vscode.commands.registerCommand('sourceXref.reindex', () => indexer.reindex()),
  );
  void indexer.reindex();
  return { whenReady: () => indexer.whenReady() };
}

export function deactivate(): void {}
