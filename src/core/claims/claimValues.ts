import { MONTHS, WEEKDAYS } from '../text/calendarWords';
import { CharCode } from '../text/charCodes';
import type { DocumentAnalysis, Ordinal, Quantity, Span, TimeExpression } from '../types';

/**
 * A document's analysis → the values claims and frames are compared on: its times with the literal
 * calendar fields written in the text (`Tuesday`, `March`), so they still compare when the
 * document has no date to resolve them against, its quantities and its ordinals. Only what the
 * analyser found: no second search with other patterns.
 */
export interface TimeFacts extends Span {
  text: string;
  sentence: number;
  expr?: TimeExpression;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Human-readable value (resolved label, or the literal fields). */
  label: string;
  relative: boolean;
  /** `since March`, `until May`, `after two months`: a bound, not when the event happened. */
  bound: boolean;
}

const MONTH_RE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d{2})\b)?/g;
const WEEKDAY_RE = /\b(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?)(?:day)?\b/g;
const MAY_AS_MONTH_BEFORE = /\b(?:(?:in|since|until|through|last|next|this|of)\s+(?:early\s+|late\s+|mid-?)?|early\s+|late\s+|mid-)$/i;
const BOUND_BEFORE = /\b(?:since|until|till|before|after|by|from|through)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i >= 0 ? i + 1 : undefined;
}

function literalFields(text: string): Pick<TimeFacts, 'year' | 'month' | 'day' | 'weekday'> {
  const out: Pick<TimeFacts, 'year' | 'month' | 'day' | 'weekday'> = {};
  WEEKDAY_RE.lastIndex = 0;
  const wd = WEEKDAY_RE.exec(text);
  if (wd && /^[A-Z]/.test(wd[0])) out.weekday = WEEKDAYS.findIndex((d) => d.startsWith(wd[1].toLowerCase().slice(0, 3)));
  MONTH_RE.lastIndex = 0;
  const mo = MONTH_RE.exec(text);
  if (mo && /^[A-Z]/.test(mo[0]) && !(mo[1] === 'May' && !mo[2] && !mo[3] && /\bmay\b/.test(text))) {
    out.month = monthIndex(mo[1]);
    if (mo[2]) out.day = +mo[2];
    if (mo[3]) out.year = +mo[3];
  }
  const yr = /\b((?:19|20)\d{2})\b/.exec(text);
  if (yr && out.year === undefined) out.year = +yr[1];
  return out;
}

/** `iso.split('-').map(Number)`, without the arrays for the usual `YYYY-MM-DD`. */
function isoParts(iso: string): number[] {
  if (iso.length === 10 && iso.charCodeAt(4) === CharCode.Dash && iso.charCodeAt(7) === CharCode.Dash && /^\d{4}-\d\d-\d\d$/.test(iso)) {
    return [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)];
  }
  return iso.split('-').map(Number);
}

function fieldsFromInterval(e: TimeExpression): Pick<TimeFacts, 'year' | 'month' | 'day' | 'weekday'> {
  const [y, m, d] = isoParts(e.from);
  const sameYear = e.from.slice(0, 4) === e.to.slice(0, 4);
  switch (e.granularity) {
    case 'day':
      return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
    case 'month':
      return { year: y, month: m };
    default:
      return sameYear ? { year: y } : {};
  }
}

function describe(f: Pick<TimeFacts, 'year' | 'month' | 'day' | 'weekday'>, fallback: string): string {
  const parts: string[] = [];
  if (f.weekday !== undefined) parts.push(WEEKDAYS[f.weekday].slice(0, 1).toUpperCase() + WEEKDAYS[f.weekday].slice(1, 3));
  if (f.day !== undefined) parts.push(String(f.day));
  if (f.month !== undefined) parts.push(MONTHS[f.month - 1].slice(0, 1).toUpperCase() + MONTHS[f.month - 1].slice(1));
  if (f.year !== undefined) parts.push(String(f.year));
  return parts.length ? parts.join(' ') : fallback;
}

function isBound(doc: DocumentAnalysis, start: number, text: string): boolean {
  const before = doc.text.slice(Math.max(0, start - 25), start);
  if (!BOUND_BEFORE.test(before) && !/^(?:since|until|after|before|from)\b/i.test(text)) return false;
  // `did not detect it until July 22`, `wasn't found until Friday`: the day it happened, not a bound.
  return !(UNTIL_BEFORE.test(before) || /^(?:until|till)\b/i.test(text)) || !NEGATION_BEFORE.test(doc.text.slice(Math.max(0, start - NEGATION_REACH), start));
}
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
/** A negated verb before `until` (`didn't detect`, `was not found`, `never saw`), within NEGATION_REACH characters, no sentence end between. */
const NEGATION_BEFORE = /(?:\bnot\b|\bnever\b|n['’]t\b)[^.!?;]*$/i;
const NEGATION_REACH = 60;

/** Every time expression of the document, with literal calendar fields. */
export function timeFactsOf(doc: DocumentAnalysis): TimeFacts[] {
  return cachedPerDocument(timeFactsCache, doc, computeTimeFacts);
}

/** Values depend on one analysis alone: computed once per analysis, then shared by every relink. */
function cachedPerDocument<T>(cache: WeakMap<DocumentAnalysis, T>, doc: DocumentAnalysis, compute: (doc: DocumentAnalysis) => T): T {
  let value = cache.get(doc);
  if (value === undefined) cache.set(doc, (value = compute(doc)));
  return value;
}
const timeFactsCache = new WeakMap<DocumentAnalysis, TimeFacts[]>();

const LITERAL_RES = [MONTH_RE, WEEKDAY_RE];
const NO_FIELDS: Pick<TimeFacts, 'year' | 'month' | 'day' | 'weekday'> = {};

/**
 * Closures made per call (arrow functions in a function run per document) are optimised again by V8 for
 * every few new closures: the code below uses module functions and loops instead.
 */
function computeTimeFacts(doc: DocumentAnalysis): TimeFacts[] {
  const out: TimeFacts[] = [];
  for (const e of doc.times) out.push(analysedTimeFact(doc, e));
  // Literal weekdays and months the analyser left out (it cannot resolve them without a document date).
  // A span is covered by an analysed expression (binary search) or by a literal already added in its own sentence.
  const analysed = new CoveredSpans(out);
  let addedInSentence: TimeFacts[] = [];
  for (const sentence of doc.sentences) {
    addedInSentence = [];
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const re of LITERAL_RES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (!/^[A-Z]/.test(m[0]) || analysed.overlaps(start, end) || overlapsAny(addedInSentence, start, end)) continue;
        // A bare `May` is the month only where a month is expected (`in late May`, `since May`), never `may` or `by May`.
        if (m[0] === 'May' && !m[2] && !m[3] && (!MAY_AS_MONTH_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index)) || /^['’]s\b/.test(body.slice(m.index + 3)))) continue;
        if (re === MONTH_RE && !m[2] && !m[3] && !/\b(?:in|of|early|late|mid|last|next|this|since|until|by)\s+$/i.test(body.slice(0, m.index))) continue;
        const fields = literalFields(m[0]);
        if (fields.weekday === undefined && fields.month === undefined) continue;
        const literal: TimeFacts = { start, end, text: m[0], sentence: sentence.index, expr: undefined, year: fields.year, month: fields.month, day: fields.day, weekday: fields.weekday, label: describe(fields, m[0]), relative: fields.year === undefined, bound: isBound(doc, start, m[0]) };
        out.push(literal);
        addedInSentence.push(literal);
      }
    }
  }
  return out.sort(byStart);
}

/** An analysed time expression with its fields: resolved ones win over the literal ones of its text. */
function analysedTimeFact(doc: DocumentAnalysis, e: TimeExpression): TimeFacts {
  // `{ ...literal, ...resolved }`: a resolved field wins (resolved fields are never undefined).
  // Every time fact has one shape, all fields present (undefined when not stated), so no spread.
  const resolved = fieldsFromInterval(e);
  // A day resolves every field: the literal ones would all lose, so they are not read.
  const literal = resolved.year !== undefined && resolved.month !== undefined && resolved.day !== undefined && resolved.weekday !== undefined ? NO_FIELDS : literalFields(e.text);
  const t: TimeFacts = {
    start: e.start,
    end: e.end,
    text: e.text,
    sentence: e.sentence,
    expr: e,
    year: resolved.year ?? literal.year,
    month: resolved.month ?? literal.month,
    day: resolved.day ?? literal.day,
    weekday: resolved.weekday ?? literal.weekday,
    label: '',
    relative: e.relative,
    bound: isBound(doc, e.start, e.text),
  };
  t.label = e.label || describe(t, e.text);
  return t;
}

/** Whether [s, e) overlaps one of `spans` (`spans.some((t) => t.start < e && s < t.end)`). */
function overlapsAny(spans: readonly Span[], s: number, e: number): boolean {
  for (const t of spans) if (t.start < e && s < t.end) return true;
  return false;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/**
 * Spans → "does [s, e) overlap one of them?" in O(log n): starts sorted, with the largest end among
 * each prefix, so overlapping or unsorted input is answered exactly like a linear scan would.
 */
class CoveredSpans {
  private readonly starts: number[];
  private readonly maxEndUpTo: number[];

  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort(byStart);
    this.starts = [];
    this.maxEndUpTo = [];
    let maxEnd = -Infinity;
    for (const t of sorted) {
      this.starts.push(t.start);
      this.maxEndUpTo.push((maxEnd = Math.max(maxEnd, t.end)));
    }
  }

  overlaps(s: number, e: number): boolean {
    // k = how many spans start before e; one of them overlaps when the largest of their ends passes s.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEndUpTo[lo - 1] > s;
  }
}

/**
 * The document's quantities, as the analyser found them. (A fallback regex used to search again when the
 * analyser found none; it found exactly what the analyser rejects on purpose, scores and codes: removed.)
 */
export function quantitiesOf(doc: DocumentAnalysis): Quantity[] {
  return doc.quantities;
}

/** The document's ordinals, as the analyser found them (no fallback search: see `quantitiesOf`). */
export function ordinalsOf(doc: DocumentAnalysis): Ordinal[] {
  return doc.ordinals;
}

