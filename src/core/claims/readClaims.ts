import { CharCode, hasCharBetween, isWhiteSpaceAt } from '../text/charCodes';
import { ordinalsOf, quantitiesOf, timeFactsOf, type TimeFacts } from './claimValues';
import { clausePlans, type ClausePlan } from './clauses';
import { eventFamily, REPORTING_FAMILIES, type EventTrigger } from './events';
import type { ClaimFacts, FileMention } from './extractClaims';
import { isNegatedBefore } from './negation';
import type { DocumentAnalysis, Ordinal, Quantity, Span } from '../types';

/**
 * One document's clauses + its linked mentions → claims (`extractLocalClaims`): per event word, who
 * (subjects, from names before it, a `by` agent, a relative clause's antecedent or a pronoun), what
 * (event family), when (the time nearest it), where (places), how many (quantities), which one
 * (ordinals), and polarity. Rules of thumb over English news word order, no parser: fast and
 * predictable, and wrong in ways one can read.
 */

/** Whether every item starts at or after the one before. */
function sortedByStart(list: readonly Span[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/** First index in `list` (sorted by start) whose start is at least `at`. */
function lowerBound(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `list.filter((x) => x.start >= span.start && x.end <= span.end)`, by binary search when `list` is sorted by start. */
function inside<T extends Span>(list: readonly T[], span: Span, sorted: boolean): T[] {
  if (!sorted) return list.filter((x) => x.start >= span.start && x.end <= span.end);
  const out: T[] = [];
  for (let i = lowerBound(list, span.start); i < list.length && list[i].start <= span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}

/** The same over mentions (their spans sorted by start). */
function mentionsInside(list: readonly FileMention[], spans: readonly Span[], span: Span, sorted: boolean): FileMention[] {
  if (!sorted) return list.filter((m) => m.mention.start >= span.start && m.mention.end <= span.end);
  const out: FileMention[] = [];
  for (let i = lowerBound(spans, span.start); i < list.length && list[i].mention.start <= span.end; i++) if (list[i].mention.end <= span.end) out.push(list[i]);
  return out;
}

/** `mentionsInside(list, spans, span, sorted).find((m) => m.entity.type === 'person')`, without the list. */
function firstPersonInside(list: readonly FileMention[], spans: readonly Span[], span: Span, sorted: boolean): FileMention | undefined {
  if (!sorted) return list.find((m) => m.mention.start >= span.start && m.mention.end <= span.end && m.entity.type === 'person');
  for (let i = lowerBound(spans, span.start); i < list.length && list[i].mention.start <= span.end; i++) if (list[i].mention.end <= span.end && list[i].entity.type === 'person') return list[i];
  return undefined;
}

/** Read-only stand-in for an empty list of values in a clause. */
const NO_VALUES: never[] = [];

/** `inside`, sharing one empty list when nothing is inside (for lists only read). */
function valuesInside<T extends Span>(list: readonly T[], span: Span, sorted: boolean): readonly T[] {
  if (!list.length) return NO_VALUES;
  const found = inside(list, span, sorted);
  return found.length ? found : NO_VALUES;
}

// Tests of the words around an event and its candidate roles (module-level: a literal in the loop is a new object each time).
const BY_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?by\s+/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}$/i;
const OBJECT_GAP = /^\s*(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$/;
const POSSESSIVE_PRONOUN_BEFORE = /\b(?:his|her)\s+(?:[a-z-]+\s+)?$/i;
const COORDINATION_GAP = /^\s*(?:,|and|&|,\s*and)\s*$/i;

/** Names between an earlier verb and this event are that verb's objects (`visits Ukraine for meetings`); `edge` is where the name starts. */
function isObjectOf(text: string, prev: EventTrigger | undefined, edge: number): boolean {
  return !!prev && !prev.nominal && !REPORTING_FAMILIES.has(prev.family) && OBJECT_GAP.test(text.slice(prev.end, edge));
}

/** The last mention of `list` that ends by `at` (`list.filter((m) => m.mention.end <= at).pop()`). */
function lastEndingBy(list: readonly FileMention[], at: number): FileMention | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].mention.end <= at) return list[k];
  return undefined;
}

export function extractLocalClaims(doc: DocumentAnalysis, mentions: readonly FileMention[]): ClaimFacts[] {
  const text = doc.text;
  const plans = clausePlans(doc);
  const times = timeFactsOf(doc);
  const quantities = quantitiesOf(doc);
  const ordinals = ordinalsOf(doc);
  const out: ClaimFacts[] = [];
  const [timesSorted, quantitiesSorted, ordinalsSorted] = [sortedByStart(times), sortedByStart(quantities), sortedByStart(ordinals)];
  const mentionSpans = mentions.map((m) => m.mention);
  const mentionsSorted = sortedByStart(mentionSpans);
  // The first person named in each recent sentence: the usual referent of `he`/`his`.
  const sentencePerson: { sentence: number; id: string }[] = [];

  for (let sentenceIndex = 0; sentenceIndex < doc.sentences.length; sentenceIndex++) {
    const sentence = doc.sentences[sentenceIndex];
    const sentencePlans = plans[sentenceIndex];
    if (!sentencePlans.length) {
      // No claim here: only the first person named is remembered, found without listing the mentions.
      const firstPerson = firstPersonInside(mentions, mentionSpans, sentence, mentionsSorted);
      if (firstPerson) sentencePerson.push({ sentence: sentence.index, id: firstPerson.entity.id });
      continue;
    }
    const sentenceMentions = mentionsInside(mentions, mentionSpans, sentence, mentionsSorted);
    let previousSubjects: string[] = [];
    const sentenceSpans = sentenceMentions.map((m) => m.mention);
    for (const clause of sentencePlans) {
      const triggers = outsideMentions(clause.triggers, sentenceMentions);
      if (!triggers.length) continue;
      const clauseText = text.slice(clause.start, clause.end);
      const clauseMentions = mentionsInside(sentenceMentions, sentenceSpans, clause, mentionsSorted);
      const antecedent = clause.relative ? lastEndingBy(sentenceMentions, clause.start) : undefined;
      const clauseTimes = valuesInside(times, clause, timesSorted);
      const clauseQuantities = valuesInside(quantities, clause, quantitiesSorted);
      const clauseOrdinals = valuesInside(ordinals, clause, ordinalsSorted);
      const read: ClauseRead = { doc, text, sentence, clause, clauseText, triggers, clauseMentions, sentenceMentions, sentencePerson, antecedent, clauseTimes, clauseQuantities, clauseOrdinals, nearestOf: undefined, subjectsBefore: previousSubjects };
      for (let i = 0; i < triggers.length; i++) {
        const claim = claimAt(read, i);
        if (claim) out.push(claim);
      }
      previousSubjects = read.subjectsBefore;
    }
    const firstPerson = sentenceMentions.find((m) => m.entity.type === 'person');
    if (firstPerson) sentencePerson.push({ sentence: sentence.index, id: firstPerson.entity.id });
  }
  out.forEach((c, i) => (c.id = `${doc.file}#c${i + 1}`));
  return out;
}

/** `triggers.filter((t) => !mentions.some((m) => m.mention.start <= t.start && t.end <= m.mention.end))`; `triggers` itself (only read) when none is inside a mention. */
function outsideMentions(triggers: EventTrigger[], mentions: readonly FileMention[]): EventTrigger[] {
  let k = 0;
  while (k < triggers.length && !inMention(triggers[k], mentions)) k++;
  if (k === triggers.length) return triggers;
  const out = triggers.slice(0, k);
  for (k++; k < triggers.length; k++) if (!inMention(triggers[k], mentions)) out.push(triggers[k]);
  return out;
}

/** Whether the event word `t` lies inside one of `mentions` (loops, not closures: this runs per clause). */
function inMention(t: EventTrigger, mentions: readonly FileMention[]): boolean {
  for (const m of mentions) if (m.mention.start <= t.start && t.end <= m.mention.end) return true;
  return false;
}

/** What the claims of one clause read: its text, event words, mentions and values, and the subjects so far. */
interface ClauseRead {
  doc: DocumentAnalysis;
  text: string;
  sentence: DocumentAnalysis['sentences'][number];
  clause: ClausePlan;
  clauseText: string;
  triggers: EventTrigger[];
  clauseMentions: FileMention[];
  sentenceMentions: FileMention[];
  sentencePerson: { sentence: number; id: string }[];
  antecedent: FileMention | undefined;
  clauseTimes: readonly TimeFacts[];
  clauseQuantities: readonly Quantity[];
  clauseOrdinals: readonly Ordinal[];
  /** A value's nearest event word does not depend on which event is being read: found once per clause, on first ask. */
  nearestOf: Map<Span, EventTrigger | undefined> | undefined;
  /** The subjects of the clause's previous event (or of the sentence's previous clause). */
  subjectsBefore: string[];
}

function nearestIn(c: ClauseRead, v: Span): EventTrigger | undefined {
  c.nearestOf ??= new Map();
  let t = c.nearestOf.get(v);
  if (t === undefined && !c.nearestOf.has(v)) c.nearestOf.set(v, (t = nearestTrigger(c.text, v, c.triggers)));
  return t;
}

/** The claim of event word `i` of the clause, if it has a role filled; notes its subjects for the next one. */
function claimAt(c: ClauseRead, i: number): ClaimFacts | undefined {
  const trigger = c.triggers[i];
  const prevEnd = i > 0 ? c.triggers[i - 1].end : c.clause.start;
  const nextStart = i + 1 < c.triggers.length ? c.triggers[i + 1].start : c.clause.end;
  let agents: FileMention[] | undefined;
  if (trigger.passive || BY_AFTER.test(c.text.slice(trigger.end, Math.min(c.clause.end, trigger.end + 60)))) {
    for (const m of c.clauseMentions) {
      if (m.mention.start > trigger.end && m.mention.start <= nextStart && BY_BEFORE.test(c.text.slice(trigger.end, leftEdge(c.text, m.mention.start))) && !isPossessor(c.text, m)) (agents ??= []).push(m);
    }
  }
  let inferred = false;
  let subjects: string[];
  // The patient: the name before a passive or agentive event, or what a relative clause hangs on.
  let patient: FileMention | undefined;
  const prev = i > 0 ? c.triggers[i - 1] : undefined;
  const possessivePronoun = trigger.nominal && POSSESSIVE_PRONOUN_BEFORE.test(c.text.slice(Math.max(c.clause.start, trigger.start - 30), trigger.start));
  const beforeCands: FileMention[] = [];
  if (!possessivePronoun) {
    for (const m of c.clauseMentions) {
      if (!(m.mention.end <= trigger.start && m.mention.start >= prevEnd)) continue;
      const edge = leftEdge(c.text, m.mention.start);
      if (isObjectOf(c.text, prev, edge) || isPossessor(c.text, m) || PREPOSITION_BEFORE.test(c.text.slice(Math.max(c.clause.start, edge - 40), edge))) continue;
      beforeCands.push(m);
    }
  }
  const lastBefore = beforeCands.length ? beforeCands[beforeCands.length - 1] : undefined;
  if (agents) {
    subjects = agents.map((m) => m.entity.id);
    patient = lastBefore ?? c.antecedent;
  } else if (trigger.passive) {
    subjects = [];
    patient = lastBefore ?? c.antecedent;
  } else if (lastBefore) {
    subjects = [lastBefore.entity.id];
    // `Kherson and Luhansk`, `Putin and Lavrov`: coordinated names share the role.
    for (let j = beforeCands.length - 2; j >= 0; j--) {
      const gap = c.text.slice(beforeCands[j].mention.end, leftEdge(c.text, beforeCands[j + 1].mention.start));
      if (!COORDINATION_GAP.test(gap)) break;
      subjects.push(beforeCands[j].entity.id);
    }
  } else if (c.clause.relative && c.antecedent) {
    subjects = [c.antecedent.entity.id];
  } else {
    const pronoun = possessivePronoun || (trigger.nominal ? NOMINATIVE_PRONOUN : PERSON_PRONOUN).test(c.text.slice(Math.max(c.clause.start, trigger.start - 60), trigger.start));
    const referent = pronoun ? resolvePronoun(c.sentenceMentions, c.sentencePerson, c.sentence.index, trigger.start) : undefined;
    if (referent) {
      subjects = [referent];
      inferred = true;
    } else if (c.subjectsBefore.length && !trigger.nominal) {
      subjects = c.subjectsBefore;
      inferred = true;
    } else {
      subjects = [];
    }
  }
  c.subjectsBefore = subjects;

  const places: string[] = [];
  const objects: string[] = [];
  for (const m of c.clauseMentions) {
    if (subjects.includes(m.entity.id)) continue;
    if ((m.mention.start >= trigger.end && m.mention.start < nextStart) || m === patient) (isPlaceLike(c.text, m) ? places : objects).push(m.entity.id);
  }
  if (!subjects.length && !places.length && !objects.length) return undefined;

  let eventTime: TimeFacts | undefined;
  for (const t of c.clauseTimes) {
    if (!t.bound && nearestIn(c, t) === trigger) {
      eventTime = t;
      break;
    }
  }
  const claimOrdinals = c.clauseOrdinals.filter((o) => {
    const family = o.noun ? eventFamily(o.noun) : undefined;
    if (family) return family === trigger.family && ((trigger.start >= o.end && trigger.start - o.end < 25) || onlyOfFamily(c.triggers, family));
    return o.noun === 'time' && nearestIn(c, o) === trigger;
  });
  const claimQuantities: Quantity[] = [];
  for (const q of c.clauseQuantities) if (nearestIn(c, q) === trigger && !claimOrdinals.some((o) => o.start <= q.start && q.end <= o.end)) claimQuantities.push(q);
  return {
    id: '',
    file: c.doc.file,
    sentence: c.sentence.index,
    start: c.clause.start,
    end: c.clause.end,
    text: c.clauseText,
    subjects: unique(subjects),
    event: trigger.family,
    eventSpan: { start: trigger.start, end: trigger.end },
    time: eventTime?.expr,
    timeFacts: eventTime,
    // Lists of this claim's own: only sorted and made distinct when they hold more than one id.
    places: places.length < 2 ? places : unique(places),
    objects: objects.length < 2 ? objects : unique(objects),
    quantities: claimQuantities,
    ordinals: claimOrdinals as Ordinal[],
    negated: isNegatedBefore(c.text.slice(c.clause.start, trigger.start)),
    sentenceSpan: { start: c.sentence.start, end: c.sentence.end },
    inferredSubject: inferred,
  };
}

/** Whether exactly one event word of the clause has this family. */
function onlyOfFamily(triggers: readonly EventTrigger[], family: string): boolean {
  let n = 0;
  for (const t of triggers) if (t.family === family) n++;
  return n === 1;
}

/** `he`/`his`: the first person named before `at` in the sentence, else the first person of a sentence at most two back. */
function resolvePronoun(sentenceMentions: readonly FileMention[], sentencePerson: readonly { sentence: number; id: string }[], sentence: number, at: number): string | undefined {
  const here = sentenceMentions.find((m) => m.entity.type === 'person' && m.mention.end <= at);
  if (here) return here.entity.id;
  const recent = sentencePerson[sentencePerson.length - 1];
  return recent && sentence - recent.sentence <= 2 ? recent.id : undefined;
}


const PREPOSITION_BEFORE = /\b(?:in|at|to|into|of|from|on|with|for|near|by|against|over|under|about|across|outside|inside|toward|towards|than|between|like|via|per)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|to|into|near|from|across|outside|inside|toward|towards|off|of)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}$/i;
const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
const NOMINATIVE_PRONOUN = /\b(?:he|she)\b/i;

/** Distance from a value to an event word; crossing a comma costs extra (`In a video released Tuesday, Putin visited`). */
function distance(text: string, a: Span, b: Span): number {
  const lo = a.end <= b.start ? a.end : b.end;
  const hi = a.end <= b.start ? b.start : a.start;
  if (hi <= lo) return 0;
  let breaks = 0;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Comma || c === CharCode.OpenParen || c === CharCode.CloseParen) breaks++;
  }
  return hi - lo + 60 * breaks;
}

/**
 * Whether event word `t` opens its sentence or clause as a participle (`Born in …,`, `Arrested on Monday,`,
 * `Speaking in Kyiv,`): such a phrase ends at its comma, and what follows belongs to the main clause.
 */
function frontsItsClause(text: string, t: Span): boolean {
  const word = text.slice(t.start, t.end).toLowerCase();
  if (word !== 'born' && !/(?:ed|en|ing)$/.test(word)) return false;
  let i = t.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.Tab)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === CharCode.LineFeed || c === CharCode.CarriageReturn || c === CharCode.Period || c === CharCode.ExclamationMark || c === CharCode.QuestionMark || c === CharCode.Semicolon;
}

/**
 * The trigger at the least `distance` (the first in order on a tie). Triggers are tried by plain gap,
 * closest first, and the scan stops at a gap beyond the best distance (a distance is never below its
 * gap): a run-on clause with many values and event words cost values × triggers × clause length.
 */
function nearestTrigger<T extends Span>(text: string, value: T, triggers: EventTrigger[]): EventTrigger | undefined {
  // A few triggers are tried in order, skipping those whose gap is past the best distance: the same trigger, with no list to sort.
  const order = triggers.length <= FEW_TRIGGERS ? undefined : triggers.map((_, i) => i).sort((a, b) => gapBetween(value, triggers[a]) - gapBetween(value, triggers[b]) || a - b);
  let best = -1;
  let bestDistance = Infinity;
  for (let n = 0; n < triggers.length; n++) {
    const i = order ? order[n] : n;
    const t = triggers[i];
    if (gapBetween(value, t) > bestDistance) {
      if (order) break;
      continue;
    }
    if (t.start <= value.start && value.end <= t.end) continue;
    // `Born in Nashville, Page left … in 1950`: a fronted participial phrase owns only what is inside it.
    if (value.start >= t.end && frontsItsClause(text, t) && hasCharBetween(text, CharCode.Comma, t.end, value.start)) continue;
    const d = distance(text, value, t);
    if (d < bestDistance || (d === bestDistance && i < best)) [best, bestDistance] = [i, d];
  }
  return best < 0 ? undefined : triggers[best];
}

const FEW_TRIGGERS = 4;

/** Characters between `value` and the event word `t` (0 when they touch or overlap). */
function gapBetween(value: Span, t: Span): number {
  return Math.max(0, value.end <= t.start ? t.start - value.end : value.start - t.end);
}

/** Start of a name including capitalised titles before it (`Russian President Vladimir Putin`, `Mr Putin`). */
function leftEdge(text: string, start: number): number {
  // `/(?:(?:[A-Z][\w.'’-]*)\s+)+$/` over the 60 characters before `start`, read backwards.
  const lo = Math.max(0, start - 60);
  let edge = start;
  let i = start;
  for (;;) {
    let j = i;
    while (j > lo && isWhiteSpaceAt(text, j - 1)) j--;
    if (j === i) break;
    let k = j;
    while (k > lo && isTitleChar(text.charCodeAt(k - 1))) k--;
    // The word may start at its leftmost capital (`(Russian`, `al-Assad`): only a whole word chains on.
    let q = k;
    while (q < j && !isUpper(text.charCodeAt(q))) q++;
    if (q === j) break;
    edge = q;
    if (q > k) break;
    i = k;
  }
  return edge;
}
const isUpper = (c: number) => c >= CharCode.A && c <= CharCode.Z;
/** `[\w.'’-]` */
const isTitleChar = (c: number) =>
  (c >= CharCode.a && c <= CharCode.z) || (c >= CharCode.A && c <= CharCode.Z) || (c >= CharCode.Digit0 && c <= CharCode.Digit9) ||
  c === CharCode.Underline || c === CharCode.Period || c === CharCode.SingleQuote || c === CharCode.RightSingleQuote || c === CharCode.Dash;

const isPlaceLike = (text: string, fm: FileMention) =>
  fm.entity.type === 'place' ||
  (fm.entity.type !== 'person' && fm.entity.type !== 'organization' && LOCATIVE_BEFORE.test(text.slice(Math.max(0, fm.mention.start - 50), leftEdge(text, fm.mention.start))));

/** `Russia's leader`: the name owns the noun after it and is not itself the actor. */
const POSSESSOR_AFTER = /^['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:leader|president|government|army|forces?|troops|ministry|minister|officials?|spokes\w+|head|chief|team|office|police|military)\b/i;
const isPossessor = (text: string, fm: FileMention) => POSSESSOR_AFTER.test(text.slice(fm.mention.end, fm.mention.end + 40));

/** Distinct ids, sorted; a new array (most lists hold one id or none). */
export const unique = (ids: string[]) => (ids.length === 0 ? [] : ids.length === 1 ? [ids[0]] : [...new Set(ids)].sort());
