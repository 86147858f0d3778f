import { MONTHS as ALL_MONTHS, WEEKDAYS } from '../text/calendarWords';
import { isAsciiLetter, isDigit } from '../text/charCodes';
import type { Span } from '../types';

/**
 * Sentence tokens for the near-duplicate contradiction rule (`parallel.ts`): the tokenizer, slot
 * words (numbers, weekdays, months, ordinals) and the token helpers its blocking keys and verdicts share.
 */

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen'];
// `may` is left out of the month slots: as a modal verb it is far more common than the month.
const MONTHS = ALL_MONTHS.filter((m) => m !== 'may');
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export type SlotKind = 'number' | 'weekday' | 'month' | 'ordinal';

export const SLOT_WORDS = new Map<string, SlotKind>([
  ...NUMBER_WORDS.map((w) => [w, 'number'] as const),
  ...WEEKDAYS.map((w) => [w, 'weekday'] as const),
  ...MONTHS.map((w) => [w, 'month'] as const),
  ...ORDINALS.map((w) => [w, 'ordinal'] as const),
]);

export interface Token extends Span {
  text: string;
  norm: string;
  slot?: SlotKind;
  /** The norm with values masked (`#number`), what wording comparisons use. */
  masked: string;
  /** Numbers only: `6:00` and `6` are one clock time, `1,000` and `1000` one number. */
  value?: number;
}

const ALL_DIGITS = /^\d+$/;
export const numeric = (norm: string) => (ALL_DIGITS.test(norm) ? Number(norm) : isDigit(norm.charCodeAt(0)) ? Number(norm.replace(/,/g, '').replace(/:(\d\d)$/, (_, m: string) => (m === '00' ? '' : `.${m}`))) : NUMBER_WORDS.indexOf(norm) + 1 || NaN);

/** Slot words by first letter, last letter and length: most words need no lookup. */
export const SLOT_SHAPES = new Uint8Array(26 * 26 * 16);
export const shapeIndex = (w: string) => {
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
const SPACE = /\s/;
/** `/^\s+$/.test(body.slice(from, to))` */
export function allSpace(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(body[i])) return false;
  }
  return true;
}

/** End of the number token starting at `i` (before `limit`): the longest run of digits, commas, dots and colons, cut back to its last digit. */
export function numberTokenEnd(body: string, i: number, limit: number): number {
  let end = i + 1;
  for (let j = i + 1; j < limit; j++) {
    const d = body.charCodeAt(j);
    if (isDigit(d)) end = j + 1;
    else if (d !== 44 && d !== 46 && d !== 58) break;
  }
  return end;
}

/** End of the word token starting at `i` (before `limit`): ASCII letters and apostrophes. */
export function wordTokenEnd(body: string, i: number, limit: number): number {
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
export function tokenize(body: string): Token[] {
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

export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it', 'its', 'as', 'than', 'more', 'up', 'about', 'some', 'least', 'he', 'she', 'they', 'his', 'her', 'their']);
export const isContent = (t: Token) => !t.slot && !FUNCTION_WORDS.has(t.norm) && t.norm.length > 2 && !t.masked.startsWith('#');
/** A day or month next to a value says as much as a content word (`the second Tuesday of`). */
const isContextWord = (t: Token) => isContent(t) || t.slot === 'weekday' || t.slot === 'month';

/**
 * The two words before and the two after a value, values masked, as the news-wide notion of
 * "the same slot". The sentence end may stand for the second word after. At least one of the four
 * is a content word, so `of the _ of the` aligns nothing.
 */
export function contextKey(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t.slot || i < 2 || i + 1 >= tokens.length) return undefined;
  const after2 = i + 2 < tokens.length ? tokens[i + 2] : undefined;
  if (!isContextWord(tokens[i - 2]) && !isContextWord(tokens[i - 1]) && !isContextWord(tokens[i + 1]) && !(after2 && isContextWord(after2))) return undefined;
  return `${t.slot}|${tokens[i - 2].masked} ${tokens[i - 1].masked} ${tokens[i + 1].masked} ${after2 ? after2.masked : '$'}`;
}
