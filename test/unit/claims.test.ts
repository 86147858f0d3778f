import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { eventFamily, lemmatize } from '../../src/core/events';
import { isNegatedBefore } from '../../src/core/negation';

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
  it('reads negation before the event word', () => {
    assert.equal(isNegatedBefore('Putin did not '), true);
    assert.equal(isNegatedBefore('Putin has never '), true);
    assert.equal(isNegatedBefore('The Kremlin denied that Putin '), true);
    assert.equal(isNegatedBefore('Putin '), false);
    assert.equal(isNegatedBefore('Not only did Putin '), false);
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
