import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileNameOf, markdownReport, type ReportStory } from '../core';
import { writeFileInsideWorkspace, WorkspaceWriteError } from '../node/workspaceFiles';
import { lineIndexFor } from './lineIndex';
import type { ReviewModel } from './review';

export const REPORT_SCHEME = 'sourcexref-report';
const REPORT_URI = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/Contradictions report.md' });

/**
 * `Show Contradictions Report`: the report (src/core/output/markdownReport.ts) shown in the Markdown
 * preview, each disagreement once with both quotes, verdicts and reasons, and the draft's Source Check.
 * It is written to the extension's storage for this workspace (outside the workspace) so its links to
 * the sources' lines work; in Restricted Mode it is a read-only virtual document without links. `Save Contradictions Report as Markdown…` writes it (links
 * relative to where it is saved) and `Export Contradictions Report as HTML…` renders it with VS Code's
 * own Markdown renderer into a page without scripts; both only inside the workspace, never in
 * Restricted Mode.
 */
export function registerReportCommand(review: ReviewModel, storageUri: vscode.Uri | undefined): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let shown = false;
  // Without a workspace to link to (Restricted Mode, or no storage), the virtual document names files but links nowhere:
  // the Markdown preview refuses file: links, and relative ones resolve against the virtual document.
  const build = () => buildReport(review, () => undefined);
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: build,
  };
  /** The report as a file in the extension's storage for this workspace (never inside the workspace), links relative to it. */
  const stored = storageUri?.scheme === 'file' ? vscode.Uri.joinPath(storageUri, 'Contradictions report.md') : undefined;
  const currentReport = async (): Promise<vscode.TextDocument> => {
    if (stored && review.store.writable) {
      const md = buildReport(review, (file, line) => relativeLink(path.dirname(stored.fsPath), file, line));
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === stored.toString());
      if (open) {
        // Open already: replace its text and save, so the editor, the preview and the file agree at once.
        const edit = new vscode.WorkspaceEdit();
        edit.replace(stored, new vscode.Range(0, 0, open.lineCount, 0), md);
        if ((await vscode.workspace.applyEdit(edit)) && (await open.save())) return open;
      }
      await vscode.workspace.fs.createDirectory(storageUri!);
      await vscode.workspace.fs.writeFile(stored, new TextEncoder().encode(md));
      return vscode.workspace.openTextDocument(stored);
    }
    return fresh(REPORT_URI, build(), () => changed.fire(REPORT_URI));
  };

  const target = async (ext: 'md' | 'html', what: string): Promise<{ root: vscode.WorkspaceFolder; rel: string; uri: vscode.Uri } | undefined> => {
    if (!review.store.canWrite(what)) return undefined;
    const ws = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    if (!ws) {
      void vscode.window.showWarningMessage('Source Xref: open a local folder to save the report into.');
      return undefined;
    }
    const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(ws.uri, `contradictions-report.${ext}`), filters: ext === 'md' ? { Markdown: ['md'] } : { HTML: ['html'] }, title: what });
    if (!uri) return undefined;
    return resolveTarget(uri);
  };

  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, provider),
    review.onDidChange(() => shown && changed.fire(REPORT_URI)),
    vscode.commands.registerCommand('sourceXref.showReport', async () => {
      await review.indexer.whenReady();
      shown = true;
      void vscode.commands.executeCommand('setContext', 'sourceXref.reportShown', true);
      const doc = await currentReport();
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      return doc;
    }),
    vscode.commands.registerCommand('sourceXref.saveReport', async (uriArg?: vscode.Uri) => {
      const where = uriArg ? (review.store.canWrite('The report') ? resolveTarget(uriArg) : undefined) : await target('md', 'Save Contradictions Report as Markdown');
      if (!where) return undefined;
      const dir = path.dirname(where.uri.fsPath);
      const md = buildReport(review, (file, line) => relativeLink(dir, file, line));
      return save(where, md);
    }),
    vscode.commands.registerCommand('sourceXref.exportReportHtml', async (uriArg?: vscode.Uri) => {
      const where = uriArg ? (review.store.canWrite('The report') ? resolveTarget(uriArg) : undefined) : await target('html', 'Export Contradictions Report as HTML');
      if (!where) return undefined;
      const dir = path.dirname(where.uri.fsPath);
      const md = buildReport(review, (file, line) => relativeLink(dir, file, line));
      const body = await vscode.commands.executeCommand<string>('markdown.api.render', md);
      return save(where, htmlPage(typeof body === 'string' ? body : `<pre>${escapeHtml(md)}</pre>`));
    }),
  );
}

/** The document at `uri` once it holds `text`: an open one is refreshed (by `refresh`) and awaited. */
async function fresh(uri: vscode.Uri, text: string, refresh: () => void): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && open.getText() !== text) {
    const updated = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        done.dispose();
        resolve();
      }, 3000);
      const done = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== uri.toString() || e.document.getText() !== text) return;
        clearTimeout(timer);
        done.dispose();
        resolve();
      });
    });
    refresh();
    await updated;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** The report for every story folder, links built by `linkOf`. */
export function buildReport(review: ReviewModel, linkOf: (file: string, line: number | undefined) => string | undefined): string {
  const stories: ReportStory[] = review.folders().map((folder) => {
    const index = review.indexOf(folder)!;
    return {
      name: storyName(folder),
      disagreements: review.disagreements(folder),
      verdictOn: (d) => review.verdictOn(d),
      labelOf: (file) => review.labelOf(file),
      lineOf: (file, offset) => {
        const text = index.textOf(file);
        return text === undefined ? undefined : lineIndexFor(file, text).positionAt(offset).line + 1;
      },
      draft: review.draftCheck(folder),
    };
  });
  return markdownReport(stories, { minConfidence: review.settings.minConfidence, linkOf });
}

function storyName(folder: string): string {
  const uri = vscode.Uri.parse(folder);
  const rel = vscode.workspace.asRelativePath(uri, false);
  return rel && rel !== uri.fsPath ? rel : fileNameOf(folder);
}

function resolveTarget(uri: vscode.Uri): { root: vscode.WorkspaceFolder; rel: string; uri: vscode.Uri } | undefined {
  const root = uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  const rel = root && path.relative(root.uri.fsPath, uri.fsPath);
  if (!root || !rel || rel.startsWith('..') || path.isAbsolute(rel)) {
    void vscode.window.showWarningMessage('Source Xref: the report is saved only inside a workspace folder.');
    return undefined;
  }
  return { root, rel, uri };
}

async function save(where: { root: vscode.WorkspaceFolder; rel: string; uri: vscode.Uri }, text: string): Promise<vscode.Uri | undefined> {
  try {
    await writeFileInsideWorkspace(where.root.uri.fsPath, where.rel, text);
    return where.uri;
  } catch (e) {
    void vscode.window.showErrorMessage(`Source Xref: report not saved: ${e instanceof WorkspaceWriteError ? e.message : 'the file could not be written'}.`);
    return undefined;
  }
}

/** A link from a saved report in `dir` to a line of a source. */
function relativeLink(dir: string, file: string, line: number | undefined): string | undefined {
  const uri = vscode.Uri.parse(file);
  if (uri.scheme !== 'file') return undefined;
  const rel = path.relative(dir, uri.fsPath).split(path.sep).map(encodeURIComponent).join('/');
  return `${rel}${line ? `#L${line}` : ''}`;
}

/** A standalone page: no scripts, no remote content (CSP), readable in light and dark. */
function htmlPage(body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source Xref: contradictions report</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #fff; }
blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.8rem; border-left: 3px solid #d0d7de; color: #3d444d; }
code { background: #f2f4f7; padding: 0 0.2rem; border-radius: 3px; }
h4 { margin-bottom: 0.3rem; }
@media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } blockquote { color: #b7bdc8; border-color: #3d444d; } code { background: #262c36; } a { color: #7cb7ff; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
