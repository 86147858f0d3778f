import * as assert from 'node:assert/strict';
import { findNames } from '../../src/core/mentions/names/findNames';
import { splitSentences } from '../../src/core/text/sentences';
import type { NameMention } from '../../src/core/types';

function names(text: string): NameMention[] {
  const found = findNames(text, splitSentences(text));
  for (const n of found) assert.equal(text.slice(n.start, n.end), n.text, 'span slices to its text');
  return found;
}
const texts = (text: string) => names(text).map((n) => n.text);

describe('findNames', () => {
  it('keeps titles and demonyms as descriptors, not in the name', () => {
    const text = 'Freedonian President Rufus Firefly met Mr Trentino. Ambassador Trentino said the talks went well.';
    const found = names(text);
    const firefly = found.find((n) => n.text === 'Rufus Firefly')!;
    assert.ok(firefly, 'full name found without title');
    assert.deepEqual(firefly.descriptors, ['Freedonian President']);
    assert.equal(text.slice(firefly.fullStart, firefly.end), 'Freedonian President Rufus Firefly');
    assert.equal(firefly.typeHint, 'person');
    assert.deepEqual(found.filter((n) => n.text === 'Trentino').map((n) => n.descriptors[0]), ['Mr', 'Ambassador']);
  });

  it('takes lowercase titles before a name as descriptors', () => {
    const found = names('Officials said Freedonian president Rufus Firefly arrived late.');
    const firefly = found.find((n) => n.text === 'Rufus Firefly')!;
    assert.deepEqual(firefly.descriptors, ['Freedonian president']);
    assert.ok(!found.some((n) => n.text === 'Freedonian'), 'a demonym alone is not a name');
  });

  it('never starts a name with a title-case preposition (`Under Zentrix` in a question headline)', () => {
    const found = texts('Can Velmora Stay Neutral Under Zentrix Rule? Zentrix said nothing.');
    assert.ok(found.includes('Zentrix Rule') || found.includes('Zentrix'));
    assert.ok(!found.some((t) => t.startsWith('Under')), found.join(' | '));
  });

  it('types a body `for` a purpose and a hyphened outlet name as organisations (`Center for Volcanology`, `Fort Myers News-Press`)', () => {
    const found = names('Officials from the Center for Volcanology and Geological Hazard Mitigation said so, the Fort Myers News-Press reported.');
    assert.equal(found.find((n) => n.text.startsWith('Center for Volcanology'))?.typeHint, 'organization');
    assert.equal(found.find((n) => n.text.endsWith('News-Press'))?.typeHint, 'organization');
    // Look-alike kept: a centre named without a purpose is a building (`checked into Promises Treatment Center`).
    assert.equal(names('She checked into Promises Treatment Center in Malibu.').find((n) => n.text === 'Promises Treatment Center')?.typeHint, 'place');
  });

  it('types a royal or a dignitary addressed by rank as a person (`His Majesty The King`, `Her Royal Highness`)', () => {
    const found = names('I have therefore spoken to His Majesty The King to notify him. They later met Her Royal Highness at the palace.');
    assert.equal(found.find((n) => n.text.startsWith('His Majesty'))?.typeHint, 'person');
    assert.equal(found.find((n) => n.text.startsWith('Her Royal Highness'))?.typeHint, 'person');
  });

  it('types seats of government used for the government as organisations', () => {
    const found = names('Officials at the Kremlin denied it, and the White House and the Élysée said nothing. He lives in Quandor House.');
    for (const seat of ['Kremlin', 'White House', 'Élysée']) assert.equal(found.find((n) => n.text === seat)?.typeHint, 'organization', seat);
    assert.notEqual(found.find((n) => n.text === 'Quandor House')?.typeHint, 'organization');
  });

  it('drops a sentence-initial -ing word before a name unless an organisation noun follows', () => {
    const found = texts('Acquiring Zentrix also could yield more work. Boxing Council officials met Zentrix.');
    assert.ok(!found.some((t) => t.startsWith('Acquiring')), found.join(' | '));
    assert.ok(found.includes('Zentrix'));
    assert.ok(found.includes('Boxing Council'));
  });

  it('cuts possessives with straight and curly apostrophes', () => {
    assert.deepEqual(texts("Yesterday Quandor's army crossed into Velmora’s north."), ['Quandor', 'Velmora']);
  });

  it('drops sentence-initial function words but keeps sentence-initial names', () => {
    const text = 'During the talks, Quandor stayed calm. According to Velmora officials, Quandor left. Quandor returned later.';
    const found = texts(text);
    assert.ok(!found.includes('During') && !found.includes('According'));
    assert.equal(found.filter((t) => t === 'Quandor').length, 3);
  });

  it('joins connectors inside organisation and place names but never two names with "and"', () => {
    const found = texts('The Grand Council of Velmora met near the Bay of Quills. The Ministry of Water and Irrigation Council objected. Quandor and Velmora disagreed.');
    assert.ok(found.includes('Grand Council of Velmora'));
    assert.ok(found.includes('Bay of Quills'));
    assert.ok(found.includes('Ministry of Water and Irrigation Council'));
    assert.ok(found.includes('Quandor') && found.includes('Velmora'));
    assert.ok(!found.some((t) => t.includes('Quandor and')));
  });

  it('finds quoted names on their own and types them from the noun after', () => {
    const found = names('Troops of the “Harrow” army group and the "Tessel" brigade moved into the Ostrava region.');
    assert.equal(found.find((n) => n.text === 'Harrow')?.typeHint, 'organization');
    assert.equal(found.find((n) => n.text === 'Tessel')?.typeHint, 'organization');
    assert.equal(found.find((n) => n.text === 'Ostrava')?.typeHint, 'place');
  });

  it('does not index months and weekdays as names', () => {
    const found = texts('On Tuesday, April 18, Quandor spoke. Sunday was quiet in March.');
    assert.deepEqual(found, ['Quandor']);
  });

  it('needs evidence for words of a title-case headline', () => {
    const text = 'Quandor Visits Troops In Occupied Velmora\n\nCrowds cheered as Quandor visits troops in occupied Velmora, where the fighting continues.';
    const first = names(text).filter((n) => n.sentence === 0).map((n) => n.text);
    assert.deepEqual(first, ['Quandor', 'Velmora']);
  });

  it('scans a large text quickly (linear time)', () => {
    const sentence = 'Freedonian President Rufus Firefly met Ambassador Trentino of Sylvania in the Grand Council of Velmora on Tuesday. ';
    const text = sentence.repeat(20000);
    const t0 = Date.now();
    const found = findNames(text, splitSentences(text));
    const ms = Date.now() - t0;
    assert.ok(found.length >= 60000);
    assert.ok(ms < 15000, `took ${ms} ms for ${(text.length / 1e6).toFixed(1)} MB`);
  });
});
