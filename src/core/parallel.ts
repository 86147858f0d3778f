import type { ContradictionKind, DocumentAnalysis, Span } from './types';

/**
 * Sentences across sources that state one fact with a different value in the same slot.
 * Two ways to meet:
 * - near-duplicates (wire copy, rewrites) sharing word trigrams with values masked:
 *   `killing 5 people on Sunday` vs `killing 6 people on Sunday`;
 * - reworded sentences sharing the two words before and the two after a value (values masked)
 *   plus a name or several content words elsewhere in the sentence:
 *   `More than 50 firefighters tackled the blaze at the Waitrose store` vs
 *   `A Waitrose supermarket burned down; more than 100 firefighters tackled the blaze`.
 * The shared wording is what aligns them, so this catches conflicts the event lexicon does not cover.
 * Identical sentence texts are compared once, whichever files hold them.
 */

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MIN_SIMILARITY = 0.6;
/** Reworded pairs need a long shared run around the value (`wideSlotKey`) and this much overall. */
const MIN_REWORDED_SIMILARITY = 0.2;
const MAX_POSTINGS = 40;

type SlotKind = 'number' | 'weekday' | 'month' | 'ordinal';

const SLOT_WORDS = new Map<string, SlotKind>([
  ...NUMBER_WORDS.map((w) => [w, 'number'] as const),
  ...WEEKDAYS.map((w) => [w, 'weekday'] as const),
  ...MONTHS.map((w) => [w, 'month'] as const),
  ...ORDINALS.map((w) => [w, 'ordinal'] as const),
]);

interface Token extends Span {
  text: string;
  norm: string;
  slot?: SlotKind;
  /** The norm with values masked (`#number`), what wording comparisons use. */
  masked: string;
  /** Numbers only: `6:00` and `6` are one clock time, `1,000` and `1000` one number. */
  value?: number;
}

/**
 * One distinct sentence text, its tokens with offsets relative to the sentence start, and what
 * the pairs it meets read of it (kept for the next pair). Words are compared as small integers
 * (`Interned`), which only mean something within one `findParallelConflicts` call, as these do.
 */
interface SentenceTokens {
  tokens: Token[];
  /** Token positions inside a name the analyser takes for a person's, ascending. */
  persons: number[];
  /** Positions of the slot tokens (values), ascending: what value counts and matches read. */
  slots: number[];
  /** Per slot-key function (`KEY_OF` order), the key of each slot token (in `slots` order). */
  keys: ((string | undefined)[] | undefined)[];
  /** The interned masked form of every token: what similarity counts. */
  masked: number[];
  /** Name stems, each once (a set and its members in order). */
  names: Set<string>;
  nameList: string[];
  /** Read by the reworded rule only, on first use. */
  reworded?: RewordedFacts;
}

/** Per sentence, for the reworded rule: tokens by role with their interned stems or values. */
interface RewordedFacts {
  /** Names (`isName`), content words (`isContent`): positions and interned stems, side by side. */
  names: number[];
  contents: number[];
  /** Precise figures (`telling`): positions. */
  figures: number[];
  /** Distinct stems of the person tokens, and distinct year values. */
  personStems: string[];
  years: number[];
}

type KeyOf = (tokens: Token[], i: number) => string | undefined;
const SLOT_KEY = 0;
const NARROW_SLOT_KEY = 1;
const WIDE_SLOT_KEY = 2;
const CONTEXT_KEY = 3;

/** `keyOf(tokens, i)` for every slot token, remembered on the sentence. */
function slotKeys(st: SentenceTokens, which: number): (string | undefined)[] {
  let keys = st.keys[which];
  if (!keys) {
    const keyOf = KEY_OF[which];
    keys = new Array<string | undefined>(st.slots.length);
    for (let p = 0; p < st.slots.length; p++) keys[p] = keyOf(st.tokens, st.slots[p]);
    st.keys[which] = keys;
  }
  return keys;
}

/** Small integer ids for strings (masked words, stems), valid within one `findParallelConflicts` call. */
const interned = new Map<string, number>();
function intern(word: string): number {
  let id = interned.get(word);
  if (id === undefined) interned.set(word, (id = interned.size));
  return id;
}
/** Scratch per interned id: counts for `similarity`, marks for `sharedOutside`. */
let idCounts = new Int32Array(1024);
let idMarksA = new Int32Array(1024);
let idMarksB = new Int32Array(1024);
let markStamp = 0;
function fitIdScratch(): void {
  if (markStamp > 0x3fffffff) {
    idMarksA.fill(0);
    idMarksB.fill(0);
    markStamp = 0;
  }
  if (idCounts.length >= interned.size) return;
  let size = idCounts.length;
  while (size < interned.size) size *= 2;
  idCounts = new Int32Array(size);
  idMarksA = new Int32Array(size);
  idMarksB = new Int32Array(size);
  markStamp = 0;
}

const ALL_DIGITS = /^\d+$/;
const numeric = (norm: string) => (ALL_DIGITS.test(norm) ? Number(norm) : isDigit(norm.charCodeAt(0)) ? Number(norm.replace(/,/g, '').replace(/:(\d\d)$/, (_, m: string) => (m === '00' ? '' : `.${m}`))) : NUMBER_WORDS.indexOf(norm) + 1 || NaN);

/** Slot words by first letter, last letter and length: most words need no lookup. */
const SLOT_SHAPES = new Uint8Array(26 * 26 * 16);
const shapeIndex = (w: string) => {
  const first = w.charCodeAt(0) - 97;
  const last = w.charCodeAt(w.length - 1) - 97;
  return first >= 0 && first < 26 && last >= 0 && last < 26 && w.length < 16 ? (first * 26 + last) * 16 + w.length : -1;
};
for (const w of SLOT_WORDS.keys()) SLOT_SHAPES[shapeIndex(w)] = 1;
const maySlot = (norm: string) => {
  const i = shapeIndex(norm);
  return i >= 0 && SLOT_SHAPES[i] === 1;
};
const MASKED: Record<SlotKind, string> = { number: '#number', weekday: '#weekday', month: '#month', ordinal: '#ordinal' };
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const SPACE = /\s/;
/** `/^\s+$/.test(body.slice(from, to))` */
function allSpace(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(body[i])) return false;
  }
  return true;
}

/** End of the number token starting at `i` (before `limit`): the longest run of digits, commas, dots and colons, cut back to its last digit. */
function numberTokenEnd(body: string, i: number, limit: number): number {
  let end = i + 1;
  for (let j = i + 1; j < limit; j++) {
    const d = body.charCodeAt(j);
    if (isDigit(d)) end = j + 1;
    else if (d !== 44 && d !== 46 && d !== 58) break;
  }
  return end;
}

/** End of the word token starting at `i` (before `limit`): ASCII letters and apostrophes. */
function wordTokenEnd(body: string, i: number, limit: number): number {
  let end = i + 1;
  while (end < limit) {
    const d = body.charCodeAt(end);
    if (!isAsciiLetter(d) && d !== 39 && d !== 0x2019) break;
    end++;
  }
  return end;
}

/**
 * Tokens of a sentence body, offsets relative to the body: the matches of
 * `/\d[\d,.:]*\d|\d|[A-Za-z][A-Za-z'’]*\/g`, scanned by hand. `blockingKeysOf` reads the same tokens
 * without building them (`referenceBlockingKeys` checks the two agree).
 */
function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  const n = body.length;
  for (let i = 0; i < n; ) {
    const c = body.charCodeAt(i);
    let end: number;
    if (isDigit(c)) {
      end = numberTokenEnd(body, i, n);
    } else if (isAsciiLetter(c)) {
      end = wordTokenEnd(body, i, n);
    } else {
      i++;
      continue;
    }
    const text = body.slice(i, end);
    const norm = text.toLowerCase();
    const slot = isDigit(c) ? 'number' : maySlot(norm) ? SLOT_WORDS.get(norm) : undefined;
    tokens.push({ start: i, end, text, norm, slot, masked: slot ? MASKED[slot] : norm, value: slot === 'number' ? numeric(norm) : undefined });
    i = end;
  }
  // `2009-10` is 2009 to 2010: the second year is abbreviated.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.end - t.start === 2 && isDigit(t.norm.charCodeAt(0)) && /^\d\d$/.test(t.norm) && /^(?:19|20)\d\d$/.test(prev.norm) && /^[-–/]$/.test(body.slice(prev.end, t.start))) {
      const century = Math.floor(Number(prev.norm) / 100) * 100;
      t.value = century + Number(t.norm) + (Number(t.norm) < Number(prev.norm) % 100 ? 100 : 0);
    }
  }
  // Digit groups split by spaces (`0845 125 2222`) or with a leading zero are phone numbers and codes, not amounts.
  const digits = (t: Token | undefined) => !!t && t.slot === 'number' && isDigit(t.norm.charCodeAt(0));
  let code: boolean[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!digits(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((t.norm.charCodeAt(0) === 48 && isDigit(t.norm.charCodeAt(1))) || (digits(prev) && allSpace(body, prev.end, t.start)) || (digits(next) && allSpace(body, t.end, next.start))) (code ??= [])[i] = true;
  }
  if (code) {
    code.forEach((isCode, i) => {
      if (isCode) tokens[i] = { ...tokens[i], slot: undefined, masked: '#code', value: undefined };
    });
  }
  return tokens;
}


/** A sentence that could pair. Kept per analysis, so it holds no tokens: they are re-read when a pair needs them. */
interface Candidate {
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
function candidatesOf(doc: DocumentAnalysis): Candidate[] {
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


/** Shared masked tokens (as a multiset) over the longer sentence's length. */
function similarity(a: SentenceTokens, b: SentenceTokens): number {
  fitIdScratch();
  const counts = idCounts;
  for (const id of a.masked) counts[id]++;
  let shared = 0;
  for (const id of b.masked) {
    if (counts[id] > 0) {
      counts[id]--;
      shared++;
    }
  }
  for (const id of a.masked) counts[id] = 0;
  return shared / Math.max(a.tokens.length, b.tokens.length);
}

export interface ParallelConflict {
  kind: ContradictionKind;
  a: { file: string; sentence: Span; value: Token };
  b: { file: string; sentence: Span; value: Token };
  similarity: number;
}

/** Same slot: the two words before and the word after match, values masked. */
function slotKey(tokens: Token[], i: number): string {
  const n = tokens.length;
  return `${tokens[i].slot}|${i >= 2 ? tokens[i - 2].masked : '^'} ${i >= 1 ? tokens[i - 1].masked : '^'} _ ${i + 1 < n ? tokens[i + 1].masked : '^'}`;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it', 'its', 'as', 'than', 'more', 'up', 'about', 'some', 'least', 'he', 'she', 'they', 'his', 'her', 'their']);
for (const w of FUNCTION_WORDS) if (w.length > 2) FUNCTION_SHAPES[shapeIndex(w)] = 1;
const isContent = (t: Token) => !t.slot && !FUNCTION_WORDS.has(t.norm) && t.norm.length > 2 && !t.masked.startsWith('#');
/** A day or month next to a value says as much as a content word (`the second Tuesday of`). */
const isContextWord = (t: Token) => isContent(t) || t.slot === 'weekday' || t.slot === 'month';

/** Wider context for reworded sentences: three words before and two after, at least three of them content words. */
function wideSlotKey(tokens: Token[], i: number): string | undefined {
  if (i < 3 || i + 2 >= tokens.length) return undefined;
  const notContent = +!isContent(tokens[i - 3]) + +!isContent(tokens[i - 2]) + +!isContent(tokens[i - 1]) + +!isContent(tokens[i + 1]) + +!isContent(tokens[i + 2]);
  if (notContent > 2) return undefined;
  return `${tokens[i].slot}|${tokens[i - 3].masked} ${tokens[i - 2].masked} ${tokens[i - 1].masked} ${tokens[i + 1].masked} ${tokens[i + 2].masked}`;
}

/**
 * The two words before and the two after a value, values masked, as the news-wide notion of
 * "the same slot". The sentence end may stand for the second word after. At least one of the four
 * is a content word, so `of the _ of the` aligns nothing.
 */
function contextKey(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t.slot || i < 2 || i + 1 >= tokens.length) return undefined;
  const after2 = i + 2 < tokens.length ? tokens[i + 2] : undefined;
  if (!isContextWord(tokens[i - 2]) && !isContextWord(tokens[i - 1]) && !isContextWord(tokens[i + 1]) && !(after2 && isContextWord(after2))) return undefined;
  return `${t.slot}|${tokens[i - 2].masked} ${tokens[i - 1].masked} ${tokens[i + 1].masked} ${after2 ? after2.masked : '$'}`;
}

function sameValue(a: Token, b: Token): boolean {
  if (a.norm === b.norm) return true;
  if (a.slot === 'number' && b.slot === 'number') return a.value === b.value;
  return false;
}

/** A distinct sentence text and where it occurs (candidates in `all` order). */
interface Shape {
  text: string;
  occurrences: Candidate[];
  files: number;
  tokens?: SentenceTokens;
}

export function findParallelConflicts(docs: readonly DocumentAnalysis[]): ParallelConflict[] {
  interned.clear();
  try {
    return parallelConflicts(docs);
  } finally {
    interned.clear();
  }
}

function parallelConflicts(docs: readonly DocumentAnalysis[]): ParallelConflict[] {
  const all = docs.flatMap(candidatesOf);
  // Identical sentence texts (wire copy repeated across sources) are one shape: compared once.
  const shapeOfText = new Map<string, number>();
  const shapes: Shape[] = [];
  for (const c of all) {
    const text = c.doc.text.slice(c.sentence.start, c.sentence.end);
    let id = shapeOfText.get(text);
    if (id === undefined) {
      shapeOfText.set(text, (id = shapes.length));
      shapes.push({ text, occurrences: [], files: 0 });
    }
    const shape = shapes[id];
    if (!shape.occurrences.some((o) => o.file === c.file)) shape.files++;
    shape.occurrences.push(c);
  }
  const n = shapes.length;
  // Postings per distinct gram (dense ids from a table, not a Map keyed by 53-bit numbers), as
  // shape lists in shape order laid out one after another.
  let total = 0;
  for (const shape of shapes) total += shape.occurrences[0].grams.length;
  const ids = new GramIds(total);
  const gramIds = new Int32Array(total);
  let k = 0;
  for (const shape of shapes) for (const gram of shape.occurrences[0].grams) gramIds[k++] = ids.idOf(gram);
  const distinct = ids.size;
  const uses = new Int32Array(distinct);
  const listStart = new Int32Array(distinct + 1);
  k = 0;
  shapes.forEach((shape) => {
    const grams = shape.occurrences[0].grams;
    for (let g = 0; g < grams.length; g++) {
      const id = gramIds[k++];
      listStart[id + 1]++;
      uses[id] += shape.occurrences.length;
    }
  });
  for (let id = 0; id < distinct; id++) listStart[id + 1] += listStart[id];
  const fill = listStart.slice(0, distinct);
  const members = new Int32Array(total);
  k = 0;
  shapes.forEach((shape, i) => {
    const count = shape.occurrences[0].grams.length;
    for (let g = 0; g < count; g++) members[fill[gramIds[k++]]++] = i;
  });
  // Two shapes pair when some occurrences sit in different files: one shape in two files pairs with everything.
  const crossFile = (x: Shape, y: Shape) => x.files > 1 || y.files > 1 || x.occurrences[0].file !== y.occurrences[0].file;
  // Per shape, how many grams it shares with each later shape (boilerplate wording shared by many
  // sentences does not count): two or more make a pair.
  const pairs = new Set<number>();
  const shared = new Int32Array(n);
  const touched: number[] = [];
  k = 0;
  for (let x = 0; x < n; x++) {
    const count = shapes[x].occurrences[0].grams.length;
    for (let g = 0; g < count; g++) {
      const id = gramIds[k++];
      if (uses[id] > MAX_POSTINGS) continue;
      for (let m = listStart[id]; m < listStart[id + 1]; m++) {
        const y = members[m];
        if (y > x && shared[y]++ === 0) touched.push(y);
      }
    }
    for (const y of touched) {
      if (shared[y] >= 2) pairs.add(x * n + y);
      shared[y] = 0;
    }
    touched.length = 0;
  }
  // Reworded sentences: the same context around a value, with a different value.
  const slotPostings = new Map<number, number[]>();
  shapes.forEach((shape, i) => {
    const slots = shape.occurrences[0].slots;
    for (let k = 0; k < slots.length; k += 2) {
      let list = slotPostings.get(slots[k]);
      if (!list) slotPostings.set(slots[k], (list = []));
      list.push(i, k);
    }
  });
  for (const list of slotPostings.values()) {
    if (list.length < 4 || list.length > 2 * MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x += 2) {
      const vx = shapes[list[x]].occurrences[0].slots[list[x + 1] + 1];
      for (let y = x + 2; y < list.length; y += 2) {
        if (list[x] === list[y] || shapes[list[y]].occurrences[0].slots[list[y + 1] + 1] === vx) continue;
        pairs.add(Math.min(list[x], list[y]) * n + Math.max(list[x], list[y]));
      }
    }
  }
  const tokensOf = (shape: Shape): SentenceTokens => (shape.tokens ??= sentenceTokens(shape));
  const out: ParallelConflict[] = [];
  for (const key of [...pairs].sort((p, q) => p - q)) {
    const [x, y] = [Math.floor(key / n), key % n];
    const [sx, sy] = [shapes[x], shapes[y]];
    if (!crossFile(sx, sy)) continue;
    const found = conflictsBetween(sx, sy, tokensOf);
    if (!found.length) continue;
    for (const ca of sx.occurrences) {
      for (const cb of sy.occurrences) {
        if (ca.file === cb.file) continue;
        for (const f of found) out.push(placed(f, ca, cb));
      }
    }
  }
  return out;
}

/** Dense ids for 53-bit gram hashes: open addressing over typed arrays, sized for `capacity` keys. */
class GramIds {
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

/** Per document: person names by sentence. */
interface People {
  bySentence: Map<number, Span[]>;
}
const peopleCache = new WeakMap<DocumentAnalysis, People>();
function peopleOf(doc: DocumentAnalysis): People {
  let people = peopleCache.get(doc);
  if (!people) {
    peopleCache.set(doc, (people = { bySentence: new Map() }));
    for (const m of doc.names) {
      if (m.typeHint !== 'person') continue;
      let list = people.bySentence.get(m.sentence);
      if (!list) people.bySentence.set(m.sentence, (list = []));
      list.push(m);
    }
  }
  return people;
}

function sentenceTokens(shape: Shape): SentenceTokens {
  const tokens = tokenize(shape.text);
  const c = shape.occurrences[0];
  const people = peopleOf(c.doc).bySentence.get(c.sentence.index);
  const persons: number[] = [];
  const slots: number[] = [];
  const maskedIds = new Array<number>(tokens.length);
  const names = new Set<string>();
  const nameList: string[] = [];
  const offset = c.sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (people) {
      for (const m of people) {
        if (t.start + offset >= m.start && t.end + offset <= m.end) {
          persons.push(i);
          break;
        }
      }
    }
    if (t.slot) slots.push(i);
    maskedIds[i] = intern(t.masked);
    if (isName(t, i)) {
      const s = stem(t);
      if (!names.has(s)) {
        names.add(s);
        nameList.push(s);
      }
    }
  }
  return { tokens, persons, slots, keys: [undefined, undefined, undefined, undefined], masked: maskedIds, names, nameList };
}

function rewordedFacts(st: SentenceTokens): RewordedFacts {
  if (st.reworded) return st.reworded;
  const { tokens } = st;
  const names: number[] = [];
  const contents: number[] = [];
  const figures: number[] = [];
  const years: number[] = [];
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x];
    if (isName(t, x)) names.push(x, intern(stem(t)));
    if (isContent(t)) contents.push(x, intern(stem(t)));
    if (telling(t)) figures.push(x);
    if (isYear(t) && !years.includes(t.value!)) years.push(t.value!);
  }
  const personStems: string[] = [];
  for (const x of st.persons) {
    const s = stem(tokens[x]);
    if (!personStems.includes(s)) personStems.push(s);
  }
  return (st.reworded = { names, contents, figures, personStems, years });
}

/** A verdict in sentence-relative terms: which token of each side, and how alike the two are. */
interface RelativeConflict {
  kind: ContradictionKind;
  a: Token;
  b: Token;
  similarity: number;
}

const at = (t: Token, offset: number): Token => ({ ...t, start: t.start + offset, end: t.end + offset });

function placed(f: RelativeConflict, ca: Candidate, cb: Candidate): ParallelConflict {
  return {
    kind: f.kind,
    a: { file: ca.file, sentence: { start: ca.sentence.start, end: ca.sentence.end }, value: at(f.a, ca.sentence.start) },
    b: { file: cb.file, sentence: { start: cb.sentence.start, end: cb.sentence.end }, value: at(f.b, cb.sentence.start) },
    similarity: f.similarity,
  };
}

/** A pair's verdict depends on its two texts alone: remembered per first occurrence while both analyses live. */
const pairCache = new WeakMap<Candidate, WeakMap<Candidate, RelativeConflict[]>>();
const NO_CONFLICTS: RelativeConflict[] = [];

function conflictsBetween(sa: Shape, sb: Shape, tokensOf: (s: Shape) => SentenceTokens): RelativeConflict[] {
  const [ka, kb] = [sa.occurrences[0], sb.occurrences[0]];
  let forA = pairCache.get(ka);
  if (!forA) pairCache.set(ka, (forA = new WeakMap()));
  let found = forA.get(kb);
  if (!found) {
    found = compareSentences(tokensOf(sa), tokensOf(sb));
    forA.set(kb, found.length ? found : NO_CONFLICTS);
  }
  return found;
}

/** `Palin's` is `Palin`: `t.norm.replace(/['’]s?$/, '')`. */
function stem(t: Token): string {
  const w = t.norm;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return w.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const before = w.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}
/** `i > 0 && !t.slot && /^[A-Z]/.test(t.text)` */
const isName = (t: Token, i: number) => {
  if (i === 0 || t.slot) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Beyond the shared context, a reworded pair must share this many content words (or one name or exact figure). */
const MIN_SHARED_CONTENT = 3;

/** Same slot for near-identical sentences: the word before and the word after match. */
function narrowSlotKey(tokens: Token[], i: number): string | undefined {
  if (i < 1 || i + 1 >= tokens.length) return undefined;
  return `${tokens[i].slot}|${tokens[i - 1].masked} _ ${tokens[i + 1].masked}`;
}

/** A figure precise enough to identify a fact on its own (`1,098 yards`), unlike `two` or a year. */
const isYear = (t: Token) => t.slot === 'number' && t.value !== undefined && Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2099;
const telling = (t: Token) => t.slot === 'number' && t.value !== undefined && t.value >= 13 && !isYear(t);

const kindOf = (t: Token): ContradictionKind => (t.slot === 'number' ? 'number' : t.slot === 'ordinal' ? 'ordinal' : 'date');

const FIGURE_STEPS = [-2, -1, 1, 2];
const FIGURE_JOINS = new Set(['of', 'to', 'and', 'or', 'by']);
/** The token `d` steps from `i` is a figure written together with it (`31-24`, `29 of 34`). */
function figureAt(tokens: Token[], i: number, d: number): boolean {
  const t = tokens[i + d];
  if (!t || t.slot !== 'number') return false;
  return Math.abs(d) === 1 || FIGURE_JOINS.has(tokens[i + d / 2].norm);
}

/** How often each value occurs, so a value the other side states elsewhere is seen as moved, not changed. */
function valueCount(st: SentenceTokens, v: Token): number {
  let n = 0;
  for (const x of st.slots) if (sameValue(st.tokens[x], v)) n++;
  return n;
}

const KEY_OF: readonly KeyOf[] = [slotKey, narrowSlotKey, wideSlotKey, contextKey];

/**
 * Slot values of `a` whose key (`KEY_OF[which]`) some slot of `b` has, with a different value there
 * and no equal value under that key, and which `accept` lets through.
 */
function conflictsUnder(a: SentenceTokens, b: SentenceTokens, which: number, sim: number, accept: (a: SentenceTokens, b: SentenceTokens, i: number, j: number, names: NameOverlap) => boolean, names: NameOverlap): RelativeConflict[] {
  const [ta, tb] = [a.tokens, b.tokens];
  const keysA = slotKeys(a, which);
  const keysB = slotKeys(b, which);
  let out: RelativeConflict[] | undefined;
  for (let p = 0; p < a.slots.length; p++) {
    const key = keysA[p];
    if (!key) continue;
    const i = a.slots[p];
    const t = ta[i];
    // The first slot of `b` under the same key is the rival, unless one of them has the same value.
    let rival = -1;
    let same = false;
    for (let q = 0; q < b.slots.length; q++) {
      if (keysB[q] !== key) continue;
      const j = b.slots[q];
      if (rival < 0) rival = j;
      if (sameValue(t, tb[j])) {
        same = true;
        break;
      }
    }
    if (rival < 0 || same) continue;
    const r = tb[rival];
    // A value the other side states as often is a list or a swap, not a changed fact.
    if (valueCount(b, t) >= valueCount(a, t) || valueCount(a, r) >= valueCount(b, r)) continue;
    if (!accept(a, b, i, rival, names)) continue;
    (out ??= []).push({ kind: kindOf(t), a: t, b: r, similarity: sim });
  }
  return out ?? NO_CONFLICTS;
}

/** Names on the two sides: how many both have, and whether each side has others (`rivalNames`). */
interface NameOverlap {
  shared: number;
  rival: boolean;
}

/** Near-duplicates: the value is written differently everywhere in the other sentence too (not moved elsewhere). */
function notMoved(a: SentenceTokens, b: SentenceTokens, i: number): boolean {
  const t = a.tokens[i];
  for (const r of b.tokens) if (sameValue(t, r)) return false;
  return true;
}
const acceptNear = (a: SentenceTokens, b: SentenceTokens, i: number) => notMoved(a, b, i);

/** Values of `x` that `y` lacks: `x.filter((t) => !y.some((r) => sameValue(t, r))).length` over slot tokens. */
function unmatched(x: SentenceTokens, y: SentenceTokens): number {
  let n = 0;
  for (const i of x.slots) {
    const t = x.tokens[i];
    let found = false;
    for (const j of y.slots) {
      if (sameValue(t, y.tokens[j])) {
        found = true;
        break;
      }
    }
    if (!found) n++;
  }
  return n;
}

function compareSentences(a: SentenceTokens, b: SentenceTokens): RelativeConflict[] {
  const sim = similarity(a, b);
  const [na, nb] = [a.names, b.names];
  // Near-duplicates: different names in otherwise equal wording are different subjects, not a conflict;
  // a name only one side has (`..., Kroon said`) is attribution, not a rival subject.
  let sharedNames = 0;
  let onlyA = false;
  for (const x of a.nameList) {
    if (nb.has(x)) sharedNames++;
    else onlyA = true;
  }
  let onlyB = false;
  for (const x of b.nameList) {
    if (!na.has(x)) {
      onlyB = true;
      break;
    }
  }
  const rivalNames = onlyA && onlyB && sharedNames < 0.5 * (na.size + nb.size - sharedNames);
  const names: NameOverlap = { shared: sharedNames, rival: rivalNames };
  // One statement with one value changed, not two lines of statistics (`53 catches for 605 yards` vs `eight catches for 101 yards`).
  const oneChange = unmatched(a, b) <= 1 || unmatched(b, a) <= 1;
  if (!rivalNames && oneChange && sim >= MIN_REWORDED_SIMILARITY) {
    if (sim >= MIN_SIMILARITY) {
      const near = conflictsUnder(a, b, SLOT_KEY, sim, acceptNear, names);
      if (near.length) return near;
      const narrow = conflictsUnder(a, b, NARROW_SLOT_KEY, sim, acceptNear, names);
      if (narrow.length) return narrow;
    } else {
      const wide = conflictsUnder(a, b, WIDE_SLOT_KEY, sim, acceptNear, names);
      if (wide.length) return wide;
    }
  }

  // Reworded sentences: the same two words either side of the value, and more in common than that.
  const found = conflictsUnder(a, b, CONTEXT_KEY, sim, acceptReworded, names);
  // Two changed values in aligned slots are two different lines of figures (`20 points` for two players).
  return found.length === 1 ? found : NO_CONFLICTS;
}

/** The nearest person named before token `k` is the subject. */
function subjectBefore(st: SentenceTokens, k: number): string | undefined {
  for (let p = st.persons.length - 1; p >= 0; p--) if (st.persons[p] < k) return stem(st.tokens[st.persons[p]]);
  return undefined;
}
/** The first name within five tokens after `k`. */
function anchorAfter(tokens: Token[], k: number): string | undefined {
  for (let x = k + 1; x <= k + 5 && x < tokens.length; x++) if (isName(tokens[x], x)) return stem(tokens[x]);
  return undefined;
}

/**
 * Distinct interned stems that both sides have outside the two tokens either side of their value
 * (`i` in `a`, `j` in `b`): lists of positions and stems side by side.
 */
function sharedOutside(a: number[], i: number, b: number[], j: number): number {
  fitIdScratch();
  const stamp = ++markStamp;
  for (let q = 0; q < b.length; q += 2) if (b[q] < j - 2 || b[q] > j + 2) idMarksB[b[q + 1]] = stamp;
  let n = 0;
  for (let p = 0; p < a.length; p += 2) {
    if (a[p] >= i - 2 && a[p] <= i + 2) continue;
    const id = a[p + 1];
    if (idMarksA[id] === stamp) continue;
    idMarksA[id] = stamp;
    if (idMarksB[id] === stamp) n++;
  }
  return n;
}

/** The same for precise figures, compared by value. */
function sharedFiguresOutside(a: SentenceTokens, fa: number[], i: number, b: SentenceTokens, fb: number[], j: number): number {
  let n = 0;
  for (let p = 0; p < fa.length; p++) {
    const x = fa[p];
    if (x >= i - 2 && x <= i + 2) continue;
    const v = a.tokens[x].value;
    let seen = false;
    for (let p2 = 0; p2 < p && !seen; p2++) {
      const x2 = fa[p2];
      if ((x2 < i - 2 || x2 > i + 2) && a.tokens[x2].value === v) seen = true;
    }
    if (seen) continue;
    for (const y of fb) {
      if ((y < j - 2 || y > j + 2) && b.tokens[y].value === v) {
        n++;
        break;
      }
    }
  }
  return n;
}

function acceptReworded(a: SentenceTokens, b: SentenceTokens, i: number, j: number, names: NameOverlap): boolean {
  const [ta, tb] = [a.tokens, b.tokens];
  const [na, nb] = [a.names, b.names];
  // A figure written with another (`31-24`, `29 of 34`, `35 to 40`) that differs too is another score or range.
  for (const d of FIGURE_STEPS) if (figureAt(ta, i, d) && figureAt(tb, j, d) && !sameValue(ta[i + d], tb[j + d])) return false;
  // The nearest person named before the value is the subject: two different ones are two facts.
  const subA = subjectBefore(a, i);
  const subB = subjectBefore(b, j);
  if (subA && subB && subA !== subB && !nb.has(subA) && !na.has(subB)) return false;
  // So is the first name after it (`13 miles east of Cloverdale` vs `4 miles east of The Geysers`).
  const anA = anchorAfter(ta, i);
  const anB = anchorAfter(tb, j);
  if (anA && anB && anA !== anB && !nb.has(anA) && !na.has(anB)) return false;
  // Different people named on each side, none on both: two facts about different people.
  const [fa, fb] = [rewordedFacts(a), rewordedFacts(b)];
  if (fa.personStems.length && fb.personStems.length && !fa.personStems.some((x) => fb.personStems.includes(x))) return false;
  const figures = sharedFiguresOutside(a, fa.figures, i, b, fb.figures, j);
  // A year on one side only, or two different years: perhaps another season or another event.
  const yearsDiffer = fa.years.some((y) => !fb.years.includes(y)) || fb.years.some((y) => !fa.years.includes(y));
  // ... then only a shared precise figure still ties the two.
  if (yearsDiffer) return figures > 0;
  const words = sharedOutside(fa.contents, i, fb.contents, j);
  // No name in common and each side names others: the wording alone must tie them, and closely.
  if (names.rival && !names.shared) return figures > 0 || words >= MIN_SHARED_CONTENT + 2;
  const strong = sharedOutside(fa.names, i, fb.names, j) + figures;
  return strong > 0 || words >= MIN_SHARED_CONTENT;
}
