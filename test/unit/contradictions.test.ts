import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { timesConflict, quantitiesCompatible } from '../../src/core/contradictions';
import { CorpusIndex } from '../../src/core/corpusIndex';
import type { TimeFacts } from '../../src/core/claimValues';
import type { Quantity } from '../../src/core/types';
import { GOLD_FILE, SEEDS_DIR } from '../helpers/paths';

function indexOf(files: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [name, text] of Object.entries(files)) index.setDocument(name, text);
  return index;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const q = (value: number, comparator: Quantity['comparator'] = '=', unit: string | null = 'troop'): Quantity => ({ start: 0, end: 1, text: String(value), sentence: 0, value, comparator, unit });
const t = (fields: Partial<TimeFacts>): TimeFacts => ({ start: 0, end: 1, text: 'x', sentence: 0, label: 'x', relative: false, bound: false, ...fields });

describe('contradictions: value rules', () => {
  it('a vague value compatible with a precise one is not a conflict', () => {
    assert.equal(quantitiesCompatible(q(183000, '>'), q(183500)), true);
    assert.equal(quantitiesCompatible(q(183000), q(183500)), true, 'rounded to thousands');
    assert.equal(quantitiesCompatible(q(40, '~'), q(42)), true);
  });
  it('different exact counts conflict', () => {
    assert.equal(quantitiesCompatible(q(2), q(4)), false);
    assert.equal(quantitiesCompatible(q(183000, '<'), q(190000)), false);
  });
  it('dates compare at a granularity both support', () => {
    const march2022 = t({ year: 2022, month: 3 });
    assert.equal(timesConflict(march2022, t({ year: 2023, month: 3 })), true);
    assert.equal(timesConflict(march2022, t({ month: 3 })), false, 'no year on one side');
    assert.equal(timesConflict(t({ weekday: 2 }), t({ weekday: 3 })), true);
    assert.equal(timesConflict(t({ year: 2022, month: 9 }), t({ year: 2022, month: 9, day: 30 })), false);
  });
});

describe('contradictions: sample sources', () => {
  const files = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const index = indexOf(Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8')])));
  const found = index.contradictions();

  it('every span quotes its text', () => {
    for (const c of found) {
      assert.equal(index.textOf(c.file)!.slice(c.start, c.end), c.text);
      for (const r of c.related) assert.equal(index.textOf(r.file)!.slice(r.start, r.end), r.text);
    }
  });

  it('finds the Mariupol visit date conflict, related to 002 line 22', () => {
    const hit = found.find((c) => c.kind === 'date' && c.file.startsWith('000_') && c.related.some((r) => r.file.startsWith('002_') && lineOf(index.textOf(r.file)!, r.start) === 22));
    assert.ok(hit, JSON.stringify(found.map((c) => c.message)));
    assert.equal(hit.code, 'xref.date');
    assert.match(hit.message, /March 2022/);
    assert.match(hit.message, /March 2023/);
    assert.ok(found.some((c) => c.file.startsWith('002_') && c.related.some((r) => r.file.startsWith('000_'))), 'reported on both sides');
  });

  it('flags none of the consistent pairs in the gold file', function () {
    if (!GOLD_FILE) this.skip();
    const gold = JSON.parse(fs.readFileSync(GOLD_FILE!, 'utf8')) as { not_contradictions: { a: { file: string; quote: string }; b: { file: string; quote: string } }[] };
    const sentenceOf = (file: string, quote: string) => {
      const at = index.textOf(file)!.indexOf(quote);
      assert.ok(at >= 0, quote);
      return index.document(file)!.sentences.find((s) => s.start <= at && at < s.end)!;
    };
    for (const pair of gold.not_contradictions) {
      const sa = sentenceOf(pair.a.file, pair.a.quote);
      const sb = sentenceOf(pair.b.file, pair.b.quote);
      const flagged = found.filter((c) =>
        (c.file === pair.a.file && c.start >= sa.start && c.end <= sa.end && c.related.some((r) => r.file === pair.b.file && r.start === sb.start)) ||
        (c.file === pair.b.file && c.start >= sb.start && c.end <= sb.end && c.related.some((r) => r.file === pair.a.file && r.start === sa.start)));
      assert.deepEqual(flagged.map((c) => c.message), [], pair.a.quote);
    }
  });

  it('output is deterministic', () => {
    const again = indexOf(Object.fromEntries(files.map((f) => [f, index.textOf(f)!]))).contradictions();
    assert.deepEqual(again, found);
  });
});

describe('contradictions: rules on small texts', () => {
  const dated = (body: string) => ` date 2023-04-18\n${body}\n`;
  it('number: two vs four young women', () => {
    const found = indexOf({ 'a.txt': dated('Police said Maria Lopez rescued two young women from the river.'), 'b.txt': dated('Police said Maria Lopez rescued four young women from the river.') }).contradictions();
    assert.ok(found.some((c) => c.kind === 'number' && c.file === 'a.txt' && c.related[0].file === 'b.txt'), JSON.stringify(found));
  });
  it('negation: did not visit vs visited', () => {
    const found = indexOf({ 'a.txt': dated('John Smith did not visit Paris last week.'), 'b.txt': dated('John Smith visited Paris last week.') }).contradictions();
    assert.ok(found.some((c) => c.kind === 'negation' && c.code === 'xref.negation'), JSON.stringify(found));
  });
  it('ordinal: second vs third visit', () => {
    const found = indexOf({ 'a.txt': dated('It was John Smith’s second visit to Paris.'), 'b.txt': dated('It was John Smith’s third visit to Paris.') }).contradictions();
    assert.ok(found.some((c) => c.kind === 'ordinal'), JSON.stringify(found));
  });
  it('different subjects or different events are not compared', () => {
    const found = indexOf({
      'a.txt': dated('John Smith visited Paris on Monday. Anna Berg rescued two women.'),
      'b.txt': dated('Peter Jones visited Paris on Tuesday. Anna Berg visited four women.'),
    }).contradictions();
    assert.deepEqual(found.map((c) => c.message), []);
  });
});
