import * as vscode from 'vscode';
import type { Mention } from '../core';
import { compareMentions } from './definition';
import { offsetIn, rangeOf } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

/**
 * `sourceXref.nextMention` / `previousMention`: cycle through every mention of the entity under the
 * cursor across all sources of the folder (wrapping). Off any name, step to the next/previous name in the file.
 */
export function registerMentionNavigation(indexer: WorkspaceIndexer): vscode.Disposable {
  const go = (step: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const file = editor.document.uri.toString();
    const offset = offsetIn(indexer.corpus, editor.document, editor.selection.active);
    const hit = indexer.corpus.mentionAt(file, offset);
    let target: Mention | undefined;
    if (hit) {
      const order = hit.index.files();
      const all = [...hit.entity.mentions].sort((a, b) => compareMentions(a, b, order));
      const here = all.findIndex((m) => m.file === file && m.start === hit.mention.start);
      target = all[(here + step + all.length) % all.length];
    } else {
      const inFile = indexer.corpus.indexFor(file)?.mentionsIn(file).map((x) => x.mention) ?? [];
      target = step > 0 ? inFile.find((m) => m.start > offset) : [...inFile].reverse().find((m) => m.end < offset);
    }
    if (!target) {
      void vscode.window.setStatusBarMessage('Source Xref: no other mention', 2000);
      return;
    }
    const range = rangeOf(indexer.corpus, target.file, target);
    if (!range) return;
    const shown = await vscode.window.showTextDocument(vscode.Uri.parse(target.file), { selection: range, preview: true });
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourceXref.nextMention', go(1)),
    vscode.commands.registerCommand('sourceXref.previousMention', go(-1)),
  );
}
