import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDraft, defaultDraftOf, draftSummary } from '../../src/core/conflicts/draftCheck';
import { disagreementsOf, sideOf } from '../../src/core/conflicts/disagreements';
import { closes, emptyVerdicts, parseVerdicts, serialiseVerdicts, VerdictBook, verdictFor } from '../../src/core/conflicts/verdicts';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { escapeMd, markdownReport } from '../../src/core/output/markdownReport';
import type { Contradiction, DocumentView, SpanRef } from '../../src/core/types';
import { SEEDS_DIR } from '../helpers/paths';

// Two sources telling one event with a different date; sentences written for the test.
const A = 'file:///w/story/000_a4f6c19284eff014.txt';
const B = 'file:///w/story/002_6c8fcd09bb78f0a0.txt';
const TEXT_A = 'Putin made a rare trip.\nTrips like these are infrequent; although he did surprise residents at Mariupol back in March 2022.\n';
const TEXT_B = 'The Kremlin released a video.\nLast month, Mr Putin visited the port city of Mariupol, which was captured in May.\n';
const docs = new Map<string, DocumentView>([A, B].map((f, i) => [f, analyzeDocument(f, i === 0 ? TEXT_A : TEXT_B)]));
const docOf = (f: string) => docs.get(f);
const at = (file: string, text: string, needle: string): SpanRef => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { file, start, end: start + needle.length, text: needle };
};
const clauseA = at(A, TEXT_A, 'although he did surprise residents at Mariupol back in March 2022.');
const sentenceB = at(B, TEXT_B, 'Last month, Mr Putin visited the port city of Mariupol, which was captured in May.');
const clauseB = at(B, TEXT_B, 'Last month, Mr Putin visited the port city of Mariupol');
const sentenceA = at(A, TEXT_A, 'Trips like these are infrequent; although he did surprise residents at Mariupol back in March 2022.');
// The engine reports each side itself: its own clause against the other's whole sentence.
const fromA: Contradiction = { ...clauseA, id: 'c1', kind: 'date', code: 'xref.date', message: 'dates differ', confidence: 0.65, related: [sentenceB] };
const fromB: Contradiction = { ...clauseB, id: 'c2', kind: 'date', code: 'xref.date', message: 'dates differ', confidence: 0.65, related: [sentenceA] };

describe('review: disagreements', () => {
  it('one disagreement for the engine reporting both sides with different spans', () => {
    const ds = disagreementsOf([fromA, fromB], docOf, 0.5);
    assert.equal(ds.length, 1);
    assert.deepEqual(ds[0].contradictionIds, ['c1', 'c2']);
    assert.deepEqual(ds[0].sides.map((s) => s.file), [A, B]);
    assert.equal(ds[0].sides[0].sentence.text, sentenceA.text);
  });

  it('leaves out contradictions below the minimum confidence', () => {
    assert.equal(disagreementsOf([{ ...fromA, confidence: 0.3 }], docOf, 0.5).length, 0);
    assert.equal(disagreementsOf([{ ...fromA, confidence: 0.3 }], docOf, 0).length, 1);
  });
});

describe('review: verdicts', () => {
  const [d] = disagreementsOf([fromA], docOf, 0.5);

  it('a verdict given on one side closes the disagreement seen from the other side', () => {
    const data = emptyVerdicts();
    data.verdicts.push(verdictFor(d, { verdict: 'accepted', reason: 'different calendars', author: 'Ann', at: '2026-01-01T00:00:00Z' }));
    const book = new VerdictBook(parseVerdicts(serialiseVerdicts(data)));
    // As the diagnostics see it from B: B's clause against A's whole sentence.
    const fromBSide = { code: 'xref.date', sides: [sideOf(clauseB, docOf), sideOf(sentenceA, docOf)] as [ReturnType<typeof sideOf>, ReturnType<typeof sideOf>] };
    assert.equal(book.verdictOn(fromBSide)?.reason, 'different calendars');
    assert.ok(closes(book.verdictOn(d)));
    assert.equal(book.verdictOn({ ...fromBSide, code: 'xref.number' }), undefined);
  });

  it('migrates accepted.json (version 1, quotes of clauses) and keeps ignores', () => {
    const old = JSON.stringify({ version: 1, accepted: [{ code: 'xref.date', file: '000_a4f6c19284eff014.txt', quote: clauseA.text, otherFile: '002_6c8fcd09bb78f0a0.txt', otherQuote: sentenceB.text, reason: 'checked', acceptedAt: '2025-05-01' }], ignored: { '002_6c8fcd09bb78f0a0.txt': ['xref.number'] } });
    const book = new VerdictBook(parseVerdicts(old));
    assert.equal(book.verdictOn(d)?.verdict, 'accepted');
    assert.equal(book.verdictOn(d)?.reason, 'checked');
    assert.ok(book.isIgnored(B, 'xref.number'));
    assert.ok(!book.isIgnored(A, 'xref.number'));
  });

  it('a note leaves the disagreement open; the latest verdict wins', () => {
    const data = emptyVerdicts();
    data.verdicts.push(verdictFor(d, { verdict: 'sideRight', right: B, reason: 'agency confirmed', author: '', at: '2026-01-01' }));
    data.verdicts.push(verdictFor(d, { verdict: 'note', reason: 'ask the desk', author: '', at: '2026-01-02' }));
    const v = new VerdictBook(data).verdictOn(d);
    assert.equal(v?.verdict, 'note');
    assert.ok(!closes(v));
    assert.equal(data.verdicts[0].right, '002_6c8fcd09bb78f0a0.txt');
  });

  it('tolerates broken and hostile files', () => {
    assert.deepEqual(parseVerdicts('{not json').verdicts, []);
    assert.deepEqual(parseVerdicts('[1,2]').verdicts, []);
    const hostile = parseVerdicts('{"labels":{"__proto__":"x","constructor":"Label"},"ignored":{"toString":["xref.date"]},"verdicts":[{"code":"xref.date","sides":[{"file":"a"}]}]}');
    assert.equal(hostile.verdicts.length, 0);
    const book = new VerdictBook(hostile);
    assert.equal(book.labelOf('file:///w/constructor'), 'Label');
    assert.equal(book.labelOf('file:///w/valueOf'), undefined);
    assert.ok(book.isIgnored('file:///w/toString', 'xref.date'));
    assert.ok(!book.isIgnored('file:///w/hasOwnProperty', 'xref.date'));
  });
});

describe('review: Source Check of a draft', () => {
  const corpus = new CorpusCollection();
  for (const name of fs.readdirSync(SEEDS_DIR)) corpus.setDocument(`seeds/${name}`, fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
  const index = corpus.indexes()[0];
  const draft = index.files().find((f) => f.includes('000_'))!;

  it('picks the one source without a date of its own as the default draft', () => {
    assert.equal(defaultDraftOf(index.documents()), draft);
    const dated = (file: string, date: string) => ({ file, date: { date, source: 'header' as const } });
    assert.equal(defaultDraftOf([dated('a', '2023-01-01'), dated('b', '2023-02-01')]), 'b');
    assert.equal(defaultDraftOf([dated('a', '2023-01-01'), dated('b', '2023-01-01')]), undefined);
  });

  it('gives every sentence a verdict; the disputed one names the other source; the headline is not a claim', () => {
    const ds = disagreementsOf(index.contradictions(), (f) => index.document(f), 0.5);
    const check = checkDraft(index.document(draft)!, index.supportFor(draft), ds, () => false);
    assert.equal(check.sentences.length, index.document(draft)!.sentences.length);
    const disputed = check.sentences.filter((s) => s.verdict === 'disputed');
    assert.ok(disputed.some((s) => s.text.includes('Mariupol') && s.disagreements.some((d) => d.sides.some((x) => x.file.includes('002_')))), JSON.stringify(disputed.map((s) => s.text)));
    assert.equal(check.sentences[0].verdict, 'notClaim');
    assert.ok(check.counts.supported > 0 && check.counts.notFound > 0);
    assert.match(draftSummary(check.counts), /^\d+ supported · \d+ disputed · \d+ not in any source/);
    const resolved = checkDraft(index.document(draft)!, index.supportFor(draft), ds, () => true);
    assert.equal(resolved.counts.disputed, 0);
    assert.equal(resolved.counts.resolved, check.counts.disputed);
  });

  it('keeps headlines, bylines and page text out of "not in any source"', () => {
    const text = 'Storm Hits Coastal Towns Overnight\n\nBy Jane Roe\nPublished 4 May 2021\nExpand / Collapse search\nThe storm destroyed forty houses on Tuesday.\n';
    const doc = analyzeDocument('file:///w/s/x.txt', text);
    const check = checkDraft(doc, [], [], () => false);
    const byText = new Map(check.sentences.map((s) => [s.text.trim(), s.verdict]));
    assert.equal(byText.get('The storm destroyed forty houses on Tuesday.'), 'notFound');
    for (const [t, v] of byText) if (!t.startsWith('The storm')) assert.equal(v, 'notClaim', t);
  });

  it('a supporting sentence must share wording (three content words, figures included) with the draft sentence', () => {
    // Real sentence pairs from the ECB corpus that the engine pairs as support (same subject and event).
    const check = (draft: string, other: string) => {
      const doc = analyzeDocument('file:///w/s/draft.txt', `${draft}\n`);
      const s = doc.sentences[0];
      const ref = { file: 'file:///w/s/other.txt', start: 0, end: other.length, text: other };
      return checkDraft(doc, [{ file: doc.file, sentence: s.index, start: s.start, end: s.end, supportedBy: [ref], contradictedBy: [], unsupported: false }], [], () => false).sentences[0];
    };
    assert.equal(check('Tim Fanning said the gunman came in around 4 p.m. local time.', 'Tim Fanning said the gunman entered the party around 4 p.m.').verdict, 'supported');
    const loose = check("Bob Rivet, CFO of AMD, says the acquisition is expected to be completed by year's end.", "AMD says there's plenty of reason to be bullish on the deal.");
    assert.equal(loose.verdict, 'notFound');
    assert.deepEqual(loose.supportedBy, []);
  });

  it('a first line or a "By …" line that reads as a sentence is a claim, not a headline or byline', () => {
    // Wire stories often open with the lede and no headline (ECB 1_2ecb, 41_6ecb style).
    const lede = analyzeDocument('file:///w/s/y.txt', 'The Indian navy has captured 23 Somalian pirates.\nBy Saturday, at least 6,000 Web sites had been infected and the number is growing.\n');
    assert.ok(lede.title, 'the engine reads the first line as a title');
    assert.equal(lede.byline, undefined, '`By Saturday, …` is a sentence, not a byline');
    const check = checkDraft(lede, [], [], () => false);
    assert.deepEqual(check.sentences.map((s) => s.verdict), ['notFound', 'notFound']);
  });
});

describe('review: Markdown report', () => {
  const ds = disagreementsOf([fromA, fromB], docOf, 0.5);
  const data = emptyVerdicts();
  data.verdicts.push(verdictFor(ds[0], { verdict: 'accepted', reason: 'the *draft* used a different source', author: 'Ann', at: '2026-03-04T10:00:00Z' }));
  const book = new VerdictBook(data);
  const story = {
    name: 'story',
    disagreements: ds,
    verdictOn: (d: (typeof ds)[0]) => book.verdictOn(d),
    labelOf: (f: string) => (f === B ? 'The Scotsman' : '000_a4f6c19284eff014.txt'),
    lineOf: (f: string, offset: number) => (f === A ? TEXT_A : TEXT_B).slice(0, offset).split('\n').length,
  };
  const md = markdownReport([story], { minConfidence: 0.5, linkOf: (f, line) => `${path.posix.basename(f)}#L${line}`, generatedAt: new Date('2026-03-04T12:00:00Z') });

  it('covers each disagreement once, with both quotes, links, the threshold and the verdict with its reason', () => {
    assert.equal(md.match(/^#### \d+\./gm)?.length, 1, md);
    assert.match(md, /1 disagreement \(0 open, 1 with a verdict\) · confidence ≥ 0\.50/);
    assert.match(md, /\[000_a4f6c19284eff014\.txt\]\(<000_a4f6c19284eff014\.txt#L2>\)/);
    assert.match(md, /\[The Scotsman\]\(<002_6c8fcd09bb78f0a0\.txt#L2>\) \(002_6c8fcd09bb78f0a0\.txt, line 2\)/);
    assert.match(md, /> Trips like these are infrequent; \*\*although he did surprise residents at Mariupol back in March 2022\.\*\*/);
    assert.match(md, /\*\*Accepted\*\* by Ann on 2026-03-04: the \\\*draft\\\* used a different source/);
  });

  it('quotes a window around the disputed words when a sentence is huge (hostile input stays bounded)', () => {
    const pad = 'word '.repeat(20_000);
    const huge = `${pad}Putin visited in March 2022 and ${pad}.`;
    const long = new Map<string, DocumentView>([[A, analyzeDocument(A, huge)], [B, analyzeDocument(B, TEXT_B)]]);
    const start = huge.indexOf('March 2022');
    const c: Contradiction = { ...fromA, start, end: start + 10, text: 'March 2022', related: [sentenceB] };
    const report = markdownReport([{ ...story, disagreements: disagreementsOf([c], (f) => long.get(f), 0.5), verdictOn: () => undefined }], { minConfidence: 0.5, linkOf: () => undefined });
    assert.ok(report.length < 3000, `${report.length} characters`);
    assert.match(report, /> (… )?(word )*Putin visited in \*\*March 2022\*\* and (word )+…\n/);
  });

  it('escapes markup but not the underscores inside file names', () => {
    assert.equal(escapeMd('000_a4f6.txt'), '000_a4f6.txt');
    assert.equal(escapeMd('_lead_ [x](y) <b>'), '\\_lead\\_ \\[x\\](y) \\<b\\>');
    assert.equal(escapeMd('# not a heading'), '\\# not a heading');
  });
});

describe('review: source-xref check --format markdown', () => {
  it('writes the same report with the verdicts and the marked draft of .sourcexref/verdicts.json', async () => {
    const { runCheck } = await import('../../src/cli/check');
    const { parseArgs } = await import('../../src/cli/args');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-cli-md-'));
    try {
      fs.cpSync(SEEDS_DIR, path.join(root, 'seeds'), { recursive: true });
      fs.mkdirSync(path.join(root, '.sourcexref'));
      const draftName = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith('000_'))!;
      const mariupol = fs.readFileSync(path.join(SEEDS_DIR, draftName), 'utf8').match(/[^.]*Mariupol back in March 2022\./)![0];
      const other = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith('002_'))!;
      const verdicts = { version: 2, verdicts: [{ code: 'xref.date', sides: [{ file: draftName, quote: mariupol }, { file: other, quote: 'Last month, Mr Putin visited' }], verdict: 'accepted', reason: 'the draft dates an earlier visit', author: 'Ann', at: '2026-01-01T00:00:00Z' }], drafts: { seeds: draftName } };
      fs.writeFileSync(path.join(root, '.sourcexref', 'verdicts.json'), JSON.stringify(verdicts));
      const args = parseArgs(['check', path.join(root, 'seeds'), '--format', 'markdown', '--min-confidence', '0.5', '-q', '-j', '1']);
      assert.ok(args.command === 'check');
      const out = await runCheck(args, '0.0.0');
      assert.match(out.stdout, /^# Source Xref: contradictions report/);
      assert.match(out.stdout, /1 disagreement \(0 open, 1 with a verdict\)/);
      assert.match(out.stdout, /\*\*Accepted\*\* by Ann on 2026-01-01: the draft dates an earlier visit/);
      assert.match(out.stdout, /### Source Check of the draft: /);
      assert.match(out.stdout, /\d+ supported · 0 disputed · \d+ not in any source · 1 resolved/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
