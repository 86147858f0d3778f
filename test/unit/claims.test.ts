import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { mentionsPerFile } from '../../src/core/conflicts/crossCheck';
import type { Entity } from '../../src/core/types';
import { SEEDS_DIR } from '../helpers/paths';
import { eventFamily, eventLexiconForms, findEventTriggers, lemmatize, mayBeEventWord } from '../../src/core/claims/events';
import { isNegatedBefore } from '../../src/core/claims/negation';

describe('claims: lexicon and polarity', () => {
  it('lemmatises event words into families', () => {
    assert.equal(lemmatize('visited'), 'visit');
    assert.equal(lemmatize('seized'), 'seize');
    assert.equal(eventFamily('journey'), 'visit');
    assert.equal(eventFamily('appearance'), 'visit');
    assert.equal(eventFamily('took'), 'capture');
    assert.equal(eventFamily('annexing'), 'annex');
    assert.equal(eventFamily('retreated'), 'retreat');
    assert.equal(eventFamily('announced'), 'say');
    assert.equal(eventFamily('table'), undefined);
  });
  it('prefilters words without missing any event word', () => {
    const words = new Set<string>();
    for (const form of eventLexiconForms()) {
      const last = form[form.length - 1];
      const stem = form.slice(0, -1);
      for (const w of [form, `${form}s`, `${form}es`, `${form}ed`, `${form}d`, `${form}${last}ed`, `${form}ing`, `${stem}ing`, `${form}${last}ing`, `${form}ings`, `${stem}ings`, `${stem}ies`, `${stem}ied`, `${stem.slice(0, -1)}ing`]) {
        words.add(w);
        words.add(w[0].toUpperCase() + w.slice(1));
      }
    }
    let events = 0;
    for (const w of words) {
      if (!/^[A-Za-z][a-z]+(?:-[a-z]+)?$/.test(w) || eventFamily(w) === undefined) continue;
      events++;
      assert.ok(mayBeEventWord(w), w);
    }
    assert.ok(events > 300);
    assert.equal(mayBeEventWord('with'), false);
    assert.equal(mayBeEventWord('the'), false);
  });
  it('finds the same event words as a plain word regex', () => {
    // Reference: the regex scan the hand scanner replaces.
    const reference = (text: string, base: number) => {
      const out: { start: number; end: number; family: string }[] = [];
      const re = /[A-Za-z][a-z]+(?:-[a-z]+)?/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const first = m[0].charCodeAt(0);
        if (first >= 65 && first <= 90 && m.index > 0 && !/^[A-Z][a-z]+s$/.test(m[0])) continue;
        const family = eventFamily(m[0]);
        if (family) out.push({ start: base + m.index, end: base + m.index + m[0].length, family });
      }
      return out;
    };
    const pieces = ['Visits', 'visited', 'McVisit', 're-elected', 'said', 'diing', 'Died', 'dies', 'with', 'was', 'killed', ' ', '-', ', ', 'x', 'A', 'travelling', 'wed', 'we', 'talks', 'Talks', 'B2B', 'elect-', '’s'];
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      // Light-verb blockers drop some words the reference keeps: compare only what both see as events.
      const found = findEventTriggers(text, 5).map((t) => ({ start: t.start, end: t.end, family: t.family }));
      const expected = reference(text, 5);
      assert.ok(found.every((f) => expected.some((e) => e.start === f.start && e.end === f.end && e.family === f.family)), text);
      const blockable = new Set(['take', 'occupy', 'injure', 'wound', 'step', 'pull', 'name', 'state', 'free', 'play', 'fire', 'hit', 'open', 'close', 'deal']);
      assert.ok(expected.every((e) => found.some((f) => f.start === e.start) || blockable.has(lemmatize(text.slice(e.start - 5, e.end - 5)))), text);
    }
  });
  it('reads negation before the event word', () => {
    assert.equal(isNegatedBefore('Putin did not '), true);
    assert.equal(isNegatedBefore('Putin has never '), true);
    assert.equal(isNegatedBefore('The Kremlin denied that Putin '), true);
    assert.equal(isNegatedBefore('Putin '), false);
    assert.equal(isNegatedBefore('Not only did Putin '), false);
    // The negator governs another verb or noun: the death and the visit are not denied.
    assert.equal(isNegatedBefore('Police say they are not treating the '), false);
    assert.equal(isNegatedBefore('The Kremlin refused to discuss the '), false);
    assert.equal(isNegatedBefore('Officials said there were no further '), true);
    assert.equal(isNegatedBefore('He was not '), true);
    // Only the last five words count, however they are spaced.
    assert.equal(isNegatedBefore('It was not\n\n that the  president  of the  country '), false);
    assert.equal(isNegatedBefore('It was not \u00a0true that  Putin '), true);
    assert.equal(isNegatedBefore(' never'), true);
    assert.equal(isNegatedBefore(''), false);
  });
});

describe('claims: extraction', () => {
  const index = new CorpusIndex();
  index.setDocument('a.txt', ' date 2023-04-18\nLast month, John Smith visited the port city of Mariupol, which was captured by Russian troops in May.\nHe did not meet Anna Berg on Sunday.\n');
  index.setDocument('b.txt', ' date 2023-04-18\nJohn Smith visited Mariupol.\n');
  const smith = index.entities().find((e) => e.name.includes('Smith'))!;
  const claims = index.claimsAbout(smith.id).filter((c) => c.file === 'a.txt');

  it('attaches subject, place and the nearest time to the event', () => {
    const visit = claims.find((c) => c.event === 'visit');
    assert.ok(visit, JSON.stringify(claims));
    assert.deepEqual(visit.subjects, [smith.id]);
    assert.equal(index.entity(visit.places[0])?.name, 'Mariupol');
    assert.equal(visit.time?.text.toLowerCase(), 'last month');
    assert.equal(visit.negated, false);
    assert.ok(!visit.text.includes('captured'), 'the relative clause is its own claim');
  });
  it('resolves `he` and reads polarity', () => {
    const meet = claims.find((c) => c.event === 'meet');
    assert.ok(meet, JSON.stringify(claims.map((c) => c.event)));
    assert.equal(meet.negated, true);
  });
  it('claim spans quote the text', () => {
    for (const c of index.claimsAbout(smith.id)) assert.equal(index.textOf(c.file)!.slice(c.start, c.end), c.text);
  });
});

describe('claims: mention lists', () => {
  const byPosition = (a: { mention: { start: number; end: number } }, b: { mention: { start: number; end: number } }) => a.mention.start - b.mention.start || a.mention.end - b.mention.end;
  const plainLists = (entities: readonly Entity[]) => {
    const out = new Map<string, { mention: Entity['mentions'][number]; entity: Entity }[]>();
    for (const entity of entities) for (const mention of entity.mentions) (out.get(mention.file) ?? out.set(mention.file, []).get(mention.file)!).push({ mention, entity });
    for (const list of out.values()) list.sort(byPosition);
    return out;
  };

  it('lists each file\'s mentions in the stable order of start, then end', () => {
    // Ties, long lists and offsets past the packed range, over a few files.
    let seed = 5;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const entities = Array.from({ length: 60 }, (_, i) => ({ id: `e${i + 1}`, name: `N${i}`, type: 'person', aliases: [], descriptors: [], mentions: [] }) as unknown as Entity);
    for (let k = 0; k < 3000; k++) {
      const file = `f${rnd(4)}.txt`;
      const start = file === 'f3.txt' && k % 7 === 0 ? 0x200000 + rnd(50) : rnd(400);
      entities[rnd(60)].mentions.push({ file, start, end: start + 1 + rnd(3), text: 'x', sentence: 0 });
    }
    const expected = plainLists(entities);
    const got = mentionsPerFile(entities);
    assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort());
    for (const [file, list] of expected) {
      const mine = got.get(file)!;
      assert.equal(mine.length, list.length);
      list.forEach((m, i) => assert.ok(mine[i].mention === m.mention && mine[i].entity === m.entity, `${file} #${i}`));
    }
  });

  it('extracts the same claims whether entities are numbered from folder positions or from ids', () => {
    const index = new CorpusIndex();
    for (const f of fs.readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort()) index.setDocument(f, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
    const lists = mentionsPerFile(index.entities());
    let claims = 0;
    for (const [file, list] of lists) {
      const analysis = index.analysis(file)!;
      // Copies of the analysis: each extraction starts without cached claims.
      const indexed = extractClaims({ ...analysis }, list);
      const keyed = extractClaims({ ...analysis }, list.map(({ mention, entity }) => ({ mention, entity })));
      assert.deepEqual(indexed, keyed, file);
      claims += indexed.length;
    }
    assert.ok(claims > 20);
  });
});

describe('claims: `fire` the blaze and `fire` the coach', () => {
  const families = (text: string) => findEventTriggers(text).map((t) => `${text.slice(t.start, t.end)}:${t.family}`);
  it('the noun is a blaze, with or without a determiner', () => {
    assert.deepEqual(families('The church was badly damaged by fire Friday night.'), ['fire:burn']);
    assert.deepEqual(families('Crews tackled the blaze after the fire spread to the roof.'), ['blaze:burn', 'fire:burn']);
  });
  it('after an auxiliary it is dismissing; `opened fire` is shooting; `under fire` is no event', () => {
    assert.deepEqual(families('The owner decided to fire the coach.'), ['fire:fire']);
    assert.deepEqual(families('Soldiers opened fire on the crowd.').filter((f) => f.startsWith('fire')), ['fire:shoot']);
    assert.deepEqual(families('Police returned fire.').filter((f) => f.startsWith('fire')), ['fire:shoot']);
    assert.deepEqual(families('The minister came under fire.'), []);
  });
});
