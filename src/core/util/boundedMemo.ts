/**
 * A memo for pure functions of a string (lemmas, name skeletons): news repeats a small vocabulary, so a
 * lookup is cheaper than recomputing. Bounded so odd input cannot grow it without end: when full it
 * starts over (cheap, and a folder's vocabulary refills it at once). The most recent keys also sit in a
 * small direct-mapped table in front of the map: a memo of tens of thousands of words spreads over the
 * heap, where each lookup costs cache misses, while the words asked for most stay in the small table.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();
  /** Slot `recentSlot(key)` holds the last key met there and its value. */
  private readonly recentKeys: (string | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);
  private readonly recentValues: (V | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);

  constructor(private readonly limit: number) {}

  /** The remembered value of `key`, computed by `compute` (and remembered) the first time. */
  get(key: string, compute: (key: string) => V): V {
    const slot = recentSlot(key);
    if (this.recentKeys[slot] === key) return this.recentValues[slot] as V;
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, (value = compute(key)));
    }
    this.recentKeys[slot] = key;
    this.recentValues[slot] = value;
    return value;
  }
}

const RECENT_SLOTS = 4096;

/** A slot from the key's length and four of its characters (a collision only costs a map lookup). */
function recentSlot(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 31) + key.charCodeAt(0);
  h = Math.imul(h, 31) + key.charCodeAt(n >> 2);
  h = Math.imul(h, 31) + key.charCodeAt(n >> 1);
  h = Math.imul(h, 31) + key.charCodeAt(n - 1);
  return (h ^ (h >>> 12)) & (RECENT_SLOTS - 1);
}
