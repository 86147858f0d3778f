// Text and its sentences → the name mentions in it (`Vladimir Putin`, `Kherson Region`), each with a type
// hint, the titles before it as descriptors, and `positional` when only its place capitalises it. A linear
// scan over runs of capitalised words (joined by `of`, `and`, particles) in the words of wordScan.ts, with
// the capitalisation evidence of nameEvidence.ts; page chrome (pageChrome.ts) and short lines without a stop below the story's last sentence (a page's links and buttons) are skipped.
import { ASCII_CASE_OFFSET, CharCode, hasCharBetween, isAsciiLetter, isAsciiLower, isAsciiUpper, isDigit } from '../../text/charCodes';
import { guessTypeHint } from './guessType';
import { collectEvidence, commonNounBeforeOf, isHeadline, knownName, nameLike, type Evidence } from './nameEvidence';
import {
  CONNECTORS, DATE_WORDS, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, LAST_NAMES, GENERIC_PLACE_HEADS, NEVER_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES,
  TIME_ZONES, foldName, isKnownOrganization, isKnownPlace, isTitleHead, isTitleWord, undotted,
} from './nameRules';
import { creditRanges, isMenuLine } from './pageChrome';
import { isLineWithoutStop, lastStatementIndex } from '../../text/nonClaimLines';
import { BEFORE_ORG_WORD, HEADLINE, INITIAL, NON_ASCII, POSSESSIVE, SPACED_BEFORE, WordStore, scanWords } from './wordScan';
import type { NameMention, Sentence } from '../../types';
import { typeListItems } from './listTypes';

const ANY_LETTER = /\p{L}/u;
const DIGIT_ORDINAL = /^\d+(st|nd|rd|th)$/i;
const LETTER_MAYBE_DOT = /^\p{L}\.?$/u;
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese|ish)$/u;

/** Below the story, a line of at most this many words without a stop is a link or button of the page. */
const TRAILER_NAME_WORDS = 6;

/** The one word store (scratch state included): findNames is not re-entrant. */
const store = new WordStore();

/**
 * Finds names with a linear scan over capitalised word runs (plus connectors such as `of`, `and`
 * before an organisation noun). Sentence-initial and headline words count only with evidence from
 * the rest of the document; leading titles become descriptors; possessives are cut off.
 */
export function findNames(text: string, sentences: Sentence[]): NameMention[] {
  const t = store;
  // Sentence i holds words [bounds[i], bounds[i + 1]).
  const bounds = scanWords(t, text, sentences);
  const headline = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) headline[i] = isHeadline(t, bounds[i], bounds[i + 1], text, sentences[i]) ? 1 : 0;
  const evidence = collectEvidence(t, bounds, headline);
  const lastStatement = lastStatementIndex(text, sentences);
  const out: NameMention[] = [];
  try {
    for (let i = 0; i < sentences.length; i++) {
      const from = bounds[i];
      const to = bounds[i + 1];
      // Below the story's last sentence, a short line without a stop is the page's (`Older Post Newer Post`, `Next Story`).
      if (lastStatement >= 0 && i > lastStatement && isLineWithoutStop(text, sentences[i].start, sentences[i].end, TRAILER_NAME_WORDS)) continue;
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
      const firstMention = out.length;
      let k = from;
      for (let c = 0; c < credits.length; c += 2) {
        let stop = k;
        while (stop < to && t.start[stop] < credits[c]) stop++;
        findRuns(t, k, stop, evidence, text, s.index, out);
        k = stop;
        while (k < to && t.start[k] < credits[c + 1]) k++;
      }
      findRuns(t, k, to, evidence, text, s.index, out);
      typeListItems(text, out, firstMention);
    }
  } finally {
    t.reset('');
  }
  return out;
}

/**
 * A capitalised word that begins a known place or organisation of two or three words before `last`
 * (`New Orleans`, `New Zealand` at a sentence start, where `New` alone would be a common word).
 */
function startsKnownName(t: WordStore, i: number, last: number): boolean {
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
function endsWithIng(t: WordStore, i: number): boolean {
  if (t.has(i, NON_ASCII)) return t.lower(i).endsWith('ing');
  const e = t.end[i];
  if (e - t.start[i] < 3) return false;
  const text = t.text;
  return (text.charCodeAt(e - 3) | ASCII_CASE_OFFSET) === CharCode.i && (text.charCodeAt(e - 2) | ASCII_CASE_OFFSET) === CharCode.n && (text.charCodeAt(e - 1) | ASCII_CASE_OFFSET) === CharCode.g;
}

/** Token `i` starts with a capital letter (`Nations-run`, which is no capitalised word: `cap` is false). */
function isUpperStart(t: WordStore, i: number): boolean {
  if (t.has(i, NON_ASCII)) {
    const w = t.word(i);
    return w[0] !== w[0].toLowerCase();
  }
  return isAsciiUpper(t.firstCode(i));
}

/** A word starting with a digit that holds a letter and is not an ordinal (`4th`): part of a name (`F16s`, `3M`). */
function digitNameWord(t: WordStore, i: number): boolean {
  if (!isDigit(t.firstCode(i))) return false;
  const w = t.word(i);
  return ANY_LETTER.test(w) && !DIGIT_ORDINAL.test(w);
}

/**
 * Maximal runs of name-like words joined by spaces, allowing connectors between them, in sentence
 * tokens [first, last); each becomes a mention when it holds one.
 */
function findRuns(t: WordStore, first: number, last: number, ev: Evidence, text: string, sentence: number, out: NameMention[]): void {
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
      if (cap && TITLE_CASE_BREAKS.has(t.lower(j)) && !proseNameWord(t, j, i, first, last)) break;
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

/**
 * `picking up Research In Motion`: a capitalised `In`/`On`/`At` inside a name that prose (a lowercase word
 * right before the name) writes between two capitalised words; in title-case text it breaks the name.
 */
function proseNameWord(t: WordStore, j: number, runStart: number, first: number, last: number): boolean {
  return runStart > first && !t.cap(runStart - 1) && isAsciiLower(t.firstCode(runStart - 1)) && j + 1 < last && t.cap(j + 1) && spaced(t, j + 1) && t.length(j) <= 2;
}

/** Token `b` directly follows token `b - 1` with only spaces between (a possessive ends a name). */
function spaced(t: WordStore, b: number): boolean {
  return t.has(b, SPACED_BEFORE) && !t.has(b - 1, POSSESSIVE);
}

/** Abbreviated legal forms that end a company's name. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv']);

/** Longest connector (`della`): longer words need no string to rule out. */
const LONGEST_CONNECTOR = Math.max(3, ...[...CONNECTORS].map((c) => c.length));

/** Index after `of`/`of the`/`and …` when a capitalised word follows and the connector may join; else `j`. */
function connectorEnd(t: WordStore, j: number, runStart: number, last: number): number {
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
function nameNounIn(t: WordStore, from: number, to: number): boolean {
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
function letterMaybeDot(t: WordStore, i: number): boolean {
  if (t.has(i, NON_ASCII)) return LETTER_MAYBE_DOT.test(t.word(i));
  const n = t.length(i);
  return (n === 1 || (n === 2 && t.text.charCodeAt(t.start[i] + 1) === CharCode.Period)) && isAsciiLetter(t.firstCode(i));
}

/**
 * Appends the mention in run [from, to) of sentence tokens [first, last), if any, and the name of whom a
 * title before it belongs to (`Los Angeles Angels` in `Los Angeles Angels GM Tony Reagins`, `US` in
 * `US President-elect Barack Obama`).
 */
function addMention(t: WordStore, text: string, sentence: number, first: number, last: number, from: number, to: number, ev: Evidence, out: NameMention[]): void {
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
function toMention(t: WordStore, text: string, sentence: number, first: number, last: number, from: number, to: number, ev: Evidence): BuiltMention | undefined {
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
      if (isTitleHead(t.lower(i))) {
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
  // `US` in capitals is the country, not the pronoun.
  if (to - start === 1 && ((FUNCTION_WORDS.has(t.lower(start)) && !t.isAcronym(start)) || letterMaybeDot(t, start))) return undefined;
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
  // `the Obama administration`, `the Bush campaign`: a person's name and a lowercase body named after them
  // is that body, an organisation; the person's own entity keeps their name.
  if (to < last && to - start <= 2 && spaced(t, to) && !t.cap(to) && !t.has(to - 1, POSSESSIVE) && BODIES.has(t.lower(to)) && personName(t, start, to)) to++;
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
    typeHint: guessTypeHint(t, start, to, descriptors, start > first ? start - 1 : -1, last, to < last && hasCharBetween(text, CharCode.Comma, endOffset, t.start[to]), first),
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
function plainPersonWords(t: WordStore, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = undotted(t.lower(i));
    if (!t.cap(i) || ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l) || CONNECTORS.has(l) || PLACE_NAMES.has(l) || ORG_NAMES.has(l) || ORG_ADJECTIVES.has(l)) return false;
  }
  return true;
}

/** Lowercase nouns for a body named after the person it serves (`Obama administration`). */
const BODIES = new Set(['administration', 'campaign', 'cabinet', 'government', 'team', 'transition', 'presidency', 'camp', 'regime']);

/** Tokens [from, to) are a known surname alone or a given name and another word. */
function personName(t: WordStore, from: number, to: number): boolean {
  const first = undotted(t.lower(from));
  if (to - from === 1) return LAST_NAMES.has(first) && !PLACE_NAMES.has(first) && !ORG_NAMES.has(first);
  return FIRST_NAMES.has(first) && plainPersonWords(t, from, to);
}


/**
 * Index of the first name word after leading titles (`Russian President`, `Colonel General`,
 * `Secretary of State`, `Alaska Gov.`): the last title word followed only by a person-like name.
 */
function titleEnd(t: WordStore, from: number, to: number): number {
  let best = from;
  for (let i = from; i < to - 1; i++) {
    if (!isTitleHead(t.lower(i))) continue;
    let j = i + 1;
    if (t.lower(j) === 'of' && j + 2 < to) j += 2; // `Secretary of State`
    let restEnd = j;
    // The person's name ends at `of` or at another title (`Dr. Sanjay Gupta Surgeon General` in a headline).
    while (restEnd < to && t.lower(restEnd) !== 'of' && !(restEnd > j && isTitleHead(t.lower(restEnd)))) restEnd++;
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

function isDemonymAt(t: WordStore, i: number): boolean {
  return DEMONYMS.has(t.lower(i)) || (t.cap(i) && DEMONYM_SHAPE.test(t.lower(i)));
}

/** Start of lowercase titles and demonyms right before a name (`Ukrainian president Volodymyr Zelensky`). */
function lowercaseTitlesBefore(t: WordStore, first: number, from: number): number {
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
