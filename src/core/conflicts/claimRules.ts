import { fileNameOf } from '../text/fileName';
import type { ClaimFacts } from '../claims/extractClaims';
import { REPORTING_FAMILIES, SINGLE_PLACE_FAMILIES } from '../claims/events';
import { hasNegator } from '../claims/negation';
import { factName } from './messages';
import { CODES } from './codes';
import { timesConflict } from './valueRules';
import type { Contradiction, ContradictionKind, DocumentAnalysis, Span } from '../types';

/**
 * Two claims of different sources → a date, polarity or place conflict, or none. Two claims are only
 * compared when they are about the same thing: same event family, a shared subject, and a shared
 * object or place when both name one (`aboutSameThing`). Claims are blocked by (entity, event)
 * (`claimBlockingKeys`) so the work grows with the number of claims that share a key, never with all
 * pairs of sentences. Numbers and ordinals are compared as value frames (frameAlignment.ts).
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
export function claimBlockingKeys(c: ClaimFacts): string[] {
  const ids = c.subjects.length ? c.subjects : anchorsOf(c);
  return ids.map((id) => `${c.event}\u0000${id}`);
}

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

  if (a.timeFacts && b.timeFacts && anchorsShared && !REPORTING_FAMILIES.has(a.event) && !otherInstance(a, ctx) && !otherInstance(b, ctx) && timesConflict(a.timeFacts, b.timeFacts) && ((!weakTime(a, ctx) && !weakTime(b, ctx)) || wordingOverlap(a, b, ctx) >= SAME_WORDING)) {
    const guessed = [a, b].some((c) => c.timeFacts!.relative && ctx.docs.get(c.file)?.date.source === 'inferred');
    return { kind: 'date', a, b, aValue: describeTime(a, ctx), bValue: describeTime(b, ctx), confidence: base(guessed ? 0.5 : 0.7), aSpan: spanOf(a.timeFacts), bSpan: spanOf(b.timeFacts) };
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

/** `Another strong quake hit in 1996`, `similar quakes that hit in 2002`: an earlier event of the kind, not this one. */
function otherInstance(c: ClaimFacts, ctx: ComparisonContext): boolean {
  if (!c.eventSpan) return false;
  const text = ctx.docs.get(c.file)?.text ?? '';
  return OTHER_INSTANCE_BEFORE.test(text.slice(Math.max(c.sentenceSpan.start, c.eventSpan.start - 50), c.eventSpan.start));
}
const OTHER_INSTANCE_BEFORE = /\b(?:another|similar|previous|earlier|past|prior|other)\b(?:\s+[\w-]+){0,3}\s+$/i;

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

