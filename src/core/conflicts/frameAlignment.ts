import type { FileMention } from '../claims/extractClaims';
import { valueFramesOf, type ValueFrame } from '../claims/valueFrames';
import { REPORTING_FAMILIES } from '../claims/events';
import { factName } from './messages';
import { fileNameOf } from '../text/fileName';
import { CODES } from './codes';
import { FRAME_WEIGHTS } from './frameWeights';
import { quantitiesCompatible, timesConflict } from './valueRules';
import type { Contradiction, ContradictionKind, DocumentAnalysis, Span } from '../types';

/**
 * Value frames of a folder's sources → contradictions between sources. Frames are blocked by
 * (value kind, head noun / event family / a word next to the value), so only frames that share
 * something are paired and the work grows with the frames, not with all pairs. Each cross-source
 * pair is scored by ONE function, `sameFactScore` (a logistic model over how much the two frames
 * agree on head, event, participants, time and wording; weights fitted by
 * scripts/fit/fitFrameWeights.ts, held in frameWeights.ts). A pair contradicts when it scores
 * at or above the fitted threshold, its values differ beyond tolerance, and no qualifier
 * separates the two statements (another time, a running total against one event's count, a rate
 * against a total, the other source stating this value too (a list aligned on the wrong item), a
 * running count of days in reports of other days, or sentences that each state two or more values
 * of the kind the other does not: another event).
 */

/** Contradictions between frames of different sources, two per disagreeing pair (one per side). */
export function findFrameConflicts(docs: readonly DocumentAnalysis[], mentionsByFile: ReadonlyMap<string, FileMention[]>): Contradiction[] {
  const frames = docs.flatMap((d) => valueFramesOf(d, mentionsByFile.get(d.file) ?? []));
  const docsByFile = new Map(docs.map((d) => [d.file, d]));
  const folder = frameFolder(frames);
  const out = new Map<string, Contradiction>();
  forEachCandidatePair(frames, (a, b) => {
    if (!valuesDisagree(a, b) || statedElsewhere(a, b, folder) || separatedByQualifier(a, b, folder)) return;
    const score = sameFactScore(frameFeatures(a, b, folder));
    if (score < FRAME_WEIGHTS.threshold) return;
    for (const c of toContradictions(a, b, score, docsByFile)) if (!out.has(c.id)) out.set(c.id, c);
  });
  return [...out.values()];
}

/** Names of the features `frameFeatures` returns, in order (the weights table follows it). */
export const FRAME_FEATURES = [
  'number', 'ordinal', 'weekday', 'month',
  'headEqual', 'headMissing', 'eventEqual', 'eventDiffer',
  'contextShare', 'wordShare', 'wordShareOfLonger', 'entityShare', 'entityDisjoint', 'timeAgree',
  'beforeEqual', 'afterEqual', 'contextShared', 'wordsShared', 'nearShare', 'nearDisjoint', 'rareWordShare', 'rareContextShare',
] as const;

/** How much two frames agree on everything but their values, each feature in 0..1. */
export function frameFeatures(a: ValueFrame, b: ValueFrame, folder: FrameFolder): number[] {
  const wordsShared = sharedCount(a.words, b.words);
  const entitiesShared = sharedCount(a.entities, b.entities);
  const contextShared = sharedCount(a.context, b.context);
  const nearShared = sharedCount(a.near, b.near);
  return [
    +(a.kind === 'number'),
    +(a.kind === 'ordinal'),
    +(a.kind === 'weekday'),
    +(a.kind === 'month'),
    +(a.head !== null && a.head === b.head),
    +(a.head === null || b.head === null),
    +(a.event !== null && a.event === b.event),
    +(a.event !== null && b.event !== null && a.event !== b.event),
    share(contextShared, a.context.length, b.context.length),
    share(wordsShared, a.words.length, b.words.length),
    a.words.length && b.words.length ? wordsShared / Math.max(a.words.length, b.words.length) : 0,
    share(entitiesShared, a.entities.length, b.entities.length),
    +(a.entities.length > 0 && b.entities.length > 0 && entitiesShared === 0),
    +timesAgree(a, b),
    +(a.before === b.before),
    +(a.after === b.after),
    Math.min(contextShared, 4) / 4,
    Math.min(wordsShared, 8) / 8,
    share(nearShared, a.near.length, b.near.length),
    +(a.near.length > 0 && b.near.length > 0 && nearShared === 0),
    weightedShare(a.words, b.words, folder.wordWeight),
    weightedShare(a.context, b.context, folder.wordWeight),
  ];
}

/** Probability-like 0..1 that two frames state the same fact (whatever their values). */
export function sameFactScore(features: readonly number[]): number {
  let z = FRAME_WEIGHTS.bias;
  for (let i = 0; i < features.length; i++) z += FRAME_WEIGHTS.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Calls `visit` once per pair of frames from different files that share a blocking key: (kind,
 * head), (kind, event) or (kind, a word next to the value). Pairs are visited block by block, in
 * the order the frames were given. Keys held by more than MAX_POSTINGS
 * frames are too common to align anything and are skipped, which keeps the pairs near-linear.
 */
export function forEachCandidatePair(frames: readonly ValueFrame[], visit: (a: ValueFrame, b: ValueFrame) => void): void {
  // One map per (kind, key type), keyed by the word itself: no key strings to build per frame.
  const postings = new Map<string, Map<string, number[]>>();
  const post = (group: string, word: string, i: number) => {
    let byWord = postings.get(group);
    if (!byWord) postings.set(group, (byWord = new Map()));
    const list = byWord.get(word);
    if (list) list.push(i);
    else byWord.set(word, [i]);
  };
  frames.forEach((f, i) => {
    if (f.head) post(HEAD_GROUP[f.kind], f.head, i);
    if (f.event) post(EVENT_GROUP[f.kind], f.event, i);
    for (const w of f.context) post(CONTEXT_GROUP[f.kind], w, i);
  });
  const seen = new Set<number>();
  const n = frames.length;
  for (const byWord of postings.values()) {
    for (const list of byWord.values()) {
      if (list.length < 2 || list.length > MAX_POSTINGS) continue;
      for (let x = 0; x < list.length; x++) {
        const a = frames[list[x]];
        for (let y = x + 1; y < list.length; y++) {
          const b = frames[list[y]];
          if (a.file === b.file) continue;
          // Different heads count different things (`five women`, `five children`).
          if (a.head !== null && b.head !== null && a.head !== b.head) continue;
          const pair = list[x] * n + list[y];
          if (seen.has(pair)) continue;
          seen.add(pair);
          visit(a, b);
        }
      }
    }
  }
}
const MAX_POSTINGS = 80;
const HEAD_GROUP: Record<ValueFrame['kind'], string> = { number: 'number head', ordinal: 'ordinal head', weekday: 'weekday head', month: 'month head' };
const EVENT_GROUP: Record<ValueFrame['kind'], string> = { number: 'number event', ordinal: 'ordinal event', weekday: 'weekday event', month: 'month event' };
const CONTEXT_GROUP: Record<ValueFrame['kind'], string> = { number: 'number word', ordinal: 'ordinal word', weekday: 'weekday word', month: 'month word' };

/** The values cannot both be true: numbers beyond tolerance, another ordinal, weekday or month (or day of it). */
export function valuesDisagree(a: ValueFrame, b: ValueFrame): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'number':
      if (a.vague || b.vague) return false;
      return !quantitiesCompatible(a, b);
    case 'month':
      return a.value !== b.value || (a.day !== undefined && b.day !== undefined && a.day !== b.day);
    default:
      return a.value !== b.value;
  }
}

/** What the comparison of two frames reads of the whole folder. */
export interface FrameFolder {
  /** Per sentence (its span object, shared by the sentence's frames), the values it states (`valueKey`). */
  valuesBySentence: Map<Span, Set<string>>;
  /** Per word stem, how telling it is: log(1 + sentences / sentences holding it), over the sentences with values. */
  wordWeight: Map<string, number>;
}

export function frameFolder(frames: readonly ValueFrame[]): FrameFolder {
  const valuesBySentence = new Map<Span, Set<string>>();
  const counts = new Map<string, number>();
  for (const f of frames) {
    const key = f.sentenceSpan;
    let set = valuesBySentence.get(key);
    if (!set) {
      valuesBySentence.set(key, (set = new Set()));
      for (const w of f.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    set.add(f.valueKey);
  }
  const n = valuesBySentence.size;
  const wordWeight = new Map<string, number>();
  for (const [w, df] of counts) wordWeight.set(w, Math.log(1 + n / df));
  return { valuesBySentence, wordWeight };
}

/** Weight of the words both sorted lists hold over the weight of the lighter list. */
function weightedShare(a: readonly string[], b: readonly string[], weight: ReadonlyMap<string, number>): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const w of a) wa += weight.get(w) ?? 0;
  for (const w of b) wb += weight.get(w) ?? 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += weight.get(a[i]) ?? 0;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const lighter = Math.min(wa, wb);
  return lighter > 0 ? shared / lighter : 0;
}

/**
 * What keeps two differing values from contradicting each other although they look alike: the
 * statements are about other times, one is a running total and the other is not (`a total of 20
 * arrests so far` / `five arrests in Tuesday's raid`), one is a rate, or each sentence states two
 * or more values the other does not (another event, another game, another quake).
 */
export function qualifierBetween(a: ValueFrame, b: ValueFrame, { valuesBySentence }: FrameFolder): string | null {
  if (a.cumulative !== b.cumulative) return 'running total';
  if (a.rate !== b.rate) return 'rate';
  if (timesDiffer(a, b)) return 'other time';
  // One of several counts of the same thing in its sentence (`seven assault rifles, two other rifles`): a part, not the whole.
  if (a.sameHeadInSentence || b.sameHeadInSentence) return 'part of a list';
  // Another subject: the sentences open on rivals (two teams, two people) and neither names the other's.
  if (a.subject !== null && b.subject !== null && a.subject !== b.subject && a.subjectType === b.subjectType && !b.entities.includes(a.subject) && !a.entities.includes(b.subject)) return 'other subject';
  // Time in one role (`four seasons as director`) is part of a career (`19 seasons with the 76ers`).
  if (a.role !== b.role) return 'time in one role';
  // Another act: `missed four games` / `played in 10 games`.
  if (a.governor !== null && b.governor !== null && a.governor !== b.governor) return 'other verb';
  // A day or month dates the event next to it: `arrested Tuesday` and `said Friday` date two events.
  if ((a.kind === 'weekday' || a.kind === 'month') && a.event !== null && b.event !== null && a.event !== b.event) return 'other event';
  // Another subject: the names right next to the values are rivals (same type; any two owners of an age), and neither side names the other's.
  if (a.closest !== null && b.closest !== null && a.closest !== b.closest && (a.closestType === b.closestType || a.head === 'age') && !b.near.includes(a.closest) && !a.near.includes(b.closest)) return 'other subject';
  // A running count of days or weeks (`the sixth straight day`) grows between reports written on other days.
  if (a.head !== null && TIME_UNITS.has(a.head) && a.reportDate !== null && b.reportDate !== null && a.reportDate !== b.reportDate) return 'reports of other days';
  // `nine days before the inauguration` is an offset from another event, `in about 30 days` a wait.
  if (a.head !== null && TIME_UNITS.has(a.head) && a.after !== b.after && (OFFSET_WORDS.has(a.after) || OFFSET_WORDS.has(b.after))) return 'offset from another event';
  // `five days of rioting`, `eight days ago` count up to the day they were written.
  if ((a.running || b.running) && (a.reportDate === null || a.reportDate !== b.reportDate)) return 'running count';
  // `the eighth day of protests` counts up to the day it was written: without two equal report dates it cannot be compared.
  if (a.kind === 'ordinal' && a.head !== null && TIME_UNITS.has(a.head) && (a.reportDate === null || a.reportDate !== b.reportDate)) return 'running count';
  const va = valuesBySentence.get(a.sentenceSpan);
  const vb = valuesBySentence.get(b.sentenceSpan);
  if (va && vb && va.size >= 2 && vb.size >= 2) {
    // Several values of this kind changed at once: another line of figures (another game, another quake).
    const kind = `${a.kind}:`;
    let onlyA = 0;
    let onlyB = 0;
    for (const v of va) if (v.startsWith(kind) && !vb.has(v)) onlyA++;
    for (const v of vb) if (v.startsWith(kind) && !va.has(v)) onlyB++;
    if (onlyA >= 2 && onlyB >= 2) return 'several values differ';
  }
  return null;
}

export function separatedByQualifier(a: ValueFrame, b: ValueFrame, folder: FrameFolder): boolean {
  return qualifierBetween(a, b, folder) !== null;
}

/** The other source states this value too, about something else in its sentence: a list aligned on the wrong item, not a change. */
export function statedElsewhere(a: ValueFrame, b: ValueFrame, { valuesBySentence }: FrameFolder): boolean {
  return !!(valuesBySentence.get(b.sentenceSpan)?.has(a.valueKey) || valuesBySentence.get(a.sentenceSpan)?.has(b.valueKey));
}

const OFFSET_WORDS = new Set(['before', 'after', 'earlier', 'later', 'ago', 'since', 'prior', 'ahead']);
const TIME_UNITS = new Set(['day', 'night', 'week', 'month', 'year', 'hour', 'minute', 'season']);

/** Some other time of one sentence conflicts with one of the other's, and none agree. */
function timesDiffer(a: ValueFrame, b: ValueFrame): boolean {
  let differ = false;
  for (const x of a.times) {
    for (const y of b.times) {
      if (timesConflict(x, y)) differ = true;
      else return false;
    }
  }
  return differ;
}

function timesAgree(a: ValueFrame, b: ValueFrame): boolean {
  for (const x of a.times) for (const y of b.times) if (!timesConflict(x, y)) return true;
  return false;
}

/** Items both sorted distinct lists hold. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

const share = (shared: number, na: number, nb: number) => (na && nb ? shared / Math.min(na, nb) : 0);

const KIND_OF: Record<ValueFrame['kind'], ContradictionKind> = { number: 'number', ordinal: 'ordinal', weekday: 'date', month: 'date' };

/** Contradictions live as long as the index: store one flat string, not a rope of the template's pieces. */
const flat = (s: string) => [s].join('');

/** What the two frames state, for a message's lead: the event as a noun (`Killing`), else the counted noun. */
function factOf(a: ValueFrame, b: ValueFrame): string | undefined {
  const event = [a.event, b.event].find((e) => e && !REPORTING_FAMILIES.has(e));
  if (event) return factName(event, undefined);
  const head = a.head ?? b.head;
  return head ? head[0].toUpperCase() + head.slice(1) : undefined;
}

function toContradictions(a: ValueFrame, b: ValueFrame, score: number, docs: ReadonlyMap<string, DocumentAnalysis>): Contradiction[] {
  const kind = KIND_OF[a.kind];
  const code = CODES[kind];
  const textOf = (f: ValueFrame) => docs.get(f.file)?.text.slice(f.sentenceSpan.start, f.sentenceSpan.end) ?? '';
  const about = a.head ?? b.head ?? a.event ?? b.event ?? (kind === 'date' ? 'date' : kind);
  const out: Contradiction[] = [];
  for (const [self, other] of [[a, b], [b, a]] as const) {
    out.push({
      id: flat(`${code}:${self.file}:${self.sentenceSpan.start}-${self.sentenceSpan.end}:${other.file}:${other.sentenceSpan.start}:${self.valueSpan.start}`),
      kind,
      code,
      file: self.file,
      start: self.sentenceSpan.start,
      end: self.sentenceSpan.end,
      text: textOf(self),
      message: flat(`${about}: ${fileNameOf(self.file)} says "${self.valueText}"; ${fileNameOf(other.file)} says "${other.valueText}"`),
      confidence: Math.round(score * 100) / 100,
      related: [{ file: other.file, start: other.sentenceSpan.start, end: other.sentenceSpan.end, text: textOf(other), value: other.valueText, valueSpan: { start: other.valueSpan.start, end: other.valueSpan.end } }],
      fact: factOf(self, other),
      value: self.valueText,
      valueSpan: { start: self.valueSpan.start, end: self.valueSpan.end },
    });
  }
  return out;
}
