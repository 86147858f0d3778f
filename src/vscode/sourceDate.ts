import * as vscode from 'vscode';
import { sourceLabelOf } from '../core';
import { isIsoDate, sourceDateEdit } from './sourceDateEdit';
import type { WorkspaceIndexer } from './workspaceIndexer';

export const SET_SOURCE_DATE = 'sourceXref.setSourceDate';

/**
 * "Set Source Date": gives a source its own date by writing a `date YYYY-MM-DD` line at its top (or
 * changing the date of the one there), the line the engine reads first, so `on Tuesday` or `last month`
 * resolve. The change is an ordinary, undoable edit of the open document (a WorkspaceEdit), left unsaved
 * for the user to keep or undo; nothing is written to disk behind their back.
 *
 * Arguments (all optional; hover links pass the first): the source (URI string or Uri; default the active
 * editor's) and the date (default: asked, suggesting the date most dated sources of its folder carry).
 */
export function registerSetSourceDate(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.commands.registerCommand(SET_SOURCE_DATE, async (target?: string | vscode.Uri, date?: string): Promise<boolean> => {
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Source Xref: open a source first, then run Set Source Date.');
      return false;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    const file = uri.toString();
    const index = indexer.corpus.indexFor(file);
    const view = index?.document(file);
    const name = view ? sourceLabelOf(view).label : vscode.workspace.asRelativePath(uri);
    const chosen =
      typeof date === 'string'
        ? date.trim()
        : await vscode.window.showInputBox({
            title: `Set the date of ${name}`,
            prompt: 'The day this source was published (YYYY-MM-DD). Relative dates in it (on Tuesday, last month) are resolved from it.',
            value: (view?.date.date ?? suggestedDate(indexer, file)) || new Date().toISOString().slice(0, 10),
            validateInput: (v) => (isIsoDate(v) ? undefined : 'A date as YYYY-MM-DD, e.g. 2023-04-18'),
          });
    if (!chosen || !isIsoDate(chosen)) return false;
    const change = sourceDateEdit(doc.getText(), chosen);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.newText);
    const applied = await vscode.workspace.applyEdit(edit);
    // The user sees the edit they asked for: a source changed out of sight would be left unsaved unnoticed.
    if (applied && !vscode.window.visibleTextEditors.some((e) => e.document === doc)) await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: true });
    return applied;
  });
}

/** The date most dated sources in the same folder have, if any. */
function suggestedDate(indexer: WorkspaceIndexer, file: string): string | undefined {
  const counts = new Map<string, number>();
  for (const d of indexer.corpus.indexFor(file)?.documents() ?? []) {
    if (d.file !== file && d.date.date && d.date.source !== 'inferred') counts.set(d.date.date, (counts.get(d.date.date) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
