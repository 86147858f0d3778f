import * as chrono from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../text/calendarWords';
import { lemmatize } from './events';
import type { DocumentAnalysis, Granularity, Ordinal, Quantity, Span, TimeExpression } from '../types';

/**
 * The values claims are compared on. Times, quantities and ordinals come from the document
 * analysis; when that is empty (an older or partial analyser), small local fallbacks fill in.
 * Times also carry the literal calendar fields written in the text (`Tuesday`, `March`), so
 * they still compare when the document has no date to resolve them against.
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
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && /^\d{4}-\d\d-\d\d$/.test(iso)) {
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
  return BOUND_BEFORE.test(doc.text.slice(Math.max(0, start - 25), start)) || /^(?:since|until|after|before|from)\b/i.test(text);
}

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
const quantitiesCache = new WeakMap<DocumentAnalysis, Quantity[]>();
const ordinalsCache = new WeakMap<DocumentAnalysis, Ordinal[]>();

const LITERAL_RES = [MONTH_RE, WEEKDAY_RE];

function computeTimeFacts(doc: DocumentAnalysis): TimeFacts[] {
  const exprs = doc.times.length ? doc.times : fallbackTimes(doc);
  const out: TimeFacts[] = exprs.map((e) => {
    // `{ ...literal, ...resolved }`: a resolved field wins (resolved fields are never undefined).
    // Every time fact has one shape, all fields present (undefined when not stated), so no spread.
    const literal = literalFields(e.text);
    const resolved = fieldsFromInterval(e);
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
  });
  // Literal weekdays and months the analyser left out (it cannot resolve them without a document date).
  // A span is covered by an analysed expression (binary search) or by a literal already added in its own sentence.
  const analysed = new CoveredSpans(out);
  let addedInSentence: TimeFacts[] = [];
  const covered = (s: number, e: number) => analysed.overlaps(s, e) || addedInSentence.some((t) => t.start < e && s < t.end);
  for (const sentence of doc.sentences) {
    addedInSentence = [];
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const re of LITERAL_RES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (!/^[A-Z]/.test(m[0]) || covered(start, end)) continue;
        if (m[0] === 'May' && !m[2] && !m[3]) continue;
        if (re === MONTH_RE && !m[2] && !m[3] && !/\b(?:in|of|early|late|mid|last|next|this|since|until|by)\s+$/i.test(body.slice(0, m.index))) continue;
        const fields = literalFields(m[0]);
        if (fields.weekday === undefined && fields.month === undefined) continue;
        const literal: TimeFacts = { start, end, text: m[0], sentence: sentence.index, expr: undefined, year: fields.year, month: fields.month, day: fields.day, weekday: fields.weekday, label: describe(fields, m[0]), relative: fields.year === undefined, bound: isBound(doc, start, m[0]) };
        out.push(literal);
        addedInSentence.push(literal);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Spans → "does [s, e) overlap one of them?" in O(log n): starts sorted, with the largest end among
 * each prefix, so overlapping or unsorted input is answered exactly like a linear scan would.
 */
class CoveredSpans {
  private readonly starts: number[];
  private readonly maxEndUpTo: number[];

  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((t) => t.start);
    this.maxEndUpTo = [];
    let maxEnd = -Infinity;
    for (const t of sorted) this.maxEndUpTo.push((maxEnd = Math.max(maxEnd, t.end)));
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

/** Local stand-in for the date analyser: chrono, past-leaning, per sentence. */
function fallbackTimes(doc: DocumentAnalysis): TimeExpression[] {
  if (!doc.date.date) return [];
  const ref = new Date(`${doc.date.date}T12:00:00Z`);
  const out: TimeExpression[] = [];
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    for (const r of chrono.parse(body, { instant: ref, timezone: 0 })) {
      const known = (r.start as unknown as { knownValues: Record<string, number | undefined> }).knownValues;
      if (known.hour !== undefined && known.day === undefined && known.weekday === undefined) continue;
      if (!/[A-Za-z]/.test(r.text) || /^\d+$/.test(r.text)) continue;
      let y = r.start.get('year') ?? ref.getUTCFullYear();
      const m = r.start.get('month') ?? 1;
      const d = r.start.get('day') ?? 1;
      const granularity: Granularity = known.day !== undefined || known.weekday !== undefined ? 'day' : known.month !== undefined ? 'month' : 'year';
      // Undated months and weekdays in news point backwards from the article date.
      const iso = (yy: number, mm: number, dd: number) => `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      if (known.year === undefined && granularity === 'month' && iso(y, m, 1) > doc.date.date) y--;
      if (/\blast\s+year\b/i.test(r.text)) y = ref.getUTCFullYear() - 1;
      const from = granularity === 'year' ? iso(y, 1, 1) : granularity === 'month' ? iso(y, m, 1) : iso(y, m, d);
      const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const to = granularity === 'year' ? iso(y, 12, 31) : granularity === 'month' ? iso(y, m, lastDay) : from;
      const start = s.start + r.index;
      const relative = known.year === undefined;
      const label = granularity === 'year' ? String(y) : granularity === 'month' ? `${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}` : from;
      out.push({ start, end: start + r.text.length, text: r.text, sentence: s.index, from, to, granularity, relative, label });
    }
  }
  return out;
}

const SMALL_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const UNIT_STOP = /^(?:in|on|at|of|to|for|from|with|by|and|or|but|the|a|an|who|which|that|as|was|were|is|are|have|has|had|after|before|during|since|than|per|each)$/;

export function quantitiesOf(doc: DocumentAnalysis): Quantity[] {
  return doc.quantities.length ? doc.quantities : cachedPerDocument(quantitiesCache, doc, fallbackQuantities);
}

export function ordinalsOf(doc: DocumentAnalysis): Ordinal[] {
  return doc.ordinals.length ? doc.ordinals : cachedPerDocument(ordinalsCache, doc, fallbackOrdinals);
}

function fallbackQuantities(doc: DocumentAnalysis): Quantity[] {
  const out: Quantity[] = [];
  const words = Object.keys(SMALL_NUMBERS).join('|');
  const re = new RegExp(`(\\$|£|€)?\\b(\\d[\\d,]*(?:\\.\\d+)?|${words})\\b(?:[\\s-]+(${Object.keys(SCALE).join('|')}))?(%|\\s*percent\\b)?`, 'gi');
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(body))) {
      const raw = m[2].toLowerCase();
      let value = SMALL_NUMBERS[raw] ?? Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(value)) continue;
      // Years and day-of-month numbers are dates, not counts.
      if (/^(?:19|20)\d{2}$/.test(raw) && !m[1]) continue;
      const before = body.slice(0, m.index);
      if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$/.test(before)) continue;
      if (raw === 'one' && !/^\s*(?:of\b)/.test(body.slice(m.index + m[0].length)) && /\b(?:no|any|every|some)\s*$/i.test(before)) continue;
      if (m[3]) value *= SCALE[m[3].toLowerCase()];
      let unit: string | null = m[1] ? { $: 'usd', '£': 'gbp', '€': 'eur' }[m[1]] ?? null : m[4] ? 'percent' : null;
      const rest = body.slice(m.index + m[0].length);
      if (!unit) {
        const tail = /^-?\s*((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=[\s,.;:)]|$)/.exec(rest.replace(/^-/, ' '));
        if (tail) {
          const ws = tail[1].split(/\s+/);
          const stop = ws.findIndex((w) => UNIT_STOP.test(w));
          const head = (stop === -1 ? ws : ws.slice(0, stop)).pop();
          if (head) unit = lemmatize(head).replace(/s$/, '') || null;
        }
      }
      const comparator = /\b(?:over|more\s+than|above|at\s+least|exceeding)\s*$/i.test(before)
        ? '>'
        : /\b(?:under|less\s+than|fewer\s+than|below|up\s+to|at\s+most)\s*$/i.test(before)
          ? '<'
          : /\b(?:about|around|nearly|almost|some|roughly|approximately|an\s+estimated|estimated)\s*$/i.test(before)
            ? '~'
            : '=';
      const start = s.start + m.index;
      const end = start + m[0].length;
      out.push({ start, end, text: doc.text.slice(start, end), sentence: s.index, value, comparator, unit });
    }
  }
  return out;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

const ORDINAL_RE = new RegExp(`\\b(${ORDINAL_WORDS.join('|')}|\\d+(?:st|nd|rd|th))\\b(?:[\\s-]+([a-z]+))?`, 'gi');
/** What every `ORDINAL_RE` match holds: an ordinal word, or a digit before its ending. */
const ORDINAL_HINT = new RegExp(`${ORDINAL_WORDS.join('|')}|\\d(?:st|nd|rd|th)`, 'i');

function fallbackOrdinals(doc: DocumentAnalysis): Ordinal[] {
  const out: Ordinal[] = [];
  // A quarter of documents have no ordinal the analyser keeps; most of those hold none at all.
  if (!ORDINAL_HINT.test(doc.text)) return out;
  const re = ORDINAL_RE;
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(body))) {
      const w = m[1].toLowerCase();
      const value = ORDINAL_WORDS.indexOf(w) + 1 || parseInt(w, 10);
      if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$/.test(body.slice(0, m.index))) continue;
      if (/^\d/.test(w) && /^\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(body.slice(m.index + m[1].length))) continue;
      const start = s.start + m.index;
      const end = start + m[1].length;
      out.push({ start, end, text: m[1], sentence: s.index, value, noun: m[2] ? lemmatize(m[2]) : null });
    }
  }
  return out;
}
