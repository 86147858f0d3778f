import * as vscode from 'vscode';
import { locationOf, offsetIn, SOURCE_SELECTOR } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Go to References / Peek: every mention of the entity under the cursor, in every source, without opening them. */
export function registerReferences(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(SOURCE_SELECTOR, {
    provideReferences(doc, position, context, token) {
      const file = doc.uri.toString();
      const hit = indexer.corpus.mentionAt(file, offsetIn(indexer.corpus, doc, position));
      if (!hit) return undefined;
      const out: vscode.Location[] = [];
      for (const m of hit.entity.mentions) {
        if (token.isCancellationRequested) return undefined;
        if (!context.includeDeclaration && m.file === file && m.start === hit.mention.start) continue;
        const loc = locationOf(indexer.corpus, m);
        if (loc) out.push(loc);
      }
      return out;
    },
  });
}
