/**
 * A Bloom filter over words, built at generation time (scripts/gen/genCommonWords.mjs) and shipped as base64:
 * in, a lower-case word; out, whether the set may hold it (never false for a word it holds; a word it does not
 * hold answers true as often as the generator allowed (0.1%)). Tens of thousands of words in tens of kilobytes.
 */
export class WordFilter {
  private bits: Uint8Array | undefined;

  constructor(
    private readonly base64: string,
    private readonly hashes: number,
  ) {}

  mayHold(word: string): boolean {
    const bits = (this.bits ??= decodeBase64(this.base64));
    const size = bits.length * 8;
    const h1 = fnv1a(word);
    const h2 = secondHash(word) | 1;
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const b = bit % size;
      if ((bits[b >>> 3] & (1 << (b & 7))) === 0) return false;
    }
    return true;
  }
}

/** FNV-1a, 32 bits (the generator computes the same). */
export function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second, independent 32-bit hash (djb2 with xor). */
export function secondHash(word: string): number {
  let h = 5381;
  for (let i = 0; i < word.length; i++) h = Math.imul(h, 33) ^ word.charCodeAt(i);
  return h >>> 0;
}

function decodeBase64(s: string): Uint8Array {
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
