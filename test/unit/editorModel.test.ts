import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Contradiction, SpanRef } from '../../src/core/types';
import { shortDateLabel } from '../../src/vscode/dateLabel';
import { planDiagnostics, type PlanOptions } from '../../src/vscode/diagnosticPlan';
import { LineIndex } from '../../src/vscode/lineIndex';

const A = 'file:///w/seeds/a.txt';
const B = 'file:///w/seeds/b.txt';
const C = 'file:///w/seeds/c.txt';

function contradiction(id: string, file: string, start: number, text: string, related: SpanRef[], extra: Partial<Contradiction> = {}): Contradiction {
  return { id, file, start, end: start + text.length, text, kind: 'date', code: 'xref.date', message: `dates differ (${id})`, confidence: 0.9, related, ...extra };
}
const ref = (file: string, start: number, text: string): SpanRef => ({ file, start, end: start + text.length, text });

const defaults: PlanOptions = { severityOf: () => 'warning', minConfidence: 0.5, maxPerFile: 30, isAccepted: () => false, isIgnored: () => false };

describe('editor: LineIndex', () => {
  it('maps offsets like VS Code for \\n, \\r\\n and lone \\r', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(10), { line: 3, character: 0 });
    assert.equal(lines.lineCount, 4);
  });

  it('offsetAt inverts positionAt for every offset (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'é', '😀') }), (text) => {
        const lines = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          // an offset between \r and \n is not a position VS Code can express
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          const p = lines.positionAt(o);
          assert.equal(lines.offsetAt(p.line, p.character), o);
        }
      }),
    );
  });
});

describe('editor: diagnostic plan', () => {
  it('shows a contradiction in both sources with the other side as related', () => {
    const plan = planDiagnostics([contradiction('c1', A, 10, 'March', [ref(B, 20, 'April')])], defaults);
    assert.equal(plan.byFile.get(A)?.[0].related[0].file, B);
    const mirrored = plan.byFile.get(B)?.[0];
    assert.equal(mirrored?.text, 'April');
    assert.equal(mirrored?.related[0].file, A);
    assert.equal(plan.total, 2);
  });

  it('dedupes the engine reporting both directions, keeping its own wording', () => {
    const plan = planDiagnostics([contradiction('c1', A, 10, 'March', [ref(B, 20, 'April')]), contradiction('c2', B, 20, 'April', [ref(A, 10, 'March')])], defaults);
    assert.equal(plan.total, 2);
    assert.equal(plan.byFile.get(B)?.[0].message, 'dates differ (c2)');
    assert.deepEqual(plan.byFile.get(B)?.[0].sourceIds, ['c2']);
  });

  it('does not mirror a side the engine reported with a narrower clause span', () => {
    // The engine reports its own side as the clause and the other side as the whole sentence.
    const c1 = contradiction('c1', A, 12, 'in March', [ref(B, 0, 'Last month, he visited the port city')]);
    const c2 = contradiction('c2', B, 0, 'Last month, he visited', [ref(A, 0, 'He went there back in March')]);
    const plan = planDiagnostics([c1, c2], defaults);
    assert.equal(plan.total, 2);
    assert.deepEqual(plan.byFile.get(B)?.map((d) => d.text), ['Last month, he visited']);
  });

  it('merges related sides of the same span and code', () => {
    const plan = planDiagnostics([contradiction('c1', A, 10, 'March', [ref(B, 20, 'April')]), contradiction('c2', A, 10, 'March', [ref(C, 3, 'May')])], defaults);
    assert.equal(plan.byFile.get(A)?.length, 1);
    assert.equal(plan.byFile.get(A)?.[0].related.length, 2);
  });

  it('honours severity off, minimum confidence, acceptance and per-file ignores', () => {
    const cs = [contradiction('c1', A, 10, 'March', [ref(B, 20, 'April')]), contradiction('c2', A, 40, 'five', [ref(B, 50, 'six')], { kind: 'number', code: 'xref.number', confidence: 0.3 })];
    assert.equal(planDiagnostics(cs, { ...defaults, severityOf: (k) => (k === 'date' ? 'off' : 'error') }).total, 0);
    assert.equal(planDiagnostics(cs, { ...defaults, minConfidence: 0 }).total, 4);
    const accepted = planDiagnostics(cs, { ...defaults, isAccepted: (code) => code === 'xref.date' });
    assert.equal(accepted.total, 0);
    const ignored = planDiagnostics(cs, { ...defaults, isIgnored: (file) => file === A });
    assert.deepEqual([...ignored.byFile.keys()], [B]);
  });

  it('caps per file keeping the most confident, in document order', () => {
    const cs = [0.6, 0.95, 0.7, 0.99].map((confidence, i) => contradiction(`c${i}`, A, i * 10, `d${i}`, [ref(B, i * 10, `e${i}`)], { confidence }));
    const plan = planDiagnostics(cs, { ...defaults, maxPerFile: 2 });
    assert.deepEqual(plan.byFile.get(A)?.map((d) => d.text), ['d1', 'd3']);
    assert.equal(plan.capped, 4);
  });
});

describe('editor: inline date labels', () => {
  it('shortens month names only', () => {
    assert.equal(shortDateLabel('March 2023'), 'Mar 2023');
    assert.equal(shortDateLabel('Tue 18 April 2023'), 'Tue 18 Apr 2023');
    assert.equal(shortDateLabel('spring 2023'), 'spring 2023');
    assert.equal(shortDateLabel('Mayor'), 'Mayor');
  });
});
