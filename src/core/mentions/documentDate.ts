/**
 * One source's text and sentences → the source's own date (the reference for its relative dates): a
 * `date YYYY-MM-DD` header line, a `Published …` line, or a full date near the top (dateline, caption).
 * Where the date came from is kept (`dateSource`), so the editor and the JSON can say why.
 */
import { MONTHS as MONTH_WORDS } from '../text/calendarWords';
import { iso, parseIso } from './dates/dateMath';
import { DATE_STAMP_LINE } from '../text/sentences';
import type { DocumentDate, Sentence, Span } from '../types';

/** Month number (1–12) by its first three letters: `jan` → 1. */
const MONTHS: Record<string, number> = Object.fromEntries(MONTH_WORDS.map((m, i) => [m.slice(0, 3), i + 1]));
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'g');
const MDY = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** How far into the text a full date still counts as the document's own (captions, datelines). */
const TOP_CHARS = 1500;
/** Lines after an empty `Published` line that may carry its date. */
const PUBLISHED_LOOKAHEAD_LINES = 3;

/**
 * The document's own date, by priority: the header line (` date 2023-04-18 …`), a `Published …` line
 * (its date may sit on one of the next lines), a full day-month-year date in a dateline-like spot, then an
 * `Updated …` / `Last modified …` line: the day a page was first put out is the day its body was written.
 * Dates inferred from the rest of the folder are added by CorpusIndex.
 */
export function findDocumentDate(text: string, _sentences: Sentence[]): DocumentDate {
  const header = headerDate(text);
  if (header) return header;
  const top = text.slice(0, TOP_CHARS * 2);
  const published = dateOfLabelledLine(text, top, PUBLISHED_LINE);
  if (published) return published;
  const dateline = datelineDate(text);
  if (dateline) return { date: dateline.date, source: 'text', span: dateline.span };
  // When the page was last changed, only when nothing says when it was first put out.
  return dateOfLabelledLine(text, top, UPDATED_LINE) ?? { date: null, source: 'none' };
}

/** Lines that still belong to the header (headline, byline, caption) before the body starts. */
const HEADER_LINES = 5;

/** The first non-empty lines near the top, with their offsets: where headers and datelines sit. */
function headerLines(text: string): { line: string; from: number }[] {
  const out: { line: string; from: number }[] = [];
  let offset = 0;
  for (const line of text.slice(0, TOP_CHARS).split('\n')) {
    const from = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    if (out.length === HEADER_LINES) break;
    out.push({ line, from });
  }
  return out;
}

/** A ` date 2023-04-18 …` line: first, or among the header lines (after a headline, say). */
function headerDate(text: string): DocumentDate | null {
  for (const { line, from } of headerLines(text)) {
    const m = DATE_STAMP_LINE.exec(line);
    if (m && parseIso(m[1])) {
      const start = from + m[0].length - m[1].length;
      return { date: m[1], source: 'header', span: { start, end: start + m[1].length } };
    }
  }
  return null;
}

/** The labels of a line saying when a page was changed (`Updated`, `Last modified`), at its start. */
const UPDATED_LABEL = '^[ \\t]*(?:Updated|Last updated|Last modified|Modified)\\b';
const UPDATED_LINE_START = new RegExp(UPDATED_LABEL, 'i');

/** A longer line is body text: dates in it are usually about the story's past, not the article's day. */
const SHORT_LINE = 120;
/** `WASHINGTON, April 18, 2023 —`, `April 18, 2023 (Reuters) -`: a date opening the first body line. */
const DATELINE_START = new RegExp(`^\\s*(?:[A-Z][A-Z .'’-]*,?\\s+(?:\\([A-Za-z ]+\\)\\s*)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`);

/**
 * A full date in a dateline-like position: anywhere in the short lines before the body starts, or
 * opening the first body line. A historical date in the body (`On Tuesday, Oct. 10, 1972, ...`) is not the article's.
 */
function datelineDate(text: string): { date: string; span: Span } | null {
  for (const { line, from } of headerLines(text)) {
    if (line.trim().length <= SHORT_LINE) {
      // When the page was changed is no dateline (`Last modified: 2023-04-20` above `April 18, 2023 10:15am EDT`).
      if (UPDATED_LINE_START.test(line)) continue;
      const d = firstFullDate(text, from, from + line.length);
      if (d) return d;
      continue;
    }
    const opening = DATELINE_START.exec(line);
    return opening ? firstFullDate(text, from, from + opening[0].length) : null;
  }
  return null;
}

/** Lines that say when a page was first put out, and (asked only when there is none) when it was changed. */
const PUBLISHED_LINE = /^[ \t]*(?:Published|Posted|First published)\b[^\n]*/im;
const UPDATED_LINE = new RegExp(`${UPDATED_LABEL}[^\\n]*`, 'im');

/** The date of the first line `label` matches (its date may sit on one of the next lines), as `published`. */
function dateOfLabelledLine(text: string, top: string, label: RegExp): DocumentDate | null {
  const line = label.exec(top);
  if (!line) return null;
  let end = line.index + line[0].length;
  const own = firstFullDate(text, line.index, end);
  if (own) return { date: own.date, source: 'published', span: own.span };
  // An empty `Published` line: the date, when given, follows on the next non-empty lines.
  let lines = 0;
  while (lines < PUBLISHED_LOOKAHEAD_LINES && end < top.length) {
    const next = /\n[ \t]*([^\n]*)/y;
    next.lastIndex = end;
    const m = next.exec(top);
    if (!m) break;
    const lineEnd = m.index + m[0].length;
    if (m[1].trim()) {
      lines++;
      const d = firstFullDate(text, m.index, lineEnd);
      if (d) return { date: d.date, source: 'published', span: d.span };
    }
    end = lineEnd;
  }
  return null;
}

/** The earliest valid day-month-year date in `text[from, to)`. */
export function firstFullDate(text: string, from: number, to: number): { date: string; span: Span } | null {
  const s = text.slice(from, to);
  let best: { date: string; span: Span } | null = null;
  /** True when the match is a real date (the earliest one of its pattern). */
  const consider = (index: number, length: number, y: number, m: number, d: number): boolean => {
    const date = iso({ y, m, d });
    if (!parseIso(date)) return false;
    if (!best || from + index < best.span.start) best = { date, span: { start: from + index, end: from + index + length } };
    return true;
  };
  for (const re of [DMY, MDY, ISO]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const valid =
        re === DMY ? consider(m.index, m[0].length, +m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1])
        : re === MDY ? consider(m.index, m[0].length, +m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2])
        : consider(m.index, m[0].length, +m[1], +m[2], +m[3]);
      if (valid) break;
    }
  }
  return best;
}
