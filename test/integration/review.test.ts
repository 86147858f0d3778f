// Reviewing a draft in the real extension host: the Source Check view's items, verdicts that clear both
// sides and undo, the report with a verdict, symlinked verdict files left alone, Restricted Mode writing nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceXrefApi } from '../../src/extension';
import type { VerdictTarget } from '../../src/vscode/codeActions';
import type { SourceCheckNode } from '../../src/vscode/sourceCheckView';
import type { VerdictNode } from '../../src/vscode/verdictsView';
import { EXTENSION_ID, FILE_A, FILE_B, openSeed, ours, sleep, until } from './seedWorkspace';

describe('Source Xref review: Source Check, verdicts, report', function () {
  this.timeout(90_000);
  let api: SourceXrefApi;
  let docA: vscode.TextDocument;
  let docB: vscode.TextDocument;
  let sourcexref: string;

  const items = async (node?: SourceCheckNode) => {
    const nodes = ((await api.review.sourceCheck.getChildren(node)) ?? []) as SourceCheckNode[];
    return Promise.all(nodes.map(async (n) => ({ node: n, item: await api.review.sourceCheck.getTreeItem(n) })));
  };
  const verdictRows = async () => ((await api.review.verdicts.getChildren()) ?? []) as VerdictNode[];
  /** The code action target of the first contradiction shown in the draft. */
  const targetInDraft = async (): Promise<{ target: VerdictTarget; diagnostic: vscode.Diagnostic }> => {
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    const diagnostic = diags.find((d) => docA.getText(d.range).includes('Mariupol')) ?? diags[0];
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, diagnostic.range)) ?? [];
    const accept = actions.find((a) => a.command?.command === 'sourceXref.acceptContradiction');
    assert.ok(accept, actions.map((a) => a.title).join(' | '));
    return { target: accept.command!.arguments![0] as VerdictTarget, diagnostic };
  };

  before(async () => {
    const ext = vscode.extensions.getExtension<SourceXrefApi>(EXTENSION_ID);
    assert.ok(ext, 'extension not loaded');
    api = await ext.activate();
    await api.whenDiagnosticsReady();
    docA = await openSeed(FILE_A);
    docB = await openSeed(FILE_B);
    sourcexref = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.sourcexref');
    await vscode.window.showTextDocument(docA);
  });

  afterEach(async () => {
    api.review.simulateRestrictedMode(false);
    // The watcher coalesces a create and a delete inside its window: wait before removing.
    await sleep(1200);
    fs.rmSync(sourcexref, { recursive: true, force: true });
    await vscode.commands.executeCommand('sourceXref.reindex');
    await api.whenDiagnosticsReady();
  });

  it('Source Check: the draft (000) gets a verdict per sentence; the Mariupol sentence is disputed by the other source', async () => {
    await vscode.commands.executeCommand('sourceXref.markDraft', docA.uri);
    const rows = await until(items, (r) => r.length > 0);
    const sentences = rows.filter((r) => r.node.kind === 'sentence');
    assert.ok(sentences.length >= 5, `${sentences.length} sentences`);
    for (const { item } of sentences) assert.match(String(item.description), /^(supported · .+|disputed(, note)? · .+ says ".+"|not in any source|resolved .*)$/, String(item.label));
    const mariupol = sentences.find((r) => r.node.kind === 'sentence' && r.node.sentence.text.includes('Mariupol back in March 2022'));
    assert.ok(mariupol, sentences.map((r) => r.item.label).join('\n'));
    assert.match(String(mariupol.item.description), /^disputed · /);
    const evidence = await items(mariupol.node);
    assert.ok(evidence.some((e) => e.node.kind === 'evidence' && e.node.role === 'disputes' && e.node.ref.file.endsWith(FILE_B)), 'the disputing sentence of the other source is listed');
    const group = rows.find((r) => r.node.kind === 'group');
    assert.ok(group && /^Not claims/.test(String(group.item.label)), 'headlines and page text are kept apart');
    const check = api.review.model.draftCheck(api.review.model.activeFolder()!)!;
    assert.ok(check.file.endsWith(FILE_A));
    assert.equal(check.sentences.length, api.corpus.indexFor(docA.uri.toString())!.document(docA.uri.toString())!.sentences.length, 'every sentence of the draft has a verdict');
    // Clicking the row reveals the sentence in the draft; a second click opens the other source beside it.
    await vscode.commands.executeCommand(mariupol.item.command!.command, ...(mariupol.item.command!.arguments ?? []));
    await until(() => vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), (t) => !!t?.includes('Mariupol'), 5000);
    await vscode.commands.executeCommand(mariupol.item.command!.command, ...(mariupol.item.command!.arguments ?? []));
    const beside = await until(() => vscode.window.activeTextEditor?.document.uri.toString(), (u) => !!u?.endsWith(FILE_B), 5000);
    assert.ok(beside?.endsWith(FILE_B));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(docA);
  });

  it('a verdict clears the disagreement on both sides and in the status count; undoing it brings both back', async () => {
    const { target } = await targetInDraft();
    const otherFile = target.disagreements[0].sides.find((s) => !s.file.endsWith(FILE_A))!.file;
    const otherUri = vscode.Uri.parse(otherFile);
    const onOther = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === docA.uri.toString()));
    assert.ok(onOther(ours(otherUri)).length > 0, 'shown on the other side before');
    const openBefore = api.review.model.openCount();
    await vscode.commands.executeCommand('sourceXref.markSideRight', target, otherFile, 'the agency confirmed March 2023');
    const stored = JSON.parse(fs.readFileSync(path.join(sourcexref, 'verdicts.json'), 'utf8'));
    assert.equal(stored.verdicts[0].verdict, 'sideRight');
    assert.equal(stored.verdicts[0].right, path.posix.basename(otherUri.path));
    assert.ok(stored.verdicts[0].author, 'author recorded');
    const clearedA = await until(() => ours(docA.uri), (ds) => !ds.some((d) => docA.getText(d.range).includes('Mariupol')));
    assert.ok(!clearedA.some((d) => docA.getText(d.range).includes('Mariupol')), 'still shown in the draft');
    const clearedOther = await until(() => onOther(ours(otherUri)), (ds) => ds.length === 0);
    assert.equal(clearedOther.length, 0, 'still shown on the other side');
    assert.equal(api.review.model.openCount(), openBefore - 1);

    const rows = await until(verdictRows, (r) => r.length === 1);
    assert.equal(rows.length, 1);
    const item = await api.review.verdicts.getTreeItem(rows[0]);
    assert.match(String(item.label), /^Side marked right: /);
    assert.equal(item.description, 'the agency confirmed March 2023');
    await vscode.commands.executeCommand('sourceXref.undoVerdict', rows[0]);
    const back = await until(() => onOther(ours(otherUri)), (ds) => ds.length > 0);
    assert.ok(back.length > 0, 'undo brings the other side back');
    assert.ok(ours(docA.uri).some((d) => docA.getText(d.range).includes('Mariupol')), 'undo brings the draft side back');
    assert.equal(api.review.model.openCount(), openBefore);
    assert.equal((await verdictRows()).length, 0);
  });

  it('the report covers each disagreement once, with the verdict, its reason and the Source Check', async () => {
    await vscode.commands.executeCommand('sourceXref.markDraft', docA.uri);
    const { target } = await targetInDraft();
    await vscode.commands.executeCommand('sourceXref.acceptContradiction', target, 'the draft means the 2022 visit');
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('sourceXref.showReport');
    const md = report.getText();
    assert.equal(report.languageId, 'markdown');
    assert.equal(report.uri.scheme, 'file', 'a file in the extension storage, so links work');
    assert.ok(!report.uri.fsPath.startsWith(vscode.workspace.workspaceFolders![0].uri.fsPath), 'not inside the workspace');
    assert.match(md, /\*\*Accepted\*\* by .*: the draft means the 2022 visit/);
    assert.match(md, /### Source Check of the draft: /);
    assert.match(md, /\d+ supported · \d+ disputed · \d+ not in any source · \d+ resolved/);
    assert.match(md, /confidence ≥ 0\.50/);
    const count = api.review.model.disagreements(api.review.model.activeFolder()!).length;
    assert.equal(md.match(/^#### \d+\. /gm)?.length, count, 'each disagreement once');
    assert.ok(!md.includes('000\\_'), 'file names are not escaped');
    assert.match(md, /\]\(<(\.\.\/)+[^>]*seeds\/000_a4f6c19284eff014\.txt#L\d+>\)/, 'relative links to the lines');
    const saved = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.sourcexref', 'report.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sourceXref.saveReport', saved);
    assert.ok(uri && fs.readFileSync(uri.fsPath, 'utf8').includes('the draft means the 2022 visit'));
    assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /\]\(<\.\.\/seeds\/[^>]+#L\d+>\)/, 'saved links are relative');
    const html = await vscode.commands.executeCommand<vscode.Uri>('sourceXref.exportReportHtml', vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.sourcexref', 'report.html'));
    const page = html ? fs.readFileSync(html.fsPath, 'utf8') : '';
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    assert.match(page, /<h1[^>]*>Source Xref: contradictions report<\/h1>/);
    assert.ok(!/<script/i.test(page), 'no scripts');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(docA);
  });

  it('an accepted.json from before verdicts.json is read (migrated) and hides the accepted disagreement', async () => {
    const { target } = await targetInDraft();
    const d = target.disagreements[0];
    const [a, b] = d.sides;
    const name = (file: string) => path.posix.basename(vscode.Uri.parse(file).path);
    fs.mkdirSync(sourcexref, { recursive: true });
    // The old format quoted the engine's span on one side only.
    const old = { version: 1, accepted: [{ code: d.code, file: name(a.file), quote: a.text, otherFile: name(b.file), otherQuote: b.text, reason: 'old reason', acceptedAt: '2025-01-01T00:00:00Z' }], ignored: {} };
    fs.writeFileSync(path.join(sourcexref, 'accepted.json'), JSON.stringify(old));
    await vscode.commands.executeCommand('sourceXref.reindex');
    await api.whenDiagnosticsReady();
    const gone = await until(() => ours(docA.uri), (ds) => !ds.some((x) => docA.getText(x.range).includes('Mariupol')));
    assert.ok(!gone.some((x) => docA.getText(x.range).includes('Mariupol')));
    const rows = await until(verdictRows, (r) => r.length === 1);
    assert.equal((await api.review.verdicts.getTreeItem(rows[0])).description, 'old reason');
  });

  it('kinds ignored in a file are listed in the Verdicts view and undone there', async () => {
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    const code = typeof diags[0].code === 'object' ? String(diags[0].code.value) : String(diags[0].code);
    await vscode.commands.executeCommand('sourceXref.ignoreKindInFile', docA.uri.toString(), code);
    await until(() => ours(docA.uri), (ds) => !ds.some((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === code));
    const rows = await until(verdictRows, (r) => r.some((n) => n.kind === 'ignored'));
    const row = rows.find((n) => n.kind === 'ignored')!;
    assert.equal(String((await api.review.verdicts.getTreeItem(row)).label).startsWith(`Ignored ${code} in `), true);
    await vscode.commands.executeCommand('sourceXref.undoVerdict', row);
    const back = await until(() => ours(docA.uri), (ds) => ds.some((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === code));
    assert.ok(back.length > 0, 'undoing the ignore reports the kind again');
  });

  it('a label the user sets names the source in views, quick fixes and the report (the file name stays in tooltips)', async () => {
    await vscode.commands.executeCommand('sourceXref.setSourceLabel', docB.uri, 'Scotsman desk');
    const stored = JSON.parse(fs.readFileSync(path.join(sourcexref, 'verdicts.json'), 'utf8'));
    assert.equal(stored.labels[FILE_B], 'Scotsman desk');
    assert.equal(api.review.model.labelOf(docB.uri.toString()), 'Scotsman desk');
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, diags[0].range)) ?? [];
    assert.ok(actions.some((a) => a.title.startsWith('Open Scotsman desk beside')), actions.map((a) => a.title).join(' | '));
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('sourceXref.showReport');
    assert.match(report.getText(), /\[Scotsman desk\]\(<[^>]+>\) \(002_6c8fcd09bb78f0a0\.txt, line \d+\)/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(docA);
  });

  it('a symlinked verdicts.json or accepted.json is neither read nor written', async function () {
    if (process.platform === 'win32') return this.skip();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-victim-'));
    const victim = path.join(outside, 'victim.json');
    const original = JSON.stringify({ version: 2, verdicts: [] });
    fs.writeFileSync(victim, original);
    fs.mkdirSync(sourcexref, { recursive: true });
    fs.symlinkSync(victim, path.join(sourcexref, 'verdicts.json'));
    fs.symlinkSync('/dev/zero', path.join(sourcexref, 'accepted.json'));
    try {
      const started = Date.now();
      await vscode.commands.executeCommand('sourceXref.reindex');
      await api.whenDiagnosticsReady();
      assert.ok(Date.now() - started < 20_000, 'reading did not hang on /dev/zero');
      const { target } = await targetInDraft();
      await vscode.commands.executeCommand('sourceXref.acceptContradiction', target, 'must not be written');
      await sleep(300);
      assert.equal(fs.readFileSync(victim, 'utf8'), original, 'the link target is untouched');
      assert.ok(fs.lstatSync(path.join(sourcexref, 'verdicts.json')).isSymbolicLink(), 'the link is still a link');
      assert.ok(ours(docA.uri).some((d) => docA.getText(d.range).includes('Mariupol')), 'nothing was accepted');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('Restricted Mode writes nothing: verdicts, notes, labels and the draft mark stay unsaved', async () => {
    api.review.simulateRestrictedMode(true);
    const { target } = await targetInDraft();
    await vscode.commands.executeCommand('sourceXref.acceptContradiction', target, 'should not be saved');
    await vscode.commands.executeCommand('sourceXref.addNote', target, 'should not be saved');
    await vscode.commands.executeCommand('sourceXref.setSourceLabel', docB.uri, 'A label');
    await vscode.commands.executeCommand('sourceXref.markDraft', docA.uri);
    await vscode.commands.executeCommand('sourceXref.saveReport', vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'report.md'));
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('sourceXref.showReport');
    assert.equal(report.uri.scheme, 'sourcexref-report', 'in Restricted Mode the report is a virtual document');
    await sleep(300);
    assert.ok(!fs.existsSync(sourcexref), '.sourcexref was created');
    assert.ok(!fs.existsSync(path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'report.md')));
    assert.ok(ours(docA.uri).some((d) => d.message && docA.getText(d.range).includes('Mariupol')), 'nothing was accepted');
    // The draft mark still applies for the session.
    assert.ok(api.review.model.draftCheck(api.review.model.activeFolder()!)?.file.endsWith(FILE_A));
  });
});
