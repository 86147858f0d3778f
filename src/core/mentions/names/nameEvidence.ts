// A document's words → the evidence that a capitalised word is a name where position alone capitalises it
// (a sentence start, a headline): whether the document also writes it capitalised mid-sentence, or in
// lowercase. `Police said …` is no name when the story says `police` elsewhere; `Gunness said …` is one.
import { ASCII_CASE_OFFSET, isAsciiUpper } from '../../text/charCodes';
import { BOILERPLATE, CONNECTORS, FIRST_NAMES, FUNCTION_WORDS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, foldName, isKnownPlace, undotted } from './nameRules';
import { BEFORE_ORG_WORD, HEADLINE, INITIAL, NON_ASCII, allLetters, allUpper, type WordStore } from './wordScan';
import type { Sentence } from '../../types';

const SENTENCE_END = /[.!?]["'”’)]*$/;
const ADVERB_SHAPE = /(?:ally|ously|ively|edly|ingly|ing)$/;

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
export function collectEvidence(t: WordStore, bounds: Int32Array, headline: Uint8Array): Evidence {
  const askedMid = new Set<string>();
  const askedLower = new Set<string>();
  const bits = t.evidenceBits.fill(0);
  const mark = (w: string) => {
    const b = evidenceBit(w);
    bits[b >>> 5] |= 1 << (b & 31);
  };
  const askLower = (w: string) => {
    askedLower.add(w);
    mark(w);
  };
  for (let s = 0; s + 1 < bounds.length; s++) {
    for (let i = bounds[s]; i < bounds[s + 1]; i++) {
      if (!t.cap(i) || !(t.has(i, INITIAL) || headline[s])) continue;
      const tl = t.lower(i);
      const lower = undotted(tl);
      if (FUNCTION_WORDS.has(lower) || BOILERPLATE.has(lower)) continue;
      askedMid.add(tl);
      mark(tl);
      // The variants `seenLowercase` tries, without an array per word.
      askLower(lower);
      askLower(lower + 's');
      askLower(lower.endsWith('s') ? lower.slice(0, -1) : '');
      askLower(lower.endsWith('es') ? lower.slice(0, -2) : '');
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

/** A bit for a word's length, first and last letter, in a bitmap of 32,768. */
function evidenceBit(w: string): number {
  return ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
}

/** `evidenceBit` of token `i`'s lowercase, from char codes when the word is ASCII. */
function tokenEvidenceBit(t: WordStore, i: number): number {
  if (t.has(i, NON_ASCII)) return evidenceBit(t.lower(i));
  let first = t.firstCode(i);
  if (isAsciiUpper(first)) first += ASCII_CASE_OFFSET;
  let last = t.text.charCodeAt(t.end[i] - 1);
  if (isAsciiUpper(last)) last += ASCII_CASE_OFFSET;
  return ((t.length(i) & 31) << 10) | ((first & 31) << 5) | (last & 31);
}

function inLexicon(lower: string): boolean {
  return FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || PLACE_NAMES.has(lower) || ORG_NAMES.has(lower);
}

/** A given name, a place or an organisation of the word lists (surnames are too often common words: `Price`). */
export function knownName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || ORG_NAMES.has(lower) || isKnownPlace(foldName(lower));
}

/** Whether a capitalised word may be (part of) a name given its position. */
export function nameLike(t: WordStore, i: number, ev: Evidence, continues: boolean): boolean {
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
export function commonNounBeforeOf(t: WordStore, i: number, to: number, ev: Evidence): boolean {
  if (!t.has(i, INITIAL) || i + 1 >= to || CONNECTORS.has(t.lower(i + 1)) === false) return false;
  const lower = t.lower(i);
  return !(ev.midCaps.has(lower) || inLexicon(lower) || ORG_SUFFIXES.has(lower) || PLACE_SUFFIXES.has(lower));
}

/** Title-case or all-caps lines (headlines, captions) carry no capitalisation evidence of their own. */
export function isHeadline(t: WordStore, from: number, to: number, text: string, s: Sentence): boolean {
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

