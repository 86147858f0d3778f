import * as assert from 'node:assert/strict';
import { pack, packEach, unpack } from '../../src/core/index/plainDataCodec';

describe('plain data codec', () => {
  it('round-trips every kind of plain value', () => {
    const value = {
      ints: [0, 1, 2147483647, -1, -2147483648],
      doubles: [0.5, -3.25, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER, NaN, Infinity],
      strings: ['', 'Kherson', 'Kherson', 'Zelenskyy\u0301', 'a\u0000b'],
      flags: [true, false, null],
      nested: { mention: { file: 'a.txt', start: 3, end: 9, text: 'Putin', sentence: 0 }, empty: [], gap: undefined },
      list: [{ a: 1, b: 'x' }, { b: 'y', a: 2 }, { a: 3, b: 'x' }],
    };
    assert.deepEqual(unpack(pack(value)), value);
  });

  it('sends each distinct string and object shape once', () => {
    const mentions = Array.from({ length: 100 }, (_, i) => ({ file: `f${i % 3}.txt`, start: i, end: i + 5, text: 'Putin' }));
    const packed = pack(mentions);
    assert.deepEqual(packed.strings.sort(), ['Putin', 'f0.txt', 'f1.txt', 'f2.txt']);
    assert.equal(packed.shapes.length, 1);
    const back = unpack<typeof mentions>(packed);
    assert.equal(back[0].text, back[99].text);
    assert.deepEqual(Object.keys(back[7]), ['file', 'start', 'end', 'text']);
  });

  it('shares one frozen empty array only when asked', () => {
    const value = { a: [], b: [[], [1]] };
    const shared = unpack<{ a: number[]; b: number[][] }>(pack(value), { shareEmptyArrays: true });
    assert.equal(shared.a, shared.b[0]);
    assert.ok(Object.isFrozen(shared.a));
    const fresh = unpack<{ a: number[]; b: number[][] }>(pack(value));
    assert.notEqual(fresh.a, fresh.b[0]);
    fresh.a.push(1);
    assert.deepEqual(fresh.a, [1]);
  });

  it('packs a list made one item at a time exactly like the whole list, making each item after the last is written', () => {
    const items = [{ file: 'a.txt', names: ['Kyiv', 'Kherson'] }, { file: 'b.txt', names: [] }, { file: 'a.txt', names: ['Kyiv'] }];
    const made: number[] = [];
    const streamed = packEach(
      items.length,
      (i) => {
        made.push(i);
        return items[i];
      },
      { deferItems: new Set(['names']) },
    );
    assert.deepEqual(made, [0, 1, 2]);
    const whole = pack(items, { deferItems: new Set(['names']) });
    assert.deepEqual(streamed, whole);
    assert.deepEqual(unpack(packEach(0, () => assert.fail('no item to make'))), []);
  });

  it('refuses what it cannot restore instead of losing it', () => {
    assert.throws(() => pack({ m: new Map([[1, 2]]) }), /cannot pack a Map/);
    assert.throws(() => pack({ f: () => 1 }), /cannot pack a function/);
    const packed = pack([1, 2]);
    assert.throws(() => unpack({ ...packed, slots: packed.slots.subarray(0, 2) }), /corrupt|undefined/);
  });
});

describe('deferred blocks', () => {
  it('unpack to the same value, every time, including extreme and negative numbers', () => {
    const inner = { ints: [0, 127, 128, 16383, 16384, 2147483647, -1, -64, -65, -2147483648], text: 'Kherson', list: [{ a: 1 }, { a: 2 }] };
    const back = unpack<{ head: number; body: { unpack(): unknown } }>(pack({ head: 1, body: inner }, { defer: new Set(['body']) }));
    assert.equal(back.head, 1);
    assert.deepEqual(back.body.unpack(), inner);
    assert.deepEqual(back.body.unpack(), inner);
  });

  it('defer each item of a list when asked', () => {
    const items = [{ file: 'a.txt' }, { file: 'b.txt' }];
    const back = unpack<{ items: { unpack(): unknown }[] }>(pack({ items }, { deferItems: new Set(['items']) }));
    assert.equal(back.items.length, 2);
    assert.deepEqual(back.items[1].unpack(), items[1]);
  });
});
