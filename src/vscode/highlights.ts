import * as vscode from 'vscode';
import { mentionUnderCursor, rangeOf, SOURCE_SELECTOR } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Highlights every mention of the entity under the cursor in the current source, aliases included. */
export function registerHighlights(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(SOURCE_SELECTOR, {
    provideDocumentHighlights(doc, position) {
      const file = doc.uri.toString();
      const hit = mentionUnderCursor(indexer.corpus, doc, position);
      if (!hit) return undefined;
      const out: vscode.DocumentHighlight[] = [];
      for (const m of hit.entity.mentions) {
        if (m.file !== file) continue;
        const range = rangeOf(indexer.corpus, file, m);
        if (range) out.push(new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Text));
      }
      return out;
    },
  });
}
