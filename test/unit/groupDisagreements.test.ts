import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { groupDisagreements } from '../../src/core/conflicts/groupDisagreements';
import { quoteAround } from '../../src/core/conflicts/messages';
import { planDiagnostics } from '../../src/vscode/diagnosticPlan';
import type { Contradiction, DocumentAnalysis } from '../../src/core/types';

/** A wire story copied by `n` outlets; the copy at `changedAt` reports another death toll. */
function story(n: number, changedAt: number): CorpusIndex {
  const index = new CorpusIndex();
  for (let i = 0; i < n; i++) {
    const toll = i === changedAt ? 'eight' : 'four';
    index.setDocument(`story/${String(i).padStart(3, '0')}_copy.txt`, [
      'By a staff reporter',
      'date 2009-01-05',
      `The powerful earthquake struck off Indonesia's Papua province on Sunday and killed ${toll} people in Manokwari, officials said.`,
      'Rescue teams searched damaged hotels and shops through the night.',
      '',
    ].join('\n'));
  }
  return index;
}

const plan = (found: readonly Contradiction[]) => planDiagnostics(found, { severityOf: () => 'warning', minConfidence: 0, maxPerFile: 30, isAccepted: () => false, isIgnored: () => false });

describe('groupDisagreements: one disagreement, one contradiction per side', () => {
  it('50 copies where one differs: one disagreement on the copy that differs, every other copy its rival, one diagnostic each', () => {
    const found = story(50, 17).contradictions();
    assert.equal(found.length, 1, JSON.stringify(found.map((c) => c.message).slice(0, 5)));
    assert.ok(found[0].file.startsWith('story/017_'), found[0].file);
    assert.equal(found[0].related.length, 49);
    assert.match(found[0].message, /^Killing: eight people here, four people in 49 other sources \(000_copy.txt, 001_copy.txt, …\)$/);
    const diagnostics = [...plan(found).byFile.values()].flat();
    assert.equal(diagnostics.length, 50, 'one diagnostic per source');
    const back = diagnostics.find((d) => d.file.startsWith('story/000_'))!;
    assert.deepEqual(back.related.map((r) => r.file), [found[0].file]);
    assert.match(back.message, /^Killing: four people here, eight people in 017_copy.txt$/);
  });

  it('the count does not grow with the number of copies', () => {
    const counts = [5, 20, 50].map((n) => story(n, 2).contradictions().length);
    assert.deepEqual(counts, [1, 1, 1]);
  });

  it('a source contradicting itself is flagged the same way: the differing claim, its own subtitle and the other sources as rivals', () => {
    const texts: Record<string, string> = {
      'a.txt': 'Putin visits troops\nIt was his second visit to the region.\nPutin met commanders in Kherson.\nIt was his third visit to the region, the Kremlin said.\n',
      'b.txt': 'Putin in Kherson\nIt was his second visit to the region.\n',
      'c.txt': 'Kremlin video\nIt was his second visit to the region.\n',
    };
    const docs = new Map<string, DocumentAnalysis>(Object.entries(texts).map(([f, t]) => [f, analyzeDocument(f, t)]));
    const span = (file: string, needle: string) => {
      const start = texts[file].indexOf(needle);
      return { file, start, end: start + needle.length, text: needle };
    };
    const third = span('a.txt', 'It was his third visit to the region, the Kremlin said.');
    const seconds = [span('a.txt', 'It was his second visit to the region.'), span('b.txt', 'It was his second visit to the region.'), span('c.txt', 'It was his second visit to the region.')];
    // What a pairwise comparison hands over: one entry per side and pair.
    const pairwise: Contradiction[] = seconds.flatMap((s, i) => [
      { id: `x${i}`, kind: 'ordinal', code: 'xref.ordinal', message: 'pairwise', confidence: 0.6, ...third, related: [s], fact: 'Putin visit' },
      { id: `y${i}`, kind: 'ordinal', code: 'xref.ordinal', message: 'pairwise', confidence: 0.6, ...s, related: [third], fact: 'Putin visit' },
    ]);
    const grouped = groupDisagreements(pairwise, docs);
    assert.equal(grouped.length, 1);
    assert.equal(grouped[0].start, third.start);
    assert.deepEqual(grouped[0].related.map((r) => r.file), ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(grouped[0].message, 'Putin visit: third here, second earlier in this source and in "Putin in Kherson" (b) and in "Kremlin video" (c)');
    assert.equal(grouped[0].related[0].message, 'Putin visit: second here, third later in this source');
  });
});

describe('messages: the related quote holds the disputed value', () => {
  it('cuts a long sentence around the value at word boundaries, never before it', () => {
    const text = 'Trips like these undertaken by the leader are infrequent and closely guarded, and officials rarely confirm them in advance or afterwards, although he did surprise residents with an appearance at the port back in March 2022, weeks after the city fell.';
    const at = text.indexOf('March 2022');
    const quote = quoteAround(text, { start: 0, end: text.length }, { start: at, end: at + 'March 2022'.length }, 80);
    assert.ok(quote.includes('March 2022'), quote);
    assert.ok(quote.length <= 82, quote);
    assert.match(quote, /^…[A-Za-z]/);
    assert.ok(!/…$/.test(quote) || /\s\S+…$/.test(' ' + quote), quote);
  });
});
