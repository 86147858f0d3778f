import { isAsciiLetter, isDigit } from '../text/charCodes';
import type { DocumentAnalysis, Span } from '../types';
import { FUNCTION_WORDS, SLOT_SHAPES, SLOT_WORDS, allSpace, contextKey, numberTokenEnd, numeric, shapeIndex, tokenize, wordTokenEnd, type SlotKind } from './sentenceTokens';

/**
 * Blocking keys of the near-duplicate contradiction rule (`parallel.ts`): per analysis, the sentences that
 * could pair, with their hashed masked word trigrams and slot context keys, read in place.
 */

/** A sentence that could pair. Kept per analysis, so it holds no tokens: they are re-read when a pair needs them. */
export interface Candidate {
  file: string;
  sentence: Span & { index: number };
  doc: DocumentAnalysis;
  /** Distinct masked word trigrams, hashed to 53 bits: the blocking keys of near-duplicates. */
  grams: readonly number[];
  /** Per slot value: the hashed context key (`contextKey`) and the hashed value, pairs side by side. */
  slots: readonly number[];
}

/** Two 32-bit FNV-1a hashes in one safe integer: collisions are negligible among a folder's trigrams. */
function gramHash(gram: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Per analysis (text-only, so computed once and reused by every relink): sentences that could pair. */
const candidateCache = new WeakMap<DocumentAnalysis, Candidate[]>();
export function candidatesOf(doc: DocumentAnalysis): Candidate[] {
  let cached = candidateCache.get(doc);
  if (!cached) {
    cached = [];
    const text = doc.text;
    for (const s of doc.sentences) {
      const keys = blockingKeysOf(text, s.start, s.end);
      if (keys) cached.push({ file: doc.file, sentence: s, doc, grams: keys.grams, slots: keys.slots });
    }
    candidateCache.set(doc, cached);
  }
  return cached;
}

/**
 * Token kinds of the scratch tokeniser below: a plain word, a slot value (`SLOT_KIND_NAMES` order), or a
 * digit group taken for a phone number or code.
 */
const PLAIN = 0;
const CODE = 5;
const SLOT_KIND_NAMES: readonly string[] = ['', 'number', 'weekday', 'month', 'ordinal', ''];
const KIND_OF_SLOT: Record<SlotKind, number> = { number: 1, weekday: 2, month: 3, ordinal: 4 };
const MASK_OF_KIND: readonly string[] = ['', '#number', '#weekday', '#month', '#ordinal', '#code'];

/** Scratch tokens of one sentence, reused: bounds, kinds and number values. */
let scratchStart = new Int32Array(256);
let scratchEnd = new Int32Array(256);
let scratchKind = new Uint8Array(256);
let scratchValue = new Float64Array(256);
let scratchCode = new Uint8Array(256);
let scratchLaneA = new Int32Array(256);
let scratchLaneB = new Int32Array(256);
let gramScratch: Float64Array<ArrayBuffer> = new Float64Array(256);
let slotScratch: Float64Array<ArrayBuffer> = new Float64Array(64);
function grown(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Word trigrams hash each word once (two 32-bit FNV-1a lanes over its masked form) and mix the
 * three words' lanes, instead of hashing the trigram's text: each word is read once, not three times.
 */
let laneA = 0;
let laneB = 0;
function feedChar(c: number): void {
  laneA = Math.imul(laneA ^ c, 0x01000193);
  laneB = Math.imul(laneB ^ c, 0x5bd1e995);
}
/** A word's two lanes, into `laneA` and `laneB`. */
function wordLanes(word: string): void {
  laneA = 0x811c9dc5;
  laneB = 0x01000193;
  for (let i = 0; i < word.length; i++) feedChar(word.charCodeAt(i));
}
const MASK_LANES_A = new Int32Array(6);
const MASK_LANES_B = new Int32Array(6);
for (let kind = 1; kind < 6; kind++) {
  wordLanes(['', '#number', '#weekday', '#month', '#ordinal', '#code'][kind]);
  MASK_LANES_A[kind] = laneA;
  MASK_LANES_B[kind] = laneB;
}
const mixA = (h: number, x: number) => {
  h = Math.imul(h ^ x, 0xcc9e2d51);
  return Math.imul(h ^ (h >>> 15), 0x1b873593);
};
const mixB = (h: number, x: number) => {
  h = Math.imul(h ^ x, 0x85ebca6b);
  return Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
};
/** The 53-bit hash of a trigram from its three words' lanes. */
function trigramHash(a1: number, b1: number, a2: number, b2: number, a3: number, b3: number): number {
  const a = mixA(mixA(mixA(0x9747b28c, a1), a2), a3);
  const b = mixB(mixB(mixB(0x3c6ef372, b1), b2), b3);
  return ((a ^ (a >>> 16)) >>> 0) * 0x200000 + ((b ^ (b >>> 16)) & 0x1fffff);
}
/** `trigramHash` of three masked words, for the reference reader. */
function trigramOfWords(w1: string, w2: string, w3: string): number {
  wordLanes(w1);
  const [a1, b1] = [laneA, laneB];
  wordLanes(w2);
  const [a2, b2] = [laneA, laneB];
  wordLanes(w3);
  return trigramHash(a1, b1, a2, b2, laneA, laneB);
}

/**
 * A candidate sentence's blocking keys, as `tokenize` and `contextKey` would give them for
 * `text.slice(from, to)`, but read in place, without token objects or strings for words no key
 * needs: its distinct masked word trigrams, and per slot value its context key and what the value
 * means (so `1,000` and `1000`, or `6` and `six`, meet as the same value), each hashed as
 * `gramHash` hashes the key's text. Undefined when the sentence cannot pair (fewer than six
 * tokens, or no slot value).
 */
function blockingKeysOf(text: string, from: number, to: number): { grams: number[]; slots: number[] } | undefined {
  let count = 0;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    let end: number;
    let kind = PLAIN;
    if (isDigit(c)) {
      end = numberTokenEnd(text, i, to);
      kind = 1;
    } else if (isAsciiLetter(c)) {
      end = wordTokenEnd(text, i, to);
      const first = (c | 32) - 97;
      const lastCode = text.charCodeAt(end - 1);
      const last = (lastCode >= 65 && lastCode <= 90 ? lastCode + 32 : lastCode) - 97;
      const length = end - i;
      if (last >= 0 && last < 26 && length < 16 && SLOT_SHAPES[(first * 26 + last) * 16 + length] === 1) {
        const slot = SLOT_WORDS.get(text.slice(i, end).toLowerCase());
        if (slot) kind = KIND_OF_SLOT[slot];
      }
    } else {
      i++;
      continue;
    }
    if (count === scratchStart.length) growScratch();
    scratchStart[count] = i;
    scratchEnd[count] = end;
    scratchKind[count] = kind;
    scratchCode[count] = 0;
    if (kind === 1) scratchValue[count] = digitRunValue(text, i, end);
    count++;
    i = end;
  }
  if (count < 6) return undefined;
  // `2009-10` is 2009 to 2010: the second year is abbreviated.
  for (let k = 1; k < count; k++) {
    if (scratchEnd[k] - scratchStart[k] !== 2 || !digitsAt(text, count, k) || !isDigit(text.charCodeAt(scratchStart[k] + 1))) continue;
    const prev = text.slice(scratchStart[k - 1], scratchEnd[k - 1]);
    const gap = text.slice(scratchEnd[k - 1], scratchStart[k]);
    if (/^(?:19|20)\d\d$/.test(prev) && /^[-–/]$/.test(gap)) {
      const t = Number(text.slice(scratchStart[k], scratchEnd[k]));
      const century = Math.floor(Number(prev) / 100) * 100;
      scratchValue[k] = century + t + (t < Number(prev) % 100 ? 100 : 0);
    }
  }
  // Digit groups split by spaces (`0845 125 2222`) or with a leading zero are phone numbers and codes, not amounts.
  let slotted = false;
  for (let k = 0; k < count; k++) {
    if (!digitsAt(text, count, k)) continue;
    const start = scratchStart[k];
    const leadingZero = text.charCodeAt(start) === 48 && scratchEnd[k] - start >= 2 && isDigit(text.charCodeAt(start + 1));
    if (leadingZero || (digitsAt(text, count, k - 1) && allSpace(text, scratchEnd[k - 1], start)) || (digitsAt(text, count, k + 1) && allSpace(text, scratchEnd[k], scratchStart[k + 1]))) scratchCode[k] = 1;
  }
  for (let k = 0; k < count; k++) {
    if (scratchCode[k]) scratchKind[k] = CODE;
    else if (scratchKind[k] !== PLAIN) slotted = true;
  }
  if (!slotted) return undefined;
  // Distinct grams, sorted (their order does not matter). Kept in exact-size plain arrays: small
  // typed arrays cost far more to allocate.
  const gramCount = count - 2;
  if (gramScratch.length < gramCount) gramScratch = new Float64Array(2 * gramCount);
  const all = gramScratch;
  for (let k = 0; k < count; k++) {
    const kind = scratchKind[k];
    if (kind !== PLAIN) {
      scratchLaneA[k] = MASK_LANES_A[kind];
      scratchLaneB[k] = MASK_LANES_B[kind];
      continue;
    }
    // A plain word's masked form is its lower case (ASCII letters and apostrophes).
    laneA = 0x811c9dc5;
    laneB = 0x01000193;
    feedLower(text, scratchStart[k], scratchEnd[k]);
    scratchLaneA[k] = laneA;
    scratchLaneB[k] = laneB;
  }
  for (let k = 0; k + 2 < count; k++) all[k] = trigramHash(scratchLaneA[k], scratchLaneB[k], scratchLaneA[k + 1], scratchLaneB[k + 1], scratchLaneA[k + 2], scratchLaneB[k + 2]);
  if (gramCount <= 64) {
    for (let k = 1; k < gramCount; k++) {
      const v = all[k];
      let j = k - 1;
      while (j >= 0 && all[j] > v) {
        all[j + 1] = all[j];
        j--;
      }
      all[j + 1] = v;
    }
  } else {
    all.subarray(0, gramCount).sort();
  }
  let distinct = 0;
  for (let k = 0; k < gramCount; k++) if (k === 0 || all[k] !== all[k - 1]) all[distinct++] = all[k];
  const grams = new Array<number>(distinct);
  for (let k = 0; k < distinct; k++) grams[k] = all[k];
  // Slot keys: `contextKey` and `valueKey` of every slot value, hashed from the characters their
  // strings would hold.
  let slotCount = 0;
  for (let i = 2; i + 1 < count; i++) {
    const kind = scratchKind[i];
    if (kind === PLAIN || kind === CODE) continue;
    const hasAfter2 = i + 2 < count;
    if (!contextWordAt(text, i - 2) && !contextWordAt(text, i - 1) && !contextWordAt(text, i + 1) && !(hasAfter2 && contextWordAt(text, i + 2))) continue;
    if (slotScratch.length < slotCount + 2) slotScratch = grown(slotScratch, 2 * slotScratch.length + 2);
    // `${slot}|${masked(i - 2)} ${masked(i - 1)} ${masked(i + 1)} ${hasAfter2 ? masked(i + 2) : '$'}`
    laneA = 0x811c9dc5;
    laneB = 0x01000193;
    feedString(SLOT_KIND_NAMES[kind]);
    feedChar(124);
    feedMasked(text, i - 2);
    feedChar(32);
    feedMasked(text, i - 1);
    feedChar(32);
    feedMasked(text, i + 1);
    feedChar(32);
    if (hasAfter2) feedMasked(text, i + 2);
    else feedChar(36);
    slotScratch[slotCount++] = lanesHash();
    // `=${value}` for a number with a value, else the word's lower case.
    laneA = 0x811c9dc5;
    laneB = 0x01000193;
    const value = scratchValue[i];
    if (kind !== 1 || Number.isNaN(value)) feedLower(text, scratchStart[i], scratchEnd[i]);
    else {
      feedChar(61);
      feedNumber(value);
    }
    slotScratch[slotCount++] = lanesHash();
  }
  const slots = new Array<number>(slotCount);
  for (let k = 0; k < slotCount; k++) slots[k] = slotScratch[k];
  return { grams, slots };
}

/** Whether scratch token `k` of `count` is a digit group (`kind` number, not a spelled one). */
const digitsAt = (text: string, count: number, k: number) => k >= 0 && k < count && scratchKind[k] === 1 && isDigit(text.charCodeAt(scratchStart[k]));

/** `gramHash`'s result from the current lanes. */
const lanesHash = () => (laneA >>> 0) * 0x200000 + ((laneB >>> 0) & 0x1fffff);
function feedString(s: string): void {
  for (let i = 0; i < s.length; i++) feedChar(s.charCodeAt(i));
}
/** Feeds `text.slice(start, end).toLowerCase()` for ASCII letters, apostrophes, digits and number punctuation. */
function feedLower(text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    feedChar(c >= 65 && c <= 90 ? c + 32 : c);
  }
}
/** Feeds scratch token `k`'s masked form: a plain word's lower case, else its mask. */
function feedMasked(text: string, k: number): void {
  const kind = scratchKind[k];
  if (kind === PLAIN) feedLower(text, scratchStart[k], scratchEnd[k]);
  else feedString(MASK_OF_KIND[kind]);
}
/** Feeds `String(value)`: digits for a whole number, else the string. */
const digitScratch = new Uint8Array(24);
function feedNumber(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    feedString(String(value));
    return;
  }
  let n = 0;
  do {
    const q = Math.floor(value / 10);
    digitScratch[n++] = value - q * 10;
    value = q;
  } while (value > 0);
  while (n > 0) feedChar(48 + digitScratch[--n]);
}

/** Function words by first letter, last letter and length (`SLOT_SHAPES`'s layout), for `contextWordAt`. */
const FUNCTION_SHAPES = new Uint8Array(26 * 26 * 16);
for (const w of FUNCTION_WORDS) if (w.length > 2) FUNCTION_SHAPES[shapeIndex(w)] = 1;
/**
 * `isContextWord` on scratch token `k`: a weekday or month, or a plain word of three letters or
 * more that is no function word (looked up only when its shape fits one).
 */
function contextWordAt(text: string, k: number): boolean {
  const kind = scratchKind[k];
  if (kind === 2 || kind === 3) return true;
  const start = scratchStart[k];
  const end = scratchEnd[k];
  if (kind !== PLAIN || end - start <= 2) return false;
  const i = shapeIndex2(text.charCodeAt(start), text.charCodeAt(end - 1), end - start);
  return i < 0 || FUNCTION_SHAPES[i] === 0 || !FUNCTION_WORDS.has(text.slice(start, end).toLowerCase());
}
/** `shapeIndex` from a word's first and last character codes and length (either case). */
function shapeIndex2(firstCode: number, lastCode: number, length: number): number {
  const first = (firstCode >= 65 && firstCode <= 90 ? firstCode + 32 : firstCode) - 97;
  const last = (lastCode >= 65 && lastCode <= 90 ? lastCode + 32 : lastCode) - 97;
  return first >= 0 && first < 26 && last >= 0 && last < 26 && length < 16 ? (first * 26 + last) * 16 + length : -1;
}

/** `blockingKeysOf` computed the plain way, from `tokenize` and `contextKey`: for tests. */
export function referenceBlockingKeys(body: string): { grams: number[]; slots: number[] } | undefined {
  const tokens = tokenize(body);
  if (tokens.length < 6 || !tokens.some((t) => t.slot)) return undefined;
  const grams = new Set<number>();
  for (let k = 0; k + 2 < tokens.length; k++) grams.add(trigramOfWords(tokens[k].masked, tokens[k + 1].masked, tokens[k + 2].masked));
  const slots: number[] = [];
  tokens.forEach((t, i) => {
    const key = contextKey(tokens, i);
    if (key) slots.push(gramHash(key), gramHash(t.value !== undefined && !Number.isNaN(t.value) ? `=${t.value}` : t.norm));
  });
  return { grams: [...grams].sort((a, b) => a - b), slots };
}

/** `blockingKeysOf` over `body.slice(from, to)`, read in place, for tests. */
export function fastBlockingKeys(body: string, from = 0, to = body.length): { grams: number[]; slots: number[] } | undefined {
  return blockingKeysOf(body, from, to);
}

/** `numeric(body.slice(start, end).toLowerCase())` for a digit token, without the string for a plain run of up to 15 digits. */
function digitRunValue(body: string, start: number, end: number): number {
  if (end - start <= 15) {
    let v = 0;
    let i = start;
    for (; i < end; i++) {
      const c = body.charCodeAt(i);
      if (!isDigit(c)) break;
      v = v * 10 + (c - 48);
    }
    if (i === end) return v;
  }
  return numeric(body.slice(start, end).toLowerCase());
}

function growScratch(): void {
  const size = 2 * scratchStart.length;
  const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  scratchStart = grow(scratchStart, (n) => new Int32Array(n));
  scratchEnd = grow(scratchEnd, (n) => new Int32Array(n));
  scratchKind = grow(scratchKind, (n) => new Uint8Array(n));
  scratchValue = grow(scratchValue, (n) => new Float64Array(n));
  scratchCode = grow(scratchCode, (n) => new Uint8Array(n));
  scratchLaneA = grow(scratchLaneA, (n) => new Int32Array(n));
  scratchLaneB = grow(scratchLaneB, (n) => new Int32Array(n));
}

/** Dense ids for 53-bit gram hashes: open addressing over typed arrays, sized for `capacity` keys. */
export class GramIds {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  size = 0;
  constructor(capacity: number) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.keys = new Float64Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }
  idOf(key: number): number {
    // Low 21 bits are one FNV lane, the high 32 the other: mix both (no floating-point modulo).
    const high = (key / 0x200000) >>> 0;
    let slot = ((key - high * 0x200000) ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    for (;;) {
      const id = this.ids[slot];
      if (id < 0) {
        this.keys[slot] = key;
        this.ids[slot] = this.size;
        return this.size++;
      }
      if (this.keys[slot] === key) return id;
      slot = (slot + 1) & this.mask;
    }
  }
}
