import { fileNameOf } from '../core';
import * as vscode from 'vscode';
import type { AcceptedStore } from './acceptedStore';
import type { PlannedDiagnostic } from './diagnosticPlan';
import { shorten } from './diagnosticPlan';
import { DIAGNOSTIC_SOURCE, type ContradictionDiagnostics } from './diagnostics';
import { SOURCE_SELECTOR, type OpenLocationArgs } from './locations';

/**
 * Quick fixes on a contradiction: open the contradicting source beside this one at the sentence,
 * accept the discrepancy with a written reason (stored in `.sourcexref/accepted.json`), or stop
 * reporting this kind in this file.
 */
export function registerCodeActions(diagnostics: ContradictionDiagnostics, accepted: AcceptedStore): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(doc, range, context, token) {
      if (!context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE)) return [];
      const file = doc.uri.toString();
      const actions: vscode.CodeAction[] = [];
      for (const d of diagnostics.at(file, range)) {
        if (token.isCancellationRequested) break;
        const vsDiag = context.diagnostics.find((x) => x.source === DIAGNOSTIC_SOURCE && codeOf(x) === d.code);
        for (const r of d.related) {
          const open = new vscode.CodeAction(`Open ${fileNameOf(r.file)} beside: "${shorten(r.text, 40)}"`, vscode.CodeActionKind.QuickFix);
          const args: OpenLocationArgs = { file: r.file, start: r.start, end: r.end, beside: true };
          open.command = { command: 'sourceXref.openLocation', title: open.title, arguments: [args] };
          open.diagnostics = vsDiag && [vsDiag];
          actions.push(open);
        }
        const accept = new vscode.CodeAction(`Accept this ${d.kind} discrepancy (with a reason)…`, vscode.CodeActionKind.QuickFix);
        accept.command = { command: 'sourceXref.acceptContradiction', title: accept.title, arguments: [d] };
        accept.diagnostics = vsDiag && [vsDiag];
        actions.push(accept);
        const ignore = new vscode.CodeAction(`Ignore ${d.code} in ${fileNameOf(file)}`, vscode.CodeActionKind.QuickFix);
        ignore.command = { command: 'sourceXref.ignoreKindInFile', title: ignore.title, arguments: [file, d.code] };
        ignore.diagnostics = vsDiag && [vsDiag];
        actions.push(ignore);
      }
      return dedupe(actions);
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(SOURCE_SELECTOR, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand('sourceXref.acceptContradiction', async (d: PlannedDiagnostic, reasonArg?: string) => {
      if (!d?.related?.length) return;
      const reason =
        reasonArg ??
        (await vscode.window.showInputBox({
          title: 'Accept discrepancy',
          prompt: `Why is "${shorten(d.text, 40)}" vs "${shorten(d.related[0].text, 40)}" acceptable? (saved in .sourcexref/accepted.json)`,
          placeHolder: 'e.g. different time zones; source B corrected later',
          validateInput: (v) => (v.trim() ? undefined : 'A short reason helps reviewers'),
        }));
      if (!reason?.trim()) return;
      const acceptedAt = new Date().toISOString();
      for (const r of d.related) {
        await accepted.accept(d.file, { code: d.code, file: fileNameOf(d.file), quote: d.text, otherFile: fileNameOf(r.file), otherQuote: r.text, reason: reason.trim(), acceptedAt });
      }
    }),
    vscode.commands.registerCommand('sourceXref.ignoreKindInFile', async (file: string, code: string) => {
      if (typeof file !== 'string' || typeof code !== 'string') return;
      await accepted.ignoreCode(file, fileNameOf(file), code);
    }),
  );
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

function dedupe(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => !seen.has(a.title) && !!seen.add(a.title));
}
