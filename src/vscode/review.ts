import * as vscode from 'vscode';
import { checkDraft, closes, CorpusCollection, defaultDraftOf, disagreementsOf, fileNameOf, sourceLabelOf, type CorpusIndex, type Disagreement, type DraftCheck, type Verdict } from '../core';
import type { Settings } from './settings';
import type { VerdictStore } from './verdictStore';
import type { WorkspaceIndexer } from './workspaceIndexer';

/**
 * What the review features share, per story folder: its disagreements (once each, at the user's
 * minimum confidence), the verdict on each, each source's label, the draft under review and its
 * Source Check. Cached per index generation and verdict change, so views, decorations, the status
 * bar and the report read the same numbers.
 */
export class ReviewModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the index, the verdicts or the settings changed what the review shows. */
  readonly onDidChange = this.changed.event;
  private readonly cache = new Map<string, { generation: number; stamp: number; disagreements: Disagreement[]; draft?: DraftCheck | null }>();
  /** Bumped on every verdict or settings change. */
  private stamp = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(
    readonly indexer: WorkspaceIndexer,
    readonly settings: Settings,
    readonly store: VerdictStore,
  ) {
    const bump = () => {
      this.stamp++;
      this.changed.fire();
    };
    // Index changes come with every keystroke in a source: the views and decorations follow at most 4 times a second.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        this.changed.fire();
      }, 250);
    };
    this.disposables = [
      this.changed,
      { dispose: () => timer && clearTimeout(timer) },
      indexer.onDidChange(soon),
      store.onDidChange(bump),
      vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('sourceXref.diagnostics') || e.affectsConfiguration('sourceXref.severity')) && bump()),
    ];
  }

  /** Story folders (folder URIs) that hold indexed sources. */
  folders(): string[] {
    return [...new Set(this.indexer.corpus.files().map((f) => CorpusCollection.folderOf(f)))].sort();
  }

  indexOf(folder: string): CorpusIndex | undefined {
    return this.indexer.corpus.indexFor(`${folder}/`);
  }

  disagreements(folder: string): Disagreement[] {
    return this.entry(folder)?.disagreements ?? [];
  }

  verdictOn(d: Disagreement): Verdict | undefined {
    return this.store.bookFor(d.sides[0].file).verdictOn(d);
  }

  isClosed(d: Disagreement): boolean {
    return closes(this.verdictOn(d));
  }

  /** The source's label: the user's, else its outlet, byline or title (file name in tooltips). */
  labelOf(file: string): string {
    const doc = this.indexer.corpus.indexFor(file)?.document(file);
    const own = this.store.bookFor(file).labelOf(file);
    return doc ? sourceLabelOf(doc, own).label : own || fileNameOf(file);
  }

  /** The draft of `folder`: the marked one, else the one undated (or newest) source, else none. */
  draftFileOf(folder: string): string | undefined {
    const index = this.indexOf(folder);
    if (!index) return undefined;
    const marked = this.store.draftOf(folder);
    if (marked) {
      const file = index.files().find((f) => fileNameOf(f) === marked);
      if (file) return file;
    }
    return defaultDraftOf(index.documents());
  }

  /** True when the draft was marked by the user (not picked by default). */
  isMarkedDraft(folder: string): boolean {
    const marked = this.store.draftOf(folder);
    return !!marked && !!this.indexOf(folder)?.files().some((f) => fileNameOf(f) === marked);
  }

  draftCheck(folder: string): DraftCheck | undefined {
    const entry = this.entry(folder);
    if (!entry) return undefined;
    if (entry.draft === undefined) {
      const file = this.draftFileOf(folder);
      const index = this.indexOf(folder)!;
      const doc = file ? index.document(file) : undefined;
      entry.draft = doc && file ? checkDraft(doc, index.supportFor(file), entry.disagreements, (d) => this.isClosed(d)) : null;
    }
    return entry.draft ?? undefined;
  }

  /** The folder the reader is looking at: the active source's, else the first with a marked draft, else the first. */
  activeFolder(): string | undefined {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active && this.indexer.corpus.has(active)) return CorpusCollection.folderOf(active);
    // Only marked drafts here: picking a default draft reads every document of a folder, too much for every folder.
    const folders = this.folders();
    return folders.find((f) => this.isMarkedDraft(f)) ?? folders[0];
  }

  /** Open disagreements (no closing verdict, kind not switched off) of every folder. */
  openCount(): number {
    // The engine reports one contradiction per disputed claim, with every rival source; a verdict is given per
    // pair of sentences. A disputed claim counts once while any of its pairs is still open.
    const open = new Set<string>();
    for (const folder of this.folders()) {
      for (const d of this.disagreements(folder)) {
        if (this.settings.severityOf(d.kind) === 'off' || this.isClosed(d)) continue;
        const book = this.store.bookFor(d.sides[0].file);
        if (d.sides.every((s) => book.isIgnored(s.file, d.code))) continue;
        open.add(`${folder}\u0000${d.contradictionIds[0] ?? d.key}`);
      }
    }
    return open.size;
  }

  private entry(folder: string) {
    const index = this.indexOf(folder);
    if (!index) {
      this.cache.delete(folder);
      return undefined;
    }
    let entry = this.cache.get(folder);
    if (!entry || entry.generation !== index.generation || entry.stamp !== this.stamp) {
      const min = this.settings.diagnosticsEnabled ? this.settings.minConfidence : Infinity;
      entry = { generation: index.generation, stamp: this.stamp, disagreements: disagreementsOf(index.contradictions(), (f) => index.document(f), min) };
      this.cache.set(folder, entry);
    }
    return entry;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
