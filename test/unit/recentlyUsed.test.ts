import * as assert from 'node:assert/strict';
import { RecentlyUsed } from '../../src/core/util/recentlyUsed';

describe('recently used values', () => {
  it('makes a value once while it stays among the most recently used', () => {
    const cache = new RecentlyUsed<string, string>(2);
    let made = 0;
    const make = (key: string) => `${key}:${++made}`;
    assert.equal(cache.get('Kyiv', make), 'Kyiv:1');
    assert.equal(cache.get('Kyiv', make), 'Kyiv:1');
    assert.equal(made, 1);
  });

  it('drops the least recently used value first, not the oldest one', () => {
    const cache = new RecentlyUsed<string, string>(2);
    let made = 0;
    const make = (key: string) => `${key}:${++made}`;
    cache.get('Kyiv', make);
    cache.get('Kherson', make);
    cache.get('Kyiv', make); // used again: Kherson is now the least recent
    cache.get('Odesa', make);
    assert.equal(cache.size, 2);
    assert.equal(cache.get('Kyiv', make), 'Kyiv:1');
    assert.equal(cache.get('Kherson', make), 'Kherson:4');
  });
});
