import { CharCode, isAsciiLetter, isWhiteSpace } from './charCodes';
import type { Sentence } from '../types';
import { MONTHS, WEEKDAYS } from './calendarWords';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'st', 'jr', 'sr',
  'rev', 'fr', 'msgr', 'adm', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt', 'det', 'insp', 'supt', 'hon', 'pres', 'gens',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'u.s', 'u.k', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'approx',
]);

/** Longest sentence handed to the per-sentence finders; real sentences are far shorter. */
export const MAX_SENTENCE = 2000;

/**
 * Splits text into sentences with exact offsets. Blank lines end paragraphs; a line break
 * always ends a sentence (news sources put headlines, bylines and captions on their own lines).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let blankRun = false;
  // Lines are found by hand (a line ends at \r\n, \n or \r): only lines with text are copied, once.
  const n = text.length;
  const carriageReturns = text.indexOf('\r') >= 0;
  let lineStart = 0;
  while (lineStart < n) {
    let contentEnd: number;
    if (carriageReturns) {
      contentEnd = lineStart;
      for (let c = 0; contentEnd < n && (c = text.charCodeAt(contentEnd)) !== CharCode.LineFeed && c !== CharCode.CarriageReturn; contentEnd++);
    } else {
      contentEnd = text.indexOf('\n', lineStart);
      if (contentEnd < 0) contentEnd = n;
    }
    let next = contentEnd;
    if (next < n) next += text.charCodeAt(next) === CharCode.CarriageReturn && next + 1 < n && text.charCodeAt(next + 1) === CharCode.LineFeed ? 2 : 1;
    let firstText = lineStart;
    while (firstText < contentEnd && isWhiteSpace(text.charCodeAt(firstText))) firstText++;
    if (firstText === contentEnd) {
      if (!blankRun && out.length > 0) paragraph++;
      blankRun = true;
    } else {
      blankRun = false;
      splitLine(text.slice(lineStart, contentEnd), lineStart, paragraph, out);
    }
    lineStart = next;
  }
  return out;
}

function isLetterOrDot(c: number): boolean {
  return isAsciiLetter(c) || c === CharCode.Period;
}

function splitLine(line: string, base: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  // A scraped page's date stamp (` date 2021-09-16 6.0 magnitude earthquake…`) is a sentence of its own: the
  // headline after it on the same line is another.
  const stamp = DATE_STAMP.exec(line);
  if (stamp) {
    pushSentence(line, 0, stamp[0].length, base, paragraph, out);
    start = stamp[0].length;
  }
  const re = SENTENCE_BREAK;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const end = m.index + m[0].length;
    // Only the last word matters (letters and dots right before the end, at most 64 back), read backwards.
    const floor = Math.max(start, m.index - 64);
    let w = m.index;
    while (w > floor && isLetterOrDot(line.charCodeAt(w - 1))) w--;
    if (end - m.index === 1 && line.charCodeAt(m.index) === CharCode.Period && w < m.index && (abbreviationOrInitial(line, w, m.index) || clockBeforeDayOrZone(line, w, m.index, end))) continue;
    pushSentence(line, start, end, base, paragraph, out);
    start = end;
  }
  pushSentence(line, start, line.length, base, paragraph, out);
}

/** A scraped page's date stamp opening a line (` date 2023-04-18`), the date in group 1 (the source's own date: documentDate.ts). */
export const DATE_STAMP_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b/i;
/** The stamp when more text follows it on its line. */
const DATE_STAMP = new RegExp(`${DATE_STAMP_LINE.source}(?=[ \\t]+\\S)`, 'i');

const SENTENCE_BREAK = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;

/** `line[from, to)` (letters and dots) is a known abbreviation or a single letter, in any case. */
function abbreviationOrInitial(line: string, from: number, to: number): boolean {
  if (to - from === 1) return isAsciiLetter(line.charCodeAt(from));
  if (dottedInitials(line, from, to)) return true;
  return to - from <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(line.slice(from, to).toLowerCase());
}

/** Capital letters between dots (`J.J`, `U.N`, `N.F.C`, `H.W`): initials or an initialism, never a sentence's last word. */
function dottedInitials(line: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    const letter = (i - from) % 2 === 0;
    if (letter ? c < CharCode.A || c > CharCode.Z : c !== CharCode.Period) return false;
  }
  return (to - from) % 2 === 1;
}

/**
 * `a.m.` or `p.m.` followed by a weekday, a month or a time zone (`at 10:24 a.m. Friday`, `9 p.m. EST`): the
 * clock time goes on, not a sentence end (`…at 10 a.m. The police said` still ends one).
 */
function clockBeforeDayOrZone(line: string, from: number, to: number, end: number): boolean {
  const word = line.slice(from, to).toLowerCase();
  if (word !== 'a.m' && word !== 'p.m') return false;
  const next = /^\s+([A-Za-z]+)/.exec(line.slice(end, end + 24));
  return next !== null && DAY_OR_ZONE.has(next[1].toLowerCase());
}

const DAY_OR_ZONE = new Set<string>([...WEEKDAYS, ...MONTHS, 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'ist', 'local', 'eastern', 'central', 'pacific', 'mountain', 'today', 'tomorrow', 'yesterday', 'tonight']);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Adds `line[s, e)` without its surrounding white space, cut into pieces of at most MAX_SENTENCE. */
function pushSentence(line: string, s: number, e: number, base: number, paragraph: number, out: Sentence[]): void {
  while (s < e && isWhiteSpace(line.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(line.charCodeAt(e - 1))) e--;
  // Text with no sentence ends (tables, 1 MB one-liners) is cut into bounded pieces, which keeps every
  // per-sentence pass (names, chrono, numbers) linear in document size. Cut at a space when possible.
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    while (cut > s + MAX_SENTENCE / 2 && line[cut] !== ' ') cut--;
    if (line[cut] !== ' ') cut = s + MAX_SENTENCE - (/[\uD800-\uDBFF]/.test(line[s + MAX_SENTENCE - 1]) ? 1 : 0);
    pushSentence(line, s, cut, base, paragraph, out);
    s = cut;
    while (s < e && isWhiteSpace(line.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: base + s, end: base + e, index: out.length, paragraph });
}
