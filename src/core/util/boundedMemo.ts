/**
 * A memo for pure functions of a string (lemmas, name skeletons): news repeats a small vocabulary, so a
 * lookup is cheaper than recomputing. Bounded so odd input cannot grow it without end: when full it
 * starts over (cheap, and a folder's vocabulary refills it at once).
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The remembered value of `key`, computed by `compute` (and remembered) the first time. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, (value = compute(key)));
    }
    return value;
  }
}
