import { fileNameOf } from '../text/fileName';
import { ordinalsOf, type TimeFacts } from '../claims/claimValues';
import type { ClaimFacts } from '../claims/extractClaims';
import { lemmatize, REPORTING_FAMILIES, SINGLE_PLACE_FAMILIES } from '../claims/events';
import { hasNegator } from '../claims/negation';
import { factName } from './messages';
import type { Contradiction, ContradictionKind, DocumentAnalysis, Quantity, Span } from '../types';

/**
 * Contradiction rules over aligned claims. Two claims are only compared when they are about the
 * same thing: same event family, a shared subject, and a shared object or place when both name one.
 * Claims are blocked by (entity, event) so the work grows with the number of claims that share
 * a key, never with all pairs of sentences.
 */

export interface ClaimConflict {
  kind: ContradictionKind;
  a: ClaimFacts;
  b: ClaimFacts;
  /** What each side says, normalised, for the message. */
  aValue: string;
  bValue: string;
  confidence: number;
  /** Where each side writes the disputed value, when one value is. */
  aSpan?: Span;
  bSpan?: Span;
}

export interface ComparisonContext {
  docs: ReadonlyMap<string, DocumentAnalysis>;
  /** Entity ids mentioned together in one sentence somewhere (`Kherson` with `Ukraine`): not rival places. */
  coMentioned(a: string, b: string): boolean;
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const anchorsOf = (c: ClaimFacts) => [...c.places, ...c.objects];
/** `anchorsOf(c).length`, without the copy. */
const anchorCount = (c: ClaimFacts) => c.places.length + c.objects.length;
/** `intersects(anchorsOf(a), anchorsOf(b))`, without the copies (every compared pair asks). */
function anchorsIntersect(a: ClaimFacts, b: ClaimFacts): boolean {
  for (const x of a.places) if (b.places.includes(x) || b.objects.includes(x)) return true;
  for (const x of a.objects) if (b.places.includes(x) || b.objects.includes(x)) return true;
  return false;
}

/** Same subject (or, both subjectless, the same anchor) and same event. */
export function aboutSameThing(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.event !== b.event || a.file === b.file) return false;
  if (a.subjects.length && b.subjects.length) {
    if (!intersects(a.subjects, b.subjects)) return false;
  } else if (a.subjects.length || b.subjects.length) {
    return false;
  }
  if (!a.subjects.length) return anchorsIntersect(a, b);
  return !anchorCount(a) || !anchorCount(b) || anchorsIntersect(a, b);
}

/** Blocking keys: one per subject (or anchor for subjectless claims) and event. */
export function blockingKeys(c: ClaimFacts): string[] {
  const ids = c.subjects.length ? c.subjects : anchorsOf(c);
  return ids.map((id) => `${c.event}\u0000${id}`);
}

type Fields = 'year' | 'month' | 'day' | 'weekday';
const FIELDS: Fields[] = ['year', 'month', 'day', 'weekday'];

/** Disjoint at a granularity both support: resolved intervals, else the calendar fields both state. */
export function timesConflict(a: TimeFacts, b: TimeFacts): boolean {
  if (a.expr && b.expr) return a.expr.to < b.expr.from || b.expr.to < a.expr.from;
  if (a.expr || b.expr) {
    // One side is unresolved (no document date): only compare what it literally says.
    const shared = FIELDS.filter((f) => a[f] !== undefined && b[f] !== undefined);
    // A bare weekday against a full date cannot be placed without the week.
    return shared.length > 0 && shared.some((f) => a[f] !== b[f]) && !(shared.length === 1 && shared[0] === 'weekday');
  }
  const shared = FIELDS.filter((f) => a[f] !== undefined && b[f] !== undefined);
  return shared.some((f) => a[f] !== b[f]);
}

/** Smallest step the number was written to (`183,000` → 1000), for rounding tolerance. */
function precision(q: Quantity): number {
  if (!Number.isInteger(q.value)) return 0;
  let step = 1;
  while (step < q.value && q.value % (step * 10) === 0) step *= 10;
  return step;
}

/** Two stated quantities can both be true (`over 183,000` and `183,500`, `about 40` and `42`). */
export function quantitiesCompatible(a: Quantity, b: Quantity): boolean {
  const lo = (q: Quantity) => (q.comparator === '>' || q.comparator === '>=' ? q.value : q.comparator === '<' || q.comparator === '<=' ? -Infinity : q.value);
  const hi = (q: Quantity) => (q.comparator === '<' || q.comparator === '<=' ? q.value : q.comparator === '>' || q.comparator === '>=' ? Infinity : q.value);
  const slack = (q: Quantity) => (q.comparator === '~' ? Math.max(q.value * 0.1, 1) : q.value >= 100 ? precision(q) / 2 : 0);
  return lo(a) - slack(a) <= hi(b) + slack(b) && lo(b) - slack(b) <= hi(a) + slack(a);
}

/** Quantities compare only on the same unit; unitless numbers need the same word before them. */
function slotOf(c: ClaimFacts, q: Quantity, docs: ReadonlyMap<string, DocumentAnalysis>): string | null {
  if (q.unit) return `u:${q.unit}`;
  const text = docs.get(c.file)?.text ?? '';
  const before = /([a-z]+)\W*$/i.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1];
  return before ? `w:${before.toLowerCase()}` : null;
}

/** A claim is compared with many others: its slots are grouped once. */
const slotsCache = new WeakMap<ClaimFacts, Map<string, Quantity[]>>();

const NO_SLOTS: ReadonlyMap<string, Quantity[]> = new Map();

function groupBySlot(c: ClaimFacts, docs: ReadonlyMap<string, DocumentAnalysis>): ReadonlyMap<string, Quantity[]> {
  if (!c.quantities.length) return NO_SLOTS;
  let slots = slotsCache.get(c);
  if (!slots) slotsCache.set(c, (slots = computeSlots(c, docs)));
  return slots;
}

function computeSlots(c: ClaimFacts, docs: ReadonlyMap<string, DocumentAnalysis>): Map<string, Quantity[]> {
  const out = new Map<string, Quantity[]>();
  for (const q of c.quantities) {
    const slot = slotOf(c, q, docs);
    if (!slot) continue;
    out.set(slot, [...(out.get(slot) ?? []), q]);
  }
  return out;
}

const ordinalSlot = (c: ClaimFacts) => c.ordinals.map((o) => o.value);
const NO_ORDINALS: readonly number[] = [];

const STOPWORDS = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'their', 'they', 'will', 'would', 'said', 'says', 'also', 'after', 'before', 'about', 'which', 'there', 'when', 'into', 'than', 'more', 'other', 'what', 'while', 'could', 'where', 'some', 'just']);

/** Share of content words the two claims' sentences have in common (numbers masked): high for rewrites of one fact. */
export function wordingOverlap(a: ClaimFacts, b: ClaimFacts, ctx: ComparisonContext): number {
  const words = (c: ClaimFacts) => (ctx.docs.get(c.file)?.text.slice(c.sentenceSpan.start, c.sentenceSpan.end).toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
  const wa = words(a);
  const wb = new Set(words(b));
  if (!wa.length || !wb.size) return 0;
  const shared = new Set(wa.filter((w) => wb.has(w)));
  return shared.size / Math.min(new Set(wa).size, wb.size);
}

/** Either side's ordinal also appears in the other's sentence (`first-degree ... and second-degree murder`): a list, not a conflict. */
function ordinalsEchoed(a: ClaimFacts, b: ClaimFacts, ctx: ComparisonContext): boolean {
  const inSentence = (c: ClaimFacts) => {
    const doc = ctx.docs.get(c.file);
    return doc ? ordinalsOf(doc).filter((o) => o.start >= c.sentenceSpan.start && o.end <= c.sentenceSpan.end).map((o) => o.value) : [];
  };
  const [sa, sb] = [inSentence(a), inSentence(b)];
  return a.ordinals.some((o) => sb.includes(o.value)) || b.ordinals.some((o) => sa.includes(o.value));
}

/** Words that do not change what is counted: determiners and hedges before a number. */
const NUMBER_FILLERS = /^(?:the|a|an|about|around|nearly|almost|some|roughly|approximately|estimated|more|than|less|fewer|over|under|at|least|most|up|to|just|only|next|another|all|of)$/;

/**
 * What a number counts and what governs it: the word before (past hedges, `missed the next`),
 * the two words after (`miles east`, `points ,`), lemmatised. Two numbers about one fact share it.
 */
export function numberContext(c: ClaimFacts, q: Quantity, ctx: ComparisonContext): string {
  const text = ctx.docs.get(c.file)?.text ?? '';
  const words = (s: string) => s.toLowerCase().match(/[a-z]+|[,;:()]/g) ?? [];
  const before = words(text.slice(Math.max(c.sentenceSpan.start, q.start - 60), q.start)).filter((w) => !NUMBER_FILLERS.test(w));
  const after = words(text.slice(q.end, Math.min(c.sentenceSpan.end, q.end + 40))).slice(0, 2);
  return [before.pop() ?? '^', '_', ...after].map((w) => (/^[a-z]/.test(w) ? lemmatize(w) : w)).join(' ');
}

/** Without resolved dates on both sides (or with a guessed document date), a date conflict needs the wording to match too. */
const weakTime = (c: ClaimFacts, ctx: ComparisonContext) => !c.timeFacts?.expr || (c.timeFacts.relative && ctx.docs.get(c.file)?.date.source === 'inferred');
const SAME_WORDING = 0.5;

/** The first rule that finds the two claims incompatible, or undefined when they agree. */
export function compareClaims(a: ClaimFacts, b: ClaimFacts, ctx: ComparisonContext): ClaimConflict | undefined {
  return aboutSameThing(a, b) ? compareAlignedClaims(a, b, ctx) : undefined;
}

/** `compareClaims` for two claims already known to be `aboutSameThing`. */
export function compareAlignedClaims(a: ClaimFacts, b: ClaimFacts, ctx: ComparisonContext): ClaimConflict | undefined {
  const anchorsShared = anchorsIntersect(a, b);
  const explicit = !a.inferredSubject && !b.inferredSubject;
  const base = (n: number) => Math.min(1, Math.max(0.05, n + (anchorsShared ? 0.1 : 0) - (explicit ? 0 : 0.15)));

  if (a.negated !== b.negated) {
    const timesAgree = !a.timeFacts || !b.timeFacts || !timesConflict(a.timeFacts, b.timeFacts);
    const sentenceOf = (c: ClaimFacts) => ctx.docs.get(c.file)?.text.slice(c.sentenceSpan.start, c.sentenceSpan.end) ?? '';
    const bothNegate = hasNegator(sentenceOf(a)) && hasNegator(sentenceOf(b));
    if (anchorsShared && timesAgree && !bothNegate && !REPORTING_FAMILIES.has(a.event) && wordingOverlap(a, b, ctx) >= SAME_WORDING) {
      return { kind: 'negation', a, b, aValue: a.negated ? 'did not happen' : 'happened', bValue: b.negated ? 'did not happen' : 'happened', confidence: base(0.45) };
    }
    return undefined;
  }
  if (a.negated) return undefined;

  if (a.timeFacts && b.timeFacts && anchorsShared && !REPORTING_FAMILIES.has(a.event) && timesConflict(a.timeFacts, b.timeFacts) && ((!weakTime(a, ctx) && !weakTime(b, ctx)) || wordingOverlap(a, b, ctx) >= SAME_WORDING)) {
    const guessed = [a, b].some((c) => c.timeFacts!.relative && ctx.docs.get(c.file)?.date.source === 'inferred');
    return { kind: 'date', a, b, aValue: describeTime(a, ctx), bValue: describeTime(b, ctx), confidence: base(guessed ? 0.5 : 0.7), aSpan: spanOf(a.timeFacts), bSpan: spanOf(b.timeFacts) };
  }

  const slotsA = groupBySlot(a, ctx.docs);
  const slotsB = groupBySlot(b, ctx.docs);
  for (const [slot, qa] of slotsA) {
    const qb = slotsB.get(slot);
    if (!qb) continue;
    if (qa.some((x) => qb.some((y) => quantitiesCompatible(x, y)))) continue;
    // Counts of different things share units (`54 games` this season, `157 games` combined): need matching wording.
    if (wordingOverlap(a, b, ctx) < SAME_WORDING) continue;
    // ... and the same words around the numbers (`missed four games` vs `played in 10 games`).
    const x = qa.find((x) => qb.some((y) => numberContext(a, x, ctx) === numberContext(b, y, ctx)));
    if (!x) continue;
    const y = qb.find((y) => numberContext(a, x, ctx) === numberContext(b, y, ctx));
    const word = slot.startsWith('u:') ? ` ${slot.slice(2)}` : '';
    return { kind: 'number', a, b, aValue: qa.map((q) => `"${q.text}"${word && !q.text.includes(slot.slice(2)) ? word : ''}`).join(', '), bValue: qb.map((q) => `"${q.text}"${word && !q.text.includes(slot.slice(2)) ? word : ''}`).join(', '), confidence: base(slot.startsWith('u:') ? 0.6 : 0.45), aSpan: spanOf(x), bSpan: spanOf(y) };
  }

  const oa = a.ordinals.length && b.ordinals.length ? ordinalSlot(a) : NO_ORDINALS;
  const ob = oa.length ? ordinalSlot(b) : NO_ORDINALS;
  if (oa.length && ob.length && !intersects(oa.map(String), ob.map(String)) && !ordinalsEchoed(a, b, ctx) && (anchorsShared || !anchorCount(a) || !anchorCount(b)) && (anchorsShared || wordingOverlap(a, b, ctx) >= SAME_WORDING)) {
    return { kind: 'ordinal', a, b, aValue: a.ordinals.map((o) => `"${o.text}${o.noun ? ` ${o.noun}` : ''}"`).join(', '), bValue: b.ordinals.map((o) => `"${o.text}${o.noun ? ` ${o.noun}` : ''}"`).join(', '), confidence: base(0.55), aSpan: spanOf(a.ordinals[0]), bSpan: spanOf(b.ordinals[0]) };
  }

  if (SINGLE_PLACE_FAMILIES.has(a.event) && a.places.length === 1 && b.places.length === 1 && a.places[0] !== b.places[0]) {
    const sameTime = a.timeFacts && b.timeFacts && !timesConflict(a.timeFacts, b.timeFacts);
    if (sameTime && !ctx.coMentioned(a.places[0], b.places[0])) {
      return { kind: 'place', a, b, aValue: placeName(a), bValue: placeName(b), confidence: base(0.4) };
    }
  }
  return undefined;
}

const spanOf = (v: Span | undefined): Span | undefined => (v ? { start: v.start, end: v.end } : undefined);

/** Place claims carry entity ids; the message maps them to names. */
function placeName(c: ClaimFacts): string {
  return c.places[0];
}

function describeTime(c: ClaimFacts, ctx: ComparisonContext): string {
  const t = c.timeFacts!;
  const date = ctx.docs.get(c.file)?.date;
  if (t.relative && t.expr && date?.date) return `(dated ${date.date}${date.source === 'inferred' ? ', inferred' : ''}) says "${t.text}" = ${t.label}`;
  return t.label && t.label !== t.text ? `says "${t.text}" = ${t.label}` : `says ${t.text}`;
}

const CODES: Record<ContradictionKind, string> = {
  date: 'xref.date', number: 'xref.number', ordinal: 'xref.ordinal', place: 'xref.place', negation: 'xref.negation', other: 'xref.other',
};


/** Contradictions live as long as the index: store one flat string, not a rope of the template's pieces. */
const flat = (s: string) => [s].join('');

/** One diagnostic per side, each pointing at the other side's sentence. */
export function toContradictions(conflict: ClaimConflict, ctx: ComparisonContext, entityName: (id: string) => string): Contradiction[] {
  const out: Contradiction[] = [];
  for (const [self, other, selfValue, otherValue, selfSpan, otherSpan] of [
    [conflict.a, conflict.b, conflict.aValue, conflict.bValue, conflict.aSpan, conflict.bSpan],
    [conflict.b, conflict.a, conflict.bValue, conflict.aValue, conflict.bSpan, conflict.aSpan],
  ] as const) {
    const otherText = ctx.docs.get(other.file)?.text ?? '';
    const related = { file: other.file, start: other.sentenceSpan.start, end: other.sentenceSpan.end, text: otherText.slice(other.sentenceSpan.start, other.sentenceSpan.end) };
    const values = conflict.kind === 'place'
      ? [`${entityName(self.places[0])}`, `${entityName(other.places[0])}`]
      : [selfValue, otherValue];
    const verb = (v: string) => (conflict.kind === 'date' ? v : `says ${v}`);
    const about = [...self.subjects.map(entityName), self.event].join(' ');
    // What the sides disagree about, for the message: the place both name (`Mariupol visit`), else the subject.
    const sharedPlace = self.places.find((p) => other.places.includes(p));
    const fact = flat(factName(self.event, sharedPlace ? entityName(sharedPlace) : self.subjects.length ? entityName(self.subjects[0]) : undefined));
    const code = CODES[conflict.kind];
    out.push({
      id: flat(`${code}:${self.file}:${self.start}-${self.end}:${other.file}:${other.sentenceSpan.start}`),
      kind: conflict.kind,
      code,
      file: self.file,
      start: self.start,
      end: self.end,
      text: self.text,
      message: flat(`${about}: ${fileNameOf(self.file)} ${verb(values[0])}; ${fileNameOf(other.file)} ${verb(values[1])}`),
      confidence: Math.round(conflict.confidence * 100) / 100,
      related: [{ ...related, ...(conflict.kind === 'place' || conflict.kind === 'negation' ? { value: values[1] } : {}), ...(otherSpan ? { valueSpan: otherSpan } : {}) }],
      fact,
      ...(selfSpan ? { valueSpan: selfSpan } : {}),
      ...(conflict.kind === 'place' || conflict.kind === 'negation' ? { value: values[0] } : {}),
    });
  }
  return out;
}

