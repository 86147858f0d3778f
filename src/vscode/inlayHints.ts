import * as vscode from 'vscode';
import { shortDateLabel } from './dateLabel';
import { offsetIn, rangeOf, SOURCE_SELECTOR } from './locations';
import type { Settings } from './settings';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Shows the resolved value after each relative date: `last month ⟨March 2023⟩`. */
export function registerInlayHints(indexer: WorkspaceIndexer, settings: Settings): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(doc, range, token) {
      if (!settings.inlayHintsEnabled) return [];
      const file = doc.uri.toString();
      const analysis = indexer.corpus.indexFor(file)?.document(file);
      if (!analysis) return [];
      const from = offsetIn(indexer.corpus, doc, range.start);
      const to = offsetIn(indexer.corpus, doc, range.end);
      const hints: vscode.InlayHint[] = [];
      for (const t of analysis.times) {
        if (token.isCancellationRequested) break;
        if (!t.relative || t.end < from || t.start > to) continue;
        const at = rangeOf(indexer.corpus, file, t);
        if (!at) continue;
        const hint = new vscode.InlayHint(at.end, `⟨${shortDateLabel(t.label)}⟩`);
        hint.paddingLeft = true;
        const anchor = analysis.date.date ? `document date ${analysis.date.date} (${analysis.date.source})` : 'no document date';
        hint.tooltip = `${t.text} → ${t.label} (${t.from === t.to ? t.from : `${t.from} – ${t.to}`}), resolved from the ${anchor}`;
        hints.push(hint);
      }
      return hints;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider(SOURCE_SELECTOR, provider),
    indexer.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('sourceXref.inlayHints') && changed.fire()),
  );
}
