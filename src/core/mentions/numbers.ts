/**
 * Counted quantities (`over 183,000 troops`, `two young women`, `$2bn`, `15%`) and ordinals
 * (`his third trip`, `for the first time`, `21st`). Years, dates, times of day, ordinals and numbers that
 * belong to names (`Group of Seven`, `Apollo 11`, `F-16`) are not quantities.
 */
import { ASCII_CASE_OFFSET, CharCode, isAsciiLetter, isWhiteSpace } from '../text/charCodes';
import { headNounAfter, lemmatizeNoun } from '../text/lemma';
import type { Comparator, Ordinal, Quantity, Sentence } from '../types';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** `two` → 2, `twenty-five` → 25, `one hundred and fifty` → 150, `a dozen` → 12, `eight-and-a-half` → 8.5. With `ordinal`: `twenty-first` → 21. */
function parseNumberWords(phrase: string, ordinal = false): number | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === 'a' || w === 'an') && words[i + 1] === 'half') {
      current += 0.5;
      i++;
      continue;
    }
    if (w === 'a' || w === 'an') {
      current = Math.max(current, 1);
      continue;
    }
    const unit = ordinal ? UNIT_ORDINALS.indexOf(w) : UNITS.indexOf(w);
    const tens = ordinal ? Math.max(TENS_ORDINALS.indexOf(w), TENS.indexOf(w)) : TENS.indexOf(w);
    if (unit > 0 || (unit === 0 && !ordinal)) current += unit;
    else if (tens >= 2) current += tens * 10;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred' || w === 'hundredth') current = (current || 1) * 100;
    else if (SCALES[w] || w === 'thousandth') {
      total += (current || 1) * (SCALES[w] ?? 1000);
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_ONLY = new RegExp(`^${MONTH}$`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`);
const WEEKDAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;

/** Fractions written as one character after the digits (`4½ hours`). */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
const SCALE = '(?:\\s?(?:[Mm]illion|[Bb]illion|[Tt]rillion|MILLION|BILLION|thousand|hundred|[Bb]n|[Bb]ln|[Mm]n|[Mm]ln|BN|BLN|MLN|tn|m|k)\\b)?';
/** A currency sign, with the country letters some outlets write before or after it (`$US1 million`, `US$5`, `A$20`). */
const CURRENCY_SIGN = '(?:[$£€]\\s?(?:US|AU|NZ|HK|A|C|S)?(?![A-Za-z])|(?:US|AU|NZ|HK|A|C|S)\\$)';
const DIGITS = `(${CURRENCY_SIGN}\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([${Object.keys(VULGAR_FRACTIONS).join('')}])?(${SCALE})(\\s?(?:%|percent\\b|per cent\\b))?`;
const DIGIT_RE = new RegExp(DIGITS, 'g');
/** Right after an unscaled number: `to` or a dash, then a larger number with its scale (`- $150 million`). */
const RANGE_TO_SCALED = /^\s*(?:to|[-–—])\s*(?:[$£€]\s?)?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(million|billion|trillion|bn|bln|mn|mln|tn|m)\b/i;
const NUMBER_WORDS = new Set([...UNITS.slice(1), ...TENS.slice(2), ...Object.keys(SCALES), 'dozen']);
const SCALE_WORDS = new Set([...Object.keys(SCALES), 'dozen']);
const ORDINAL_SET = new Set([...UNIT_ORDINALS.slice(1), ...TENS_ORDINALS.slice(2), 'hundredth', 'thousandth']);
const ORDINAL_COMPOUND_SUFFIX = new Set('ever largest biggest highest lowest longest most best worst fastest oldest youngest smallest deadliest straight consecutive place round quarter half degree hand rate class in-command'.split(' '));

interface WordNumber {
  index: number;
  all: string;
  article: string | undefined;
  words: string;
  percent: string | undefined;
}

function asciiLetterRunEnd(body: string, i: number): number {
  while (i < body.length && isAsciiLetter(body.charCodeAt(i))) i++;
  return i;
}

/**
 * Spelled-out numbers (`two`, `twenty-five`, `one hundred and fifty`, `a dozen`, `eight-and-a-half`). One
 * regex finds where they can start (a letter run that is a number word, or `a`/`an` before a scale word);
 * the rest is read word by word against sets.
 */
function spelledNumbers(body: string): WordNumber[] {
  const out: WordNumber[] = [];
  const next = SPELLED_NEXT;
  const half = SPELLED_HALF;
  const percent = SPELLED_PERCENT;
  const starts = SPELLED_START;
  starts.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(body))) {
    const index = m.index;
    let end = asciiLetterRunEnd(body, index);
    const found = body.slice(index, end);
    let w = found.toLowerCase();
    let article: string | undefined;
    if (w === 'a' || w === 'an') {
      next.lastIndex = end;
      const n = next.exec(body);
      if (!n || n[1] || !SCALE_WORDS.has(n[2].toLowerCase())) continue;
      article = found;
      w = n[2].toLowerCase();
      end = next.lastIndex;
    } else if (!NUMBER_WORDS.has(w)) continue;
    let last = w;
    for (;;) {
      next.lastIndex = end;
      const n = next.exec(body);
      if (!n || !NUMBER_WORDS.has(n[2].toLowerCase()) || (n[1] && !SCALE_WORDS.has(last))) break;
      last = n[2].toLowerCase();
      end = next.lastIndex;
    }
    half.lastIndex = end;
    if (half.exec(body)) end = half.lastIndex;
    const numberEnd = end;
    percent.lastIndex = end;
    const p = percent.exec(body);
    if (p) end = percent.lastIndex;
    const wordsStart = article ? index + article.length + (body.slice(index + article.length).length - body.slice(index + article.length).trimStart().length) : index;
    out.push({ index, all: body.slice(index, end), article, words: body.slice(wordsStart, numberEnd), percent: p?.[0] });
    starts.lastIndex = end;
  }
  return out;
}

/** Sticky, so positioned before each use. */
const SPELLED_NEXT = /[\s-]+(and[\s-]+)?([A-Za-z]+)/y;
const SPELLED_HALF = /[\s-]+and[\s-]+a[\s-]+half\b/y;
const SPELLED_PERCENT = /\s?(?:%|percent\b|per cent\b)/y;
/** A whole run of ASCII letters that is a number word, or `a`/`an` before a scale word (as SPELLED_NEXT reads it). */
const SPELLED_START = new RegExp(
  `(?<![A-Za-z])(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')}|an?[\\s-]+(?:${[...SCALE_WORDS].join('|')}))(?![A-Za-z])`,
  'gi',
);

const VAGUE_RE = /\b(tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions)\s+of\b/gi;
const VAGUE_VALUE: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, 'tens of thousands': 20000, 'hundreds of thousands': 200000,
};
const SCALE_VALUE: Record<string, number> = { hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY: Record<string, string> = { $: 'dollar', '£': 'pound', '€': 'euro' };
/** The sign of a written currency (`$US ` → `$`). */
function currencySign(currency: string): string {
  for (const c of currency) if (c in CURRENCY) return c;
  return currency.trim();
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/\b(?:more than|over|above|in excess of|upwards of|greater than|exceeding|just over|well over|beyond)\s+$/i, '>'],
  [/\b(?:at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, '>='],
  [/\b(?:nearly|almost|about|around|some|roughly|approximately|approx\.|an estimated|estimated|close to|circa|as many as some)\s+$/i, '~'],
  [/\b(?:fewer than|less than|under|below|just under)\s+$/i, '<'],
  [/\b(?:up to|at most|no more than|a maximum of|as many as|as much as|not more than)\s+$/i, '<='],
];

const MAY_HOLD_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|teen|ty|hundred|thousand|million|billion)/i;

export function findQuantities(text: string, sentences: Sentence[]): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!MAY_HOLD_NUMBER.test(body)) continue;
    const found = FOUND;
    found.length = TAKEN.length = 0;
    VAGUE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VAGUE_RE.exec(body))) {
      if (/^[A-Z]/.test(m[0]) && m.index > 0 && /[A-Za-z]/.test(body[m.index - 1] ?? '')) continue;
      const head = headNounAfter(body, m.index + m[0].length, true);
      push(withComparator(body, m.index, head?.end ?? m.index + m[0].length, VAGUE_VALUE[m[1].toLowerCase()], '>=', head ? lemmatizeNoun(head.noun) : null, true), m.index, m.index + m[0].length);
    }
    DIGIT_RE.lastIndex = 0;
    while ((m = DIGIT_RE.exec(body))) {
      const [all, currency, digits, fraction, scaleText, percent] = m;
      const start = m.index;
      const numEnd = start + all.length;
      if (!isCountedNumber(body, start, numEnd, digits, !!currency, !!scaleText.trim() || !!percent)) continue;
      let value = parseFloat(digits.replace(/,/g, '')) + (fraction ? VULGAR_FRACTIONS[fraction] : 0);
      // The first end of a range takes the scale written once after the second (`$140 to $150 million`, `$140-$150m`).
      const scale = scaleText.trim().toLowerCase() || (RANGE_TO_SCALED.exec(body.slice(numEnd, numEnd + 32))?.[1].toLowerCase() ?? '');
      if (scale) value *= SCALE_VALUE[scale] ?? 1;
      let unit: string | null = null;
      let end = numEnd;
      if (percent) unit = 'percent';
      else if (currency) unit = CURRENCY[currencySign(currency)];
      else {
        const head = headNounAfter(body, numEnd, false);
        if (head) [unit, end] = [lemmatizeNoun(head.noun), head.end];
      }
      if (!currency && !percent && !unit && isYear(digits)) continue;
      push(withComparator(body, start, end, value, '=', unit, false), start, numEnd);
    }
    for (const { index: start, all, article, words, percent } of spelledNumbers(body)) {
      const numStart = start;
      const numEnd = start + all.length;
      const value = parseNumberWords((article ? article + ' ' : '') + words);
      if (value === null || value === 0) continue;
      // Capitalised number words inside a sentence belong to names (`Group of Seven`, `Formula One`).
      if (/^[A-Z]/.test(all) && !isSentenceStart(body, start)) continue;
      if (/^(?:a|an)$/i.test(words.trim())) continue;
      if (/\b(?:one)$/i.test(words) && value === 1 && !isCountedOne(body, start, numEnd)) continue;
      let unit: string | null = null;
      let end = numEnd;
      if (percent) unit = 'percent';
      else {
        const head = headNounAfter(body, numEnd, false);
        if (head) [unit, end] = [lemmatizeNoun(head.noun), head.end];
      }
      if (unit && TENS.includes(unit)) continue; // `nineteen sixties` is a decade
      const vague = /dozen/i.test(words) && /^an?\b/i.test(all);
      push(withComparator(body, numStart, end, value, vague ? '~' : '=', unit, vague), numStart, numEnd);
    }
    found.sort(byStart);
    borrowWholesUnit(body, found);
    for (const q of found) {
      // Completed in place (same keys in the same order as a copy): `q` is this sentence's own object.
      const quantity = q as Quantity;
      quantity.start += s.start;
      quantity.end += s.start;
      quantity.text = text.slice(quantity.start, quantity.end);
      quantity.sentence = s.index;
      out.push(quantity);
    }
    found.length = 0;
  }
  return out;
}

/**
 * A part counts what its whole counts: in `completed 28 of 41 passes`, `three of the five suspects`, the part takes
 * the whole's noun (`pass`, `suspect`) when it has none of its own. `found` is sorted by start.
 */
function borrowWholesUnit(body: string, found: Omit<Quantity, 'sentence' | 'text'>[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const part = found[i];
    const whole = found[i + 1];
    if (part.unit !== null || whole.unit === null || whole.start - part.end > 24) continue;
    if (PART_OF_WHOLE_GAP.test(body.slice(part.end, whole.start))) part.unit = whole.unit;
  }
}
const PART_OF_WHOLE_GAP = /^\s+(?:out\s+)?of\s+(?:(?:the|their|its|his|her|our)\s+)?(?:(?:last|first|past|previous|next)\s+)?$/i;

/** This sentence's quantities and the number spans they took (pairs in TAKEN): scratch lists reused per sentence. */
const FOUND: Omit<Quantity, 'sentence' | 'text'>[] = [];
const TAKEN: number[] = [];

/** Keeps `q` unless its number overlaps one already taken (earlier finders win). */
function push(q: Omit<Quantity, 'sentence' | 'text'>, numStart: number, numEnd: number): void {
  for (let x = 0; x < TAKEN.length; x += 2) if (numStart < TAKEN[x + 1] && TAKEN[x] < numEnd) return;
  TAKEN.push(numStart, numEnd);
  FOUND.push(q);
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function withComparator(body: string, start: number, end: number, value: number, comparator: Comparator, unit: string | null, vague: boolean): Omit<Quantity, 'sentence' | 'text'> {
  const from = Math.max(0, start - 24);
  if (mayEndComparator(body, from, start)) {
    const before = body.slice(from, start);
    for (const [re, cmp] of COMPARATORS) {
      const c = re.exec(before);
      if (c) return quantity(start - (before.length - c.index), end, value, cmp, unit, vague);
    }
  }
  // `or more` needs white space right after the number.
  if (end < body.length && isWhiteSpace(body.charCodeAt(end))) {
    const orMore = OR_MORE.exec(body.slice(end));
    if (orMore) return quantity(start, end + orMore[0].length, value, orMore[1].toLowerCase() === 'more' ? '>=' : '<=', unit, vague);
  }
  return quantity(start, end, value, comparator, unit, vague);
}

const OR_MORE = /^\s+or\s+(more|fewer|less)\b/i;

/** The last word of each COMPARATORS phrase (`approx` stands for `approx.`). */
const COMPARATOR_LAST_WORDS = new Set(
  'than over above of beyond exceeding least nearly almost about around some roughly approximately approx estimated to circa under below most as'.split(' '),
);

/**
 * Whether `body[from, to)` may match a COMPARATORS pattern: each ends with one of a few words (or `approx.`) and
 * white space, so the ASCII letters before the final white space must spell one of those words.
 */
function mayEndComparator(body: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isWhiteSpace(body.charCodeAt(i - 1))) i--;
  if (i === to) return false;
  if (i > from && body.charCodeAt(i - 1) === CharCode.Period) i--; // `approx.`
  const wordEnd = i;
  while (i > from && isAsciiLetter(body.charCodeAt(i - 1))) i--;
  return wordEnd - i >= 2 && wordEnd - i <= 13 && COMPARATOR_LAST_WORDS.has(body.slice(i, wordEnd).toLowerCase());
}

function quantity(start: number, end: number, value: number, comparator: Comparator, unit: string | null, vague: boolean): Omit<Quantity, 'sentence' | 'text'> {
  const q: Omit<Quantity, 'sentence' | 'text'> = { start, end, value, comparator, unit };
  if (vague) q.vague = vague;
  return q;
}

function isYear(digits: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(digits);
}

function isSentenceStart(body: string, index: number): boolean {
  // A bounded tail for the `$`-anchored test: on the whole prefix it was quadratic in sentence length.
  return /^[\s"'“‘(\[]*$/.test(body.slice(0, index)) || /[.!?:;]["'”’)]?\s+["'“‘]?$/.test(body.slice(Math.max(0, index - 64), index));
}

// Unicode-property regexes at module level: bundlers targeting node turn a `\p{…}` literal into `new RegExp(…)`.
const GLUED_BEFORE = /[\p{L}\d_]$|[\p{L}\d]-$|[\d][.,:/]$|#$/u;
const GLUED_AFTER = /^[\p{L}\d]/u;
const CAPITALISED_BEFORE = /([A-Z][\p{L}]*)\s+$/u;
const GLUED_CHAR = /[\p{L}\d,.]/u;

/** Digits that count something: not part of a code, time, date, year, score or ordinal. */
function isCountedNumber(body: string, start: number, end: number, digits: string, currency: boolean, scaled: boolean): boolean {
  const before = body.slice(Math.max(0, start - 30), start);
  const after = body.slice(end, end + 30);
  if (GLUED_BEFORE.test(before)) return false; // F-16, COVID-19, G7, 3.5.1
  if (!scaled && GLUED_AFTER.test(after)) return false; // 3D, 10am, 21st
  if (/^(?:[:/]\d|[-–]\d|\.\d)/.test(after)) return false; // 13:31, 3-1, 1/2, 2008-12
  if (/^\s*(?:a\.?m\b|p\.?m\b|a\.m\.|p\.m\.|GMT|BST|UTC|CET|EST|EDT|PST|ET|o['’]clock|hrs?\b|h\b)/i.test(after)) return false;
  if (!currency && +digits <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || WEEKDAY_BEFORE.test(before))) return false;
  if (!currency && isYear(digits) && (MONTH_BEFORE.test(before) || /^['’]s\b/.test(after) || /\b(?:in|since|by|of|from|until|till|during|before|after|early|mid|late|the|to|and|between|summer|spring|autumn|winter|fall)\s*-?$/i.test(before))) {
    // `in 2009` is a year; `of 2000 troops` counts troops.
    if (!/^\s+[a-z]+s\b/.test(after) || /^\s+(?:as|is|was|has|its|this)\b/.test(after)) return false;
  }
  // Numbers right after a capitalised word mid-sentence name things (`Apollo 11`, `Article 5`, `Flight 370`).
  const prev = CAPITALISED_BEFORE.exec(before);
  if (prev && !currency && !isSentenceStart(body, start - prev[0].length) && !MONTH_ONLY.test(prev[1])) return false;
  return true;
}

/** `one` is a count only before a noun and not in `one of`, `no one`, `the one who`, `one day`. */
function isCountedOne(body: string, start: number, end: number): boolean {
  if (/\b(?:the|this|that|which|each|every|any|no|some|anyone|no-|everyone)\s+$/i.test(body.slice(Math.max(0, start - 12), start))) return false;
  if (/^\s+(?:of|another|day|another|time|by|or|and|more)\b/i.test(body.slice(end))) return false;
  return headNounAfter(body, end, false) !== null;
}


const DIGIT_ORDINAL_RE = /\d{1,4}(st|nd|rd|th)\b/g;

/** Ordinal words (`second`, `twenty-first`, `second-largest`) and suffixed digits (`21st`), as [index, text, word?, digits?, suffix?]. */
function ordinalMatches(body: string): { index: number; text: string; word?: string; compound: boolean; digits?: string; suffix?: string }[] {
  const out: { index: number; text: string; word?: string; compound: boolean; digits?: string; suffix?: string }[] = [];
  const digits = DIGIT_ORDINAL_RE;
  digits.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = digits.exec(body))) {
    if (m.index > 0 && GLUED_CHAR.test(body[m.index - 1])) continue;
    out.push({ index: m.index, text: m[0], digits: m[0].slice(0, -2), suffix: m[1].toLowerCase(), compound: false });
  }
  // Every ordinal word ends in st/nd/rd/th, or starts with a tens word (`twenty-first`): test that before any lookup.
  // Words are what /[A-Za-z]+(?:-[A-Za-z]+)*/g finds; a regex finds the ends of letter runs that may end an
  // ordinal's first part, and only their words are read (and copied when they pass).
  const n = body.length;
  const ends = ORDINAL_END;
  ends.lastIndex = 0;
  let i = 0;
  // `test` builds no match array: every match is five letters long, so it ends at lastIndex.
  while (ends.test(body)) {
    const firstEnd = ends.lastIndex;
    if (firstEnd <= i) continue;
    // The run holding this end, and whether it is the first part of its word (not after `letter-`).
    let index = firstEnd - 5;
    while (index > 0 && isAsciiLetter(body.charCodeAt(index - 1))) index--;
    if (index >= 2 && body.charCodeAt(index - 1) === CharCode.Dash && isAsciiLetter(body.charCodeAt(index - 2))) continue;
    i = firstEnd;
    while (i + 1 < n && body.charCodeAt(i) === CharCode.Dash && isAsciiLetter(body.charCodeAt(i + 1))) {
      i++;
      i = asciiLetterRunEnd(body, i);
    }
    if (!mayStartOrdinal(body, index, firstEnd, firstEnd < i)) continue;
    const w = body.slice(index, i);
    const dash = w.indexOf('-');
    const first = (dash < 0 ? w : w.slice(0, dash)).toLowerCase();
    const tail = first.slice(-2);
    const tens = dash > 0 && TENS.includes(first);
    if (!tens && tail !== 'st' && tail !== 'nd' && tail !== 'rd' && tail !== 'th') continue;
    let word: string;
    let rest: string;
    if (tens) {
      const dash2 = w.indexOf('-', dash + 1);
      const second = w.slice(dash + 1, dash2 < 0 ? undefined : dash2);
      if (!ORDINAL_SET.has(second.toLowerCase())) continue;
      word = w.slice(0, dash + 1 + second.length);
      rest = dash2 < 0 ? '' : w.slice(dash2 + 1).toLowerCase();
    } else {
      if (!ORDINAL_SET.has(first)) continue;
      word = w.slice(0, first.length);
      rest = dash < 0 ? '' : w.slice(dash + 1).toLowerCase();
    }
    const compound = rest !== '' && ORDINAL_COMPOUND_SUFFIX.has(rest);
    out.push({ index, text: compound ? w : word, word, compound });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The last five letters of a run of ASCII letters that may be an ordinal's first part: five letters at least
 * (`first`, `forty`), the last two st, nd, rd, th or ty, in either case.
 */
const ORDINAL_END = /[A-Za-z]{3}(?:[sS][tT]|[nNrR][dD]|[tT][hHyY])(?![A-Za-z])/g;

/**
 * Cheap test on the word's first part (`body[from, to)`, ASCII letters): it ends in st/nd/rd/th, or it is
 * followed by a hyphen and ends in `ty` (`twenty-first`). Every ordinal word passes.
 */
function mayStartOrdinal(body: string, from: number, to: number, hyphen: boolean): boolean {
  // The shortest ordinal (`first`, `third`, `fifth`, `sixth`, `ninth`, `tenth`) and tens word (`forty`) have five
  // letters: `and`, `with`, `most`, `last` are not even looked at.
  if (to - from < 5) return false;
  const a = body.charCodeAt(to - 2) | ASCII_CASE_OFFSET;
  const b = body.charCodeAt(to - 1) | ASCII_CASE_OFFSET;
  // s-t, n-d, r-d, t-h, and t-y before a hyphen.
  return (
    (a === CharCode.s && b === CharCode.t) || (a === CharCode.n && b === CharCode.d) || (a === CharCode.r && b === CharCode.d) ||
    (a === CharCode.t && b === CharCode.h) || (hyphen && a === CharCode.t && b === CharCode.y)
  );
}
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|for)\s+$|['’]s\s+$/i;
const NOT_NOUN_AFTER_SECOND = /^\s*(?:later|earlier|ago|before|after|or|and|of|in|to|per|left|more|,|\.|$)/i;

export function findOrdinals(text: string, sentences: Sentence[]): Ordinal[] {
  const out: Ordinal[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const o of ordinalMatches(body)) {
      const start = o.index;
      const end = start + o.text.length;
      const before = body.slice(Math.max(0, start - 30), start);
      const after = body.slice(end);
      let value: number;
      if (o.digits) {
        value = +o.digits;
        if (!validSuffix(value, o.suffix!)) continue;
        if (value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || WEEKDAY_BEFORE.test(before) || /\bon\s+the\s+$/i.test(before))) continue;
      } else {
        const word = o.word!;
        const v = parseNumberWords(word, true);
        if (v === null) continue;
        value = v;
        // Capitalised mid-sentence: part of a name (`Second World War`, `First Lady`).
        if (/^[A-Z]/.test(word) && !isSentenceStart(body, start)) continue;
        if (isSentenceStart(body, start) && /^\s*,/.test(after)) continue; // `First, …`
      }
      // `their first two drives`, `the first 100 days`: a stretch counted from the start, not a rank.
      if (countAfterOrdinal(after)) continue;
      const head = headNounAfter(body, end, false);
      const determiner = DETERMINER_BEFORE.test(before);
      if (!o.digits && value === 2 && !o.compound) {
        // `second` is also a unit of time: `a second later`, `for a second`.
        if (NOT_NOUN_AFTER_SECOND.test(after) && !/\b(?:the|his|her|its|their|our|my|your|['’]s)\s+$/i.test(before)) continue;
      }
      if (!o.digits && !determiner && !head && !o.compound) continue; // adverbial `he first visited`
      out.push({ start: s.start + start, end: s.start + end, text: o.text, sentence: s.index, value, noun: head ? lemmatizeNoun(head.noun) : null });
    }
  }
  return out;
}

/** A count right after an ordinal (`first two`, `first 100`, `last few`), not a year (`the first 2008 debate`). */
function countAfterOrdinal(after: string): boolean {
  const next = COUNT_OR_WORD_AFTER.exec(after);
  if (!next) return false;
  if (next[1] !== undefined) return true;
  const word = next[2].toLowerCase();
  // `the first one to …`, `the first a …` rank; `one` and `a` are no stretch.
  return FEW_WORDS.has(word) || (word !== 'one' && word !== 'a' && word !== 'an' && parseNumberWords(word) !== null);
}
/** A figure that is no year (`100`, `2,000`, not `2008`), or a word. */
const COUNT_OR_WORD_AFTER = /^\s+(?:(\d{1,3}(?:,\d{3})*)(?![\d.,-])|([A-Za-z]+)\b)/;
const FEW_WORDS = new Set(['few', 'several', 'couple']);

function validSuffix(n: number, suffix: string): boolean {
  const tens = n % 100;
  const expected = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return suffix === expected;
}
