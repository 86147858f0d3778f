// A sentence's text → the parts of it that are page furniture, not prose: menu lines (`Expand / Collapse
// search`, `All Sections`), photo credits (`(Kremlin.ru/Handout via REUTERS)`, `REUTERS/Jane Roe`) and
// wire datelines (`GAZA (Reuters) -`). Scraped news pages carry them around the story; a name found in
// them (`Handout`, `REUTERS`) is no participant of the story.

import { CharCode } from '../../text/charCodes';
import { ENDS_WITH_STOP_RE, WORD_RE } from '../../text/nonClaimLines';

/** Words that only page menus and buttons use on a line of their own (headlines do not). */
const MENU_WORDS = new Set(['expand', 'collapse', 'sections', 'search', 'menu', 'subscribe', 'advertisement', 'share', 'comment', 'comments', 'reply', 'replies', 'skip', 'older', 'newer', 'print', 'email', 'login', 'logout', 'newsletter', 'newsletters']);
/** A menu line has at most this many words. */
const MENU_LINE_WORDS = 8;

/** A navigation bar: three or more short items between bars or bullets (`Home | News | World | Sport`). */
const NAV_BAR = /^\s*[^|•\n]{1,24}(?:\s[|•]\s[^|•\n]{1,24}){3,}\s*$/;

/** Whether `text[start, end)` is a short unpunctuated line holding a menu word, or a navigation bar. */
export function isMenuLine(text: string, start: number, end: number): boolean {
  // Longer spans are prose or headlines: no need to read them.
  if (end - start > 120) return false;
  const line = text.slice(start, end);
  if (ENDS_WITH_STOP_RE.test(line)) return false;
  let words = 0;
  let menu = false;
  for (const m of line.matchAll(WORD_RE)) {
    if (++words > MENU_LINE_WORDS) return NAV_BAR.test(line);
    if (MENU_WORDS.has(m[0].toLowerCase())) menu = true;
  }
  return menu || NAV_BAR.test(line);
}

/** A parenthesised credit: a slash, `via`, or a photo word inside (`(AP Photo/Jane Roe)`, `(Pool via APTN)`). */
const CREDIT_GROUP = /\((?=[^()\n]{1,160}\))[^()\n]*?(?:\/|\bvia\b|\b(?:[Pp]hoto|PHOTO|[Hh]andout|HANDOUT|[Ff]ile|FILE|[Cc]redit)\b)[^()\n]*\)/g;
/** A short parenthesised tag before a dash (`GAZA (Reuters) -`): the wire agency of a dateline. */
const DATELINE_TAG = /\([^()\n]{1,30}\)\s*[-–—]/g;
/** An all-caps agency before a slash and a photographer (`REUTERS/Jane Roe`, `AFP/Getty Images`): to the line's end. */
const SLASH_CREDIT = /\b\p{Lu}{2,}\/[\p{L} .]{0,60}/gu;

/**
 * The ranges of `text[start, end)` that are credits or wire tags, as [from, to) offset pairs into `text`
 * (empty for almost every sentence: a sentence without `(` or `/` is read no further).
 */
export function creditRanges(text: string, start: number, end: number): number[] {
  // Read only the sentence (`indexOf` would search the rest of the document when the sentence has neither).
  let marked = false;
  for (let i = start; i < end && !marked; i++) {
    const c = text.charCodeAt(i);
    marked = c === CharCode.OpenParen || c === CharCode.Slash;
  }
  if (!marked) return [];
  const sentence = text.slice(start, end);
  const found: [number, number][] = [];
  for (const re of [CREDIT_GROUP, DATELINE_TAG, SLASH_CREDIT]) {
    for (const m of sentence.matchAll(re)) found.push([start + m.index!, start + m.index! + m[0].length]);
  }
  // In order, overlapping ranges merged.
  found.sort((a, b) => a[0] - b[0]);
  const ranges: number[] = [];
  for (const [from, to] of found) {
    if (ranges.length > 0 && from <= ranges[ranges.length - 1]) ranges[ranges.length - 1] = Math.max(ranges[ranges.length - 1], to);
    else ranges.push(from, to);
  }
  return ranges;
}
