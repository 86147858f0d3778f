import * as vscode from 'vscode';
import { locationOf, offsetIn, rangeOf, SOURCE_SELECTOR, type OpenLocationArgs } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Opens the References peek on every mention of the entity at a place (the hover card's `…` link). */
export const SHOW_ALL_MENTIONS = 'sourceXref.showAllMentions';

export function showAllMentionsCommandUri(at: OpenLocationArgs): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_ALL_MENTIONS}?${encodeURIComponent(JSON.stringify([at]))}`);
}

/**
 * Go to References / Peek: every mention of the entity under the cursor, in every source, without opening
 * them; and the command behind the hover's `…` link, which shows the same list in the peek from anywhere.
 */
export function registerReferences(indexer: WorkspaceIndexer): vscode.Disposable {
  const mentionsAt = (file: string, offset: number, includeOwn: boolean, token?: vscode.CancellationToken): vscode.Location[] | undefined => {
    const hit = indexer.corpus.mentionAt(file, offset);
    if (!hit) return undefined;
    const out: vscode.Location[] = [];
    for (const m of hit.entity.mentions) {
      if (token?.isCancellationRequested) return undefined;
      if (!includeOwn && m.file === file && m.start === hit.mention.start) continue;
      const loc = locationOf(indexer.corpus, m);
      if (loc) out.push(loc);
    }
    return out;
  };
  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(SOURCE_SELECTOR, {
      provideReferences(doc, position, context, token) {
        return mentionsAt(doc.uri.toString(), offsetIn(indexer.corpus, doc, position), context.includeDeclaration, token);
      },
    }),
    vscode.commands.registerCommand(SHOW_ALL_MENTIONS, async (at: OpenLocationArgs) => {
      if (!at || typeof at.file !== 'string' || typeof at.start !== 'number') return;
      const locations = mentionsAt(at.file, at.start, true);
      const range = rangeOf(indexer.corpus, at.file, at);
      if (!locations || !range) return;
      const uri = vscode.Uri.parse(at.file);
      await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
      await vscode.commands.executeCommand('editor.action.showReferences', uri, range.start, locations);
    }),
  );
}
