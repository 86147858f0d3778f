import * as assert from 'node:assert/strict';
import { lemmatizeNoun } from '../../src/core/text/lemma';
import { findOrdinals, findQuantities } from '../../src/core/mentions/numbers';
import { splitSentences } from '../../src/core/text/sentences';

function quantities(text: string): string[] {
  const found = findQuantities(text, splitSentences(text));
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
  return found.map((q) => `${q.comparator} ${q.value} ${q.unit}`);
}

function ordinals(text: string): string[] {
  const found = findOrdinals(text, splitSentences(text));
  for (const o of found) assert.equal(text.slice(o.start, o.end), o.text);
  return found.map((o) => `${o.value} ${o.noun}`);
}

describe('numbers: findQuantities', () => {
  it('reads comparators and lemmatised units', () => {
    assert.deepEqual(quantities('The army has over 183,000 troops stationed there.'), ['> 183000 troop']);
    assert.deepEqual(quantities('More than 300 people died and at least 12 soldiers were hurt.'), ['> 300 person', '>= 12 soldier']);
    assert.deepEqual(quantities('Nearly 1.5 million people fled; up to 50 tanks and fewer than 10 jets remain.'), ['~ 1500000 person', '<= 50 tank', '< 10 jet']);
    assert.deepEqual(quantities('They captured some 40 villages and almost 7 towns.'), ['~ 40 village', '~ 7 town']);
  });

  it('reads spelled-out numbers, money and percentages', () => {
    assert.deepEqual(quantities('Police said two young women were hurt.'), ['= 2 woman']);
    assert.deepEqual(quantities('The fund got $2bn while inflation hit 10.4% and wages rose 15 per cent.'), ['= 2000000000 dollar', '= 10.4 percent', '= 15 percent']);
    assert.deepEqual(quantities('Twenty-five men and one hundred and fifty women came.'), ['= 25 man', '= 150 woman']);
    assert.deepEqual(quantities('It lasted eight-and-a-half months.'), ['= 8.5 month']);
  });

  it('reads the scale of a headline and of wire abbreviations (`$4.5 Bln`, `$2 Billion`, `300 mln euros`)', () => {
    assert.deepEqual(quantities('Cisco Reaches New Deal To Buy Acacia For About $4.5 Bln'), ['~ 4500000000 dollar']);
    assert.deepEqual(quantities('Apple Pays $2 Billion For Beats'), ['= 2000000000 dollar']);
    assert.deepEqual(quantities('Profit rose to 300 mln euros.'), ['= 300000000 euro']);
  });

  it('a part counts what its whole counts (`completed 28 of 41 passes`)', () => {
    assert.deepEqual(quantities('He completed 28 of 41 passes.'), ['= 28 pass', '= 41 pass']);
    assert.deepEqual(quantities('Police said three out of the five suspects fled.'), ['= 3 suspect', '= 5 suspect']);
  });

  it('the first end of a range takes the scale written after the second (`$140- $150 million`)', () => {
    assert.deepEqual(quantities('The Orioles (seven years, $140- $150 million) and Nationals (eight years, $160 million) made offers.'), ['= 7 year', '= 140000000 dollar', '= 150000000 dollar', '= 8 year', '= 160000000 dollar']);
    assert.deepEqual(quantities('Between 3 to 5 million people fled.').slice(0, 1), ['= 3000000 null']);
    // Look-alike kept: a scale of its own stays, and two amounts not joined as a range do not share one.
    assert.deepEqual(quantities('It cost $2 billion to $3 million, and $40, $50 million in all.'), ['= 2000000000 dollar', '= 3000000 dollar', '= 40 dollar', '= 50000000 dollar']);
  });

  it('marks vague amounts', () => {
    const text = 'A dozen protesters met hundreds of people.';
    const found = findQuantities(text, splitSentences(text));
    assert.deepEqual(found.map((q) => [q.value, q.comparator, q.unit, q.vague]), [[12, '~', 'protester', true], [200, '>=', 'person', true]]);
  });

  it('does not count years, dates, times, codes, ordinals or numbers in names', () => {
    for (const s of ['The war began in 2014.', 'It was released on April 18, 2023 at 13:31.', 'He landed at 5 p.m. on the 2nd.',
      'Foreign ministers of the Group of Seven met.', 'An F-16 flew over the Apollo 11 site.', 'It was his second visit.',
      'One of them said no one knew.', 'The score was 3-1.']) {
      assert.deepEqual(quantities(s), [], s);
    }
    assert.deepEqual(quantities('In 2009 he sold 2000 cars.'), ['= 2000 car']);
    assert.deepEqual(quantities('Only one regional capital fell.'), ['= 1 capital']);
    assert.deepEqual(quantities('They annexed two other regions along with Kherson.'), ['= 2 region']);
  });
});

describe('numbers: findOrdinals', () => {
  it('reads ordinals with the noun they qualify', () => {
    assert.deepEqual(ordinals('This marks his second visit to the region.'), ['2 visit']);
    assert.deepEqual(ordinals('For the first time since March, he spoke.'), ['1 time']);
    assert.deepEqual(ordinals('It was his third trip and the 21st summit.'), ['3 trip', '21 summit']);
    assert.deepEqual(ordinals('It is the country’s second-largest city.'), ['2 city']);
    assert.deepEqual(ordinals('He finished twenty-first race of the year.'), ['21 race']);
  });

  it('skips time units, dates, names and adverbs', () => {
    for (const s of ['A second later the bridge fell.', 'It held for a second.', 'Easter fell on April 16th.', 'The Second World War ended.',
      'First, he spoke.', 'He first visited in 2001.', 'It was held on the 2nd.', 'He wrote the 23th line.']) {
      assert.deepEqual(ordinals(s), [], s);
    }
  });
});

describe('lemma: lemmatizeNoun', () => {
  it('singularises regular and irregular plurals', () => {
    const cases: [string, string][] = [['troops', 'troop'], ['women', 'woman'], ['people', 'person'], ['casualties', 'casualty'], ['churches', 'church'],
      ['taxes', 'tax'], ['lives', 'life'], ['crisis', 'crisis'], ['air-strikes', 'air-strike'], ['Soldiers', 'soldier'], ['news', 'news']];
    for (const [plural, lemma] of cases) assert.equal(lemmatizeNoun(plural), lemma, plural);
  });

  it('answers a string for words named like object properties', () => {
    for (const word of ['constructor', 'constructors', 'valueOf', '__proto__']) assert.equal(typeof lemmatizeNoun(word), 'string', word);
    assert.equal(lemmatizeNoun('constructors'), 'constructor');
  });
});

describe('numbers: fractions written as one character', () => {
  it('`about 4½ hours` is 4.5 hours', () => {
    const text = 'Orion splashed down about 4½ hours after launch.';
    const q = findQuantities(text, splitSentences(text)).find((x) => x.unit === 'hour');
    assert.ok(q, 'no count of hours');
    assert.equal(q.value, 4.5);
  });
});
