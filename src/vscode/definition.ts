import * as vscode from 'vscode';
import type { Mention } from '../core';
import { locationOf, mentionUnderCursor, SOURCE_SELECTOR } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Go to Definition: the entity's first mention in another source (what the others say), else its first mention. */
export function registerDefinition(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(SOURCE_SELECTOR, {
    provideDefinition(doc, position) {
      const file = doc.uri.toString();
      const hit = mentionUnderCursor(indexer.corpus, doc, position);
      if (!hit) return undefined;
      const order = hit.index.files();
      const sorted = [...hit.entity.mentions].sort((a, b) => compareMentions(a, b, order));
      const target = sorted.find((m) => m.file !== file) ?? sorted[0];
      return target && locationOf(indexer.corpus, target);
    },
  });
}

/** Sources in index order, then by offset. */
export function compareMentions(a: Mention, b: Mention, fileOrder: string[]): number {
  if (a.file !== b.file) return fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file);
  return a.start - b.start;
}
