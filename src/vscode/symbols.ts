import * as vscode from 'vscode';
import { fileNameOf, type Entity, type EntityType } from '../core';
import { locationOf, rangeOf, SOURCE_SELECTOR } from './locations';
import type { WorkspaceIndexer } from './workspaceIndexer';

const MAX_WORKSPACE_SYMBOLS = 500;
const KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Package,
  date: vscode.SymbolKind.Event,
  number: vscode.SymbolKind.Number,
  other: vscode.SymbolKind.String,
};

/** Ctrl+T finds entities by name or alias; the Outline lists title, byline and the entities of the file. */
export function registerSymbols(indexer: WorkspaceIndexer): vscode.Disposable {
  const workspace: vscode.WorkspaceSymbolProvider = {
    provideWorkspaceSymbols(query, token) {
      const q = query.toLowerCase().replace(/\s+/g, '');
      const out: vscode.SymbolInformation[] = [];
      for (const index of indexer.corpus.indexes()) {
        for (const e of index.entities()) {
          if (token.isCancellationRequested || out.length >= MAX_WORKSPACE_SYMBOLS) return out;
          if (q && ![e.name, ...e.aliases].some((n) => fuzzy(n.toLowerCase(), q))) continue;
          const first = e.mentions[0];
          const loc = first && locationOf(indexer.corpus, first);
          if (loc) out.push(new vscode.SymbolInformation(e.name, KIND[e.type], `${e.type} · ${new Set(e.mentions.map((m) => m.file)).size} sources · ${fileNameOf(first.file)}`, loc));
        }
      }
      return out;
    },
  };

  const document: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(doc, token) {
      const file = doc.uri.toString();
      const index = indexer.corpus.indexFor(file);
      const analysis = index?.document(file);
      if (!index || !analysis) return [];
      const out: vscode.DocumentSymbol[] = [];
      const span = (label: string, s: { start: number; end: number } | undefined, kind: vscode.SymbolKind) => {
        const r = s && rangeOf(indexer.corpus, file, s);
        if (r) out.push(new vscode.DocumentSymbol(label, analysis.text.slice(s.start, s.end).trim().slice(0, 80), kind, r, r));
      };
      span('Title', analysis.title, vscode.SymbolKind.File);
      span('Byline', analysis.byline, vscode.SymbolKind.Constant);
      const byEntity = new Map<Entity, vscode.Range[]>();
      for (const { mention, entity } of index.mentionsIn(file)) {
        if (token.isCancellationRequested) return out;
        const r = rangeOf(indexer.corpus, file, mention);
        if (r) byEntity.set(entity, [...(byEntity.get(entity) ?? []), r]);
      }
      for (const [entity, ranges] of byEntity) {
        const whole = ranges.reduce((a, b) => a.union(b));
        const sym = new vscode.DocumentSymbol(entity.name, `${entity.type} · ${ranges.length}×`, KIND[entity.type], whole, ranges[0]);
        out.push(sym);
      }
      return out;
    },
  };

  return vscode.Disposable.from(
    vscode.languages.registerWorkspaceSymbolProvider(workspace),
    vscode.languages.registerDocumentSymbolProvider(SOURCE_SELECTOR, document, { label: 'Source Xref' }),
  );
}

/** Characters of the query appear in order (what Ctrl+T users expect), ignoring spaces. */
function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length;
}
