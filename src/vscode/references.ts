import * as vscode from 'vscode';
import type { WorkspaceIndexer } from './workspaceIndexer';

const SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

/** Go to References / Peek: every mention of the entity under the cursor, in every source. */
export function registerReferences(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(SELECTOR, {
    async provideReferences(doc, position, context) {
      const hit = indexer.corpus.mentionAt(doc.uri.toString(), doc.offsetAt(position));
      if (!hit) return undefined;
      const out: vscode.Location[] = [];
      for (const m of hit.entity.mentions) {
        if (!context.includeDeclaration && m.file === doc.uri.toString() && m.start === hit.mention.start) continue;
        const target = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.file));
        out.push(new vscode.Location(target.uri, new vscode.Range(target.positionAt(m.start), target.positionAt(m.end))));
      }
      return out;
    },
  });
}
