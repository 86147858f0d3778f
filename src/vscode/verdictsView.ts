import * as vscode from 'vscode';
import { fileNameOf, normaliseQuote, shorten, type Verdict } from '../core';
import type { OpenLocationArgs } from './locations';
import type { ReviewModel } from './review';

export const VERDICTS_VIEW = 'sourceXref.verdicts';

/** A row of the Verdicts view: a verdict, one of its two quoted sides, or a kind ignored in a file. */
export type VerdictNode =
  | { kind: 'verdict'; folder: vscode.WorkspaceFolder; verdict: Verdict }
  | { kind: 'side'; parent: VerdictNode & { kind: 'verdict' }; side: 0 | 1 }
  | { kind: 'ignored'; folder: vscode.WorkspaceFolder; fileName: string; code: string };

const KIND_TITLE: Record<Verdict['verdict'], string> = { accepted: 'Accepted', sideRight: 'Side marked right', note: 'Note' };
const KIND_ICON: Record<Verdict['verdict'], string> = { accepted: 'check', sideRight: 'target', note: 'note' };

/**
 * The Verdicts view: every verdict stored in `.sourcexref/verdicts.json` (newest first) with its kind,
 * reason, author and date, then every kind ignored in a file; a verdict's two sides open the quoted
 * sentences; the inline Undo removes a verdict (the disagreement is shown again on both sides) or an ignore.
 */
export function registerVerdictsView(review: ReviewModel): vscode.Disposable & { provider: vscode.TreeDataProvider<VerdictNode> } {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.TreeDataProvider<VerdictNode> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (!node) {
        const verdicts: VerdictNode[] = review.store.all().map(({ folder, verdict }) => ({ kind: 'verdict', folder, verdict }));
        const ignored: VerdictNode[] = review.store.allIgnored().map((x) => ({ kind: 'ignored', ...x }));
        return [...verdicts, ...ignored];
      }
      if (node.kind === 'verdict') return [0, 1].map((side) => ({ kind: 'side', parent: node, side: side as 0 | 1 }));
      return [];
    },
    getTreeItem: (node) => treeItem(review, node),
  };
  const view = vscode.window.createTreeView(VERDICTS_VIEW, { treeDataProvider: provider });
  const describe = () => {
    const n = review.store.all().length + review.store.allIgnored().length;
    const verdicts = review.store.all().length;
    view.description = n ? `${verdicts} verdict${verdicts === 1 ? '' : 's'} · ${review.openCount()} open disagreement${review.openCount() === 1 ? '' : 's'}` : undefined;
    void vscode.commands.executeCommand('setContext', 'sourceXref.hasVerdicts', n > 0);
  };
  describe();
  return Object.assign(
    vscode.Disposable.from(
      changed,
      view,
      review.onDidChange(() => {
        describe();
        changed.fire();
      }),
      vscode.commands.registerCommand('sourceXref.undoVerdict', async (node?: VerdictNode) => {
        if (node?.kind === 'ignored') return void (await review.store.unignoreCode(node.folder, node.fileName, node.code));
        const v = node?.kind === 'verdict' ? node : node?.kind === 'side' ? node.parent : undefined;
        if (v) await review.store.undo(v.folder, v.verdict);
      }),
      vscode.commands.registerCommand('sourceXref.openVerdictSide', async (folder: vscode.WorkspaceFolder, verdict: Verdict, side: 0 | 1) => {
        const at = locate(review, folder, verdict, side);
        if (!at) {
          void vscode.window.showInformationMessage(`Source Xref: the quoted sentence is no longer in ${verdict.sides[side].file}.`);
          return;
        }
        const args: OpenLocationArgs = { ...at, beside: side === 1 };
        await vscode.commands.executeCommand('sourceXref.openLocation', args);
      }),
    ),
    { provider },
  );
}

function treeItem(review: ReviewModel, node: VerdictNode): vscode.TreeItem {
  if (node.kind === 'ignored') {
    const file = review.indexer.corpus.files().find((f) => f.startsWith(node.folder.uri.toString()) && fileNameOf(f) === node.fileName);
    const item = new vscode.TreeItem(`Ignored ${node.code} in ${file ? review.labelOf(file) : node.fileName}`, vscode.TreeItemCollapsibleState.None);
    item.description = file && review.labelOf(file) !== node.fileName ? node.fileName : undefined;
    item.tooltip = `${node.code} is not reported in ${node.fileName} (Ignore … in this file). Undo to report it again.`;
    item.iconPath = new vscode.ThemeIcon('eye-closed');
    item.contextValue = 'verdict';
    if (file) item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(file)] };
    return item;
  }
  if (node.kind === 'side') {
    const { folder, verdict } = node.parent;
    const s = verdict.sides[node.side];
    const at = locate(review, folder, verdict, node.side);
    const label = at ? review.labelOf(at.file) : s.file;
    const right = verdict.verdict === 'sideRight' && verdict.right === s.file ? ' (right)' : '';
    const item = new vscode.TreeItem(`${label}${right}: ${shorten(s.quote, 90)}`, vscode.TreeItemCollapsibleState.None);
    item.tooltip = `${s.file}\n${s.quote}`;
    item.iconPath = new vscode.ThemeIcon(at ? 'quote' : 'circle-slash');
    item.command = { command: 'sourceXref.openVerdictSide', title: 'Open', arguments: [folder, verdict, node.side] };
    item.contextValue = 'verdictSide';
    return item;
  }
  const { folder, verdict } = node;
  const names = verdict.sides.map((s, i) => {
    const at = locate(review, folder, verdict, i as 0 | 1);
    return at ? review.labelOf(at.file) : s.file;
  });
  const item = new vscode.TreeItem(`${KIND_TITLE[verdict.verdict]}: ${names[0]} vs ${names[1]}`, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = shorten(verdict.reason, 80);
  const md = new vscode.MarkdownString();
  md.appendText(`${KIND_TITLE[verdict.verdict]} (${verdict.code})${verdict.author ? ` by ${verdict.author}` : ''}${verdict.at ? ` on ${verdict.at.slice(0, 16).replace('T', ' ')}` : ''}`);
  md.appendMarkdown('\n\n').appendText(verdict.reason || '(no reason given)');
  md.appendMarkdown('\n\n').appendText(`${verdict.sides[0].file}: "${shorten(verdict.sides[0].quote, 200)}"`);
  md.appendMarkdown('\n\n').appendText(`${verdict.sides[1].file}: "${shorten(verdict.sides[1].quote, 200)}"`);
  item.tooltip = md;
  item.iconPath = new vscode.ThemeIcon(KIND_ICON[verdict.verdict]);
  item.contextValue = 'verdict';
  item.command = { command: 'sourceXref.openVerdictSide', title: 'Open', arguments: [folder, verdict, 0] };
  return item;
}

/** Where a stored side's quote is now: the indexed source of that name (in the folder) holding it. */
function locate(review: ReviewModel, folder: vscode.WorkspaceFolder, verdict: Verdict, side: 0 | 1): { file: string; start: number; end: number } | undefined {
  const s = verdict.sides[side];
  const base = folder.uri.toString();
  const quote = normaliseQuote(s.quote);
  for (const file of review.indexer.corpus.files()) {
    if (!file.startsWith(base) || fileNameOf(file) !== s.file) continue;
    const text = review.indexer.corpus.indexFor(file)?.textOf(file);
    if (text === undefined) continue;
    const start = findQuote(text, s.quote, quote);
    if (start) return { file, start: start.start, end: start.end };
  }
  return undefined;
}

/** The quote in `text`: exactly, else by its first words (whitespace and quote marks may differ). */
function findQuote(text: string, raw: string, normalised: string): { start: number; end: number } | undefined {
  const exact = text.indexOf(raw);
  if (exact >= 0) return { start: exact, end: exact + raw.length };
  const words = raw.split(/\s+/).filter(Boolean).slice(0, 4);
  if (!words.length || !normalised) return undefined;
  // At most 200 candidates: a hostile file full of the first word costs no more than that.
  let tries = 0;
  for (let at = text.indexOf(words[0]); at >= 0 && tries++ < 200; at = text.indexOf(words[0], at + 1)) {
    const slice = text.slice(at, at + raw.length + 40);
    if (normaliseQuote(slice).startsWith(normalised.slice(0, 60))) return { start: at, end: Math.min(text.length, at + raw.length) };
  }
  return undefined;
}
