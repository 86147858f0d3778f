import * as vscode from 'vscode';
import type { ContradictionDiagnostics } from './diagnostics';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** `N sources · M entities · K contradictions` (progress while indexing); click opens the Entities view. */
export function registerStatusBar(indexer: WorkspaceIndexer, diagnostics: ContradictionDiagnostics): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourceXref.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Source Xref';
  item.command = 'sourceXref.showEntities';
  const update = () => {
    const p = indexer.progress;
    if (p) {
      item.text = `$(sync~spin) Source Xref ${p.done}/${p.total}`;
      item.tooltip = 'Indexing news sources…';
      item.show();
      return;
    }
    const sources = indexer.corpus.files().length;
    void vscode.commands.executeCommand('setContext', 'sourceXref.noSources', sources === 0);
    if (sources === 0) return item.hide();
    const entities = indexer.corpus.indexes().reduce((n, i) => n + i.entities().length, 0);
    const k = diagnostics.count;
    item.text = `$(references) ${sources} source${sources === 1 ? '' : 's'} · ${entities} entities · ${k} contradiction${k === 1 ? '' : 's'}`;
    const capped = diagnostics.capped;
    const hidden = capped ? `\n${capped} more not shown (sourceXref.diagnostics.maxPerFile)` : '';
    item.tooltip = `Source Xref: click to show the Entities view${hidden}`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, indexer.onProgress(update), diagnostics.onDidUpdate(update));
}
