// The editor features through the VS Code API, in a real extension host with the seeds folder open.
// Positions are found by searching the text or asking the extension's own index; no fixed offsets.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceXrefApi } from '../../src/extension';
import { shortDateLabel } from '../../src/vscode/dateLabel';

import { basename, EXTENSION_ID, FILE_A, FILE_B, openSeed, ours, positionOf, sleep, until } from './seedWorkspace';

async function textAt(loc: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(loc.uri)).getText(loc.range);
}

const codeValue = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('Source Xref editor features', function () {
  this.timeout(60_000);
  let api: SourceXrefApi;
  let docA: vscode.TextDocument;
  let docB: vscode.TextDocument;
  let putinInA: vscode.Position;

  before(async () => {
    const ext = vscode.extensions.getExtension<SourceXrefApi>(EXTENSION_ID);
    assert.ok(ext, 'extension not loaded');
    api = await ext.activate();
    await api.whenDiagnosticsReady();
    docA = await openSeed(FILE_A);
    docB = await openSeed(FILE_B);
    await vscode.window.showTextDocument(docA);
    putinInA = positionOf(docA, 'Vladimir Putin', 'Vladimir '.length + 1);
  });

  it('shows exactly one hover card with type, per-source sentences and open-links to own commands only', async () => {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, putinInA)) ?? [];
    const cards = hovers.filter((h) => h.contents.some((c) => typeof c !== 'string' && c.value.includes('mention')));
    assert.equal(cards.length, 1, 'one card, not several');
    const md = cards[0].contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    const plain = md.replace(/\\/g, '');
    assert.match(plain, /\*\*[^*]*Putin[^*]*\*\* · person/);
    assert.ok(plain.indexOf('this source') < plain.indexOf(FILE_B), 'current source listed first');
    assert.ok(plain.includes(FILE_B));
    const commands = [...md.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0, 'links to open each sentence');
    const allowed = ['sourceXref.openLocation', 'sourceXref.showAllMentions', 'sourceXref.setSourceDate'];
    assert.ok(commands.includes('sourceXref.openLocation'));
    for (const c of commands) assert.ok(allowed.includes(c), c);
  });

  it('hover on a relative date shows its resolved value and the document date', async function () {
    const analysis = api.corpus.indexFor(docB.uri.toString())?.document(docB.uri.toString());
    const relative = analysis?.times.find((t) => t.relative);
    if (!relative) return this.skip(); // the date engine found no relative date in this source
    const pos = docB.positionAt(relative.start + 1);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docB.uri, pos)) ?? [];
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/\\/g, '');
    assert.ok(md.includes(`→ **${relative.label}**`), md);
    assert.match(md, /document date \d{4}-\d\d-\d\d/);
  });

  it('inlay hints show resolved relative dates, and can be switched off', async function () {
    const analysis = api.corpus.indexFor(docB.uri.toString())?.document(docB.uri.toString());
    const relative = analysis?.times.filter((t) => t.relative) ?? [];
    if (relative.length === 0) return this.skip();
    const whole = new vscode.Range(0, 0, docB.lineCount, 0);
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', docB.uri, whole)) ?? [];
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes(`⟨${shortDateLabel(relative[0].label)}⟩`), labels.join(', '));
    assert.deepEqual(hints[0].position, docB.positionAt(relative[0].end));
    const cfg = vscode.workspace.getConfiguration('sourceXref');
    await cfg.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const off = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', docB.uri, whole)) ?? [];
      assert.equal(off.filter((h) => String(h.label).startsWith('⟨')).length, 0);
    } finally {
      await cfg.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('references span the sources and every range holds the mention text (computed without opening files)', async () => {
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', docA.uri, putinInA)) ?? [];
    const hit = api.corpus.mentionAt(docA.uri.toString(), docA.offsetAt(putinInA));
    assert.ok(hit, 'Putin is a mention');
    assert.equal(locations.length, hit.entity.mentions.length);
    assert.ok(new Set(locations.map((l) => basename(l.uri))).size >= 2);
    const texts = new Set(hit.entity.mentions.map((m) => m.text));
    for (const loc of locations) assert.ok(texts.has(await textAt(loc)), `${basename(loc.uri)}:${loc.range.start.line}`);
  });

  it('go to definition lands on the entity in another source', async () => {
    const found = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', docA.uri, putinInA)) ?? [];
    assert.equal(found.length, 1);
    const loc = 'targetUri' in found[0] ? new vscode.Location(found[0].targetUri, found[0].targetRange) : found[0];
    assert.notEqual(basename(loc.uri), FILE_A);
    assert.match(await textAt(loc), /Putin/);
  });

  it('highlights every mention of the entity in the current file only', async () => {
    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', docA.uri, putinInA)) ?? [];
    const hit = api.corpus.mentionAt(docA.uri.toString(), docA.offsetAt(putinInA))!;
    assert.equal(highlights.length, hit.entity.mentions.filter((m) => m.file === docA.uri.toString()).length);
    for (const h of highlights) assert.match(docA.getText(h.range), /Putin/);
  });

  it('workspace symbols find entities by name; the outline lists the entities of the file', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'putin')) ?? [];
    const putin = symbols.find((s) => /Putin/.test(s.name));
    assert.ok(putin, symbols.map((s) => s.name).join(', '));
    assert.match(await textAt(putin.location), /Putin/);
    const outline = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', docA.uri)) ?? [];
    assert.ok(outline.some((s) => /Putin/.test(s.name)), outline.map((s) => s.name).join(', '));
  });

  it('next/previous mention cycle through the mentions across files', async () => {
    const editor = await vscode.window.showTextDocument(docA);
    editor.selection = new vscode.Selection(putinInA, putinInA);
    const hit = api.corpus.mentionAt(docA.uri.toString(), docA.offsetAt(putinInA))!;
    const seen = new Set<string>();
    for (let i = 0; i < hit.entity.mentions.length; i++) {
      await vscode.commands.executeCommand('sourceXref.nextMention');
      const active = vscode.window.activeTextEditor!;
      assert.match(active.document.getText(active.selection), /Putin/);
      seen.add(`${active.document.uri.toString()}#${active.document.offsetAt(active.selection.start)}`);
    }
    assert.equal(seen.size, hit.entity.mentions.length, 'visits every mention once per cycle');
    await vscode.commands.executeCommand('sourceXref.previousMention');
    const back = vscode.window.activeTextEditor!;
    assert.match(back.document.getText(back.selection), /Putin/);
  });

  it('diagnostics: coded with a docs link, related to the other sentence, shown in both sources', async () => {
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    assert.ok(diags.length > 0, 'no contradiction diagnostics in A');
    for (const d of diags) {
      assert.match(codeValue(d), /^xref\./);
      assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('README'));
      assert.ok((d.relatedInformation ?? []).length > 0);
    }
    const other = diags[0].relatedInformation![0].location;
    const mirrored = ours(other.uri);
    assert.ok(
      mirrored.some((d) => (d.relatedInformation ?? []).some((r) => basename(r.location.uri) === FILE_A)),
      `${basename(other.uri)} does not show the contradiction back`,
    );
  });

  it('severity per kind applies without a reload, including off', async () => {
    const before = await until(() => ours(docA.uri), (d) => d.length > 0);
    const kind = codeValue(before[0]).slice('xref.'.length);
    const cfg = vscode.workspace.getConfiguration('sourceXref');
    await cfg.update(`severity.${kind}`, 'error', vscode.ConfigurationTarget.Global);
    try {
      const asError = await until(() => ours(docA.uri), (ds) => ds.some((d) => codeValue(d) === `xref.${kind}` && d.severity === vscode.DiagnosticSeverity.Error));
      assert.ok(asError.some((d) => codeValue(d) === `xref.${kind}` && d.severity === vscode.DiagnosticSeverity.Error));
      await cfg.update(`severity.${kind}`, 'off', vscode.ConfigurationTarget.Global);
      const off = await until(() => ours(docA.uri), (ds) => !ds.some((d) => codeValue(d) === `xref.${kind}`));
      assert.ok(!off.some((d) => codeValue(d) === `xref.${kind}`));
    } finally {
      await cfg.update(`severity.${kind}`, undefined, vscode.ConfigurationTarget.Global);
    }
    await until(() => ours(docA.uri), (d) => d.length >= before.length);
  });

  it('quick fixes open the other source, and accepting with a reason hides it via .sourcexref/verdicts.json', async () => {
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    const target = diags[0];
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, target.range)) ?? [];
    const titles = actions.map((a) => a.title);
    const open = actions.find((a) => a.title.startsWith('Open '));
    const accept = actions.find((a) => a.title.startsWith('Accept '));
    assert.ok(open && accept && titles.some((t) => t.startsWith('Ignore ')) && titles.some((t) => t.startsWith('Mark which side')) && titles.some((t) => t.startsWith('Leave a note')), titles.join(' | '));

    await vscode.commands.executeCommand(open.command!.command, ...(open.command!.arguments ?? []));
    const related = target.relatedInformation![0].location;
    await until(() => vscode.window.activeTextEditor?.document.uri.toString(), (u) => u === related.uri.toString(), 5000);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), related.uri.toString());

    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, '.sourcexref', 'verdicts.json');
    try {
      await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? []), 'checked with the newsroom');
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      assert.equal(stored.verdicts[0].reason, 'checked with the newsroom');
      assert.equal(stored.verdicts[0].verdict, 'accepted');
      assert.ok(stored.verdicts[0].sides.some((s: { file: string }) => s.file === FILE_A));
      const after = await until(() => ours(docA.uri), (ds) => !ds.some((d) => d.range.isEqual(target.range) && codeValue(d) === codeValue(target)));
      assert.ok(!after.some((d) => d.range.isEqual(target.range) && codeValue(d) === codeValue(target)), 'accepted discrepancy still shown');
    } finally {
      // The file watcher coalesces a create and a delete that come within its window into nothing.
      await sleep(1500);
      await vscode.workspace.fs.delete(file);
    }
    const restored = await until(() => ours(docA.uri), (ds) => ds.some((d) => d.range.isEqual(target.range)));
    assert.ok(restored.some((d) => d.range.isEqual(target.range)), 'deleting verdicts.json brings it back');
  });

  it('re-validates the dependent source when another source changes', async () => {
    const diags = await until(() => ours(docA.uri), (d) => d.length > 0);
    const related = diags[0].relatedInformation![0].location;
    const other = await vscode.workspace.openTextDocument(related.uri);
    const original = other.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(other.uri, new vscode.Range(0, 0, other.lineCount, 0), '');
    await vscode.workspace.applyEdit(edit);
    try {
      const cleared = await until(() => ours(docA.uri), (ds) => !ds.some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === other.uri.toString())));
      assert.ok(!cleared.some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === other.uri.toString())));
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(other.uri, new vscode.Range(0, 0, other.lineCount, 0), original);
      await vscode.workspace.applyEdit(undo);
      await other.save();
    }
    const back = await until(() => ours(docA.uri), (d) => d.length >= diags.length);
    assert.ok(back.length >= diags.length);
  });

  it('.sourcexref/names.json links names the user lists and sets their type', async function () {
    const index = api.corpus.indexFor(docA.uri.toString())!;
    const places = index.entities().filter((e) => e.type === 'place' && e.mentions.length > 0);
    if (places.length < 2) return this.skip();
    const [first, second] = places;
    const names = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.sourcexref', 'names.json');
    await vscode.workspace.fs.writeFile(names, new TextEncoder().encode(JSON.stringify([{ name: first.name, type: 'organization', aliases: [second.name] }])));
    const mention = second.mentions[0];
    const linked = () => api.corpus.mentionAt(mention.file, mention.start)?.entity;
    try {
      const hasFirst = (e: typeof first | undefined) => !!e && [e.name, ...e.aliases].includes(first.name);
      const merged = await until(linked, hasFirst);
      assert.ok(merged && hasFirst(merged), `${second.name} not linked to ${first.name}`);
      assert.ok(merged.mentions.length > second.mentions.length);
      assert.equal(merged.type, 'organization');
    } finally {
      await sleep(1500); // see above: create+delete inside the watcher window coalesce
      await vscode.workspace.fs.delete(names);
    }
    const apart = await until(linked, (e) => !!e && e.type === 'place');
    assert.equal(apart?.type, 'place');
  });

  it('corroboration: code lens counts supporting sources; hints mark unsupported sentences (both opt-in)', async () => {
    const cfg = vscode.workspace.getConfiguration('sourceXref');
    const lensesNow = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', docA.uri)) ?? [];
    assert.equal((await lensesNow()).filter((l) => /supported by|disputed by/.test(l.command?.title ?? '')).length, 0, 'off by default');
    const support = api.corpus.indexFor(docA.uri.toString())!.supportFor(docA.uri.toString());
    const expectedLenses = support.filter((s) => s.supportedBy.length || s.contradictedBy.length).length;
    const expectedHints = support.filter((s) => s.unsupported).length;
    await cfg.update('codeLens', true, vscode.ConfigurationTarget.Global);
    await cfg.update('corroboration.hints', true, vscode.ConfigurationTarget.Global);
    try {
      const lenses = await until(lensesNow, (ls) => ls.length >= expectedLenses);
      const titled = lenses.filter((l) => /supported by \d+ sources?|disputed by \d+/.test(l.command?.title ?? ''));
      assert.equal(titled.length, expectedLenses);
      const hints = await until(
        () => vscode.languages.getDiagnostics(docA.uri).filter((d) => d.code === 'xref.unsupported'),
        (h) => h.length === expectedHints,
      );
      assert.equal(hints.length, expectedHints);
      for (const h of hints) assert.equal(h.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await cfg.update('codeLens', undefined, vscode.ConfigurationTarget.Global);
      await cfg.update('corroboration.hints', undefined, vscode.ConfigurationTarget.Global);
    }
    const cleared = await until(() => vscode.languages.getDiagnostics(docA.uri).filter((d) => d.code === 'xref.unsupported'), (h) => h.length === 0);
    assert.equal(cleared.length, 0);
  });

  it('commands: report opens Markdown with both quotes; entities view and re-index run', async () => {
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('sourceXref.showReport');
    assert.equal(report.languageId, 'markdown');
    assert.match(report.getText(), /^# Source Xref: contradictions report/);
    if (api.corpus.contradictions().length) assert.match(report.getText(), /> .*\*\*/);
    await vscode.commands.executeCommand('sourceXref.showEntities');
    await vscode.commands.executeCommand('sourceXref.entities.filterCurrentFile');
    await vscode.commands.executeCommand('sourceXref.entities.showAll');
    await vscode.commands.executeCommand('sourceXref.reindex');
    await api.whenReady();
    assert.equal(api.corpus.files().length, 3);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
