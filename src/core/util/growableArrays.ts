/**
 * Typed scratch arrays that grow on demand. The scanners reuse one array across calls instead of
 * allocating per sentence or document; when a larger input comes they ask for a bigger one here.
 */
type TypedArray = Int32Array | Uint8Array | Uint32Array | Float64Array;

/**
 * `array` when it holds at least `needed` items, else a new array of the same type with room for
 * `needed` (doubled, so growing stays amortised linear), `keep` first items copied over.
 */
export function ensureCapacity<T extends TypedArray>(array: T, needed: number, keep = 0): T {
  if (array.length >= needed) return array;
  let size = Math.max(array.length, 16);
  while (size < needed) size *= 2;
  const grown = new (array.constructor as new (size: number) => T)(size);
  if (keep > 0) grown.set(array.subarray(0, keep) as never);
  return grown;
}
