import * as vscode from 'vscode';
import { fileNameOf, shorten, sideOf, type Disagreement, type VerdictKind } from '../core';
import { DIAGNOSTIC_SOURCE, type ContradictionDiagnostics } from './diagnostics';
import { SOURCE_SELECTOR, type OpenLocationArgs } from './locations';
import type { ReviewModel } from './review';
import type { VerdictStore } from './verdictStore';

/** What a verdict command acts on: the disagreements of one sentence, seen from the file `here`. */
export interface VerdictTarget {
  here: string;
  disagreements: Disagreement[];
}

/**
 * Quick fixes on a contradiction: open the contradicting source beside this one at the sentence; give
 * a verdict that lasts (accept with a reason, mark which side is right, or leave a note; stored in
 * `.sourcexref/verdicts.json` and applied to both sides); or stop reporting this kind in this file.
 * In Restricted Mode the verdict commands say why nothing is saved.
 */
export function registerCodeActions(diagnostics: ContradictionDiagnostics, store: VerdictStore, review: ReviewModel): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(doc, range, context, token) {
      if (!context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE)) return [];
      const file = doc.uri.toString();
      const index = review.indexer.corpus.indexFor(file);
      if (!index) return [];
      const docOf = (f: string) => index.document(f);
      const actions: vscode.CodeAction[] = [];
      for (const d of diagnostics.at(file, range)) {
        if (token.isCancellationRequested) break;
        const vsDiag = context.diagnostics.find((x) => x.source === DIAGNOSTIC_SOURCE && codeOf(x) === d.code);
        const action = (title: string, command: string, args: unknown[]) => {
          const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          a.command = { command, title, arguments: args };
          a.diagnostics = vsDiag && [vsDiag];
          actions.push(a);
        };
        for (const r of d.related) {
          const args: OpenLocationArgs = { file: r.file, start: r.start, end: r.end, beside: true };
          action(`Open ${review.labelOf(r.file)} beside: "${shorten(r.text, 40)}"`, 'sourceXref.openLocation', [args]);
        }
        const here = sideOf(d, docOf);
        const target: VerdictTarget = {
          here: file,
          disagreements: d.related.map((r) => {
            const there = sideOf(r, docOf);
            const sides: Disagreement['sides'] = fileNameOf(here.file) <= fileNameOf(there.file) ? [here, there] : [there, here];
            return { key: '', code: d.code, kind: d.kind, message: d.message, confidence: d.confidence, sides, contradictionIds: d.sourceIds };
          }),
        };
        action(`Accept this ${d.kind} discrepancy (with a reason)…`, 'sourceXref.acceptContradiction', [target]);
        action('Mark which side is right…', 'sourceXref.markSideRight', [target]);
        action('Leave a note on this disagreement…', 'sourceXref.addNote', [target]);
        action(`Ignore ${d.code} in ${fileNameOf(file)}`, 'sourceXref.ignoreKindInFile', [file, d.code]);
      }
      return dedupe(actions);
    },
  };
  const give = async (target: VerdictTarget, kind: VerdictKind, reason: string, right?: string) => {
    for (const d of target.disagreements) {
      if (right && !d.sides.some((s) => s.file === right)) continue;
      if (!(await store.give(d, kind, reason, right))) return;
    }
  };
  const askReason = (title: string, prompt: string, placeHolder: string) =>
    vscode.window.showInputBox({ title, prompt, placeHolder, ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A short reason helps reviewers') });
  const valid = (t: VerdictTarget | undefined): t is VerdictTarget => !!t && Array.isArray(t.disagreements) && t.disagreements.length > 0 && typeof t.here === 'string';

  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(SOURCE_SELECTOR, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand('sourceXref.acceptContradiction', async (target?: VerdictTarget, reasonArg?: string) => {
      if (!valid(target) || !store.canWrite('A verdict')) return;
      const [d] = target.disagreements;
      const reason = reasonArg ?? (await askReason('Accept discrepancy', `Why is "${shorten(d.sides[0].text, 40)}" vs "${shorten(d.sides[1].text, 40)}" acceptable? (saved in .sourcexref/verdicts.json, for both sources)`, 'e.g. different time zones; source B corrected later'));
      if (reason?.trim()) await give(target, 'accepted', reason.trim());
    }),
    vscode.commands.registerCommand('sourceXref.markSideRight', async (target?: VerdictTarget, rightArg?: string, reasonArg?: string) => {
      if (!valid(target) || !store.canWrite('A verdict')) return;
      let right = rightArg;
      if (!right) {
        const files = [...new Set(target.disagreements.flatMap((d) => d.sides.map((s) => s.file)))];
        const pick = await vscode.window.showQuickPick(
          files.map((f) => ({ label: review.labelOf(f), description: f === target.here ? 'this source' : fileNameOf(f), file: f })),
          { title: 'Which source is right?', placeHolder: 'The disagreement is closed in favour of the source you pick' },
        );
        right = pick?.file;
      }
      if (!right) return;
      const reason = reasonArg ?? (await askReason('Mark which side is right', `Why is ${review.labelOf(right)} right?`, 'e.g. confirmed with the agency; the other source misread the date'));
      // Every pair when this side is right; only the pair with the other source when that one is.
      if (reason?.trim()) await give(target, 'sideRight', reason.trim(), right);
    }),
    vscode.commands.registerCommand('sourceXref.addNote', async (target?: VerdictTarget, noteArg?: string) => {
      if (!valid(target) || !store.canWrite('A note')) return;
      const note = noteArg ?? (await vscode.window.showInputBox({ title: 'Note on this disagreement', prompt: 'The disagreement stays open; the note shows in the Verdicts view and the report', ignoreFocusOut: true }));
      if (note?.trim()) await give(target, 'note', note.trim());
    }),
    vscode.commands.registerCommand('sourceXref.ignoreKindInFile', async (file: string, code: string) => {
      if (typeof file !== 'string' || typeof code !== 'string') return;
      await store.ignoreCode(file, fileNameOf(file), code);
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
