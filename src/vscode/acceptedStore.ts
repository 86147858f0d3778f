import * as vscode from 'vscode';
import { AcceptedEntry, AcceptedSet, emptyAccepted, entryKey, parseAccepted, serialiseAccepted } from './acceptance';

const RELATIVE_PATH = '.sourcexref/accepted.json';

/**
 * Reads and writes `.sourcexref/accepted.json` per workspace folder (shared with the team through
 * version control). Watches the file so hand edits and teammates' pulls apply at once.
 */
export class AcceptedStore implements vscode.Disposable {
  private readonly sets = new Map<string, AcceptedSet>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RELATIVE_PATH}`);
    const reload = () => void this.load().then(() => this.changed.fire());
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  async load(): Promise<void> {
    this.sets.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      this.sets.set(folder.uri.toString(), new AcceptedSet(await this.read(folder.uri)));
    }
  }

  /** The accepted set governing `file` (its workspace folder's), empty outside any folder. */
  setFor(file: string): AcceptedSet {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file));
    return (folder && this.sets.get(folder.uri.toString())) ?? EMPTY;
  }

  async accept(file: string, entry: AcceptedEntry): Promise<void> {
    await this.update(file, (data) => {
      const key = entryKey(entry);
      data.accepted = data.accepted.filter((e) => entryKey(e) !== key);
      data.accepted.push(entry);
    });
  }

  async ignoreCode(file: string, basename: string, code: string): Promise<void> {
    await this.update(file, (data) => {
      const codes = new Set(data.ignored[basename] ?? []);
      codes.add(code);
      data.ignored[basename] = [...codes].sort();
    });
  }

  private async update(file: string, edit: (data: ReturnType<typeof emptyAccepted>) => void): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file));
    if (!folder) {
      void vscode.window.showWarningMessage('Source Xref: accepting needs the source to be inside a workspace folder.');
      return;
    }
    const data = await this.read(folder.uri);
    edit(data);
    const target = vscode.Uri.joinPath(folder.uri, RELATIVE_PATH);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.sourcexref'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serialiseAccepted(data)));
    this.sets.set(folder.uri.toString(), new AcceptedSet(data));
    this.changed.fire();
  }

  private async read(folder: vscode.Uri): Promise<ReturnType<typeof emptyAccepted>> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, RELATIVE_PATH));
      return parseAccepted(new TextDecoder().decode(bytes));
    } catch {
      return emptyAccepted();
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

const EMPTY = new AcceptedSet(emptyAccepted());
