import * as vscode from 'vscode';
import { CorpusCollection } from '../core';
import { contradictionsReport } from './reportMarkdown';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** `Show Contradictions Report`: an untitled Markdown document with both quotes of every contradiction. */
export function registerReportCommand(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.commands.registerCommand('sourceXref.showReport', async () => {
    await indexer.whenReady();
    const folders = indexer.corpus.indexes().map((index) => ({
      folder: CorpusCollection.folderOf(index.files()[0] ?? ''),
      contradictions: index.contradictions(),
      document: (file: string) => index.document(file),
    }));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: contradictionsReport(folders) });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  });
}
