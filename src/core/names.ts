import { guessTypeHint } from './entityTypes';
import {
  ABBREVIATIONS, BOILERPLATE, CONNECTORS, DATE_WORDS, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, LAST_NAMES, ORG_NAMES,
  ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, TIME_ZONES, isTitleHead, isTitleWord,
} from './nameRules';
import type { NameMention, Sentence } from './types';

/** One word of a sentence, with the facts the finder needs. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital (or is camel-cased like `iPhone`) and is not a hyphenated adjective (`Russian-held`). */
  cap: boolean;
  /** Ended by `'s`/`’s` (already removed from `end`/`text`). */
  possessive: boolean;
  /** First word of its sentence, of a headline, or right after an opening quote or colon: capitalised by position. */
  initial: boolean;
  /** In a title-case or all-caps line: capitalised whatever it is. */
  headline?: boolean;
  /** The next word is an organisation noun (`Fox` in `Fox News`). */
  beforeOrgWord?: boolean;
  /** Only spaces separate it from the previous word (no punctuation, quote or line break). */
  spacedBefore: boolean;
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
const ANY_LETTER = /\p{L}/u;
const DIGIT_ORDINAL = /^\d+(st|nd|rd|th)$/i;
const LETTER_MAYBE_DOT = /^\p{L}\.?$/u;
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese|ish)$/u;
const SENTENCE_END = /[.!?]["'”’)]*$/;
const ADVERB_SHAPE = /(?:ally|ously|ively|edly|ingly|ing)$/;

/** `lower` without one final period. */
function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/**
 * Finds names with a linear scan over capitalised word runs (plus connectors such as `of`, `and`
 * before an organisation noun). Sentence-initial and headline words count only with evidence from
 * the rest of the document; leading titles become descriptors; possessives are cut off.
 */
export function findNames(text: string, sentences: Sentence[]): NameMention[] {
  const tokenized = sentences.map((s) => tokenize(text, s));
  const headline = tokenized.map((tokens, i) => isHeadline(tokens, text, sentences[i]));
  const evidence = collectEvidence(tokenized, headline);
  const out: NameMention[] = [];
  tokenized.forEach((tokens, i) => {
    if (headline[i]) {
      tokens.forEach((t, k) => {
        t.initial = t.headline = true;
        t.beforeOrgWord = k + 1 < tokens.length && tokens[k + 1].cap && ORG_SUFFIXES.has(tokens[k + 1].lower);
      });
    }
    for (const run of findRuns(tokens, evidence)) {
      const mention = toMention(text, sentences[i].index, tokens, run, evidence);
      if (mention) out.push(mention);
    }
  });
  return out;
}

export function tokenize(text: string, s: Sentence): Token[] {
  const tokens: Token[] = [];
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
    // A run of ASCII letters and digits ended by ASCII other than a word joiner (`.`, `'`, `&`, `-`) is the whole word.
    let j = start;
    if (c < 128) while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
    const after = j < text.length ? text.charCodeAt(j) : 32;
    if (j > start && after < 128 && after !== 46 && after !== 39 && after !== 38 && after !== 45) pos = j;
    else {
      WORD_AT.lastIndex = start;
      WORD_AT.test(text);
      pos = WORD_AT.lastIndex;
    }
    let end = Math.min(pos, s.end);
    if (text.charCodeAt(end - 1) === 46 && !keepsPeriod(text.slice(start, end - 1))) end--;
    const rawEnd = end;
    let possessive = false;
    if (end - start > 2) {
      const c1 = text.charCodeAt(end - 1);
      const c2 = text.charCodeAt(end - 2);
      // `'s` / `’s`
      if ((c1 === 115 || c1 === 83) && (c2 === 39 || c2 === 0x2019)) {
        end -= 2;
        possessive = true;
      }
    }
    const word = text.slice(start, end);
    // toLowerCase copies even an all-lowercase word: most words share one string for both.
    const shape = wordShape(text, start, end);
    const lower = (shape & UPPER_OR_NON_ASCII) !== 0 ? word.toLowerCase() : word;
    const upperFirst = word.charCodeAt(0) !== lower.charCodeAt(0);
    const camel = !upperFirst && word !== lower && CAMEL.test(word);
    const hyphenAdjective = (shape & HYPHEN) !== 0 && DASH_LOWER.test(word) && !UPPER_DASH.test(word);
    tokens.push({
      start,
      end,
      text: word,
      lower,
      cap: (upperFirst || camel) && !hyphenAdjective,
      possessive,
      initial: tokens.length === 0 || opensClause(text, start, s.start),
      // Set for headlines by findNames; present from the start so every token has one shape.
      headline: false,
      beforeOrgWord: false,
      spacedBefore: prevEnd >= 0 && onlySpaces(text, prevEnd, start),
    });
    prevEnd = rawEnd;
  }
  return tokens;
}

const UPPER_OR_NON_ASCII = 1;
const HYPHEN = 2;
/** One pass over a word: does it hold an ASCII capital or non-ASCII (only then can lowercasing change it), a hyphen. */
function wordShape(text: string, start: number, end: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) shape |= UPPER_OR_NON_ASCII;
    else if (c === 45) shape |= HYPHEN;
  }
  return shape;
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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

function keepsPeriod(word: string): boolean {
  return ONE_LETTER.test(word) || DOTTED_LETTERS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Title-case or all-caps lines (headlines, captions) carry no capitalisation evidence of their own. */
function isHeadline(tokens: Token[], text: string, s: Sentence): boolean {
  if (tokens.length < 3) return false;
  // Sentences end with a full stop; headlines, captions and bylines do not (name-dense sentences are not headlines).
  if (SENTENCE_END.test(text.slice(Math.max(s.start, s.end - 3), s.end)) && !tokens.every((t) => t.text === t.text.toUpperCase())) return false;
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.text.length < 3 || !ALL_LETTERS.test(t.text)) continue;
    long++;
    if (t.cap) caps++;
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
 * of the asked words spares hashing every other word of the document.
 */
function collectEvidence(tokenized: Token[][], headline: boolean[]): Evidence {
  const askedMid = new Set<string>();
  const askedLower = new Set<string>();
  const bits = new Uint32Array(EVIDENCE_BITMAP_WORDS);
  const mark = (w: string) => {
    const b = evidenceBit(w);
    bits[b >>> 5] |= 1 << (b & 31);
  };
  tokenized.forEach((tokens, i) => {
    for (const t of tokens) {
      if (!t.cap || !(t.initial || headline[i])) continue;
      const lower = undotted(t.lower);
      if (FUNCTION_WORDS.has(lower) || BOILERPLATE.has(lower)) continue;
      askedMid.add(t.lower);
      mark(t.lower);
      for (const v of [lower, lower + 's', lower.endsWith('s') ? lower.slice(0, -1) : '', lower.endsWith('es') ? lower.slice(0, -2) : '']) {
        askedLower.add(v);
        mark(v);
      }
    }
  });
  const midCaps = new Set<string>();
  const lowercase = new Set<string>();
  if (askedMid.size === 0) return { midCaps, lowercase };
  tokenized.forEach((tokens, i) => {
    for (const t of tokens) {
      const b = evidenceBit(t.lower);
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
      if (!t.cap) {
        if (askedLower.has(t.lower)) lowercase.add(t.lower);
      } else if (!t.initial && !headline[i] && askedMid.has(t.lower)) midCaps.add(t.lower);
    }
  });
  return { midCaps, lowercase };
}

const EVIDENCE_BITMAP_WORDS = 64;
/** A bit for a word's length and first letter, in a bitmap of 2048. */
function evidenceBit(w: string): number {
  return ((w.length & 31) << 6) | (w.charCodeAt(0) & 63);
}

function inLexicon(lower: string): boolean {
  return FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || PLACE_NAMES.has(lower) || ORG_NAMES.has(lower);
}

/** Whether a capitalised word may be (part of) a name given its position. */
function nameLike(t: Token, ev: Evidence, continues: boolean): boolean {
  if (!t.cap) return false;
  if (!t.initial) return true;
  const lower = undotted(t.lower);
  if (FUNCTION_WORDS.has(lower) || BOILERPLATE.has(lower)) return false;
  if (ev.midCaps.has(t.lower) || inLexicon(lower)) return true;
  if (seenLowercase(lower, ev)) return false;
  // In headlines an unknown word counts only as part of an organisation name (`Fox News`).
  if (t.headline) return ORG_SUFFIXES.has(lower) || t.beforeOrgWord === true;
  if (!continues && ADVERB_SHAPE.test(lower)) return false;
  return true;
}

/** The word or a plural/singular variant of it occurs in lowercase (`Trips` when `trip` is used). */
function seenLowercase(lower: string, ev: Evidence): boolean {
  return ev.lowercase.has(lower) || ev.lowercase.has(lower + 's') || (lower.endsWith('s') && ev.lowercase.has(lower.slice(0, -1))) || (lower.endsWith('es') && ev.lowercase.has(lower.slice(0, -2)));
}

/** `Residents of …`, `Shares of …` at sentence start: a common noun unless known as a name or name noun. */
function commonNounBeforeOf(tokens: Token[], i: number, ev: Evidence): boolean {
  const t = tokens[i];
  if (!t.initial || i + 1 >= tokens.length || CONNECTORS.has(tokens[i + 1].lower) === false) return false;
  return !(ev.midCaps.has(t.lower) || inLexicon(t.lower) || ORG_SUFFIXES.has(t.lower) || PLACE_SUFFIXES.has(t.lower));
}

interface Run {
  from: number;
  /** Exclusive. */
  to: number;
}

/** Maximal runs of name-like words joined by spaces, allowing connectors between them. */
function findRuns(tokens: Token[], ev: Evidence): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // `Under` in `… Remain Neutral Under Acme` is title case, not the start of a name.
    const titleCaseBreak = tokens[i].cap && TITLE_CASE_BREAKS.has(tokens[i].lower) && i + 1 < tokens.length && tokens[i + 1].cap;
    // `Acquiring Acme …`: a sentence-initial -ing word starts a name only before an organisation or place noun.
    const next = tokens[i + 1];
    const continues = next !== undefined && next.cap && (!/ing$/.test(tokens[i].lower) || ORG_SUFFIXES.has(next.lower) || PLACE_SUFFIXES.has(next.lower));
    if (titleCaseBreak || !nameLike(tokens[i], ev, continues) || commonNounBeforeOf(tokens, i, ev)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1];
      const t = tokens[j];
      if (!spaced(prev, t)) break;
      if (t.cap && t.initial && !nameLike(t, ev, false)) break;
      if (t.cap && TITLE_CASE_BREAKS.has(t.lower)) break;
      if (t.cap || (isDigit(t.text.charCodeAt(0)) && ANY_LETTER.test(t.text) && !DIGIT_ORDINAL.test(t.text))) {
        j++;
        continue;
      }
      const k = connectorEnd(tokens, j, i);
      if (k > j) {
        j = k;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** Capitalised only in title-case text (`Victory Against Rivals`): never inside a name. */
const TITLE_CASE_BREAKS = new Set(['against', 'under', 'with', 'without', 'from', 'into', 'over', 'after', 'before', 'past', 'in', 'on', 'at', 'to', 'by', 'as', 'is', 'are', 'was', 'were', 'will', 'says', 'said']);

/** `b` directly follows `a` with only spaces between (a possessive ends a name). */
function spaced(a: Token, b: Token, _tokens?: Token[]): boolean {
  return b.spacedBefore && !a.possessive;
}

/** Index after `of`/`of the`/`and …` when a capitalised word follows and the connector may join; else `j`. */
function connectorEnd(tokens: Token[], j: number, runStart: number): number {
  const t = tokens[j];
  let k = j;
  if (t.lower === 'and' || t.text === '&') {
    k = j + 1;
  } else if (CONNECTORS.has(t.lower)) {
    k = j + 1;
    if (k < tokens.length && tokens[k].lower === 'the' && (t.lower === 'of' || t.lower === 'for')) k++;
  } else return j;
  if (k >= tokens.length || !tokens[k].cap || !spaced(tokens[k - 1], tokens[k], tokens) || !spaced(tokens[j - 1], tokens[j], tokens)) return j;
  let end = k;
  while (end < tokens.length && tokens[end].cap && (end === k || spaced(tokens[end - 1], tokens[end], tokens)) && !tokens[end - 1].possessive) end++;
  if (t.lower === 'and' || t.text === '&') {
    // `and` joins only organisation names (`Security and Defence Council`), never two names.
    const hasOf = tokens.slice(runStart, j).some((x) => x.lower === 'of');
    const last = tokens[end - 1].lower;
    if (!ORG_SUFFIXES.has(last) && !(hasOf && end - k === 1 && /s$/.test(last))) return j;
  }
  if (DATE_WORDS.has(tokens[k].lower)) return j;
  return end;
}

function toMention(text: string, sentence: number, tokens: Token[], run: Run, ev: Evidence): NameMention | undefined {
  let { from, to } = run;
  // Trailing connectors never end a name.
  while (to > from && !tokens[to - 1].cap && !isDigit(tokens[to - 1].text.charCodeAt(0))) to--;
  // Leading function words capitalised by position (`The Kremlin` at sentence start, `During`).
  while (from < to && tokens[from].initial && !nameLike(tokens[from], ev, to - from > 1)) from++;
  while (from < to && FUNCTION_WORDS.has(tokens[from].lower) && to - from > 1 && tokens[from].initial) from++;
  // Dates belong to the date module.
  while (from < to && DATE_WORDS.has(undotted(tokens[from].lower))) from++;
  while (to > from && DATE_WORDS.has(undotted(tokens[to - 1].lower))) to--;
  while (to > from && TIME_ZONES.has(tokens[to - 1].lower)) to--;
  while (from < to && !tokens[from].cap) from++;
  if (from >= to) return undefined;
  const fullFrom = from;
  const nameFrom = titleEnd(tokens, from, to);
  if (nameFrom >= to) return undefined;
  let start = nameFrom;
  while (start < to && !tokens[start].cap) start++;
  if (start >= to) return undefined;
  if (start > fullFrom) {
    // `Dr Jane Roe of Acme University`: a titled person ends before `of`.
    for (let i = start + 1; i < to; i++) {
      if (tokens[i].lower === 'of') {
        to = i;
        break;
      }
    }
  }
  const nameTokens = tokens.slice(start, to);
  if (nameTokens.every((t) => DEMONYMS.has(t.lower) || isTitleWord(t.lower))) return undefined;
  // `Freedonian president …`: a demonym-shaped word before a title describes, it is not a name.
  if (nameTokens.length === 1 && isDemonym(nameTokens[0]) && to < tokens.length && !tokens[to].cap && isTitleHead(tokens[to].lower)) return undefined;
  if (nameTokens.length === 1 && (FUNCTION_WORDS.has(nameTokens[0].lower) || LETTER_MAYBE_DOT.test(nameTokens[0].text))) return undefined;
  const lookback = lowercaseTitlesBefore(tokens, fullFrom);
  const descriptors: string[] = [];
  let fullStart = tokens[start].start;
  if (lookback < fullFrom) {
    descriptors.push(text.slice(tokens[lookback].start, tokens[fullFrom - 1].end));
    fullStart = tokens[lookback].start;
  }
  if (start > fullFrom) {
    // The words between the full start and the name (`Russian President`).
    descriptors.push(text.slice(tokens[fullFrom].start, tokens[start - 1].end));
    fullStart = Math.min(fullStart, tokens[fullFrom].start);
  }
  const startOffset = tokens[start].start;
  const endOffset = tokens[to - 1].end;
  return {
    start: startOffset,
    end: endOffset,
    text: text.slice(startOffset, endOffset),
    sentence,
    typeHint: guessTypeHint(nameTokens, descriptors, tokens[start - 1], tokens[to], tokens[to + 1], to < tokens.length && commaBetween(text, endOffset, tokens[to].start)),
    descriptors,
    fullStart,
  };
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
function titleEnd(tokens: Token[], from: number, to: number): number {
  let best = from;
  for (let i = from; i < to - 1; i++) {
    if (!isTitleHead(tokens[i].lower)) continue;
    let j = i + 1;
    if (tokens[j].lower === 'of' && j + 2 < to) j += 2; // `Secretary of State`
    let restEnd = j;
    while (restEnd < to && tokens[restEnd].lower !== 'of') restEnd++;
    const rest = tokens.slice(j, restEnd);
    // `General Motors`, `Major League`: a title followed by an organisation is part of its name.
    const personLike = rest.length > 0 && rest.length <= 4 && !rest.some((t) => isTitleHead(t.lower) || ORG_SUFFIXES.has(t.lower) || PLACE_SUFFIXES.has(t.lower) || t.lower === 'of');
    if (personLike) best = j;
  }
  return best;
}

/** Known demonyms, and unknown capitalised adjectives shaped like one (`Freedonian`, `Veltese`). */
export function isDemonym(t: { lower: string; cap: boolean }): boolean {
  return DEMONYMS.has(t.lower) || (t.cap && DEMONYM_SHAPE.test(t.lower));
}

/** Start of lowercase titles and demonyms right before a name (`Ukrainian president Volodymyr Zelensky`). */
function lowercaseTitlesBefore(tokens: Token[], from: number): number {
  let i = from;
  let sawHead = false;
  while (i > 0) {
    const t = tokens[i - 1];
    if (!spaced(t, tokens[i], tokens) || t.possessive) break;
    if (isTitleWord(t.lower) && (!t.cap || !sawHead)) {
      if (isTitleHead(t.lower)) sawHead = true;
      i--;
    } else if (isDemonym(t) && sawHead) i--;
    else break;
  }
  return sawHead ? i : from;
}
