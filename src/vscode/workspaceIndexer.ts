import * as vscode from 'vscode';
import { CorpusCollection } from '../core/corpusCollection';
import { decodeSource } from '../core/decode';
import { SourceFilter } from '../core/sourceFilter';
import type { Settings } from './settings';

const EDIT_DEBOUNCE_MS = 300;

/**
 * Keeps a CorpusCollection in step with the workspace: files matched by the include globs,
 * with the text of open editors winning over the disk. File ids are `uri.toString()`.
 */
export class WorkspaceIndexer implements vscode.Disposable {
  readonly corpus = new CorpusCollection();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (debounced for edits). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private filter: SourceFilter;
  private ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.OutputChannel,
  ) {
    this.filter = new SourceFilter(settings.include, settings.exclude);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onDiskChange(d.uri)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.rename(f.oldUri, f.newUri))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sourceXref.include') || e.affectsConfiguration('sourceXref.exclude') || e.affectsConfiguration('sourceXref.maxFileSizeMB')) {
          void this.reindex();
        }
      }),
    );
  }

  /** Resolves when the current full index pass is done. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  isSource(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return false;
    const rel = vscode.workspace.asRelativePath(uri, false);
    return this.filter.matches(rel) || this.filter.matches(uri.path);
  }

  /** Drops everything and indexes the workspace again. */
  reindex(token?: vscode.CancellationToken): Promise<void> {
    this.filter = new SourceFilter(this.settings.include, this.settings.exclude);
    for (const f of this.corpus.files()) this.corpus.removeDocument(f);
    this.ready = this.indexAll(token);
    return this.ready;
  }

  private async indexAll(token?: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    const seen = new Set<string>();
    const uris: vscode.Uri[] = [];
    for (const glob of this.settings.include) {
      for (const uri of await vscode.workspace.findFiles(glob, `{${this.settings.exclude.join(',')}}`)) {
        if (!seen.has(uri.toString())) {
          seen.add(uri.toString());
          uris.push(uri);
        }
      }
    }
    uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    let skipped = 0;
    for (let i = 0; i < uris.length; i++) {
      if (token?.isCancellationRequested) return;
      if (!(await this.load(uris[i]))) skipped++;
      // Yield to the event loop now and then so a big folder never blocks the extension host.
      if (i % 25 === 24) await new Promise((r) => setImmediate(r));
    }
    this.log.appendLine(`Indexed ${uris.length - skipped} sources (${skipped} skipped) in ${Date.now() - started} ms.`);
    this.changed.fire();
  }

  /** Reads one file (the open editor's text if any) into the index; false when skipped. */
  private async load(uri: vscode.Uri): Promise<boolean> {
    const id = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    if (open) {
      this.corpus.setDocument(id, open.getText());
      return true;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      this.corpus.removeDocument(id);
      this.log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: could not read (${(err as Error).message}).`);
      return false;
    }
    const decoded = decodeSource(bytes, this.settings.maxFileBytes);
    if (!decoded.ok) {
      this.corpus.removeDocument(id);
      this.log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${decoded.reason}.`);
      return false;
    }
    if (decoded.encoding === 'latin-1') this.log.appendLine(`${vscode.workspace.asRelativePath(uri)}: not UTF-8, read as Latin-1.`);
    this.corpus.setDocument(id, decoded.text);
    return true;
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (!this.isSource(uri)) return;
    const isOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (isOpen) return; // the editor's unsaved text wins over the disk
    await this.load(uri);
    this.changed.fire();
  }

  private onEdit(doc: vscode.TextDocument): void {
    if (!this.isSource(doc.uri)) return;
    const id = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(
      id,
      setTimeout(() => {
        this.pendingEdits.delete(id);
        if (doc.isClosed) return;
        this.corpus.setDocument(id, doc.getText());
        this.changed.fire();
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private remove(uri: vscode.Uri): void {
    if (this.corpus.removeDocument(uri.toString())) this.changed.fire();
  }

  private rename(from: vscode.Uri, to: vscode.Uri): void {
    if (!this.corpus.has(from.toString())) return void this.onDiskChange(to);
    if (this.isSource(to)) this.corpus.renameDocument(from.toString(), to.toString());
    else this.corpus.removeDocument(from.toString());
    this.changed.fire();
  }

  dispose(): void {
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}
