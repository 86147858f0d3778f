import * as assert from 'node:assert/strict';
import { countOf } from '../../src/core/output/plural';

describe('countOf: counts a reader reads', () => {
  it('one is singular, everything else plural', () => {
    assert.equal(countOf(1, 'contradiction'), '1 contradiction');
    assert.equal(countOf(0, 'contradiction'), '0 contradictions');
    assert.equal(countOf(2, 'source'), '2 sources');
  });
  it('a consonant + y noun takes -ies (`entities`), a vowel + y noun an s (`days`)', () => {
    assert.equal(countOf(29, 'entity'), '29 entities');
    assert.equal(countOf(3, 'day'), '3 days');
  });
  it('groups thousands', () => {
    assert.equal(countOf(12000, 'mention'), '12,000 mentions');
  });
});
