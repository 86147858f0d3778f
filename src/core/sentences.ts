import type { Sentence } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'st', 'jr', 'sr',
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
  const lineRe = /[^\r\n]*(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  let blankRun = false;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    const lineStart = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    if (line.trim() === '') {
      if (!blankRun && out.length > 0) paragraph++;
      blankRun = true;
      continue;
    }
    blankRun = false;
    splitLine(line, lineStart, paragraph, out);
    if (lineRe.lastIndex >= text.length) break;
  }
  return out;
}

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function splitLine(line: string, base: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    // Text with no sentence ends (tables, 1 MB one-liners) is cut into bounded pieces, which keeps every
    // per-sentence pass (names, chrono, numbers) linear in document size. Cut at a space when possible.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && line[cut] !== ' ') cut--;
      if (line[cut] !== ' ') cut = s + MAX_SENTENCE - (/[\uD800-\uDBFF]/.test(line[s + MAX_SENTENCE - 1]) ? 1 : 0);
      push(s, cut);
      s = cut;
      while (s < e && /\s/.test(line[s])) s++;
    }
    if (e > s) out.push({ start: base + s, end: base + e, index: out.length, paragraph });
  };
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const end = m.index + m[0].length;
    // Only the last word matters (letters and dots right before the end, at most 64 back), read backwards.
    const floor = Math.max(start, m.index - 64);
    let w = m.index;
    while (w > floor && isLetterOrDot(line.charCodeAt(w - 1))) w--;
    const lastWord = w < m.index ? line.slice(w, m.index).toLowerCase() : '';
    if (m[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    push(start, end);
    start = end;
  }
  push(start, line.length);
}
