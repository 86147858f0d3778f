import * as vscode from 'vscode';
import type { CorpusCollection } from './core';
import { readmeUri } from './vscode/codeLinks';
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
import { registerSetSourceDate } from './vscode/sourceDate';
import { registerStatusBar } from './vscode/statusBar';
import { registerSymbols } from './vscode/symbols';
import { registerUserNames } from './vscode/userNames';
import { WorkspaceIndexer } from './vscode/workspaceIndexer';
// Review (Source Check, verdicts, report)
import { registerDraftDecorations } from './vscode/draftDecorations';
import { ReviewModel } from './vscode/review';
import { registerSourceCheckView, type SourceCheckNode } from './vscode/sourceCheckView';
import { VerdictStore } from './vscode/verdictStore';
import { registerVerdictsView, type VerdictNode } from './vscode/verdictsView';

/** The API returned from activate(), used by the integration tests to wait for indexing. */
export interface SourceXrefApi {
  whenReady(): Promise<void>;
  /** Resolves once diagnostics reflect the current index. */
  whenDiagnosticsReady(): Promise<void>;
  /** How the last full index pass ran: `in 2 worker threads` or `on the main thread`. */
  lastIndexPass(): string | undefined;
  /** The live index, read-only by contract (tests compare providers with it). */
  readonly corpus: CorpusCollection;
  /** Review: the Source Check and Verdicts views' data, and a switch that makes writes behave as in Restricted Mode. */
  readonly review: {
    sourceCheck: vscode.TreeDataProvider<SourceCheckNode>;
    verdicts: vscode.TreeDataProvider<VerdictNode>;
    model: ReviewModel;
    simulateRestrictedMode(on: boolean): void;
  };
}

export function activate(context: vscode.ExtensionContext): SourceXrefApi {
  // Shows the Entities view and the commands only in workspaces where the extension runs.
  void vscode.commands.executeCommand('setContext', 'sourceXref.active', true);
  const log = vscode.window.createOutputChannel('Source Xref');
  const settings = new Settings();
  const indexer = new WorkspaceIndexer(settings, log, context.asAbsolutePath('dist/analyzeWorker.js'));
  const docsUri = readmeUri(context.extensionPath);
  const userNames = registerUserNames(indexer, log);
  // Review: verdicts, the model the review views share, the Source Check and Verdicts views.
  const verdicts = new VerdictStore(log);
  const review = new ReviewModel(indexer, settings, verdicts);
  const diagnostics = registerDiagnostics(indexer, settings, verdicts, review, docsUri);
  const sourceCheck = registerSourceCheckView(review);
  const verdictsView = registerVerdictsView(review);
  context.subscriptions.push(
    log,
    indexer,
    verdicts,
    review,
    sourceCheck,
    verdictsView,
    registerDraftDecorations(review, context.extensionUri),
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
    registerCodeActions(diagnostics, verdicts, review),
    registerCorroboration(indexer, settings, review),
    registerInlayHints(indexer, settings),
    registerStatusBar(indexer, diagnostics, review),
    registerReportCommand(review, context.storageUri),
    registerSetSourceDate(indexer),
    // Progress shows in the status bar item (and a notification when a pass is slow), not here too.
    vscode.commands.registerCommand('sourceXref.reindex', () => Promise.all([verdicts.load(), userNames.load()]).then(() => indexer.reindex())),
  );
  const ready = Promise.all([verdicts.load(), userNames.load()]).then(() => indexer.reindex());
  return {
    corpus: indexer.corpus,
    whenReady: () => ready.then(() => indexer.whenReady()),
    lastIndexPass: () => indexer.lastPass,
    whenDiagnosticsReady: () => ready.then(() => indexer.whenReady()).then(() => diagnostics.refresh({ folders: [] })),
    review: {
      sourceCheck: sourceCheck.provider,
      verdicts: verdictsView.provider,
      model: review,
      simulateRestrictedMode: (on) => void (verdicts.simulateRestricted = on),
    },
  };
}

export function deactivate(): void {}
