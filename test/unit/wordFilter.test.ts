import * as assert from 'node:assert/strict';
import { WordFilter, fnv1a } from '../../src/core/text/wordFilter';
import { commonWordFilter, commonWordHashes, commonWordSamples } from '../../src/core/mentions/names/commonWords';
import { isCommonWord } from '../../src/core/mentions/names/nameRules';

describe('common words: the Bloom filter built from WordNet', () => {
  const filter = new WordFilter(commonWordFilter, commonWordHashes);
  it('holds every word the generator says it holds (the generator and the reader hash alike)', () => {
    for (const w of commonWordSamples) assert.equal(filter.mayHold(w), true, w);
  });
  it('reads plurals through their singular (`stations`, `garments`), and a word no dictionary holds is not common', () => {
    assert.equal(isCommonWord('stations'), true);
    assert.equal(isCommonWord('garments'), true);
    for (const w of ['sunak', 'keita', 'khayer', 'lukaku', 'jaiswal']) assert.equal(isCommonWord(w), false, w);
  });
  it('answers true for few words it does not hold (made-up words: well under 1%)', () => {
    let hits = 0;
    for (let i = 0; i < 5000; i++) if (filter.mayHold(`zq${fnv1a(String(i)).toString(36)}`)) hits++;
    assert.ok(hits < 25, `${hits} of 5000`);
  });
});
