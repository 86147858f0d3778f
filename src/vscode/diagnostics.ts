import * as vscode from 'vscode';
import { closes, CorpusCollection, sideOf } from '../core';
import { codeLinkTarget } from './codeLinks';
import type { ReviewModel } from './review';
import type { VerdictStore } from './verdictStore';
import { planDiagnostics, PlannedDiagnostic, SeverityName, shorten } from './diagnosticPlan';
import { locationOf, rangeOf } from './locations';
import type { Settings } from './settings';
import type { IndexChange, WorkspaceIndexer } from './workspaceIndexer';

export const DIAGNOSTIC_SOURCE = 'Source Xref';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Publishes contradictions to the Problems panel, on both sources, with the contradicting sentence as
 * related information (sources named by their labels). Only the folders that changed are re-planned;
 * settings and verdict changes re-plan everything. A closing verdict hides a disagreement on both sides.
 * Keeps what it published so quick fixes can find the contradiction back.
 */
export class ContradictionDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('source-xref');
  /** Folder → file → what is shown there. */
  private readonly published = new Map<string, Map<string, PlannedDiagnostic[]>>();
  /** Folder → diagnostics dropped by the per-file cap. */
  private readonly cappedByFolder = new Map<string, number>();
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after diagnostics were republished. */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  private readonly pending = new Set<string>();
  private draining: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly indexer: WorkspaceIndexer,
    private readonly settings: Settings,
    private readonly verdicts: VerdictStore,
    private readonly review: ReviewModel,
    private readonly docsUri: vscode.Uri,
  ) {
    this.disposables.push(
      indexer.onDidChange((change) => void this.refresh(change)),
      verdicts.onDidChange(() => void this.refresh({ folders: 'all' })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const keys = ['severity', 'diagnostics'].map((k) => `sourceXref.${k}`);
        if (keys.some((k) => e.affectsConfiguration(k))) void this.refresh({ folders: 'all' });
      }),
    );
  }

  /** Number of diagnostics currently shown. */
  get count(): number {
    let n = 0;
    for (const files of this.published.values()) for (const list of files.values()) n += list.length;
    return n;
  }

  /** Number of disagreements shown: a claim and its rivals count once, however many diagnostics they make. */
  get disagreements(): number {
    const ids = new Set<string>();
    for (const files of this.published.values()) for (const list of files.values()) for (const d of list) for (const id of d.sourceIds) ids.add(id);
    return ids.size;
  }

  /** Diagnostics not shown because of `sourceXref.diagnostics.maxPerFile`. */
  get capped(): number {
    let n = 0;
    for (const c of this.cappedByFolder.values()) n += c;
    return n;
  }

  /** Published contradictions of `file` overlapping `range`. */
  at(file: string, range: vscode.Range): PlannedDiagnostic[] {
    const list = this.published.get(CorpusCollection.folderOf(file))?.get(file) ?? [];
    return list.filter((d) => rangeOf(this.indexer.corpus, file, d)?.intersection(range) !== undefined);
  }

  /** Queues the changed folders; one drain loop re-plans them, so no request is ever dropped. */
  refresh(change: IndexChange): Promise<void> {
    const folders = change.folders === 'all' ? [...new Set([...this.published.keys(), ...this.currentFolders()])] : change.folders;
    folders.forEach((f) => this.pending.add(f));
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
      if (this.pending.size && !this.disposed) void this.refresh({ folders: [] });
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.pending.size && !this.disposed) {
      const folder = this.pending.values().next().value!;
      this.pending.delete(folder);
      this.refreshFolder(folder);
      // Linking a folder is synchronous work: yield between folders so the host stays responsive.
      await new Promise((r) => setImmediate(r));
    }
    if (!this.disposed) this.updated.fire();
  }

  private currentFolders(): string[] {
    return [...new Set(this.indexer.corpus.files().map((f) => CorpusCollection.folderOf(f)))];
  }

  private refreshFolder(folder: string): void {
    const previous = this.published.get(folder) ?? new Map<string, PlannedDiagnostic[]>();
    const index = this.indexer.corpus.indexFor(`${folder}/`);
    let next = new Map<string, PlannedDiagnostic[]>();
    let capped = 0;
    if (index && this.settings.diagnosticsEnabled) {
      ({ byFile: next, capped } = planDiagnostics(index.contradictions(), {
        severityOf: (kind) => this.settings.severityOf(kind),
        minConfidence: this.settings.minConfidence,
        maxPerFile: this.settings.maxDiagnosticsPerFile,
        isAccepted: (code, side, other) => {
          const docOf = (f: string) => index.document(f);
          return closes(this.verdicts.bookFor(side.file).verdictOn({ code, sides: [sideOf(side, docOf), sideOf(other, docOf)] }));
        },
        isIgnored: (file, code) => this.verdicts.bookFor(file).isIgnored(file, code),
      }));
    }
    this.cappedByFolder.set(folder, capped);
    for (const file of previous.keys()) if (!next.has(file)) this.collection.delete(vscode.Uri.parse(file));
    for (const [file, list] of next) {
      this.collection.set(vscode.Uri.parse(file), list.map((d) => this.toDiagnostic(d)).filter((d): d is vscode.Diagnostic => !!d));
    }
    if (next.size) this.published.set(folder, next);
    else this.published.delete(folder);
  }

  private toDiagnostic(d: PlannedDiagnostic): vscode.Diagnostic | undefined {
    const range = rangeOf(this.indexer.corpus, d.file, d);
    if (!range) return undefined;
    const diag = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
    diag.source = DIAGNOSTIC_SOURCE;
    diag.code = { value: d.code, target: codeLinkTarget(this.docsUri, d.code) };
    diag.relatedInformation = [];
    for (const r of d.related) {
      const loc = locationOf(this.indexer.corpus, r);
      // The quote is cut around the disputed value, so it always shows it.
      if (loc) diag.relatedInformation.push(new vscode.DiagnosticRelatedInformation(loc, `${this.review.labelOf(r.file)}: "${r.quote ?? shorten(r.text, 120)}"`));
    }
    return diag;
  }

  dispose(): void {
    this.disposed = true;
    this.disposables.forEach((d) => d.dispose());
  }
}

export function registerDiagnostics(indexer: WorkspaceIndexer, settings: Settings, verdicts: VerdictStore, review: ReviewModel, docsUri: vscode.Uri): ContradictionDiagnostics {
  const diagnostics = new ContradictionDiagnostics(indexer, settings, verdicts, review, docsUri);
  void indexer.whenReady().then(() => diagnostics.refresh({ folders: 'all' }));
  return diagnostics;
}
