// Number hovers, Set Source Date, and the hardening of names.json and the include globs, in a real
// extension host. Sources are written into new story folders next to the samples and removed afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceXrefApi } from '../../src/extension';
import { EXTENSION_ID, FILE_A, openSeed, until } from './seedWorkspace';

/** The hover Markdown at the first `needle` (+ delta), backslash escapes removed. */
async function hoverText(doc: vscode.TextDocument, needle: string, delta = 1): Promise<string> {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in ${doc.uri.path}`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + delta))) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

describe('Source Xref: number hovers, source dates, hostile files', function () {
  this.timeout(60_000);
  let api: SourceXrefApi;
  let seeds: vscode.Uri;
  const created: vscode.Uri[] = [];

  async function writeSource(relative: string, text: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.joinPath(seeds, relative);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    created.push(vscode.Uri.joinPath(seeds, relative.split('/')[0]));
    const indexed = await until(() => api.corpus.has(uri.toString()), (v) => v);
    assert.ok(indexed, `${relative} was not indexed`);
    return vscode.workspace.openTextDocument(uri);
  }

  before(async () => {
    const ext = vscode.extensions.getExtension<SourceXrefApi>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.whenReady();
    seeds = vscode.Uri.joinPath((await openSeed(FILE_A)).uri, '..');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of new Set(created.map((u) => u.toString()))) await vscode.workspace.fs.delete(vscode.Uri.parse(dir), { recursive: true, useTrash: false }).then(undefined, () => {});
  });

  it('a number gets a card: what it counts, and what the other sources of the story give for it', async () => {
    const a = await writeSource('zz_numbers/a.txt', 'date 2023-04-18\nUkraine said 12,000 troops crossed the Dnieper river on Monday.\n');
    await writeSource('zz_numbers/b.txt', 'date 2023-04-18\nA spokesman in Kyiv said about 15,000 troops crossed the Dnieper river.\n');
    const md = await until(() => hoverText(a, '12,000'), (t) => t.includes('15,000'));
    assert.match(md, /\*\*12,000 troops\*\* · number · counts \*troops\*/, md);
    assert.match(md, /Other sources on \*troops\*:/, md);
    assert.match(md, /\]\(command:sourceXref\.openLocation\?[^)]*"b\.txt"\): \*\*about 15,000 troops\*\*/, md);
  });

  it('a weekday in an undated source says why it is unresolved; Set Source Date writes a date line and resolves it', async () => {
    const doc = await writeSource('zz_undated/note.txt', 'Officials in Kyiv said on Tuesday that the bridge over the river had reopened.\n');
    const before = await hoverText(doc, 'Tuesday', 2);
    assert.match(before, /Tuesday\*\* · date not resolved/, before);
    assert.match(before, /\[Set Source Date…\]\(command:sourceXref\.setSourceDate\?/, before);

    const applied = await vscode.commands.executeCommand<boolean>('sourceXref.setSourceDate', doc.uri.toString(), '2023-04-20');
    assert.equal(applied, true);
    assert.ok(doc.getText().startsWith('date 2023-04-20\n'), doc.getText().slice(0, 40));
    assert.ok(doc.isDirty, 'an ordinary edit the user can undo or save');
    const analysis = () => api.corpus.indexFor(doc.uri.toString())?.document(doc.uri.toString());
    const resolved = await until(analysis, (a) => !!a?.times.some((t) => t.text.includes('Tuesday')));
    const tuesday = resolved?.times.find((t) => t.text.includes('Tuesday'));
    assert.equal(tuesday?.from, '2023-04-18');
    const after = await hoverText(doc, 'Tuesday', 2);
    assert.match(after, /→ \*\*Tue 18 Apr 2023\*\*/, after);
    assert.match(after, /document date 2023-04-20 \(header\)/, after);
    await doc.save();
  });

  it('the hover "…" link opens the References peek on every mention', async () => {
    const docA = await openSeed(FILE_A);
    await vscode.window.showTextDocument(docA);
    const offset = docA.getText().indexOf('Vladimir Putin') + 10;
    const md = await hoverText(docA, 'Vladimir Putin', 10);
    const link = /\]\(command:sourceXref\.showAllMentions\?([^ )]+)/.exec(md);
    assert.ok(link, md);
    const args = JSON.parse(decodeURIComponent(link[1]));
    await vscode.commands.executeCommand('sourceXref.showAllMentions', ...args);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), docA.uri.toString());
    // The peek opens on the hovered mention's line (it may move the selection to the reference it previews).
    const at = docA.positionAt(offset);
    assert.ok(editor.selection.start.line === at.line || editor.selection.contains(at), `selection ${JSON.stringify(editor.selection)} vs ${JSON.stringify(at)}`);
  });

  it('.sourcexref/names.json linked to /dev/zero is refused at once, not read', async function () {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    if (folder.scheme !== 'file' || !fs.existsSync('/dev/zero')) return this.skip();
    const dir = vscode.Uri.joinPath(folder, '.sourcexref');
    const names = vscode.Uri.joinPath(dir, 'names.json');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.symlinkSync('/dev/zero', names.fsPath);
    try {
      const started = Date.now();
      await vscode.commands.executeCommand('sourceXref.reindex');
      const ms = Date.now() - started;
      assert.ok(ms < 10_000, `re-index with names.json -> /dev/zero took ${ms} ms`);
      assert.equal(api.corpus.userNamesInUse().length, 0);
      assert.ok(api.corpus.files().length >= 3);
    } finally {
      fs.unlinkSync(names.fsPath);
    }
  });

  it('a source that is a symbolic link to a file outside the workspace is not read', async function () {
    if (seeds.scheme !== 'file') return this.skip();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'source-xref-outside-'));
    const secret = path.join(outside, 'secret.txt');
    fs.writeFileSync(secret, 'date 2023-04-18\nThe private notes name Anna Berg in Oslo on Monday.\n');
    const dir = vscode.Uri.joinPath(seeds, 'zz_links');
    created.push(dir);
    fs.mkdirSync(dir.fsPath, { recursive: true });
    const inside = vscode.Uri.joinPath(dir, 'inside.txt');
    fs.writeFileSync(inside.fsPath, 'date 2023-04-18\nAnna Berg visited Oslo on Monday.\n');
    const link = vscode.Uri.joinPath(dir, 'link.txt');
    fs.symlinkSync(secret, link.fsPath);
    try {
      await vscode.commands.executeCommand('sourceXref.reindex');
      assert.ok(api.corpus.has(inside.toString()), 'the ordinary source in the same folder is indexed');
      assert.equal(api.corpus.has(link.toString()), false, 'the link out of the workspace was read');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a huge brace glob in sourceXref.include does not break indexing: the defaults are used instead', async () => {
    const cfg = vscode.workspace.getConfiguration('sourceXref');
    const huge = `{${Array.from({ length: 12_000 }, (_, i) => `d${i}/**`).join(',')}}`;
    await cfg.update('include', [huge], vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('sourceXref.reindex');
      assert.ok(api.corpus.files().length >= 3, `${api.corpus.files().length} sources indexed`);
    } finally {
      await cfg.update('include', undefined, vscode.ConfigurationTarget.Global);
    }
    await vscode.commands.executeCommand('sourceXref.reindex');
  });
});
