import { isAsciiLetter, isAsciiUpper, isDigit } from '../../text/charCodes';
import { guessTypeHint, type WordView } from './guessType';
import { creditRanges, isMenuLine } from './pageChrome';
import {
  ABBREVIATIONS, BOILERPLATE, CONNECTORS, GENERIC_PLACE_HEADS, NEVER_NAMES, DATE_WORDS, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, LAST_NAMES, ORG_NAMES,
  ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, TIME_ZONES, foldName, isKnownOrganization, isKnownPlace, isTitleHead, isTitleWord,
} from './nameRules';
import type { NameMention, Sentence } from '../../types';

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
const ANY_LETTER = /\p{L}/u;
const DIGIT_ORDINAL = /^\d+(st|nd|rd|th)$/i;
const LETTER_MAYBE_DOT = /^\p{L}\.?$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese|ish)$/u;
const SENTENCE_END = /[.!?]["'”’)]*$/;
const ADVERB_SHAPE = /(?:ally|ously|ively|edly|ingly|ing)$/;

/** `lower` without one final period. */
function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

// Token facts, one bit each.
/** Starts with a capital (or is camel-cased like `iPhone`) and is not a hyphenated adjective (`Russian-held`). */
const CAP = 1;
/** Ended by `'s`/`’s` (already removed from the token's end). */
const POSSESSIVE = 2;
/** First word of its sentence, of a headline, or right after an opening quote or colon: capitalised by position. */
const INITIAL = 4;
/** In a title-case or all-caps line: capitalised whatever it is. */
const HEADLINE = 8;
/** The next word is an organisation noun (`Fox` in `Fox News`). */
const BEFORE_ORG_WORD = 16;
/** Only spaces separate it from the previous word (no punctuation, quote or line break). */
const SPACED_BEFORE = 32;
/** Holds a character outside ASCII: facts about it are read from strings, not char codes. */
const NON_ASCII = 64;
/** Holds an ASCII capital: its lowercase is another string. */
const UPPER = 128;

/**
 * The words of one document as parallel arrays (offsets and a byte of facts per word) instead of an
 * object per word: a document has thousands of words and few are ever looked up by text. A word's
 * string and lowercase are made when first asked for. One store is reused by every call (findNames
 * runs to completion and is not re-entered).
 */
class Tokens implements WordView {
  text = '';
  n = 0;
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
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (size: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start, (size) => new Int32Array(size));
      this.end = grow(this.end, (size) => new Int32Array(size));
      this.flags = grow(this.flags, (size) => new Uint8Array(size));
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
      if (c < 65 || c > 90) return false;
    }
    return true;
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

/** Words a store keeps room for between documents (a long article has a few thousand). */
const KEPT_CAPACITY = 1 << 16;
const tokens = new Tokens();

/**
 * Finds names with a linear scan over capitalised word runs (plus connectors such as `of`, `and`
 * before an organisation noun). Sentence-initial and headline words count only with evidence from
 * the rest of the document; leading titles become descriptors; possessives are cut off.
 */
export function findNames(text: string, sentences: Sentence[]): NameMention[] {
  const t = tokens;
  t.reset(text);
  // Sentence i holds tokens [bounds[i], bounds[i + 1]).
  const bounds = new Int32Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) {
    tokenize(t, text, sentences[i]);
    bounds[i + 1] = t.n;
  }
  const headline = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) headline[i] = isHeadline(t, bounds[i], bounds[i + 1], text, sentences[i]) ? 1 : 0;
  const evidence = collectEvidence(t, bounds, headline);
  const out: NameMention[] = [];
  try {
    for (let i = 0; i < sentences.length; i++) {
      const from = bounds[i];
      const to = bounds[i + 1];
      if (headline[i]) {
        for (let k = from; k < to; k++) {
          t.flags[k] |= INITIAL | HEADLINE;
          if (k + 1 < to && t.cap(k + 1) && ORG_SUFFIXES.has(t.lower(k + 1))) t.flags[k] |= BEFORE_ORG_WORD;
        }
      }
      const s = sentences[i];
      if (isMenuLine(text, s.start, s.end)) continue;
      // Credits and wire tags split the sentence: names are found in the prose around them.
      const credits = creditRanges(text, s.start, s.end);
      let k = from;
      for (let c = 0; c < credits.length; c += 2) {
        let stop = k;
        while (stop < to && t.start[stop] < credits[c]) stop++;
        findRuns(t, k, stop, evidence, text, s.index, out);
        k = stop;
        while (k < to && t.start[k] < credits[c + 1]) k++;
      }
      findRuns(t, k, to, evidence, text, s.index, out);
    }
  } finally {
    t.reset('');
  }
  return out;
}

/** Appends the words of sentence `s` to `t`. */
function tokenize(t: Tokens, text: string, s: Sentence): void {
  const first = t.n;
  let pos = s.start;
  let prevEnd = -1;
  // Regexes run on the whole text from the sentence start (no slicing) with `test`, which builds no match
  // arrays: one finds where the next word starts, a sticky one where it ends. Plain char tests do the rest.
  for (;;) {
    // ASCII letters and digits are the only ASCII characters in [\p{L}\p{N}]: skip other ASCII by hand,
    // and ask the Unicode regexes only from a non-ASCII character on.
    let start = pos;
    let c = 0;
    while (start < s.end && (c = text.charCodeAt(start)) < 128 && !isAsciiAlnum(c)) start++;
    if (start >= s.end) break;
    if (c >= 128) {
      WORD_START.lastIndex = start;
      if (!WORD_START.test(text)) break;
      start = WORD_START.lastIndex - 1;
      // A letter outside the BMP is two code units.
      if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
      if (start >= s.end) break;
    }
    // Plain ASCII words are read by hand; WORD_AT runs only where a character outside ASCII may extend the word.
    scannedShape = -1;
    pos = c < 128 ? asciiWordEnd(text, start) : -1;
    if (pos < 0) {
      scannedShape = -1;
      WORD_AT.lastIndex = start;
      WORD_AT.test(text);
      pos = WORD_AT.lastIndex;
    }
    let end = Math.min(pos, s.end);
    if (text.charCodeAt(end - 1) === 46 && !keepsPeriod(text, start, end - 1)) end--;
    const rawEnd = end;
    let flags = 0;
    if (end - start > 2) {
      const c1 = text.charCodeAt(end - 1);
      const c2 = text.charCodeAt(end - 2);
      // `'s` / `’s`
      if ((c1 === 115 || c1 === 83) && (c2 === 39 || c2 === 0x2019)) {
        end -= 2;
        flags |= POSSESSIVE;
      }
    }
    // After only spaces, the character before the word ends the previous word: it opens no clause.
    if (prevEnd >= 0 && onlySpaces(text, prevEnd, start)) flags |= SPACED_BEFORE;
    else if (t.n === first || opensClause(text, start, s.start)) flags |= INITIAL;
    // The hand scan saw the word's characters: its shape holds unless the word was cut short.
    const shape = end === pos && scannedShape >= 0 ? scannedShape : wordShape(text, start, end);
    if ((shape & NON_ASCII) === 0) {
      // Plain ASCII: capitals, camel case and hyphens read from char codes, no string made.
      if ((shape & UPPER) !== 0) flags |= UPPER;
      const c0 = text.charCodeAt(start);
      const upperFirst = c0 >= 65 && c0 <= 90;
      const camel = !upperFirst && (shape & UPPER) !== 0 && asciiCamel(text, start, end);
      const hyphenAdjective = (shape & HYPHEN) !== 0 && asciiDashLower(text, start, end) && !(upperFirst && text.charCodeAt(start + 1) === 45) && !givenNameAfter(t, text, start, end, flags);
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
 * end are ASCII; -1 when a character outside ASCII is met (the regex decides then).
 */
function asciiWordEnd(text: string, start: number): number {
  const n = text.length;
  let j = start;
  let shape = 0;
  for (;;) {
    let c = 0;
    while (j < n && (c = text.charCodeAt(j)) < 128 && (ASCII_CLASS[c] & ALNUM) !== 0) {
      if (c <= 90 && c >= 65) shape |= UPPER;
      j++;
    }
    scannedShape = shape;
    if (j >= n) return j;
    if (c >= 128) return -1;
    // Joiners (`.`, `'`, `&`, `-`) continue the word before a letter or digit; a final `.` is kept.
    if (c !== 46 && c !== 39 && c !== 38 && c !== 45) return j;
    if (j + 1 >= n) return c === 46 ? j + 1 : j;
    const d = text.charCodeAt(j + 1);
    if (d >= 128) return -1;
    if (!isAsciiAlnum(d)) return c === 46 ? j + 1 : j;
    // `.` before a capital and a lowercase letter starts a new word (`Gov.Sarah`).
    if (c === 46 && d >= 65 && d <= 90 && j + 2 < n) {
      const e = text.charCodeAt(j + 2);
      if (e >= 128) return -1;
      if (isAsciiLower(e)) return j + 1;
    }
    if (c === 45) shape |= HYPHEN;
    j++;
  }
}

/** Shape (UPPER, HYPHEN) of the word `asciiWordEnd` last read, up to where it ended; -1 when unknown. */
let scannedShape = -1;
const ALNUM = 1;
/** Per ASCII code: ALNUM for letters and digits. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) ASCII_CLASS[c] = ALNUM;

const HYPHEN = 2;
/** One pass over a word: does it hold an ASCII capital, non-ASCII, a hyphen. */
function wordShape(text: string, start: number, end: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) shape |= NON_ASCII;
    else if (c >= 65 && c <= 90) shape |= UPPER;
    else if (c === 45) shape |= HYPHEN;
  }
  return shape;
}

/** A short capitalised syllable, a hyphen and a short lowercase one (`Ki-moon`, `Jong-un`). */
const EAST_ASIAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;
/**
 * `Ki-moon` in `Ban Ki-moon`: right after a capitalised word, such a word is a given name, not a hyphenated
 * adjective (`Russian-held`); `flags` are the word's own so far (SPACED_BEFORE set when only spaces precede it).
 */
function givenNameAfter(t: Tokens, text: string, start: number, end: number, flags: number): boolean {
  return (flags & SPACED_BEFORE) !== 0 && t.n > 0 && t.cap(t.n - 1) && end - start <= 10 && EAST_ASIAN_GIVEN_NAME.test(text.slice(start, end));
}

/** `^\p{Ll}+\p{Lu}` on an ASCII word. */
function asciiCamel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isAsciiLower(text.charCodeAt(i))) i++;
  if (i === start || i >= end) return false;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/** `-\p{Ll}` in an ASCII word. */
function asciiDashLower(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === 45 && isAsciiLower(text.charCodeAt(i + 1))) return true;
  return false;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}


function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The nearest non-space character before `at` opens a quote, bracket or clause (`:`, dash). */
function opensClause(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < floor) return false;
  switch (text.charCodeAt(i)) {
    case 34: // "
    case 0x201c: // “
    case 0x2018: // ‘
    case 39: // '
    case 40: // (
    case 91: // [
    case 58: // :
    case 0x2014: // —
    case 0x2013: // –
    case 45: // -
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
    if (text.charCodeAt(i) > 127) {
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
    for (let i = 0; i < n && dotted; i++) dotted = i % 2 === 0 ? isAsciiLetter(text.charCodeAt(start + i)) : text.charCodeAt(start + i) === 46;
    if (dotted) return true;
  }
  return n <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** Whether token `i` equals its uppercase (`NATO`, `2009`): ASCII words hold no lowercase letter. */
function allUpper(t: Tokens, i: number): boolean {
  if (t.has(i, NON_ASCII)) {
    const w = t.word(i);
    return w === w.toUpperCase();
  }
  for (let k = t.start[i]; k < t.end[i]; k++) if (isAsciiLower(t.text.charCodeAt(k))) return false;
  return true;
}

/** `^\p{L}+$` on token `i`. */
function allLetters(t: Tokens, i: number): boolean {
  if (t.has(i, NON_ASCII)) return ALL_LETTERS.test(t.word(i));
  for (let k = t.start[i]; k < t.end[i]; k++) if (!isAsciiLetter(t.text.charCodeAt(k))) return false;
  return true;
}

/** Title-case or all-caps lines (headlines, captions) carry no capitalisation evidence of their own. */
function isHeadline(t: Tokens, from: number, to: number, text: string, s: Sentence): boolean {
  if (to - from < 3) return false;
  // Sentences end with a full stop; headlines, captions and bylines do not (name-dense sentences are not headlines).
  if (SENTENCE_END.test(text.slice(Math.max(s.start, s.end - 3), s.end))) {
    let every = true;
    for (let i = from; i < to && every; i++) every = allUpper(t, i);
    if (!every) return false;
  }
  let long = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    if (t.length(i) < 3 || !allLetters(t, i)) continue;
    long++;
    if (t.cap(i)) caps++;
  }
  if (long < 3) return false;
  return caps / long >= 0.75;
}

export interface Evidence {
  /** Words seen capitalised in the middle of ordinary sentences (lowercased). */
  midCaps: Set<string>;
  /** Words seen in lowercase anywhere. */
  lowercase: Set<string>;
}

/**
 * Evidence is only ever asked about capitalised words at sentence starts and in headlines (other words
 * are names or not by their own case), and never about function words: only those words, with the
 * plural/singular variants `seenLowercase` tries, are collected. A bitmap over (length, first letter)
 * of the asked words spares hashing (or even making the string of) every other word of the document.
 */
function collectEvidence(t: Tokens, bounds: Int32Array, headline: Uint8Array): Evidence {
  const askedMid = new Set<string>();
  const askedLower = new Set<string>();
  const bits = EVIDENCE_BITS.fill(0);
  const mark = (w: string) => {
    const b = evidenceBit(w);
    bits[b >>> 5] |= 1 << (b & 31);
  };
  for (let s = 0; s + 1 < bounds.length; s++) {
    for (let i = bounds[s]; i < bounds[s + 1]; i++) {
      if (!t.cap(i) || !(t.has(i, INITIAL) || headline[s])) continue;
      const tl = t.lower(i);
      const lower = undotted(tl);
      if (FUNCTION_WORDS.has(lower) || BOILERPLATE.has(lower)) continue;
      askedMid.add(tl);
      mark(tl);
      for (const v of [lower, lower + 's', lower.endsWith('s') ? lower.slice(0, -1) : '', lower.endsWith('es') ? lower.slice(0, -2) : '']) {
        askedLower.add(v);
        mark(v);
      }
    }
  }
  const midCaps = new Set<string>();
  const lowercase = new Set<string>();
  if (askedMid.size === 0) return { midCaps, lowercase };
  for (let s = 0; s + 1 < bounds.length; s++) {
    for (let i = bounds[s]; i < bounds[s + 1]; i++) {
      const b = tokenEvidenceBit(t, i);
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
      if (!t.cap(i)) {
        const l = t.lower(i);
        if (askedLower.has(l)) lowercase.add(l);
      } else if (!t.has(i, INITIAL) && !headline[s] && askedMid.has(t.lower(i))) midCaps.add(t.lower(i));
    }
  }
  return { midCaps, lowercase };
}

/** Scratch bitmap of the words asked about (one document at a time). */
const EVIDENCE_BITS = new Uint32Array(1024);
/** A bit for a word's length, first and last letter, in a bitmap of 32,768. */
function evidenceBit(w: string): number {
  return ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
}

/** `evidenceBit` of token `i`'s lowercase, from char codes when the word is ASCII. */
function tokenEvidenceBit(t: Tokens, i: number): number {
  if (t.has(i, NON_ASCII)) return evidenceBit(t.lower(i));
  let first = t.firstCode(i);
  if (first >= 65 && first <= 90) first += 32;
  let last = t.text.charCodeAt(t.end[i] - 1);
  if (last >= 65 && last <= 90) last += 32;
  return ((t.length(i) & 31) << 10) | ((first & 31) << 5) | (last & 31);
}

function inLexicon(lower: string): boolean {
  return FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || PLACE_NAMES.has(lower) || ORG_NAMES.has(lower);
}

/** A given name, a place or an organisation of the word lists (surnames are too often common words: `Price`). */
function knownName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || ORG_NAMES.has(lower) || isKnownPlace(foldName(lower));
}

/** Whether a capitalised word may be (part of) a name given its position. */
function nameLike(t: Tokens, i: number, ev: Evidence, continues: boolean): boolean {
  if (!t.cap(i)) return false;
  if (!t.has(i, INITIAL)) return true;
  const lower = undotted(t.lower(i));
  if (FUNCTION_WORDS.has(lower) || BOILERPLATE.has(lower)) return false;
  if (ev.midCaps.has(t.lower(i)) || inLexicon(lower)) return true;
  if (seenLowercase(lower, ev)) return false;
  // In headlines an unknown word counts only as part of an organisation name (`Fox News`).
  if (t.has(i, HEADLINE)) return ORG_SUFFIXES.has(lower) || t.has(i, BEFORE_ORG_WORD);
  if (!continues && ADVERB_SHAPE.test(lower)) return false;
  return true;
}

/** The word or a plural/singular variant of it occurs in lowercase (`Trips` when `trip` is used). */
function seenLowercase(lower: string, ev: Evidence): boolean {
  return ev.lowercase.has(lower) || ev.lowercase.has(lower + 's') || (lower.endsWith('s') && ev.lowercase.has(lower.slice(0, -1))) || (lower.endsWith('es') && ev.lowercase.has(lower.slice(0, -2)));
}

/** `Residents of …`, `Shares of …` at sentence start: a common noun unless known as a name or name noun. */
function commonNounBeforeOf(t: Tokens, i: number, to: number, ev: Evidence): boolean {
  if (!t.has(i, INITIAL) || i + 1 >= to || CONNECTORS.has(t.lower(i + 1)) === false) return false;
  const lower = t.lower(i);
  return !(ev.midCaps.has(lower) || inLexicon(lower) || ORG_SUFFIXES.has(lower) || PLACE_SUFFIXES.has(lower));
}

/**
 * A capitalised word that begins a known place or organisation of two or three words before `last`
 * (`New Orleans`, `New Zealand` at a sentence start, where `New` alone would be a common word).
 */
function startsKnownName(t: Tokens, i: number, last: number): boolean {
  if (!t.cap(i) || i + 1 >= last || !t.cap(i + 1) || !spaced(t, i + 1)) return false;
  let phrase = t.lower(i);
  for (let j = i + 1; j < last && j < i + 3 && t.cap(j) && spaced(t, j); j++) {
    phrase += ' ' + t.lower(j);
    const folded = foldName(phrase);
    if (isKnownPlace(folded) || isKnownOrganization(folded)) return true;
  }
  return false;
}

/** Token `i`'s lowercase ends with `ing`. */
function endsWithIng(t: Tokens, i: number): boolean {
  if (t.has(i, NON_ASCII)) return t.lower(i).endsWith('ing');
  const e = t.end[i];
  if (e - t.start[i] < 3) return false;
  const text = t.text;
  return (text.charCodeAt(e - 3) | 32) === 105 && (text.charCodeAt(e - 2) | 32) === 110 && (text.charCodeAt(e - 1) | 32) === 103;
}

/** Token `i` starts with a capital letter (`Nations-run`, which is no capitalised word: `cap` is false). */
function isUpperStart(t: Tokens, i: number): boolean {
  if (t.has(i, NON_ASCII)) {
    const w = t.word(i);
    return w[0] !== w[0].toLowerCase();
  }
  return isAsciiUpper(t.firstCode(i));
}

/** A word starting with a digit that holds a letter and is not an ordinal (`4th`): part of a name (`F16s`, `3M`). */
function digitNameWord(t: Tokens, i: number): boolean {
  if (!isDigit(t.firstCode(i))) return false;
  const w = t.word(i);
  return ANY_LETTER.test(w) && !DIGIT_ORDINAL.test(w);
}

/**
 * Maximal runs of name-like words joined by spaces, allowing connectors between them, in sentence
 * tokens [first, last); each becomes a mention when it holds one.
 */
function findRuns(t: Tokens, first: number, last: number, ev: Evidence, text: string, sentence: number, out: NameMention[]): void {
  let i = first;
  while (i < last) {
    // `Under` in `… Remain Neutral Under Acme` is title case, not the start of a name.
    const titleCaseBreak = t.cap(i) && TITLE_CASE_BREAKS.has(t.lower(i)) && i + 1 < last && t.cap(i + 1);
    // `Acquiring Acme …`: a sentence-initial -ing word starts a name only before an organisation or place noun.
    const continues = i + 1 < last && t.cap(i + 1) && (!endsWithIng(t, i) || ORG_SUFFIXES.has(t.lower(i + 1)) || PLACE_SUFFIXES.has(t.lower(i + 1)));
    if (titleCaseBreak || ((!nameLike(t, i, ev, continues) || commonNounBeforeOf(t, i, last, ev)) && !startsKnownName(t, i, last))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < last) {
      if (!spaced(t, j)) break;
      const cap = t.cap(j);
      if (cap && t.has(j, INITIAL) && !nameLike(t, j, ev, false)) break;
      if (cap && TITLE_CASE_BREAKS.has(t.lower(j))) break;
      if (cap || digitNameWord(t, j)) {
        j++;
        continue;
      }
      const k = connectorEnd(t, j, i, last);
      if (k > j) {
        j = k;
        continue;
      }
      break;
    }
    // `United` in `United Nations-run school`: the first words of a modifier, not a name of their own.
    if (!(j < last && spaced(t, j) && !t.cap(j) && isUpperStart(t, j) && !isTitleWord(t.lower(j)))) addMention(t, text, sentence, first, last, i, j, ev, out);
    i = j;
  }
}

/** Capitalised only in title-case text (`Victory Against Rivals`): never inside a name. */
const TITLE_CASE_BREAKS = new Set(['against', 'under', 'with', 'without', 'from', 'into', 'over', 'after', 'before', 'past', 'in', 'on', 'at', 'to', 'by', 'as', 'is', 'are', 'was', 'were', 'will', 'says', 'said']);

/** Token `b` directly follows token `b - 1` with only spaces between (a possessive ends a name). */
function spaced(t: Tokens, b: number): boolean {
  return t.has(b, SPACED_BEFORE) && !t.has(b - 1, POSSESSIVE);
}

/** Abbreviated legal forms that end a company's name. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv']);

/** Longest connector (`della`): longer words need no string to rule out. */
const LONGEST_CONNECTOR = Math.max(3, ...[...CONNECTORS].map((c) => c.length));

/** Index after `of`/`of the`/`and …` when a capitalised word follows and the connector may join; else `j`. */
function connectorEnd(t: Tokens, j: number, runStart: number, last: number): number {
  if (!t.has(j, NON_ASCII) && t.length(j) > LONGEST_CONNECTOR) return j;
  const lower = t.lower(j);
  const and = lower === 'and' || t.word(j) === '&';
  let k = j;
  if (and) {
    k = j + 1;
  } else if (CONNECTORS.has(lower)) {
    // `Bank of America`, `Agency for International Development`; never `Tyler Hansbrough of North Carolina`
    // nor `director in Gaza for UNRWA`: `of` and `for` join only after a name noun.
    if ((lower === 'of' || lower === 'for') && !nameNounIn(t, runStart, j)) return j;
    k = j + 1;
    if (k < last && t.lower(k) === 'the' && (lower === 'of' || lower === 'for')) k++;
  } else return j;
  if (k >= last || !t.cap(k) || !spaced(t, k) || !spaced(t, j)) return j;
  // A legal form ends a company's name: `Acme Inc. for US investors` stops at `Inc.`.
  if (LEGAL_FORMS.has(undotted(t.lower(j - 1)))) return j;
  let end = k;
  while (end < last && t.cap(end) && (end === k || spaced(t, end)) && !t.has(end - 1, POSSESSIVE)) end++;
  if (and) {
    // `and` joins only organisation names (`Security and Defence Council`), never two names.
    let hasOf = false;
    for (let x = runStart; x < j && !hasOf; x++) hasOf = t.lower(x) === 'of';
    const lastLower = t.lower(end - 1);
    if (!ORG_SUFFIXES.has(lastLower) && !(hasOf && end - k === 1 && lastLower.endsWith('s'))) return j;
  }
  if (DATE_WORDS.has(t.lower(k))) return j;
  return end;
}

/** A word of tokens [from, to) is a noun that names take `of`/`for` after (`Bank`, `Sea`, `Secretary`, `Agency`). */
function nameNounIn(t: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = undotted(t.lower(i));
    const singular = l.endsWith('s') ? l.slice(0, -1) : l;
    if (ORG_SUFFIXES.has(l) || ORG_SUFFIXES.has(singular) || PLACE_SUFFIXES.has(l) || GENERIC_PLACE_HEADS.has(l) || OF_HEADS.has(l) || isTitleHead(l)) return true;
  }
  return false;
}

/** Other nouns followed by `of` in names (`House of Commons`, `Statue of Liberty`, `Duke of York`). */
const OF_HEADS = new Set(['house', 'houses', 'chamber', 'republic', 'kingdom', 'duke', 'duchess', 'earl', 'isle', 'statue', 'tower', 'palace', 'castle', 'temple', 'order', 'day', 'battle', 'war', 'treaty', 'player', 'bureau', 'centers', 'friends', 'sisters', 'knights', 'people']);

/** `^\p{L}\.?$` on token `i` (an initial). */
function letterMaybeDot(t: Tokens, i: number): boolean {
  if (t.has(i, NON_ASCII)) return LETTER_MAYBE_DOT.test(t.word(i));
  const n = t.length(i);
  return (n === 1 || (n === 2 && t.text.charCodeAt(t.start[i] + 1) === 46)) && isAsciiLetter(t.firstCode(i));
}

/**
 * Appends the mention in run [from, to) of sentence tokens [first, last), if any, and the name of whom a
 * title before it belongs to (`Los Angeles Angels` in `Los Angeles Angels GM Tony Reagins`, `US` in
 * `US President-elect Barack Obama`).
 */
function addMention(t: Tokens, text: string, sentence: number, first: number, last: number, from: number, to: number, ev: Evidence, out: NameMention[]): void {
  const mention = toMention(t, text, sentence, first, last, from, to, ev);
  if (!mention) return;
  const owner = mention.ownerEnd;
  if (owner !== undefined) {
    delete mention.ownerEnd;
    const ownerMention = toMention(t, text, sentence, first, last, mention.ownerStart!, owner, ev);
    if (ownerMention) out.push(stripBuildFields(ownerMention));
  }
  delete mention.ownerStart;
  out.push(mention);
  const affiliation = mention.affiliationStart;
  if (affiliation !== undefined) {
    const end = mention.affiliationEnd!;
    delete mention.affiliationStart;
    delete mention.affiliationEnd;
    const affiliationMention = toMention(t, text, sentence, first, last, affiliation, end, ev);
    if (affiliationMention) out.push(stripBuildFields(affiliationMention));
  }
}

/**
 * A mention and, while it is being built, where the name owning its title is (`Los Angeles Angels` in
 * `Los Angeles Angels GM Tony Reagins`) and the name after `of` it is affiliated with (token indices).
 */
type BuiltMention = NameMention & { ownerStart?: number; ownerEnd?: number; affiliationStart?: number; affiliationEnd?: number };

function stripBuildFields(m: BuiltMention): NameMention {
  delete m.ownerStart;
  delete m.ownerEnd;
  delete m.affiliationStart;
  delete m.affiliationEnd;
  return m;
}

/** The mention in run [from, to) of sentence tokens [first, last), if any. */
function toMention(t: Tokens, text: string, sentence: number, first: number, last: number, from: number, to: number, ev: Evidence): BuiltMention | undefined {
  // Trailing connectors never end a name.
  while (to > from && !t.cap(to - 1) && !isDigit(t.firstCode(to - 1))) to--;
  // Leading function words capitalised by position (`The Kremlin` at sentence start, `During`).
  while (from < to && t.has(from, INITIAL) && !nameLike(t, from, ev, to - from > 1) && !startsKnownName(t, from, to)) from++;
  while (from < to && FUNCTION_WORDS.has(t.lower(from)) && to - from > 1 && t.has(from, INITIAL) && !startsKnownName(t, from, to)) from++;
  // Dates belong to the date module.
  while (from < to && DATE_WORDS.has(undotted(t.lower(from)))) from++;
  while (to > from && DATE_WORDS.has(undotted(t.lower(to - 1)))) to--;
  while (to > from && TIME_ZONES.has(t.lower(to - 1))) to--;
  while (from < to && !t.cap(from)) from++;
  if (from >= to) return undefined;
  const fullFrom = from;
  const nameFrom = titleEnd(t, from, to);
  if (nameFrom >= to) return undefined;
  let start = nameFrom;
  while (start < to && !t.cap(start)) start++;
  if (start >= to) return undefined;
  let affiliationStart = -1;
  let affiliationEnd = -1;
  if (start > fullFrom) {
    // `Dr Jane Roe of Acme University`: a titled person ends before `of`; what follows is a name of its own.
    for (let i = start + 1; i < to; i++) {
      if (t.lower(i) === 'of') {
        affiliationStart = i + 1 < to && t.lower(i + 1) === 'the' ? i + 2 : i + 1;
        affiliationEnd = to;
        to = i;
        break;
      }
    }
  }
  // `American Hasim Rahman`: a demonym before a given name and a surname says where the person is from.
  if (to - start >= 3 && to - start <= 4 && isDemonymAt(t, start) && plainPersonWords(t, start + 1, to)) start++;
  let describes = true;
  for (let i = start; i < to && describes; i++) describes = DEMONYMS.has(t.lower(i)) || isTitleWord(t.lower(i));
  if (describes) return undefined;
  // `Freedonian president …`: a demonym-shaped word before a title describes, it is not a name.
  if (to - start === 1 && isDemonymAt(t, start) && to < last && !t.cap(to) && isTitleHead(t.lower(to))) return undefined;
  if (to - start === 1 && (FUNCTION_WORDS.has(t.lower(start)) || letterMaybeDot(t, start))) return undefined;
  const lookback = lowercaseTitlesBefore(t, first, fullFrom);
  const descriptors: string[] = [];
  let fullStart = t.start[start];
  if (lookback < fullFrom) {
    descriptors.push(text.slice(t.start[lookback], t.end[fullFrom - 1]));
    fullStart = t.start[lookback];
  }
  if (start > fullFrom) {
    // The words between the full start and the name (`Russian President`).
    descriptors.push(text.slice(t.start[fullFrom], t.end[start - 1]));
    fullStart = Math.min(fullStart, t.start[fullFrom]);
  }
  const startOffset = t.start[start];
  const endOffset = t.end[to - 1];
  let positional = false;
  if (to - start === 1) {
    const lower = undotted(t.lower(start));
    if (NEVER_NAMES.has(lower)) return undefined;
    positional = t.has(start, INITIAL) && !t.isAcronym(start) && !ev.midCaps.has(t.lower(start)) && !knownName(lower);
  }
  const mention: BuiltMention = {
    start: startOffset,
    end: endOffset,
    text: text.slice(startOffset, endOffset),
    sentence,
    typeHint: guessTypeHint(t, start, to, descriptors, start > first ? start - 1 : -1, last, to < last && commaBetween(text, endOffset, t.start[to]), first),
    descriptors,
    fullStart,
  };
  if (positional) mention.positional = true;
  if (start > fullFrom) {
    // Capitalised words before the first title word name who the title belongs to, unless they only describe.
    let titleAt = fullFrom;
    while (titleAt < start && !isTitleWord(t.lower(titleAt))) titleAt++;
    let owns = false;
    for (let i = fullFrom; i < titleAt && !owns; i++) owns = t.cap(i) && !isDemonymAt(t, i);
    if (owns && titleAt < start) {
      mention.ownerStart = fullFrom;
      mention.ownerEnd = titleAt;
    }
  }
  if (affiliationStart >= 0 && affiliationStart < affiliationEnd) {
    mention.affiliationStart = affiliationStart;
    mention.affiliationEnd = affiliationEnd;
  }
  return mention;
}

/** Adjectives that start organisations' names (`National Guard`, `Royal Navy`), never people's. */
const ORG_ADJECTIVES = new Set(['national', 'federal', 'royal', 'central', 'united', 'democratic', 'republican', 'liberal', 'socialist', 'communist', 'islamic', 'christian', 'catholic', 'orthodox', 'supreme', 'international', 'general', 'public', 'state', 'free', 'red', 'popular', 'revolutionary', 'people\'s', 'new']);

/** Tokens [from, to) hold no name noun, connector or known place or organisation: shaped like a person's name. */
function plainPersonWords(t: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = undotted(t.lower(i));
    if (!t.cap(i) || ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l) || CONNECTORS.has(l) || PLACE_NAMES.has(l) || ORG_NAMES.has(l) || ORG_ADJECTIVES.has(l)) return false;
  }
  return true;
}

/** A comma in `text[from, to)`, found without copying it. */
function commaBetween(text: string, from: number, to: number): boolean {
  const comma = text.indexOf(',', from);
  return comma >= 0 && comma < to;
}

/**
 * Index of the first name word after leading titles (`Russian President`, `Colonel General`,
 * `Secretary of State`, `Alaska Gov.`): the last title word followed only by a person-like name.
 */
function titleEnd(t: Tokens, from: number, to: number): number {
  let best = from;
  for (let i = from; i < to - 1; i++) {
    if (!isTitleHead(t.lower(i))) continue;
    let j = i + 1;
    if (t.lower(j) === 'of' && j + 2 < to) j += 2; // `Secretary of State`
    let restEnd = j;
    while (restEnd < to && t.lower(restEnd) !== 'of') restEnd++;
    // `General Motors`, `Major League`: a title followed by an organisation is part of its name.
    let personLike = restEnd > j && restEnd - j <= 4;
    for (let x = j; x < restEnd && personLike; x++) {
      const l = t.lower(x);
      personLike = !(isTitleHead(l) || ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l) || l === 'of');
    }
    if (personLike) best = j;
  }
  return best;
}

/** Known demonyms, and unknown capitalised adjectives shaped like one (`Freedonian`, `Veltese`). */
export function isDemonym(t: { lower: string; cap: boolean }): boolean {
  return DEMONYMS.has(t.lower) || (t.cap && DEMONYM_SHAPE.test(t.lower));
}

function isDemonymAt(t: Tokens, i: number): boolean {
  return DEMONYMS.has(t.lower(i)) || (t.cap(i) && DEMONYM_SHAPE.test(t.lower(i)));
}

/** Start of lowercase titles and demonyms right before a name (`Ukrainian president Volodymyr Zelensky`). */
function lowercaseTitlesBefore(t: Tokens, first: number, from: number): number {
  let i = from;
  let sawHead = false;
  while (i > first) {
    const p = i - 1;
    if (!spaced(t, i) || t.has(p, POSSESSIVE)) break;
    const lower = t.lower(p);
    if (isTitleWord(lower) && (!t.cap(p) || !sawHead)) {
      if (isTitleHead(lower)) sawHead = true;
      i--;
    } else if (isDemonymAt(t, p) && sawHead) i--;
    else break;
  }
  return sawHead ? i : from;
}
