import * as vscode from 'vscode';
import { CorpusCollection, shorten, VERDICT_TITLES, type DraftSentence, type DraftVerdict } from '../core';
import { rangeOf } from './locations';
import type { ReviewModel } from './review';

/**
 * The Source Check's verdicts in the draft's editor: a gutter icon and an overview-ruler mark per
 * sentence (supported, disputed, resolved, not in any source; nothing on headlines and page text), with
 * the verdict in the decoration's hover. Only the draft of each story folder is decorated.
 */
export function registerDraftDecorations(review: ReviewModel, extensionUri: vscode.Uri): vscode.Disposable {
  const icon = (name: string) => vscode.Uri.joinPath(extensionUri, 'media', `verdict-${name}.svg`);
  const types: Partial<Record<DraftVerdict, vscode.TextEditorDecorationType>> = {
    supported: vscode.window.createTextEditorDecorationType({ gutterIconPath: icon('supported'), gutterIconSize: '70%', overviewRulerColor: new vscode.ThemeColor('testing.iconPassed'), overviewRulerLane: vscode.OverviewRulerLane.Left }),
    disputed: vscode.window.createTextEditorDecorationType({ gutterIconPath: icon('disputed'), gutterIconSize: '80%', overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.warningForeground'), overviewRulerLane: vscode.OverviewRulerLane.Left }),
    resolved: vscode.window.createTextEditorDecorationType({ gutterIconPath: icon('resolved'), gutterIconSize: '70%' }),
    notFound: vscode.window.createTextEditorDecorationType({ gutterIconPath: icon('notfound'), gutterIconSize: '70%', overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.errorForeground'), overviewRulerLane: vscode.OverviewRulerLane.Left }),
  };

  const decorate = (editor: vscode.TextEditor) => {
    const file = editor.document.uri.toString();
    const folder = review.indexer.corpus.has(file) ? CorpusCollection.folderOf(file) : undefined;
    const check = folder && review.draftFileOf(folder) === file ? review.draftCheck(folder) : undefined;
    for (const [verdict, type] of Object.entries(types) as [DraftVerdict, vscode.TextEditorDecorationType][]) {
      const options: vscode.DecorationOptions[] = [];
      for (const s of check?.sentences ?? []) {
        if (s.verdict !== verdict) continue;
        const range = rangeOf(review.indexer.corpus, file, s);
        // One icon per sentence, on its first line.
        if (range) options.push({ range: new vscode.Range(range.start, range.start), hoverMessage: hoverOf(review, s) });
      }
      editor.setDecorations(type, options);
    }
  };
  const decorateAll = () => vscode.window.visibleTextEditors.forEach(decorate);
  decorateAll();

  return vscode.Disposable.from(
    ...Object.values(types),
    review.onDidChange(decorateAll),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
  );
}

function hoverOf(review: ReviewModel, s: DraftSentence): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Source Check: ${VERDICT_TITLES[s.verdict]}**`);
  for (const d of s.disagreements) {
    const other = d.sides.find((x) => x.file !== s.file) ?? d.sides[1];
    const v = review.verdictOn(d);
    md.appendMarkdown('\n\n').appendText(`${review.labelOf(other.file)} says: "${shorten(other.sentence.text.replace(/\s+/g, ' '), 160)}"`);
    if (v) md.appendMarkdown('\n\n').appendText(`${v.verdict}${v.author ? ` by ${v.author}` : ''}: ${v.reason}`);
  }
  if (s.supportedBy.length) md.appendMarkdown('\n\n').appendText(`Stated also by ${s.supportedBy.map((r) => review.labelOf(r.file)).join(', ')}`);
  return md;
}
