import * as vscode from 'vscode';
import type { CorpusCollection } from './core';
import { AcceptedStore } from './vscode/acceptedStore';
import { registerCodeActions } from './vscode/codeActions';
import { registerCorroboration } from './vscode/corroboration';
import { registerDefinition } from './vscode/definition';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerEntitiesView } from './vscode/entitiesView';
import { registerHighlights } from './vscode/highlights';
import { registerHover } from './vscode/hover';
import { registerInlayHints } from './vscode/inlayHints';
import { registerOpenLocation } from './vscode/locations';
import { registerMentionNavigation } from './vscode/mentionNavigation';
import { registerReferences } from './vscode/references';
import { registerReportCommand } from './vscode/reportCommand';
import { Settings } from './vscode/settings';
import { registerStatusBar } from './vscode/statusBar';
import { registerSymbols } from './vscode/symbols';
import { registerUserNames } from './vscode/userNames';
import { WorkspaceIndexer } from './vscode/workspaceIndexer';

/** The API returned from activate(), used by the integration tests to wait for indexing. */
export interface SourceXrefApi {
  whenReady(): Promise<void>;
  /** Resolves once diagnostics reflect the current index. */
  whenDiagnosticsReady(): Promise<void>;
  /** How the last full index pass ran: `in 2 worker threads` or `on the main thread`. */
  lastIndexPass(): string | undefined;
  /** The live index, read-only by contract (tests compare providers with it). */
  readonly corpus: CorpusCollection;
}

export function activate(context: vscode.ExtensionContext): SourceXrefApi {
  const log = vscode.window.createOutputChannel('Source Xref');
  const settings = new Settings();
  const indexer = new WorkspaceIndexer(settings, log, context.asAbsolutePath('dist/analyzeWorker.js'));
  const accepted = new AcceptedStore();
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'README.md');
  const userNames = registerUserNames(indexer, log);
  const diagnostics = registerDiagnostics(indexer, settings, accepted, docsUri);
  context.subscriptions.push(
    log,
    indexer,
    accepted,
    userNames,
    diagnostics,
    registerOpenLocation(indexer.corpus),
    registerHover(indexer, settings),
    registerReferences(indexer),
    registerDefinition(indexer),
    registerHighlights(indexer),
    registerMentionNavigation(indexer),
    registerSymbols(indexer),
    registerEntitiesView(indexer, context.workspaceState),
    registerCodeActions(diagnostics, accepted),
    registerCorroboration(indexer, settings),
    registerInlayHints(indexer, settings),
    registerStatusBar(indexer, diagnostics),
    registerReportCommand(indexer),
    vscode.commands.registerCommand('sourceXref.reindex', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Source Xref: re-indexing' }, () => Promise.all([accepted.load(), userNames.load()]).then(() => indexer.reindex())),
    ),
  );
  const ready = Promise.all([accepted.load(), userNames.load()]).then(() => indexer.reindex());
  return {
    corpus: indexer.corpus,
    whenReady: () => ready.then(() => indexer.whenReady()),
    lastIndexPass: () => indexer.lastPass,
    whenDiagnosticsReady: () => ready.then(() => indexer.whenReady()).then(() => diagnostics.refresh({ folders: [] })),
  };
}

export function deactivate(): void {}
