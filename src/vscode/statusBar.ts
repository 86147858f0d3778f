import * as vscode from 'vscode';
import type { ContradictionDiagnostics } from './diagnostics';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** `N sources · M entities · K contradictions` (progress while indexing); click opens the Entities view. */
export function registerStatusBar(indexer: WorkspaceIndexer, diagnostics: ContradictionDiagnostics): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourceXref.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Source Xref';
  item.command = 'sourceXref.showEntities';
  const showProgress = (): void => {
    const p = indexer.progress;
    if (p) {
      item.text = `$(sync~spin) Source Xref ${p.done}/${p.total}`;
      item.tooltip = 'Indexing news sources…';
    } else {
      // Counting entities now would link every folder synchronously; the diagnostics pass does it folder by folder.
      item.text = '$(sync~spin) Source Xref: cross-checking…';
      item.tooltip = 'Comparing the sources of each folder…';
      void diagnostics.refresh({ folders: [] }).then(showCounts); // counts once the running pass is done
    }
    item.show();
  };
  const showCounts = (): void => {
    if (indexer.progress) return showProgress();
    const sources = indexer.corpus.files().length;
    void vscode.commands.executeCommand('setContext', 'sourceXref.noSources', sources === 0);
    if (sources === 0) return item.hide();
    const entities = indexer.corpus.indexes().reduce((n, i) => n + i.entities().length, 0);
    const k = diagnostics.disagreements;
    item.text = `$(references) ${sources} source${sources === 1 ? '' : 's'} · ${entities} entities · ${k} contradiction${k === 1 ? '' : 's'}`;
    const capped = diagnostics.capped;
    const hidden = capped ? `\n${capped} more not shown (sourceXref.diagnostics.maxPerFile)` : '';
    item.tooltip = `Source Xref: click to show the Entities view${hidden}`;
    item.show();
  };

  return vscode.Disposable.from(item, indexer.onProgress(showProgress), diagnostics.onDidUpdate(showCounts));
}
