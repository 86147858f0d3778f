import * as vscode from 'vscode';
import { CorpusCollection, draftSummary, fileNameOf, shorten, VERDICT_TITLES, type Disagreement, type DraftCheck, type DraftSentence, type DraftVerdict, type SpanRef } from '../core';
import type { VerdictTarget } from './codeActions';
import { escapeHoverText } from './hoverText';
import { rangeOf, type OpenLocationArgs } from './locations';
import type { ReviewModel } from './review';

export const SOURCE_CHECK_VIEW = 'sourceXref.sourceCheck';

/** A row of the Source Check view. */
export type SourceCheckNode =
  | { kind: 'sentence'; folder: string; sentence: DraftSentence }
  | { kind: 'evidence'; folder: string; sentence: DraftSentence; ref: SpanRef; role: 'supports' | 'disputes'; disagreement?: Disagreement }
  | { kind: 'group'; folder: string; verdict: DraftVerdict; sentences: DraftSentence[] };

const ICONS: Record<DraftVerdict, vscode.ThemeIcon> = {
  supported: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  disputed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  resolved: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('disabledForeground')),
  notFound: new vscode.ThemeIcon('question', new vscode.ThemeColor('list.errorForeground')),
  notClaim: new vscode.ThemeIcon('dash', new vscode.ThemeColor('disabledForeground')),
};

/**
 * The Source Check view: each sentence of the draft under review in reading order, with its verdict
 * (supported by which sources, disputed by which source saying what, resolved, or not in any source);
 * headlines, bylines and page text in a separate group so they are not counted as unsupported. A click
 * reveals the sentence in the draft; a second click on the same row (or the inline action) opens the
 * supporting or disputing sentence beside it. The counts are the view's description. `Mark as Draft`
 * picks the draft (default: the folder's one undated or newest source).
 */
export function registerSourceCheckView(review: ReviewModel): vscode.Disposable & { provider: vscode.TreeDataProvider<SourceCheckNode> } {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.TreeDataProvider<SourceCheckNode> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      const folder = node?.folder ?? review.activeFolder();
      const check = folder ? review.draftCheck(folder) : undefined;
      if (!folder || !check) return [];
      if (!node) {
        const rows: SourceCheckNode[] = check.sentences.filter((s) => s.verdict !== 'notClaim').map((sentence) => ({ kind: 'sentence', folder, sentence }));
        const furniture = check.sentences.filter((s) => s.verdict === 'notClaim');
        if (furniture.length) rows.push({ kind: 'group', folder, verdict: 'notClaim', sentences: furniture });
        return rows;
      }
      if (node.kind === 'group') return node.sentences.map((sentence) => ({ kind: 'sentence', folder, sentence }));
      if (node.kind === 'sentence') return evidenceOf(folder, node.sentence);
      return [];
    },
    getTreeItem: (node) => treeItem(review, node),
    getParent: () => undefined,
  };
  const view = vscode.window.createTreeView(SOURCE_CHECK_VIEW, { treeDataProvider: provider, showCollapseAll: true });

  const describe = () => {
    const folder = review.activeFolder();
    const check = folder ? review.draftCheck(folder) : undefined;
    void vscode.commands.executeCommand('setContext', 'sourceXref.hasDraft', !!check);
    view.description = check ? draftSummary(check.counts) : undefined;
    view.message = check && folder ? draftMessage(review, folder, check) : undefined;
  };
  const refresh = () => {
    describe();
    changed.fire();
  };
  // Rows clicked: a second click on the same row opens its evidence beside the draft.
  let lastClicked: { key: string; at: number } | undefined;

  return Object.assign(
    vscode.Disposable.from(
      changed,
      view,
      review.onDidChange(refresh),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        const file = e?.document.uri.toString();
        if (file && review.indexer.corpus.has(file)) refresh();
      }),
      vscode.commands.registerCommand('sourceXref.markDraft', async (arg?: vscode.Uri) => {
        const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
        const file = uri?.toString();
        if (!file || !review.indexer.corpus.has(file)) {
          void vscode.window.showWarningMessage('Source Xref: Mark as Draft works on an indexed source (see the sourceXref.include setting).');
          return;
        }
        await review.store.markDraft(file, fileNameOf(file));
        refresh();
        await vscode.commands.executeCommand(`${SOURCE_CHECK_VIEW}.focus`);
      }),
      vscode.commands.registerCommand('sourceXref.setSourceLabel', async (arg?: vscode.Uri, labelArg?: string) => {
        const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
        const file = uri?.toString();
        if (!file || !review.indexer.corpus.has(file)) return;
        const label =
          labelArg ??
          (await vscode.window.showInputBox({
            title: `Label for ${fileNameOf(file)}`,
            prompt: 'How views, messages and the report name this source (saved in .sourcexref/verdicts.json); empty to use the outlet, byline or title',
            value: review.labelOf(file),
          }));
        if (label !== undefined) await review.store.setLabel(file, fileNameOf(file), label);
      }),
      vscode.commands.registerCommand('sourceXref.sourceCheck.reveal', async (folder: string, index: number) => {
        const sentence = review.draftCheck(folder)?.sentences.find((s) => s.index === index);
        if (!sentence) return;
        const key = `${sentence.file}#${index}`;
        const again = lastClicked?.key === key && Date.now() - lastClicked.at < 30_000 && selectionIs(review, sentence);
        lastClicked = { key, at: Date.now() };
        if (again) return openEvidence(folder, sentence);
        const args: OpenLocationArgs = { file: sentence.file, start: sentence.start, end: sentence.end };
        await vscode.commands.executeCommand('sourceXref.openLocation', args);
      }),
      vscode.commands.registerCommand('sourceXref.sourceCheck.openEvidence', async (node?: SourceCheckNode) => {
        if (node?.kind === 'sentence') await openEvidence(node.folder, node.sentence);
      }),
      vscode.commands.registerCommand('sourceXref.sourceCheck.accept', (node?: SourceCheckNode) => verdictCommand('sourceXref.acceptContradiction', node)),
      vscode.commands.registerCommand('sourceXref.sourceCheck.markRight', (node?: SourceCheckNode) => verdictCommand('sourceXref.markSideRight', node)),
      vscode.commands.registerCommand('sourceXref.sourceCheck.note', (node?: SourceCheckNode) => verdictCommand('sourceXref.addNote', node)),
    ),
    { provider },
  );

  function evidenceOf(folder: string, sentence: DraftSentence): SourceCheckNode[] {
    const disputes: SourceCheckNode[] = sentence.disagreements.map((d) => ({ kind: 'evidence', folder, sentence, role: 'disputes', disagreement: d, ref: d.sides.find((s) => s.file !== sentence.file)?.sentence ?? d.sides[1].sentence }));
    const supports: SourceCheckNode[] = sentence.supportedBy.map((ref) => ({ kind: 'evidence', folder, sentence, role: 'supports', ref }));
    return [...disputes, ...supports];
  }

  async function openEvidence(folder: string, sentence: DraftSentence): Promise<void> {
    const first = evidenceOf(folder, sentence)[0];
    if (first?.kind !== 'evidence') {
      void vscode.window.showInformationMessage('Source Xref: no other source states this sentence.');
      return;
    }
    const args: OpenLocationArgs = { file: first.ref.file, start: first.ref.start, end: first.ref.end, beside: true };
    await vscode.commands.executeCommand('sourceXref.openLocation', args);
  }

  async function verdictCommand(command: string, node?: SourceCheckNode): Promise<void> {
    if (!node || node.kind === 'group') return;
    const disagreements = node.kind === 'evidence' && node.disagreement ? [node.disagreement] : node.sentence.disagreements;
    if (!disagreements.length) return;
    const target: VerdictTarget = { here: node.sentence.file, disagreements };
    await vscode.commands.executeCommand(command, target);
  }
}

function treeItem(review: ReviewModel, node: SourceCheckNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  if (node.kind === 'group') {
    const item = new vscode.TreeItem(`${VERDICT_TITLES[node.verdict]} (${node.sentences.length})`, C.Collapsed);
    item.id = `${node.folder}#group-${node.verdict}`;
    item.iconPath = ICONS[node.verdict];
    item.contextValue = 'group';
    return item;
  }
  if (node.kind === 'evidence') {
    const label = review.labelOf(node.ref.file);
    const verdict = node.disagreement && review.verdictOn(node.disagreement);
    const item = new vscode.TreeItem(`${label} ${node.role === 'supports' ? 'says' : 'says instead'}: ${shorten(flat(node.ref.text), 90)}`, C.None);
    item.id = `${node.sentence.file}#${node.sentence.index}/${node.role}/${node.ref.file}#${node.ref.start}`;
    item.description = verdict ? `${verdict.verdict === 'note' ? 'note' : 'verdict'}: ${shorten(verdict.reason, 60)}` : node.role === 'disputes' ? node.disagreement?.kind : undefined;
    item.tooltip = tooltip(`${label} (${fileNameOf(node.ref.file)})`, node.ref.text, verdict ? `${verdict.verdict}${verdict.author ? ` by ${verdict.author}` : ''}: ${verdict.reason}` : undefined);
    item.iconPath = new vscode.ThemeIcon(node.role === 'supports' ? 'link' : 'diff-modified');
    item.contextValue = node.role === 'disputes' ? (verdict && verdict.verdict !== 'note' ? 'evidence-closed' : 'evidence-disputed') : 'evidence';
    const args: OpenLocationArgs = { file: node.ref.file, start: node.ref.start, end: node.ref.end, beside: true };
    item.command = { command: 'sourceXref.openLocation', title: 'Open beside the draft', arguments: [args] };
    return item;
  }
  const s = node.sentence;
  const evidence = s.disagreements.length + s.supportedBy.length;
  // Short enough that the verdict (the description) shows beside it in a normal side bar.
  const item = new vscode.TreeItem(shorten(flat(s.text), 56), evidence ? C.Collapsed : C.None);
  item.id = `${s.file}#${s.index}`;
  item.iconPath = ICONS[s.verdict];
  item.description = describeSentence(review, s);
  const range = rangeOf(review.indexer.corpus, s.file, s);
  item.tooltip = tooltip(`${VERDICT_TITLES[s.verdict]} · line ${range ? range.start.line + 1 : '?'} of ${fileNameOf(s.file)}`, s.text, item.description);
  item.contextValue = s.verdict === 'disputed' ? 'sentence-disputed' : s.verdict === 'resolved' ? 'sentence-resolved' : evidence ? 'sentence-evidence' : 'sentence';
  item.command = { command: 'sourceXref.sourceCheck.reveal', title: 'Reveal in the draft (again: open the source beside it)', arguments: [node.folder, s.index] };
  item.accessibilityInformation = { label: `${VERDICT_TITLES[s.verdict]}: ${flat(s.text)}` };
  return item;
}

/** `disputed · Jane Bradley says "Last month…"`, `supported · Fox News, BBC`, `not in any source`. */
function describeSentence(review: ReviewModel, s: DraftSentence): string {
  switch (s.verdict) {
    case 'supported':
      return `supported · ${s.supportedBy.map((r) => review.labelOf(r.file)).join(', ')}`;
    case 'disputed':
    case 'resolved': {
      const d = s.disagreements[0];
      const other = d.sides.find((x) => x.file !== s.file) ?? d.sides[1];
      const v = review.verdictOn(d);
      const more = s.disagreements.length > 1 ? ` (+${s.disagreements.length - 1})` : '';
      const state = s.verdict === 'resolved' ? `resolved (${v?.verdict === 'sideRight' ? 'side marked right' : 'accepted'})` : v?.verdict === 'note' ? 'disputed, note' : 'disputed';
      return `${state} · ${review.labelOf(other.file)} says "${shorten(flat(other.text), 50)}"${more}`;
    }
    case 'notFound':
      return 'not in any source';
    default:
      return `not a claim (${s.notClaimBecause ?? 'page text'})`;
  }
}

function draftMessage(review: ReviewModel, folder: string, check: DraftCheck): string {
  const how = review.isMarkedDraft(folder) ? 'marked' : 'picked by default: undated or newest source; use Mark as Draft to change';
  const story = fileNameOf(folder) || CorpusCollection.folderOf(folder);
  return `Draft: ${review.labelOf(check.file)} (${fileNameOf(check.file)}, ${story}; ${how})`;
}

function tooltip(title: string, text: string, detail?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeHoverText(title)}**\n\n`);
  md.appendText(flat(text));
  if (detail) md.appendMarkdown('\n\n').appendText(detail);
  return md;
}

function selectionIs(review: ReviewModel, s: DraftSentence): boolean {
  const editor = vscode.window.activeTextEditor;
  const range = rangeOf(review.indexer.corpus, s.file, s);
  return !!editor && !!range && editor.document.uri.toString() === s.file && editor.selection.isEqual(new vscode.Selection(range.start, range.end));
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

