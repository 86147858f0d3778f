import * as vscode from 'vscode';
import { CorpusCollection, type SentenceSupport } from '../core';
import { locationOf, rangeOf, SOURCE_SELECTOR } from './locations';
import type { ReviewModel } from './review';
import type { Settings } from './settings';
import type { IndexChange, WorkspaceIndexer } from './workspaceIndexer';

/**
 * Corroboration: a code lens "supported by 2 sources" over sentences others back up
 * (`sourceXref.codeLens`; the sources' labels in its tooltip), and information hints on sentences no
 * other source supports (`sourceXref.corroboration.hints`). Both off by default: useful when auditing,
 * noisy otherwise.
 */
export function registerCorroboration(indexer: WorkspaceIndexer, settings: Settings, review: ReviewModel): vscode.Disposable {
  const hints = vscode.languages.createDiagnosticCollection('source-xref-corroboration');
  const lensChanged = new vscode.EventEmitter<void>();

  const refreshHints = (change: IndexChange) => {
    if (!settings.corroborationHints) return hints.clear();
    const files = indexer.corpus.files().filter((f) => change.folders === 'all' || change.folders.includes(CorpusCollection.folderOf(f)));
    if (change.folders === 'all') hints.clear();
    for (const file of files) {
      const index = indexer.corpus.indexFor(file)!;
      const diags: vscode.Diagnostic[] = [];
      for (const s of index.supportFor(file)) {
        if (!s.unsupported) continue;
        const range = rangeOf(indexer.corpus, file, s);
        if (!range) continue;
        const d = new vscode.Diagnostic(range, 'No other source supports this sentence.', vscode.DiagnosticSeverity.Information);
        d.source = 'Source Xref';
        d.code = 'xref.unsupported';
        diags.push(d);
      }
      hints.set(vscode.Uri.parse(file), diags);
    }
  };

  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensChanged.event,
    provideCodeLenses(doc, token) {
      if (!settings.codeLensEnabled) return [];
      const file = doc.uri.toString();
      const index = indexer.corpus.indexFor(file);
      if (!index?.has(file)) return [];
      const out: vscode.CodeLens[] = [];
      for (const s of index.supportFor(file)) {
        if (token.isCancellationRequested) break;
        const title = lensTitle(s);
        const range = title && rangeOf(indexer.corpus, file, s);
        if (!title || !range) continue;
        const refs = [...s.supportedBy, ...s.contradictedBy].map((r) => locationOf(indexer.corpus, r)).filter((l): l is vscode.Location => !!l);
        const names = (list: { file: string }[]) => [...new Set(list.map((r) => review.labelOf(r.file)))].join(', ');
        const tooltip = [s.supportedBy.length && `Supported by ${names(s.supportedBy)}`, s.contradictedBy.length && `Disputed by ${names(s.contradictedBy)}`].filter(Boolean).join('\n');
        out.push(new vscode.CodeLens(new vscode.Range(range.start, range.start), { title, tooltip, command: 'editor.action.showReferences', arguments: [doc.uri, range.start, refs] }));
      }
      return out;
    },
  };

  return vscode.Disposable.from(
    hints,
    lensChanged,
    vscode.languages.registerCodeLensProvider(SOURCE_SELECTOR, lenses),
    indexer.onDidChange((c) => {
      refreshHints(c);
      lensChanged.fire();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourceXref.corroboration')) refreshHints({ folders: 'all' });
      if (e.affectsConfiguration('sourceXref.codeLens')) lensChanged.fire();
    }),
  );
}

function lensTitle(s: SentenceSupport): string | undefined {
  const sources = (refs: { file: string }[]) => new Set(refs.map((r) => r.file)).size;
  const parts: string[] = [];
  const yes = sources(s.supportedBy);
  const no = sources(s.contradictedBy);
  if (yes) parts.push(`supported by ${yes} source${yes === 1 ? '' : 's'}`);
  if (no) parts.push(`disputed by ${no}`);
  return parts.length ? parts.join(' · ') : undefined;
}
