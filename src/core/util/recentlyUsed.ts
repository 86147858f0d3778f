/**
 * A cache of the values most recently asked for, for values that can be made again but cost memory to
 * keep (a restored document's unpacked analysis): at most `limit` entries, the least recently used
 * dropped first. In: a key and how to make its value; out: the cached or newly made value.
 */
export class RecentlyUsed<K, V> {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
      return value;
    }
    value = make(key);
    if (this.values.size >= this.limit) this.values.delete(this.values.keys().next().value as K);
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
