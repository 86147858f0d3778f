// Runs inside a real VS Code extension host with the `seeds` sample folder open as the workspace.
// Every position is found by searching the document text: nothing depends on fixed offsets.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import { EXTENSION_ID, FILE_A, FILE_B, FILE_C, openSeed, positionOf } from './seedWorkspace';

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function textAt(loc: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(loc.uri)).getText(loc.range);
}

/** Diagnostics appear asynchronously after indexing; poll until `accept` is satisfied or time runs out. */
async function waitForDiagnostics(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, ms = 20_000): Promise<readonly vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  let diags = vscode.languages.getDiagnostics(uri);
  while (!accept(diags) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    diags = vscode.languages.getDiagnostics(uri);
  }
  return diags;
}

describe('Source Xref in a real VS Code', () => {
  let docA: vscode.TextDocument;
  // The Putin inside the first "Russian President Vladimir Putin" of the body text.
  let putinInA: vscode.Position;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    await (ext.exports as { whenReady(): Promise<void> }).whenReady();
    docA = await openSeed(FILE_A);
    await vscode.window.showTextDocument(docA);
    putinInA = positionOf(docA, 'Vladimir Putin', 'Vladimir '.length + 1);
  });

  it('ran the first pass the way the environment asks (worker threads unless told otherwise)', () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { lastIndexPass(): string | undefined };
    const expected = process.env.SOURCE_XREF_WORKER_MIN_FILES === '1' ? /worker thread/ : /main thread/;
    assert.match(api.lastIndexPass() ?? '', expected);
  });

  it('gives the seeds text files the news-source language', () => {
    assert.equal(docA.languageId, 'news-source');
  });

  it('hover on Putin names the two other sources', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, putinInA);
    const md = markdownOf(hovers ?? []);
    assert.ok(md.length > 0, 'no hover card for Putin');
    // Hover markdown escapes punctuation, so compare with backslashes removed.
    const plain = md.replace(/\\/g, '');
    for (const other of [FILE_B, FILE_C]) assert.ok(plain.includes(other), `hover does not name ${other}:\n${md}`);
  });

  it('references on Putin reach all three sources, each at a Putin form', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', docA.uri, putinInA);
    assert.ok(locations && locations.length > 0, 'no references for Putin');
    const files = new Set(locations.map((l) => basename(l.uri)));
    for (const f of [FILE_A, FILE_B, FILE_C]) assert.ok(files.has(f), `references miss ${f}: ${[...files].join(', ')}`);
    for (const loc of locations) {
      const text = await textAt(loc);
      assert.match(text, /\bPutin\b/, `reference in ${basename(loc.uri)} at line ${loc.range.start.line} is "${text}"`);
    }
  });

  it('go to definition, when provided, lands on a Putin form', async function () {
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', docA.uri, putinInA);
    if (!found || found.length === 0) return this.skip(); // the extension registers no definition provider
    for (const d of found) {
      const loc = 'targetUri' in d ? new vscode.Location(d.targetUri, d.targetSelectionRange ?? d.targetRange) : d;
      assert.match(await textAt(loc), /\bPutin\b/);
    }
  });

  it('flags the Mariupol timing in 000 as contradicted by the "Last month" sentence in 002', async () => {
    const docB = await openSeed(FILE_B);
    const claimText = 'Mariupol back in March 2022';
    const claim = new vscode.Range(positionOf(docA, claimText), positionOf(docA, claimText, claimText.length));
    const counterLine = positionOf(docB, 'Last month, Mr Putin visited').line;
    const matches = (d: vscode.Diagnostic) =>
      d.range.intersection(claim) !== undefined &&
      (d.relatedInformation ?? []).some((r) => basename(r.location.uri) === FILE_B && r.location.range.start.line <= counterLine && r.location.range.end.line >= counterLine);
    const diags = await waitForDiagnostics(docA.uri, (ds) => ds.some(matches));
    const summary = diags.map((d) => `line ${d.range.start.line}: ${d.message} -> ${(d.relatedInformation ?? []).map((r) => `${basename(r.location.uri)}:${r.location.range.start.line}`).join(', ')}`);
    assert.ok(diags.some(matches), `no diagnostic over "${claimText}" (line ${claim.start.line}) of ${FILE_A} related to line ${counterLine} of ${FILE_B}; got:\n${summary.join('\n') || '(none)'}`);
  });

  it('a source deleted while the workspace is re-indexed is gone from the index afterwards', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { whenReady(): Promise<void>; corpus: { has(file: string): boolean } };
    const folder = vscode.Uri.joinPath(docA.uri, '..');
    const temp = vscode.Uri.joinPath(folder, 'zz_deleted_during_reindex.txt');
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode('date 2023-04-18\nAnna Berg visited Oslo on Monday.\n'));
    await vscode.commands.executeCommand('sourceXref.reindex');
    assert.ok(api.corpus.has(temp.toString()), 'the new source was not indexed');
    const reindexing = vscode.commands.executeCommand('sourceXref.reindex');
    await vscode.workspace.fs.delete(temp);
    await reindexing;
    // The watcher's delete event may land during or after the pass: either way the file must end up gone.
    for (let waited = 0; api.corpus.has(temp.toString()) && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    assert.equal(api.corpus.has(temp.toString()), false);
    await api.whenReady();
  });
});
