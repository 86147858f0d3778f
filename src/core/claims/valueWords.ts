import { CharCode, isAsciiLetter, isDigit } from '../text/charCodes';
import { wordStem } from '../text/lemma';
import type { Span } from '../types';

/**
 * The words around one value → what they say about it: a code rather than a count (`the 1200 block
 * of`, `.38-caliber`, `flight 253`), an amount restated in brackets, an age, a score (`a 31-24 win`),
 * a running total (`so far`), a rate (`each`), the verb that governs it. Read by valueFrames.ts.
 */

/**
 * Whether the number at `text[start, end)` names something rather than counting it: a street block
 * (`the 1200 block of Main Street`), a calibre (`.38-caliber`), a flight, route, room or page number
 * (`flight 253`, `Route 66`), a jersey (`No. 9`), a score (`27-24`).
 */
export function isIdentifierNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prev = text.charCodeAt(start - 1);
  if (prev === CharCode.Period || prev === CharCode.Hash) return true; // .38, #9
  if (IDENTIFIER_AFTER.test(after)) return true;
  // Digit groups side by side are one code (`0800 555 111`), not counts.
  if (/\d[ \u00a0]$/.test(before) || /^[ \u00a0]\d/.test(after)) return true;
  if (IDENTIFIER_BEFORE.test(before)) return true;
  return false;
}

const IDENTIFIER_AFTER = /^(?:[\s-]*(?:caliber|calibre|cal\b|mm\b|millimet(?:er|re))|\s+block\s+of\b|[-–]\d)/i;
const IDENTIFIER_BEFORE = /\b(?:flight|route|highway|interstate|road|room|suite|apartment|apt\.?|unit|page|chapter|article|section|channel|gate|platform|seat|row|exit|lot|precinct|ward|cell|bus|train|line|lane|pier|terminal|no\.|number|jersey|model|version|district|box|code|item|lane|lot|level|floor|building|bed|house)\s+$/i;

/** Words that say a count is a running total (`combined` only before the figure: `a combined 12 goals`, not `the combined company`). */
export const CUMULATIVE = /\b(?:total|totals|totalled|totaled|so\s+far|thus\s+far|(?:till|until|up\s+to)\s+now|in\s+all|altogether|to\s+date|overall|cumulative|combined(?=\s+(?:total\b|[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b))|career|all\s+told|tally|since\s+(?:the\s+)?(?:start|beginning)|this\s+(?:year|season)|a\s+year|in\s+recent\s+(?:years|months|weeks))\b/i;
/** Words right after a count that make it a rate. */
export const RATE_AFTER = /^[^,.;]{0,25}?\b(?:each|per|a\s+(?:day|week|month|year|game|night|piece|head)|an\s+(?:hour|hour's)|every)\b|^[^,.;]{0,50}?\bfor\s+(?:each|every)\b/i;
export const RATE_BEFORE = /\b(?:each|every|average|averaging|averaged|rate\s+of)\s+(?:of\s+)?$/i;
/** `Name, 52,` / `Name (52)`: an age. */
const AGE_BETWEEN_COMMAS = /^\s*(?:,|\))/;
const AGE_AFTER = /^[\s-]*years?[\s-]+old\b|^[\s-]*year-old\b|^-year-old\b/i;

/** `a 31-24 win`: a final score, one value (`31-24` → 31024) qualified by the word after it. A lead (`a 14-0 lead`) is
 * one moment of a game, not a fact two reports of it share: no value. Worth asking only of a sentence that holds
 * a digit, a dash and a digit in a row (`digitDashDigitsIn` finds them for a whole text at once). */
export function scoresIn(text: string, sentence: Span): readonly { span: Span; value: number; head: string }[] {
  const out: { span: Span; value: number; head: string }[] = [];
  const body = text.slice(sentence.start, sentence.end);
  SCORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCORE.exec(body))) {
    const start = sentence.start + m.index;
    out.push({ span: { start, end: start + m[0].length }, value: +m[1] * 1000 + +m[2], head: `score ${m[3].toLowerCase()}` });
  }
  return out;
}
/**
 * Offsets of the dashes (hyphen or en dash) of `text` with a digit right before and after them, in order: a
 * sentence `[start, end)` may hold a score (`scoresIn`) only when one lies in `[start + 1, end - 1)`. Found
 * with `indexOf` over the whole text once instead of reading every character of every sentence.
 */
export function digitDashDigitsIn(text: string): number[] {
  const hyphens = dashesBetweenDigits(text, '-');
  const enDashes = dashesBetweenDigits(text, '–');
  if (!enDashes.length) return hyphens;
  if (!hyphens.length) return enDashes;
  const out: number[] = [];
  let h = 0;
  let e = 0;
  while (h < hyphens.length || e < enDashes.length) out.push(e >= enDashes.length || (h < hyphens.length && hyphens[h] < enDashes[e]) ? hyphens[h++] : enDashes[e++]);
  return out;
}
function dashesBetweenDigits(text: string, dash: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(dash, 1); i >= 0 && i + 1 < text.length; i = text.indexOf(dash, i + 1)) {
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) out.push(i);
  }
  return out;
}
/** Shared by sentences without a score: never changed. */
export const NO_SCORES: readonly { span: Span; value: number; head: string }[] = [];
const SCORE = /(?<![\d.,-])(\d{1,3})[-–](\d{1,3})(?![\d-])\s+(?:(?:overtime|home|road|away|come-from-behind|opening|season-opening)\s+)?(win|victory|loss|defeat|rout|triumph|upset)\b/gi;

/**
 * The verb governing the value after `text[from, to)`, read back over at most three words past determiners,
 * hedges and prepositions: `missed` in `missed the final four games`, `played` in `played in 10 games`. Only
 * words that read as verbs (`-ed`, `-ing`) count. Read backwards word by word (`/[a-z]+/g` over the lower-cased
 * text) without copying the range; a range with non-ASCII characters (whose lower case may hold ASCII
 * letters) is read the slow way.
 */
export function governorIn(text: string, from: number, to: number): string | null {
  let end = to;
  for (;;) {
    while (end > from && !isAsciiLetter(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) >= CharCode.FirstNonAscii) return governorOfWords(text.slice(from, to));
      end--;
    }
    if (end === from) return null;
    let start = end - 1;
    while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start > from && text.charCodeAt(start - 1) >= CharCode.FirstNonAscii) return governorOfWords(text.slice(from, to));
    const w = text.slice(start, end).toLowerCase();
    end = start;
    if (GOVERNOR_SKIP.has(w)) continue;
    // The first word not skipped decides (a fourth word is never reached).
    return w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')) ? wordStem(w) : null;
  }
}

function governorOfWords(before: string): string | null {
  const words = before.toLowerCase().match(/[a-z]+/g);
  if (!words) return null;
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const w = words[k];
    if (GOVERNOR_SKIP.has(w)) continue;
    seen++;
    if (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) return wordStem(w);
    return null;
  }
  return null;
}
const GOVERNOR_SKIP = new Set('the a an his her its their our my your this that these those some about around nearly almost roughly approximately only just more than less fewer over under at least most up to in on of for with by from final first last next another all'.split(' '));


/** Where the digits or words of a quantity start (after a comparator such as `more than`). */
export function numberStart(text: string, q: Span): number {
  let afterDollar = -1;
  for (let i = q.start; i < q.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return i;
    if (c === CharCode.Dollar && afterDollar < 0) afterDollar = i + 1;
  }
  return afterDollar >= 0 ? afterDollar : q.start;
}

/** Where the quantity's first run of digits ends (its unit words follow). */
export function numberEnd(text: string, q: Span): number {
  let i = numberStart(text, q);
  for (; i < q.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || ((c === CharCode.Comma || c === CharCode.Period) && isDigit(text.charCodeAt(i + 1)))) continue;
    break;
  }
  return i;
}

/** `$US1 million ($1.52 million)`, `5 miles (8 km)`: the same amount restated in brackets after another. */
export function isConversion(text: string, q: Span): boolean {
  return /\d[^()\d]{0,20}\(\s*(?:[A-Z]{1,3}\s?)?[$£€]?\s*$/.test(text.slice(Math.max(0, q.start - 32), q.start));
}

/** `$5.4-billion`: a scale word after a hyphen, which the number finder leaves out of the value. */
export function hyphenScale(text: string, q: Span): number {
  const m = /^-(thousand|million|billion|trillion)\b/i.exec(text.slice(numberEnd(text, q), numberEnd(text, q) + 12));
  return m ? HYPHEN_SCALES[m[1].toLowerCase()] : 1;
}
const HYPHEN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export function isAge(text: string, start: number, end: number, unit: string | null): boolean {
  const e = numberEnd(text, { start, end });
  if (AGE_AFTER.test(text.slice(e, e + 16))) return true;
  if (unit) return false;
  // `Lo Presti, 52,`: a bare number between commas right after a capitalised name.
  const before = text.slice(Math.max(0, start - 30), start);
  return /[A-Z][a-z'’-]+\s*[,(]\s*$/.test(before) && AGE_BETWEEN_COMMAS.test(text.slice(e, e + 4));
}

