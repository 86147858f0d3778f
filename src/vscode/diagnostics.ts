import * as vscode from 'vscode';
import type { Contradiction } from '../core/types';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Publishes contradictions to the Problems panel, with the contradicting sentence as related information. */
export function registerDiagnostics(indexer: WorkspaceIndexer): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('source-xref');
  const refresh = async () => {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const c of indexer.corpus.contradictions()) {
      const diag = await toDiagnostic(c);
      if (!diag) continue;
      const list = byFile.get(c.file) ?? [];
      list.push(diag);
      byFile.set(c.file, list);
    }
    collection.clear();
    for (const [file, diags] of byFile) collection.set(vscode.Uri.parse(file), diags);
  };
  const sub = indexer.onDidChange(() => void refresh());
  void indexer.whenReady().then(refresh);
  return vscode.Disposable.from(collection, sub);
}

async function toDiagnostic(c: Contradiction): Promise<vscode.Diagnostic | undefined> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(c.file));
  const diag = new vscode.Diagnostic(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)), c.message, vscode.DiagnosticSeverity.Warning);
  diag.source = 'Source Xref';
  diag.code = c.code;
  diag.relatedInformation = [];
  for (const r of c.related) {
    const other = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.file));
    diag.relatedInformation.push(
      new vscode.DiagnosticRelatedInformation(
        new vscode.Location(other.uri, new vscode.Range(other.positionAt(r.start), other.positionAt(r.end))),
        `contradicted by: "${r.text.length > 120 ? `${r.text.slice(0, 117)}...` : r.text}"`,
      ),
    );
  }
  return diag;
}
