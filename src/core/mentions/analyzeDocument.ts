/**
 * One source's text → everything known about it without looking at the other sources: its sentences,
 * its own date, title and byline, and its name, time, quantity and ordinal mentions. Later stages
 * (entities, claims, conflicts) read only this, so a source is analysed once and cached until it changes.
 */
import { findTimes } from './dates/findTimes';
import { findDocumentDate } from './documentDate';
import { findNames } from './names/findNames';
import { findOrdinals, findQuantities } from './numbers';
import { isLineTerminator } from '../text/charCodes';
import { isNonClaimSpan } from '../text/nonClaimLines';
import { isMenuLine } from './names/pageChrome';
import { splitSentences } from '../text/sentences';
import { MONTHS, WEEKDAYS } from '../text/calendarWords';
import type { DocumentAnalysis, DocumentDate } from '../types';

export interface AnalyzeOptions {
  /** Overrides the document's own date (used for dates inferred from the rest of the folder). */
  referenceDate?: DocumentDate;
}

/** Everything that can be known about one source without looking at the others. */
export function analyzeDocument(file: string, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const sentences = splitSentences(text);
  const date = options.referenceDate ?? findDocumentDate(text, sentences);
  const byline = findByline(text);
  // The title is the first line that is neither the date header nor the page's (`Skip to main content`, a menu).
  const firstLine = sentences.find((s) => !/^\s*date\s+\d{4}-/i.test(text.slice(s.start, s.end)) && !isMenuLine(text, s.start, s.end) && !isNonClaimSpan(text, s.start, s.end));
  return {
    file,
    text,
    title: firstLine ? { start: firstLine.start, end: firstLine.end } : undefined,
    byline: byline ? { start: byline.index, end: byline.index + byline[0].length } : undefined,
    bylineNames: byline ? bylineNamesIn(byline[1]) : [],
    date,
    sentences,
    names: findNames(text, sentences),
    times: findTimes(text, sentences, date.date),
    quantities: findQuantities(text, sentences),
    ordinals: findOrdinals(text, sentences),
  };
}

/** The same analysis against another reference date: only the dates are found again. */
export function withReferenceDate(analysis: DocumentAnalysis, date: DocumentDate): DocumentAnalysis {
  return { ...analysis, date, times: findTimes(analysis.text, analysis.sentences, date.date) };
}

/** Words of a byline that name a job, not a person: `By Staff Writer`, `By Our Correspondent`, `By News Desk`. */
const BYLINE_ROLE_WORDS = new Set(['staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'desk', 'news', 'web', 'online', 'digital', 'wire', 'wires', 'service', 'services', 'agency', 'agencies', 'our', 'team', 'bureau', 'newsroom', 'contributor', 'contributors', 'the']);

/** The people a byline names (`Jane Roe and John Doe`), without a job standing for a name (`Staff Writer`). */
function bylineNamesIn(byline: string): string[] {
  const out: string[] = [];
  for (const part of byline.split(/\s+and\s+|,\s*/)) {
    const name = part.trim();
    if (name && !name.split(/\s+/).every((w) => BYLINE_ROLE_WORDS.has(w.toLowerCase()))) out.push(name);
  }
  return out;
}

/** The most words a byline's names take (`Jane Roe, John Doe and Mary Major in Washington`). */
const BYLINE_MAX_WORDS = 10;
/** A line opening `By` + a time is a sentence of the story (`By Sunday, rescuers had pulled out 11 bodies…`). */
const NOT_A_NAME = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS, 'then', 'now', 'noon', 'midnight', 'dawn', 'nightfall', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'contrast', 'comparison', 'law'].join('|')})\\b`, 'i');

/** What follows `By` names people: a few words, not a time, not a sentence. */
function looksLikeByline(names: string): boolean {
  return !NOT_A_NAME.test(names) && names.trim().split(/\s+/).length <= BYLINE_MAX_WORDS && !/[.!?]["'”’]?\s*$/.test(names.trim().replace(/\b[A-Z]\.$/, ''));
}

/** `By Jane Roe` (optionally `| Agency`) on a line of its own. */
const BYLINE_AT = /By\s+([A-Z][^\n|]*?)(?:\s*\|[^\n]*)?$/my;

/**
 * The first match of `/^By\s+([A-Z][^\n|]*?)(?:\s*\|[^\n]*)?$/m`: it can only start at a line start holding
 * `By`, so only those places (found with indexOf) are tried, instead of the regex trying every character.
 */
function findByline(text: string): RegExpExecArray | null {
  for (let p = text.indexOf('By'); p >= 0; p = text.indexOf('By', p + 1)) {
    if (p > 0) {
      const c = text.charCodeAt(p - 1);
      // Where a multiline `^` matches: after a line terminator.
      if (!isLineTerminator(c)) continue;
    }
    BYLINE_AT.lastIndex = p;
    const m = BYLINE_AT.exec(text);
    if (m && looksLikeByline(m[1])) return m;
  }
  return null;
}
