import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';

describe('corroboration: sentence support', () => {
  const index = new CorpusIndex();
  index.setDocument('a.txt', ' date 2023-04-18\nJohn Smith visited Mariupol on Monday.\nThe weather was lovely.\nJohn Smith visited Kherson in March 2022.\n');
  index.setDocument('b.txt', ' date 2023-04-18\nOn Monday, John Smith visited Mariupol.\nJohn Smith visited Kherson last month.\n');
  const support = index.supportFor('a.txt');
  const sentence = (needle: string) => support.find((s) => index.textOf('a.txt')!.slice(s.start, s.end).includes(needle))!;

  it('a compatible claim in another source supports the sentence', () => {
    const s = sentence('Mariupol');
    assert.equal(s.supportedBy.length, 1);
    assert.equal(s.supportedBy[0].file, 'b.txt');
    assert.equal(s.contradictedBy.length, 0);
    assert.equal(s.unsupported, false);
  });
  it('a contradicting claim is listed as such', () => {
    const s = sentence('Kherson');
    assert.deepEqual(s.contradictedBy.map((r) => r.file), ['b.txt']);
    assert.equal(s.supportedBy.length, 0);
  });
  it('a sentence with nothing echoed elsewhere is unsupported', () => {
    assert.equal(sentence('weather').unsupported, true);
  });
});
