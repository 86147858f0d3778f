// Text and its sentences → the words of the document in a WordStore (offsets and a byte of facts per
// word: capitalised, possessive, sentence-initial, spaced from the previous word…), read by hand over ASCII
// and by Unicode regexes elsewhere. The name finder reads words thousands of times per document: parallel
// typed arrays and strings made on demand keep that cheap.
import { CharCode, isAsciiLetter, isAsciiLower, isAsciiUpper, isDigit } from '../../text/charCodes';
import { ensureCapacity } from '../../util/growableArrays';
import type { WordView } from './guessType';
import { ABBREVIATIONS } from './nameRules';
import type { Sentence } from '../../types';

/**
 * Appends the words of every sentence to `t` (reset for `text`) and returns where each sentence's words
 * start: sentence i holds words [bounds[i], bounds[i + 1]).
 */
export function scanWords(t: WordStore, text: string, sentences: readonly Sentence[]): Int32Array {
  t.reset(text);
  const bounds = new Int32Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) {
    tokenize(t, text, sentences[i]);
    bounds[i + 1] = t.n;
  }
  return bounds;
}

/** Words keep inner `'`, `-`, `&` and dots not starting a new capitalised word (`U.S`, `Kremlin.ru`, not `Gov.Sarah`). */
// Combining marks belong to the letter before them (`José` written as `e` + U+0301).
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[.](?!\p{Lu}\p{Ll})|['’&-])[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/uy;
/** Where the next word starts: any letter or digit starts one. */
const WORD_START = /[\p{L}\p{N}]/gu;
// Unicode-property regexes live at module level: bundlers targeting node turn a `\p{…}` literal into
// `new RegExp(…)`, which inside a function would build a regex per call.
const CAMEL = /^\p{Ll}+\p{Lu}/u;
const DASH_LOWER = /-\p{Ll}/u;
const UPPER_DASH = /^\p{Lu}-/u;
const ONE_LETTER = /^\p{L}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const ALL_LETTERS = /^\p{L}+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

// Word facts, one bit each (`WordStore.flags`).
/** Starts with a capital (or is camel-cased like `iPhone`) and is not a hyphenated adjective (`Russian-held`). */
export const CAP = 1;
/** Ended by `'s`/`’s` (already removed from the token's end). */
export const POSSESSIVE = 2;
/** First word of its sentence, of a headline, or right after an opening quote or colon: capitalised by position. */
export const INITIAL = 4;
/** In a title-case or all-caps line: capitalised whatever it is. */
export const HEADLINE = 8;
/** The next word is an organisation noun (`Fox` in `Fox News`). */
export const BEFORE_ORG_WORD = 16;
/** Only spaces separate it from the previous word (no punctuation, quote or line break). */
export const SPACED_BEFORE = 32;
/** Holds a character outside ASCII: facts about it are read from strings, not char codes. */
export const NON_ASCII = 64;
/** Holds an ASCII capital: its lowercase is another string. */
export const UPPER = 128;

/**
 * The words of one document as parallel arrays (offsets and a byte of facts per word) instead of an
 * object per word: a document has thousands of words and few are ever looked up by text. A word's
 * string and lowercase are made when first asked for. The store is also the scan's scratch state (the
 * shape of the word being read, the evidence bitmap): one store serves every call, so the scan is not
 * re-entrant (findNames runs to completion and is never re-entered).
 */
export class WordStore implements WordView {
  text = '';
  n = 0;
  /** Scratch: UPPER/HYPHEN/NON_ASCII shape of the word `asciiWordEnd` last read, -1 when it did not finish it. */
  scannedShape = -1;
  /** Scratch: bitmap of the words the evidence pass asks about (see nameEvidence.ts). */
  evidenceBits = new Uint32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  flags = new Uint8Array(1024);
  // As long as the typed arrays (reads stay in bounds); undefined until a word's string is made.
  private lowers: (string | undefined)[] = new Array(1024).fill(undefined);
  private words: (string | undefined)[] = new Array(1024).fill(undefined);

  reset(text: string): void {
    if (this.start.length > KEPT_CAPACITY) {
      // A huge document grew the store: give the memory back rather than keep it for the session.
      this.start = new Int32Array(KEPT_CAPACITY);
      this.end = new Int32Array(KEPT_CAPACITY);
      this.flags = new Uint8Array(KEPT_CAPACITY);
      this.lowers = new Array(KEPT_CAPACITY).fill(undefined);
      this.words = new Array(KEPT_CAPACITY).fill(undefined);
    } else {
      // Drop the previous document's strings (and the text they point into); new words find undefined.
      for (let i = 0; i < this.n; i++) this.lowers[i] = this.words[i] = undefined;
    }
    this.text = text;
    this.n = 0;
  }

  push(start: number, end: number, flags: number): number {
    if (this.n === this.start.length) {
      const size = this.n * 2;
      this.start = ensureCapacity(this.start, size, this.n);
      this.end = ensureCapacity(this.end, size, this.n);
      this.flags = ensureCapacity(this.flags, size, this.n);
      for (let k = this.n; k < this.start.length; k++) {
        this.lowers.push(undefined);
        this.words.push(undefined);
      }
    }
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    return i;
  }

  /** The word as written (without a trimmed period or possessive). */
  word(i: number): string {
    if ((this.flags[i] & (UPPER | NON_ASCII)) === 0) return this.lower(i);
    let w = this.words[i];
    if (w === undefined) this.words[i] = w = this.text.slice(this.start[i], this.end[i]);
    return w;
  }

  /** The word lowercased; all-lowercase words share one string for both. */
  lower(i: number): string {
    let l = this.lowers[i];
    if (l === undefined) {
      if ((this.flags[i] & (UPPER | NON_ASCII)) === 0) l = this.text.slice(this.start[i], this.end[i]);
      else l = this.word(i).toLowerCase();
      this.lowers[i] = l;
    }
    return l;
  }

  setLower(i: number, word: string, lower: string): void {
    this.words[i] = word;
    this.lowers[i] = lower;
  }

  cap(i: number): boolean {
    return (this.flags[i] & CAP) !== 0;
  }

  /** `^\p{Lu}{2,6}$`: read from char codes for an ASCII word (no copy of it). */
  isAcronym(i: number): boolean {
    if (this.has(i, NON_ASCII)) return ACRONYM.test(this.word(i));
    const n = this.end[i] - this.start[i];
    if (n < 2 || n > 6) return false;
    for (let k = this.start[i]; k < this.end[i]; k++) {
      const c = this.text.charCodeAt(k);
      if (!isAsciiUpper(c)) return false;
    }
    return true;
  }

  isPossessive(i: number): boolean {
    return (this.flags[i] & POSSESSIVE) !== 0;
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i] & flag) !== 0;
  }

  length(i: number): number {
    return this.end[i] - this.start[i];
  }

  firstCode(i: number): number {
    return this.text.charCodeAt(this.start[i]);
  }
}

/**
 * How far past a sentence's end the word scans read: where WORD_AT stops depends on at most two
 * characters after it (the `(?!\p{Lu}\p{Ll})` after a period), so a word cut at the sentence end
 * comes out the same as with the whole text.
 */
const WORD_END_LOOKAHEAD = 4;

/** Words a store keeps room for between documents (a long article has a few thousand). */
const KEPT_CAPACITY = 1 << 16;

/** Appends the words of sentence `s` to `t`. */
function tokenize(t: WordStore, text: string, s: Sentence): void {
  const first = t.n;
  let pos = s.start;
  let prevEnd = -1;
  // Scans stop a few characters past the sentence (a word's end depends on at most the next two): without
  // this, a sentence cut from a long run of word characters or punctuation read on to the end of the text.
  // V8 slices without copying.
  const scanEnd = Math.min(text.length, s.end + WORD_END_LOOKAHEAD);
  const scanned = scanEnd === text.length ? text : text.slice(0, scanEnd);
  // Regexes run on the whole text from the sentence start (no slicing) with `test`, which builds no match
  // arrays: one finds where the next word starts, a sticky one where it ends. Plain char tests do the rest.
  for (;;) {
    // ASCII letters and digits are the only ASCII characters in [\p{L}\p{N}]: skip other ASCII by hand,
    // and ask the Unicode regexes only from a non-ASCII character on.
    let start = pos;
    let c = 0;
    while (start < s.end && (c = text.charCodeAt(start)) < CharCode.FirstNonAscii && !isAsciiAlnum(c)) start++;
    if (start >= s.end) break;
    if (c >= CharCode.FirstNonAscii) {
      WORD_START.lastIndex = start;
      if (!WORD_START.test(scanned)) break;
      start = WORD_START.lastIndex - 1;
      // A letter outside the BMP is two code units.
      if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
      if (start >= s.end) break;
    }
    // Plain ASCII words are read by hand; WORD_AT runs only where a character outside ASCII may extend the word.
    t.scannedShape = -1;
    pos = c < CharCode.FirstNonAscii ? asciiWordEnd(t, scanned, start) : -1;
    if (pos < 0) {
      t.scannedShape = -1;
      WORD_AT.lastIndex = start;
      WORD_AT.test(scanned);
      pos = WORD_AT.lastIndex;
    }
    let end = Math.min(pos, s.end);
    if (text.charCodeAt(end - 1) === CharCode.Period && !keepsPeriod(text, start, end - 1)) end--;
    const rawEnd = end;
    let flags = 0;
    if (end - start > 2) {
      const c1 = text.charCodeAt(end - 1);
      const c2 = text.charCodeAt(end - 2);
      // `'s` / `’s`
      if ((c1 === CharCode.s || c1 === CharCode.S) && (c2 === CharCode.SingleQuote || c2 === CharCode.RightSingleQuote)) {
        end -= 2;
        flags |= POSSESSIVE;
      }
    }
    // After only spaces, the character before the word ends the previous word: it opens no clause.
    if (prevEnd >= 0 && onlySpaces(text, prevEnd, start)) flags |= SPACED_BEFORE;
    else if (t.n === first || opensClause(text, start, s.start)) flags |= INITIAL;
    // The hand scan saw the word's characters: its shape holds unless the word was cut short.
    const shape = end === pos && t.scannedShape >= 0 ? t.scannedShape : wordShape(text, start, end);
    if ((shape & NON_ASCII) === 0) {
      // Plain ASCII: capitals, camel case and hyphens read from char codes, no string made.
      if ((shape & UPPER) !== 0) flags |= UPPER;
      const c0 = text.charCodeAt(start);
      const upperFirst = isAsciiUpper(c0);
      const camel = !upperFirst && (shape & UPPER) !== 0 && asciiCamel(text, start, end);
      const hyphenAdjective = (shape & HYPHEN) !== 0 && asciiDashLower(text, start, end) && !(upperFirst && text.charCodeAt(start + 1) === CharCode.Dash) && !givenNameAfter(t, text, start, end, flags);
      if ((upperFirst || camel) && !hyphenAdjective) flags |= CAP;
      t.push(start, end, flags);
    } else {
      const word = text.slice(start, end);
      const lower = word.toLowerCase();
      const upperFirst = word.charCodeAt(0) !== lower.charCodeAt(0);
      const camel = !upperFirst && word !== lower && CAMEL.test(word);
      const hyphenAdjective = (shape & HYPHEN) !== 0 && DASH_LOWER.test(word) && !UPPER_DASH.test(word) && !givenNameAfter(t, text, start, end, flags);
      if ((upperFirst || camel) && !hyphenAdjective) flags |= CAP;
      t.setLower(t.push(start, end, flags | NON_ASCII | ((shape & UPPER) !== 0 ? UPPER : 0)), word, lower);
    }
    prevEnd = rawEnd;
  }
}

/**
 * Where WORD_AT's match from `start` ends, read by hand while the word and the characters deciding its
 * end are ASCII; -1 when a character outside ASCII is met (the regex decides then). Leaves the shape of
 * what it read in `t.scannedShape`.
 */
function asciiWordEnd(t: WordStore, text: string, start: number): number {
  const n = text.length;
  let j = start;
  let shape = 0;
  for (;;) {
    let c = 0;
    while (j < n && (c = text.charCodeAt(j)) < CharCode.FirstNonAscii && (ASCII_CLASS[c] & ALNUM) !== 0) {
      if (isAsciiUpper(c)) shape |= UPPER;
      j++;
    }
    t.scannedShape = shape;
    if (j >= n) return j;
    if (c >= CharCode.FirstNonAscii) return -1;
    // Joiners (`.`, `'`, `&`, `-`) continue the word before a letter or digit; a final `.` is kept.
    if (c !== CharCode.Period && c !== CharCode.SingleQuote && c !== CharCode.Ampersand && c !== CharCode.Dash) return j;
    if (j + 1 >= n) return c === CharCode.Period ? j + 1 : j;
    const d = text.charCodeAt(j + 1);
    if (d >= CharCode.FirstNonAscii) return -1;
    if (!isAsciiAlnum(d)) return c === CharCode.Period ? j + 1 : j;
    // `.` before a capital and a lowercase letter starts a new word (`Gov.Sarah`).
    if (c === CharCode.Period && isAsciiUpper(d) && j + 2 < n) {
      const e = text.charCodeAt(j + 2);
      if (e >= CharCode.FirstNonAscii) return -1;
      if (isAsciiLower(e)) return j + 1;
    }
    if (c === CharCode.Dash) shape |= HYPHEN;
    j++;
  }
}

const ALNUM = 1;
/** Per ASCII code: ALNUM for letters and digits. */
const ASCII_CLASS = new Uint8Array(CharCode.FirstNonAscii);
for (let c = 0; c < CharCode.FirstNonAscii; c++) if (isAsciiAlnum(c)) ASCII_CLASS[c] = ALNUM;

const HYPHEN = 2;
/** One pass over a word: does it hold an ASCII capital, non-ASCII, a hyphen. */
function wordShape(text: string, start: number, end: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= CharCode.FirstNonAscii) shape |= NON_ASCII;
    else if (isAsciiUpper(c)) shape |= UPPER;
    else if (c === CharCode.Dash) shape |= HYPHEN;
  }
  return shape;
}

/** A short capitalised syllable, a hyphen and a short lowercase one (`Ki-moon`, `Jong-un`). */
const EAST_ASIAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;
/**
 * `Ki-moon` in `Ban Ki-moon`: right after a capitalised word, such a word is a given name, not a hyphenated
 * adjective (`Russian-held`); `flags` are the word's own so far (SPACED_BEFORE set when only spaces precede it).
 */
function givenNameAfter(t: WordStore, text: string, start: number, end: number, flags: number): boolean {
  return (flags & SPACED_BEFORE) !== 0 && t.n > 0 && t.cap(t.n - 1) && end - start <= 10 && EAST_ASIAN_GIVEN_NAME.test(text.slice(start, end));
}

/** `^\p{Ll}+\p{Lu}` on an ASCII word. */
function asciiCamel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isAsciiLower(text.charCodeAt(i))) i++;
  if (i === start || i >= end) return false;
  return isAsciiUpper(text.charCodeAt(i));
}

/** `-\p{Ll}` in an ASCII word. */
function asciiDashLower(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === CharCode.Dash && isAsciiLower(text.charCodeAt(i + 1))) return true;
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

function isHighSurrogate(c: number): boolean {
  return c >= CharCode.FirstHighSurrogate && c <= CharCode.LastHighSurrogate;
}

function isLowSurrogate(c: number): boolean {
  return c >= CharCode.FirstLowSurrogate && c <= CharCode.LastLowSurrogate;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== CharCode.Space && c !== CharCode.Tab && c !== CharCode.NoBreakSpace) return false;
  }
  return true;
}

/** The nearest non-space character before `at` opens a quote, bracket or clause (`:`, dash). */
function opensClause(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.Tab)) i--;
  if (i < floor) return false;
  switch (text.charCodeAt(i)) {
    case CharCode.DoubleQuote:
    case CharCode.LeftDoubleQuote:
    case CharCode.LeftSingleQuote:
    case CharCode.SingleQuote:
    case CharCode.OpenParen:
    case CharCode.OpenSquareBracket:
    case CharCode.Colon:
    case CharCode.EmDash:
    case CharCode.EnDash:
    case CharCode.Dash:
      return true;
    default:
      return false;
  }
}

/** Longest abbreviation that keeps its period: longer plain words need no string to rule out. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the word `text[start, end)` before a period keeps it (`U.S.`, `Mr.`, an initial). */
function keepsPeriod(text: string, start: number, end: number): boolean {
  const n = end - start;
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= CharCode.FirstNonAscii) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    const word = text.slice(start, end);
    return ONE_LETTER.test(word) || DOTTED_LETTERS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
  }
  if (n === 1) return isAsciiLetter(text.charCodeAt(start));
  // Letters with dots between them (`U.S`).
  if (n >= 3 && n % 2 === 1) {
    let dotted = true;
    for (let i = 0; i < n && dotted; i++) dotted = i % 2 === 0 ? isAsciiLetter(text.charCodeAt(start + i)) : text.charCodeAt(start + i) === CharCode.Period;
    if (dotted) return true;
  }
  return n <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** Whether token `i` equals its uppercase (`NATO`, `2009`): ASCII words hold no lowercase letter. */
export function allUpper(t: WordStore, i: number): boolean {
  if (t.has(i, NON_ASCII)) {
    const w = t.word(i);
    return w === w.toUpperCase();
  }
  for (let k = t.start[i]; k < t.end[i]; k++) if (isAsciiLower(t.text.charCodeAt(k))) return false;
  return true;
}

/** `^\p{L}+$` on token `i`. */
export function allLetters(t: WordStore, i: number): boolean {
  if (t.has(i, NON_ASCII)) return ALL_LETTERS.test(t.word(i));
  for (let k = t.start[i]; k < t.end[i]; k++) if (!isAsciiLetter(t.text.charCodeAt(k))) return false;
  return true;
}

