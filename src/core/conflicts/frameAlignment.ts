import type { FileMention } from '../claims/extractClaims';
import { valueFramesOf, type ValueFrame } from '../claims/valueFrames';
import { REPORTING_FAMILIES } from '../claims/events';
import { factName } from './messages';
import { fileNameOf } from '../text/fileName';
import { CODES } from './codes';
import { FRAME_WEIGHTS } from './frameWeights';
import { quantitiesCompatible, timesConflict } from './valueRules';
import { forEachCandidatePair } from './frameBlocking';
import { frameFolder, type FrameFolder } from './frameFolder';
import { separatedByQualifier, statedElsewhere } from './frameQualifiers';
import type { Contradiction, ContradictionKind, DocumentAnalysis } from '../types';

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
  'sameBound',
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
    // The same bound on both sides (`more than 30 firefighters` / `more than 50 firefighters`): one figure hedged alike.
    +(a.comparator !== '=' && a.comparator === b.comparator),
  ];
}

/** Probability-like 0..1 that two frames state the same fact (whatever their values). */
export function sameFactScore(features: readonly number[]): number {
  let z = FRAME_WEIGHTS.bias;
  for (let i = 0; i < features.length; i++) z += FRAME_WEIGHTS.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}

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

/** Event families whose word is as often a noun for something else: `fire` is a dismissal or a blaze. */
const AMBIGUOUS_FAMILIES = new Set(['fire']);

/** What the two frames state, for a message's lead: the event as a noun (`Killing`), else the counted noun. */
function factOf(a: ValueFrame, b: ValueFrame): string | undefined {
  const event = [a.event, b.event].find((e) => e && !REPORTING_FAMILIES.has(e) && !AMBIGUOUS_FAMILIES.has(e));
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
