import * as vscode from 'vscode';
import type { CorpusCollection, Span } from '../core';
import { lineIndexFor } from './lineIndex';

/** Document selector of every provider: sources are local (or remote) files. */
export const SOURCE_SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

/**
 * Range of an engine span, computed from the index's own text: no `openTextDocument`, so
 * references and diagnostics over hundreds of files never load them into the editor.
 */
export function rangeOf(corpus: CorpusCollection, file: string, span: Span): vscode.Range | undefined {
  const text = corpus.indexFor(file)?.textOf(file);
  if (text === undefined) return undefined;
  const lines = lineIndexFor(file, text);
  const a = lines.positionAt(span.start);
  const b = lines.positionAt(span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

export function locationOf(corpus: CorpusCollection, ref: Span & { file: string }): vscode.Location | undefined {
  const range = rangeOf(corpus, ref.file, ref);
  return range && new vscode.Location(vscode.Uri.parse(ref.file), range);
}

/** Offset of a position in the indexed text of `file` (matches the engine's offsets even mid-edit). */
export function offsetIn(corpus: CorpusCollection, doc: vscode.TextDocument, position: vscode.Position): number {
  const file = doc.uri.toString();
  const text = corpus.indexFor(file)?.textOf(file);
  if (text === undefined) return doc.offsetAt(position);
  return lineIndexFor(file, text).offsetAt(position.line, position.character);
}

/** The entity mention under `position` in `doc` (the one lookup behind hover, definition, highlights and navigation). */
export function mentionUnderCursor(corpus: CorpusCollection, doc: vscode.TextDocument, position: vscode.Position): ReturnType<CorpusCollection['mentionAt']> {
  return corpus.mentionAt(doc.uri.toString(), offsetIn(corpus, doc, position));
}

/** Arguments of `sourceXref.openLocation`, used in hover links, tree items and quick fixes. */
export interface OpenLocationArgs {
  file: string;
  start: number;
  end: number;
  beside?: boolean;
}

export function openLocationCommandUri(args: OpenLocationArgs): vscode.Uri {
  return vscode.Uri.parse(`command:sourceXref.openLocation?${encodeURIComponent(JSON.stringify([args]))}`);
}

export function registerOpenLocation(corpus: CorpusCollection): vscode.Disposable {
  return vscode.commands.registerCommand('sourceXref.openLocation', async (args: OpenLocationArgs) => {
    if (!args || typeof args.file !== 'string') return;
    const uri = vscode.Uri.parse(args.file);
    const range = rangeOf(corpus, args.file, args);
    const editor = await vscode.window.showTextDocument(uri, {
      viewColumn: args.beside ? vscode.ViewColumn.Beside : undefined,
      preserveFocus: false,
      selection: range,
    });
    if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
