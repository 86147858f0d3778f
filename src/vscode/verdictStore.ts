import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { emptyVerdicts, parseVerdicts, removeVerdicts, sameVerdict, serialiseVerdicts, VerdictBook, verdictFor, type Disagreement, type Verdict, type VerdictData, type VerdictKind } from '../core';
import { readSmallRegularFile, writeFileInsideWorkspace, WorkspaceWriteError } from '../node/workspaceFiles';

export const VERDICTS_PATH = '.sourcexref/verdicts.json';
/** The older file, read when there is no verdicts.json yet (and never written again). */
export const ACCEPTED_PATH = '.sourcexref/accepted.json';

/**
 * The reader's verdicts per workspace folder, kept in `.sourcexref/verdicts.json` (shared with the team
 * through version control): accepted discrepancies, sides marked right, notes, kinds ignored per file,
 * source labels and the draft under review per story folder. Reads refuse anything but a small regular
 * file; writes go through writeFileInsideWorkspace and never happen in Restricted Mode (the reader is
 * told why). Watches both files so hand edits and teammates' pulls apply at once.
 */
export class VerdictStore implements vscode.Disposable {
  private readonly books = new Map<string, VerdictBook>();
  /** Drafts marked while writing is not possible (Restricted Mode): kept for the session only. */
  private readonly sessionDrafts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private author: string | undefined;
  /** Updates run one after another (read, edit, write), so two quick verdicts never lose one. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by every write: a load that started before a write does not overwrite what it wrote. */
  private writes = 0;
  /** Tests only: behave as in Restricted Mode although the workspace is trusted. */
  simulateRestricted = false;

  constructor(private readonly log: vscode.OutputChannel) {
    const reload = () => void this.load().then(() => this.changed.fire());
    for (const p of [VERDICTS_PATH, ACCEPTED_PATH]) {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${p}`);
      this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    }
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(reload), vscode.workspace.onDidGrantWorkspaceTrust(reload));
  }

  async load(): Promise<void> {
    const writesBefore = this.writes;
    const next = new Map<string, VerdictBook>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) next.set(folder.uri.toString(), new VerdictBook(await this.read(folder)));
    // A write finished meanwhile: its own data is newer than what this load read (the watcher reloads after it).
    if (writesBefore !== this.writes) return;
    this.books.clear();
    for (const [k, v] of next) this.books.set(k, v);
  }

  /** The verdicts governing `file` (its workspace folder's); empty outside any folder. */
  bookFor(file: string): VerdictBook {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file));
    return (folder && this.books.get(folder.uri.toString())) ?? EMPTY;
  }

  /** Every stored verdict with its workspace folder, newest first. */
  all(): { folder: vscode.WorkspaceFolder; verdict: Verdict }[] {
    const out: { folder: vscode.WorkspaceFolder; verdict: Verdict }[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const verdict of this.books.get(folder.uri.toString())?.data.verdicts ?? []) out.push({ folder, verdict });
    }
    return out.sort((a, b) => (a.verdict.at < b.verdict.at ? 1 : a.verdict.at > b.verdict.at ? -1 : 0));
  }

  /** False in Restricted Mode (or when tests simulate it). */
  get writable(): boolean {
    return vscode.workspace.isTrusted && !this.simulateRestricted;
  }

  /** False (and the reader is told why) when nothing may be written: Restricted Mode. */
  canWrite(what: string): boolean {
    if (this.writable) return true;
    void vscode.window.showWarningMessage(`Source Xref: ${what} is not saved in Restricted Mode: a workspace you have not trusted gets no files written. Trust the workspace to keep verdicts in ${VERDICTS_PATH}.`, 'Manage Workspace Trust').then((pick) => {
      if (pick) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return false;
  }

  /** Records a verdict on `d` for both of its sides (replacing an earlier one on the same disagreement). */
  async give(d: Disagreement, verdict: VerdictKind, reason: string, right?: string): Promise<boolean> {
    if (!this.canWrite(verdict === 'note' ? 'A note' : 'A verdict')) return false;
    const author = await this.authorName();
    const entry = verdictFor(d, { verdict, reason, author, at: new Date().toISOString(), right });
    return this.update(d.sides[0].file, (data) => {
      // An older verdict on the same disagreement is replaced: one decision per disagreement.
      removeVerdicts(data, (v) => !!new VerdictBook({ ...emptyVerdicts(), verdicts: [v] }).verdictOn(d));
      data.verdicts.push(entry);
    });
  }

  async undo(folder: vscode.WorkspaceFolder, verdict: Verdict): Promise<boolean> {
    if (!this.canWrite('Undoing a verdict')) return false;
    return this.update(folder.uri.toString(), (data) => void removeVerdicts(data, (v) => sameVerdict(v, verdict)), folder);
  }

  async ignoreCode(file: string, fileName: string, code: string): Promise<boolean> {
    if (!this.canWrite('Ignoring a kind')) return false;
    return this.update(file, (data) => {
      const codes = new Set(Object.prototype.hasOwnProperty.call(data.ignored, fileName) ? data.ignored[fileName] : []);
      codes.add(code);
      data.ignored[fileName] = [...codes].sort();
    });
  }

  async unignoreCode(folder: vscode.WorkspaceFolder, fileName: string, code: string): Promise<boolean> {
    if (!this.canWrite('Undoing an ignore')) return false;
    return this.update(
      folder.uri.toString(),
      (data) => {
        if (!Object.prototype.hasOwnProperty.call(data.ignored, fileName)) return;
        const codes = data.ignored[fileName].filter((c) => c !== code);
        if (codes.length) data.ignored[fileName] = codes;
        else delete data.ignored[fileName];
      },
      folder,
    );
  }

  /** Every kind ignored in a file: workspace folder, file name, code. */
  allIgnored(): { folder: vscode.WorkspaceFolder; fileName: string; code: string }[] {
    const out: { folder: vscode.WorkspaceFolder; fileName: string; code: string }[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const ignored = this.books.get(folder.uri.toString())?.data.ignored ?? {};
      for (const fileName of Object.keys(ignored).sort()) for (const code of ignored[fileName]) out.push({ folder, fileName, code });
    }
    return out;
  }

  async setLabel(file: string, fileName: string, label: string): Promise<boolean> {
    if (!this.canWrite('A source label')) return false;
    return this.update(file, (data) => {
      if (label.trim()) data.labels[fileName] = label.trim();
      else delete data.labels[fileName];
    });
  }

  /** The file name of the draft marked for `storyFolder` (a folder URI): this session's choice, else the stored one. */
  draftOf(storyFolder: string): string | undefined {
    const session = this.sessionDrafts.get(storyFolder);
    if (session) return session;
    const ws = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(`${storyFolder}/x`));
    return ws && this.books.get(ws.uri.toString())?.draftOf(relativeFolder(ws, storyFolder));
  }

  /** Marks `file` as the draft of its story folder; stored when writing is allowed, else for this session. */
  async markDraft(file: string, fileName: string): Promise<void> {
    const storyFolder = file.slice(0, file.lastIndexOf('/'));
    this.sessionDrafts.set(storyFolder, fileName);
    const ws = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file));
    if (ws && this.canWrite('The draft mark')) await this.update(file, (data) => void (data.drafts[relativeFolder(ws, storyFolder)] = fileName));
    this.changed.fire();
  }

  private update(file: string, edit: (data: VerdictData) => void, known?: vscode.WorkspaceFolder): Promise<boolean> {
    const run = this.queue.then(() => this.updateNow(file, edit, known));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async updateNow(file: string, edit: (data: VerdictData) => void, known?: vscode.WorkspaceFolder): Promise<boolean> {
    const folder = known ?? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file));
    if (!folder || folder.uri.scheme !== 'file') {
      void vscode.window.showWarningMessage('Source Xref: verdicts are saved only for sources inside a local workspace folder.');
      return false;
    }
    const data = await this.read(folder);
    edit(data);
    try {
      this.writes++;
      await writeFileInsideWorkspace(folder.uri.fsPath, VERDICTS_PATH, serialiseVerdicts(data));
      this.writes++;
    } catch (e) {
      const why = e instanceof WorkspaceWriteError ? e.message : 'the file could not be written';
      this.log.appendLine(`verdicts: ${why}`);
      void vscode.window.showErrorMessage(`Source Xref: nothing saved: ${why}.`);
      return false;
    }
    this.books.set(folder.uri.toString(), new VerdictBook(data));
    this.changed.fire();
    return true;
  }

  /** verdicts.json, else accepted.json (migrated on the next write), else nothing. */
  private async read(folder: vscode.WorkspaceFolder): Promise<VerdictData> {
    if (folder.uri.scheme !== 'file') return emptyVerdicts();
    for (const p of [VERDICTS_PATH, ACCEPTED_PATH]) {
      const read = await readSmallRegularFile(folder.uri.fsPath, p);
      if (read.ok) return parseVerdicts(read.text);
      if (read.reason !== 'missing') {
        this.log.appendLine(`verdicts: ${read.message}`);
        // A refused verdicts.json is not replaced by the older file: the reader has to look at it.
        return emptyVerdicts();
      }
    }
    return emptyVerdicts();
  }

  /** git user.name of the folder, else the OS user; asked once (only when a verdict is written). */
  private async authorName(): Promise<string> {
    if (this.author !== undefined) return this.author;
    const cwd = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
    const fromGit = await new Promise<string>((resolve) => {
      if (!cwd) return resolve('');
      execFile('git', ['config', 'user.name'], { cwd, timeout: 2000, windowsHide: true }, (err, stdout) => resolve(err ? '' : String(stdout).trim().slice(0, 100)));
    });
    let fromOs = '';
    try {
      fromOs = os.userInfo().username;
    } catch {
      fromOs = '';
    }
    this.author = fromGit || fromOs;
    return this.author;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The story folder's path below the workspace folder (`seeds`, `''` for the root). */
export function relativeFolder(ws: vscode.WorkspaceFolder, storyFolder: string): string {
  const base = ws.uri.toString().replace(/\/$/, '');
  const rel = storyFolder.startsWith(base) ? storyFolder.slice(base.length).replace(/^\//, '') : storyFolder;
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

const EMPTY = new VerdictBook(emptyVerdicts());
