import { realpath } from 'node:fs/promises';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { CorpusCollection, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, SourceFilter, analyzeDocument, decodeSource } from '../core';
import { groupByFolder, indexFoldersInWorkers } from '../node/parallelIndex';
import { isInsideRoots, readRefusal } from './fileGuards';
import type { Settings } from './settings';

const EDIT_DEBOUNCE_MS = 300;
/** A pass still running after this long gets a cancellable notification; before, the status bar item alone shows it. */
const SLOW_PASS_MS = 5000;
/** Globs longer than this, or with more brace groups, are refused: brace expansion grows exponentially. */
const MAX_GLOB_CHARS = 1000;
const MAX_BRACE_GROUPS = 12;
const YIELD_AFTER_MS = 40;
/**
 * From this many files the first pass indexes whole folders in worker threads, off the extension host's
 * thread. The environment variable lets the integration tests take this path with the three samples.
 */
const WORKER_MIN_FILES = Number(process.env.SOURCE_XREF_WORKER_MIN_FILES) || 40;
const READ_CONCURRENCY = 32;
/** Files looked at inside a folder that appears at once (a story copied in); the full pass finds the rest. */
const NEW_FOLDER_FILE_LIMIT = 5000;

/** Which folders (CorpusCollection folder ids) changed; `all` after a full pass. */
export interface IndexChange {
  folders: string[] | 'all';
}

interface PassOutcome {
  indexed: number;
  skipped: number;
  /** How the pass ran, for the log. */
  how: string;
}

export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * Keeps a CorpusCollection in step with the workspace: files matched by the include globs,
 * with the text of open editors winning over the disk. File ids are `uri.toString()`.
 */
export class WorkspaceIndexer implements vscode.Disposable {
  readonly corpus = new CorpusCollection();
  private readonly changed = new vscode.EventEmitter<IndexChange>();
  /** Fires after the index changed (debounced for edits), naming the folders that changed. */
  readonly onDidChange = this.changed.event;
  private readonly progressed = new vscode.EventEmitter<IndexProgress | undefined>();
  /** Fires while a full pass runs; `undefined` when it ends. */
  readonly onProgress = this.progressed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.progressed];
  private pass: vscode.CancellationTokenSource | undefined;
  private currentProgress: IndexProgress | undefined;
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private filter: SourceFilter;
  private ready: Promise<void> = Promise.resolve();
  /** How the last full pass ran (`in 2 worker threads`, `on the main thread`), for the log and tests. */
  lastPass: string | undefined;
  /** Files deleted or renamed away while worker threads index a snapshot of the workspace. */
  private goneDuringPass: Set<string> | undefined;
  /** The include/exclude globs in use: the settings', or the defaults when the settings' cannot be used. */
  private globs: { include: string[]; exclude: string[] };
  /** The last glob problem reported, so one bad setting is reported once, not once per pass. */
  private reportedGlobProblem: string | undefined;
  /** Resolved workspace folder paths, for the check that a source does not lead outside them. */
  private realRoots: Promise<string[]> | undefined;

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.OutputChannel,
    /** The bundled worker entry (`dist/analyzeWorker.js`); without it everything runs on this thread. */
    private readonly workerScript?: string,
  ) {
    this.globs = this.checkedGlobs();
    this.filter = this.makeFilter();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onCreate(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onDiskChange(d.uri)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.rename(f.oldUri, f.newUri))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => (this.realRoots = undefined)),
      // Trust granted: the workspace's own include/exclude/size settings now apply.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reindex()),
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

  /** Progress of the running full pass, if any. */
  get progress(): IndexProgress | undefined {
    return this.currentProgress;
  }

  /** Tells every listener that all folders changed (e.g. the names list was edited). */
  notifyAllChanged(): void {
    this.changed.fire({ folders: 'all' });
  }

  /** Drops everything and indexes the workspace again; a running pass is cancelled first. */
  reindex(token?: vscode.CancellationToken): Promise<void> {
    this.pass?.cancel();
    const pass = (this.pass = new vscode.CancellationTokenSource());
    token?.onCancellationRequested(() => pass.cancel());
    this.globs = this.checkedGlobs();
    this.filter = this.makeFilter();
    this.realRoots = undefined;
    for (const f of this.corpus.files()) this.corpus.removeDocument(f);
    const slow = setTimeout(() => this.showSlowPass(pass), SLOW_PASS_MS);
    this.ready = this.indexAll(pass.token).finally(() => {
      clearTimeout(slow);
      if (this.pass === pass) {
        this.pass = undefined;
        this.setProgress(undefined);
      }
      pass.dispose();
    });
    return this.ready;
  }

  /**
   * A pass that runs longer than SLOW_PASS_MS gets a notification with a Cancel button, in addition to the
   * status bar item; shorter passes show only the status bar item, so there is one indicator at a time.
   */
  private showSlowPass(pass: vscode.CancellationTokenSource): void {
    if (this.pass !== pass) return;
    const done = this.ready;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Source Xref: indexing sources', cancellable: true }, (progress, uiToken) => {
      uiToken.onCancellationRequested(() => pass.cancel());
      let shown = 0;
      const update = (p: IndexProgress | undefined) => {
        if (!p || p.total === 0) return;
        const percent = (p.done / p.total) * 100;
        progress.report({ increment: Math.max(0, percent - shown), message: `${p.done} / ${p.total} files` });
        shown = Math.max(shown, percent);
      };
      update(this.currentProgress);
      const listener = this.onProgress(update);
      return done.finally(() => listener.dispose());
    });
  }

  /** The include/exclude settings when usable, else the defaults, with the problem reported once in the output channel. */
  private checkedGlobs(): { include: string[]; exclude: string[] } {
    const include = this.settings.include;
    const exclude = this.settings.exclude;
    const bad = [...include, ...exclude].find((g) => g.length > MAX_GLOB_CHARS || (g.match(/\{/g)?.length ?? 0) > MAX_BRACE_GROUPS);
    if (bad === undefined) return { include, exclude };
    this.reportGlobProblem(`a glob is too long or has too many {…} groups (${bad.length} characters)`);
    return { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };
  }

  /** The filter for the globs in use; the defaults' when the globs cannot be compiled. */
  private makeFilter(): SourceFilter {
    try {
      const filter = new SourceFilter(this.globs.include, this.globs.exclude);
      filter.matches('probe/seeds/probe.txt'); // compiles every glob: a bad one throws here, not on every file later
      return filter;
    } catch (err) {
      this.reportGlobProblem((err as Error).message);
      this.globs = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };
      return new SourceFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    }
  }

  private reportGlobProblem(problem: string): void {
    if (this.reportedGlobProblem === problem) return;
    this.reportedGlobProblem = problem;
    this.log.appendLine(`The sourceXref.include / sourceXref.exclude settings cannot be used (${problem}); using the defaults instead.`);
  }

  /** findFiles over the globs in use; on an error (a glob VS Code rejects) the defaults are searched instead. */
  private async findSources(): Promise<vscode.Uri[]> {
    const search = async (include: string[], exclude: string[]) => {
      const out: vscode.Uri[] = [];
      const excludeGlob = `{${exclude.join(',')}}`;
      for (const glob of include) out.push(...(await vscode.workspace.findFiles(glob, excludeGlob)));
      // A workspace opened at the seeds folder itself: globs like `**/seeds/**` are relative to the
      // workspace root and miss it, so list its text files and match them by their absolute path.
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        if (!this.filter.matches(`${folder.uri.path}/probe.txt`) && !this.filter.matches(`${folder.uri.path}/probe.md`)) continue;
        const pattern = new vscode.RelativePattern(folder, '**/*.{txt,md}');
        for (const uri of await vscode.workspace.findFiles(pattern, excludeGlob)) if (this.isSource(uri)) out.push(uri);
      }
      return out;
    };
    try {
      return await search(this.globs.include, this.globs.exclude);
    } catch (err) {
      this.reportGlobProblem((err as Error).message);
      this.globs = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };
      this.filter = new SourceFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
      return search(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    }
  }

  private setProgress(p: IndexProgress | undefined): void {
    this.currentProgress = p;
    this.progressed.fire(p);
  }

  private async indexAll(token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    const seen = new Set<string>();
    const uris: vscode.Uri[] = [];
    for (const uri of await this.findSources()) {
      if (!seen.has(uri.toString())) {
        seen.add(uri.toString());
        uris.push(uri);
      }
    }
    uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    if (token.isCancellationRequested) return;
    const cancelled = () => token.isCancellationRequested;
    const progress = (done: number) => this.setProgress({ done, total: uris.length });
    this.setProgress({ done: 0, total: uris.length });
    const useWorkers = !!this.workerScript && uris.length >= WORKER_MIN_FILES;
    const outcome = useWorkers ? await this.indexInWorkers(uris, cancelled, progress) : await this.indexHere(uris, cancelled, progress);
    this.lastPass = outcome.how;
    const stopped = cancelled() ? ' (cancelled)' : '';
    this.log.appendLine(`Indexed ${outcome.indexed} of ${uris.length} sources (${outcome.skipped} skipped) in ${Date.now() - started} ms ${outcome.how}${stopped}.`);
    if (token.isCancellationRequested) return;
    this.changed.fire({ folders: 'all' });
  }

  /** Analyses file by file on this thread, yielding between time slices so the host stays responsive. */
  private async indexHere(uris: vscode.Uri[], cancelled: () => boolean, progress: (done: number) => void): Promise<PassOutcome> {
    let skipped = 0;
    let i = 0;
    let sliceStart = Date.now();
    for (; i < uris.length && !cancelled(); i++) {
      if (!(await this.load(uris[i]))) skipped++;
      if (Date.now() - sliceStart > YIELD_AFTER_MS || i === uris.length - 1) {
        progress(i + 1);
        await new Promise((r) => setImmediate(r));
        sliceStart = Date.now();
      }
    }
    return { indexed: i - skipped, skipped, how: 'on the main thread' };
  }

  /**
   * Reads every file, then indexes whole folders in worker threads and adopts their results, so
   * analysis, linking and claim comparison never run on the extension host's thread. Falls back
   * to this thread if the workers fail.
   */
  private async indexInWorkers(uris: vscode.Uri[], cancelled: () => boolean, progress: (done: number) => void): Promise<PassOutcome> {
    const gone = (this.goneDuringPass = new Set());
    try {
      return await this.readAndIndexInWorkers(uris, gone, cancelled, progress);
    } finally {
      if (this.goneDuringPass === gone) this.goneDuringPass = undefined;
    }
  }

  private async readAndIndexInWorkers(uris: vscode.Uri[], gone: ReadonlySet<string>, cancelled: () => boolean, progress: (done: number) => void): Promise<PassOutcome> {
    const started = Date.now();
    const docs: { file: string; text: string }[] = [];
    let skipped = 0;
    // Many reads in flight: each one is a round trip through VS Code's file system layer.
    const texts: (string | undefined)[] = new Array(uris.length);
    let next = 0;
    const reader = async () => {
      while (next < uris.length && !cancelled()) {
        const i = next++;
        texts[i] = await this.read(uris[i]);
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader));
    if (cancelled()) return { indexed: 0, skipped, how: 'not at all' };
    texts.forEach((text, i) => {
      if (text === undefined) skipped++;
      else docs.push({ file: uris[i].toString(), text });
    });
    const readMs = Date.now() - started;
    const folders = groupByFolder(docs);
    // One core stays free for the editor itself.
    const workers = Math.max(1, Math.min(4, os.availableParallelism() - 1));
    try {
      await indexFoldersInWorkers(
        folders,
        { workerScript: this.workerScript!, workers, userNames: this.corpus.userNamesInUse(), isCancelled: cancelled, onProgress: (done) => progress(done) },
        // A file deleted meanwhile is left out, so the restored folder does not bring it back.
        (i, snapshot) => this.corpus.restoreFolder(folders[i].filter((d) => !gone.has(d.file)), snapshot),
      );
      return { indexed: docs.length, skipped, how: `in ${workers} worker thread${workers > 1 ? 's' : ''} (reading ${readMs} ms, indexing ${Date.now() - started - readMs} ms)` };
    } catch (err) {
      this.log.appendLine(`Worker threads failed (${(err as Error).message}); indexing on the main thread instead.`);
      for (const d of docs) if (!cancelled()) this.setAnalyzed(d.file, d.text);
      return { indexed: docs.length, skipped, how: 'on the main thread (workers failed)' };
    }
  }

  /** Reads one file (the open editor's text if any) into the index; false when skipped. */
  private async load(uri: vscode.Uri): Promise<boolean> {
    const text = await this.read(uri);
    if (text === undefined) return false;
    this.setAnalyzed(uri.toString(), text);
    return true;
  }

  /** The open editor's text, else the decoded file; undefined (and removed from the index) when unreadable. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const id = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    if (open) return open.getText();
    const refusal = await this.readRefusal(uri);
    if (refusal) {
      this.corpus.removeDocument(id);
      this.log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${refusal}.`);
      return undefined;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      this.corpus.removeDocument(id);
      this.log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: could not read (${(err as Error).message}).`);
      return undefined;
    }
    const decoded = decodeSource(bytes, this.settings.maxFileBytes);
    if (!decoded.ok) {
      this.corpus.removeDocument(id);
      this.log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${decoded.reason}.`);
      return undefined;
    }
    if (decoded.encoding === 'latin-1') this.log.appendLine(`${vscode.workspace.asRelativePath(uri)}: not UTF-8, read as Latin-1.`);
    return decoded.text;
  }

  /**
   * Why a file must not be read whole, looked up before reading: not a regular file (a device, a pipe),
   * larger than the size limit, or resolving to a place outside every workspace folder (a link out).
   */
  private async readRefusal(uri: vscode.Uri): Promise<string | undefined> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (err) {
      return `could not read (${(err as Error).message})`;
    }
    const facts = { isFile: (stat.type & vscode.FileType.File) !== 0, isSymbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0, size: stat.size };
    const refusal = readRefusal(facts, this.settings.maxFileBytes, { allowLinks: true });
    if (refusal) return refusal;
    if (uri.scheme !== 'file') return undefined;
    try {
      const roots = await (this.realRoots ??= resolvedRoots());
      if (!isInsideRoots(await realpath(uri.fsPath), roots)) return 'it leads outside the workspace (a symbolic link)';
    } catch (err) {
      return `could not resolve its path (${(err as Error).message})`;
    }
    return undefined;
  }

  /**
   * Analyses the document now, one file at a time, instead of leaving a whole folder's analysis to
   * the first query (which would block the host for seconds on a big folder).
   */
  private setAnalyzed(id: string, text: string): void {
    if (this.corpus.indexFor(id)?.textOf(id) === text) return; // unchanged: keep the cached analysis
    this.corpus.setDocument(id, text).setAnalyzedDocument(id, text, analyzeDocument(id, text));
  }

  /**
   * A file or a folder appeared. A folder created with its files at once (a story copied in) may reach the
   * watcher as the folder alone: its sources are then looked for inside it.
   */
  private async onCreate(uri: vscode.Uri): Promise<void> {
    if (this.isSource(uri)) return this.onDiskChange(uri);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return; // gone again
    }
    if (!(stat.type & vscode.FileType.Directory) || stat.type & vscode.FileType.SymbolicLink) return;
    const inside = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), undefined, NEW_FOLDER_FILE_LIMIT);
    // `onDiskChange` keeps to sources; a file the watcher reported too is indexed already.
    for (const file of inside) if (!this.corpus.has(file.toString())) await this.onDiskChange(file);
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (!this.isSource(uri)) return;
    const isOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (isOpen) return; // the editor's unsaved text wins over the disk
    await this.load(uri);
    this.fireFor(uri.toString());
  }

  private fireFor(...files: string[]): void {
    this.changed.fire({ folders: [...new Set(files.map((f) => CorpusCollection.folderOf(f)))] });
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
        this.setAnalyzed(id, doc.getText());
        this.fireFor(id);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private remove(uri: vscode.Uri): void {
    this.goneDuringPass?.add(uri.toString());
    if (this.corpus.removeDocument(uri.toString())) this.fireFor(uri.toString());
  }

  private rename(from: vscode.Uri, to: vscode.Uri): void {
    this.goneDuringPass?.add(from.toString());
    if (!this.corpus.has(from.toString())) return void this.onDiskChange(to);
    if (this.isSource(to)) this.corpus.renameDocument(from.toString(), to.toString());
    else this.corpus.removeDocument(from.toString());
    this.fireFor(from.toString(), to.toString());
  }

  dispose(): void {
    this.pass?.cancel();
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The real paths of the local workspace folders (links resolved), each compared with a source's real path. */
async function resolvedRoots(): Promise<string[]> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  return Promise.all(folders.map((f) => realpath(f.uri.fsPath).catch(() => f.uri.fsPath)));
}
