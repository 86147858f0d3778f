import type { FileMention } from '../claims/extractClaims';
import { valueFramesOf, type ValueFrame } from '../claims/valueFrames';
import { REPORTING_FAMILIES } from '../claims/events';
import { capitalised, factName } from './messages';
import { fileNameOf } from '../text/fileName';
import { headNounAfter, lemmatizeNoun } from '../text/lemma';
import { CODES } from './codes';
import { FRAME_WEIGHTS } from './frameWeights';
import { quantitiesCompatible, timesConflict } from './valueRules';
import { forEachCandidatePair } from './frameBlocking';
import { anotherValueAlike, frameFolder, oneValueChanged, type FrameFolder } from './frameFolder';
import { qualifierBetween, separatedByQualifier, statedElsewhere } from './frameQualifiers';
import type { Contradiction, ContradictionKind, DocumentAnalysis } from '../types';

/**
 * Value frames of a folder's sources → contradictions between sources. Frames are blocked by
 * (value kind, head noun / event family / a word next to the value), so only frames that share
 * something are paired and the work grows with the frames, not with all pairs. Each cross-source
 * pair is scored by ONE function, `sameFactScore` (a logistic model over how much the two frames
 * agree on head, event, participants, time, the sentences' other values and wording; weights fitted by
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
  const folder = frameFolder(frames, (file) => docsByFile.get(file)?.text);
  const out = new Map<string, Contradiction>();
  // Entity names by id, built once and only if a flagged age's owner is named.
  let names: Map<string, string> | undefined;
  const nameOf = (id: string) => (names ??= entityNames(mentionsByFile)).get(id);
  forEachCandidatePair(frames, (a, b) => {
    // All four tests are pure and all must pass: the score goes first as most pairs fall short of it,
    // and most of those are told so by an upper bound before the costly features are read.
    if (!valuesDisagree(a, b)) return;
    const score = alignedByRule(a, b, folder) ? Math.max(FRAME_WEIGHTS.threshold, pairScore(a, b, folder)) : pairScore(a, b, folder);
    if (score < FRAME_WEIGHTS.threshold || statedElsewhere(a, b, folder) || separatedByQualifier(a, b, folder)) return;
    for (const c of toContradictions(a, b, score, docsByFile, nameOf)) if (!out.has(c.id)) out.set(c.id, c);
  });
  return [...out.values()];
}

/**
 * Why a pair of frames is or is not a contradiction, by the tests `findFrameConflicts` runs, in its order, with the
 * full score (no early exit): `agree`, `listed` (the other source states this value too), `qualified: …`, `below`
 * (the score), `conflict` (`owner's age`, `game's result` or `one value of a list` when a rule aligns the two without the score). For
 * reading misses (`npm run fit:explain`), not for the index.
 */
export function explainPair(a: ValueFrame, b: ValueFrame, folder: FrameFolder): { verdict: string; score: number } {
  const score = sameFactScore(frameFeatures(a, b, folder));
  if (!valuesDisagree(a, b)) return { verdict: 'agree', score };
  const rule = alignedByRule(a, b, folder);
  if (score < FRAME_WEIGHTS.threshold && !rule) return { verdict: 'below', score };
  if (statedElsewhere(a, b, folder)) return { verdict: 'listed', score };
  const qualifier = qualifierBetween(a, b, folder);
  if (qualifier !== null) return { verdict: `qualified: ${qualifier}`, score };
  return { verdict: rule && score < FRAME_WEIGHTS.threshold ? `conflict (${rule})` : 'conflict', score };
}

/** Two frames that state one fact whatever their wording, and why: an owner's age, one game's result, or one list with one value changed. */
function alignedByRule(a: ValueFrame, b: ValueFrame, folder: FrameFolder): string | undefined {
  if (sameOwnersAge(a, b)) return "owner's age";
  if (sameGameResult(a, b)) return "game's result";
  if (a.kind === 'number' && oneValueChanged(a, b, folder)) return 'one value of a list';
  return undefined;
}

/**
 * Two results of a game (`a 31-24 win over the Jacksonville Jaguars` / `a 31-17 win over the Jacksonville Jaguars`)
 * in sentences that name two of the same teams or players state one fact: a game has one final score. Another
 * meeting of the two is told apart by the qualifiers (another time, another season).
 */
function sameGameResult(a: ValueFrame, b: ValueFrame): boolean {
  return a.head !== null && a.head === b.head && a.head.startsWith('score ') && sharedCount(a.entities, b.entities) >= 2 && (a.reportDate === null || b.reportDate === null || a.reportDate.slice(0, 4) === b.reportDate.slice(0, 4));
}

/**
 * Two ages of one named person (`Berndt Toivonen, 76,` / `Berndt Toivonen (51)`) state one fact however the sentences
 * are worded: a person has one age, unless the two reports are a year or more apart.
 */
export function sameOwnersAge(a: ValueFrame, b: ValueFrame): boolean {
  return a.head === 'age' && b.head === 'age' && a.closest !== null && a.closest === b.closest && a.closestType === 'person' && a.reportDate?.slice(0, 4) === b.reportDate?.slice(0, 4);
}

/** Names of the features `frameFeatures` returns, in order (the weights table follows it). */
export const FRAME_FEATURES = [
  'number', 'ordinal', 'weekday', 'month',
  'headEqual', 'headMissing', 'eventEqual', 'eventDiffer',
  'contextShare', 'wordShare', 'wordShareOfLonger', 'entityShare', 'entityDisjoint', 'timeAgree',
  'beforeEqual', 'afterEqual', 'contextShared', 'wordsShared', 'nearShare', 'nearDisjoint', 'rareWordShare', 'rareContextShare',
  'sameBound', 'valueAgree',
] as const;

/** How much two frames agree on everything but their values, each feature in 0..1. */
export function frameFeatures(a: ValueFrame, b: ValueFrame, folder: FrameFolder): number[] {
  const features: number[] = new Array(FEATURE_COUNT);
  writeSurroundingFeatures(a, b, features);
  writeWordFeatures(a, b, features);
  writeCostlyFeatures(a, b, folder, features);
  return features;
}

/** Probability-like 0..1 that two frames state the same fact (whatever their values). */
export function sameFactScore(features: ArrayLike<number>): number {
  let z = FRAME_WEIGHTS.bias;
  for (let i = 0; i < features.length; i++) z += FRAME_WEIGHTS.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}

const FEATURE_COUNT = FRAME_FEATURES.length;
const feature = (name: (typeof FRAME_FEATURES)[number]) => FRAME_FEATURES.indexOf(name);
/** Features `writeWordFeatures` writes (one merge of the two sentences' words, the longest lists). */
const WORD_FEATURES = [feature('wordShare'), feature('wordShareOfLonger'), feature('wordsShared')];
/** Features `writeCostlyFeatures` writes. */
const COSTLY_FEATURES = [feature('timeAgree'), feature('rareWordShare'), feature('rareContextShare'), feature('valueAgree')];
/** Features `writeSurroundingFeatures` writes: all the others. */
const SURROUNDING_FEATURES = FRAME_FEATURES.map((_, i) => i).filter((i) => !WORD_FEATURES.includes(i) && !COSTLY_FEATURES.includes(i));

/** The most a feature in 0..1 can add to the logit. */
const mostAdded = (name: (typeof FRAME_FEATURES)[number]) => Math.max(0, FRAME_WEIGHTS.weights[feature(name)]);
/** What agreeing times and other values can add (written with the costly features). */
const MOST_FROM_AGREEMENT = mostAdded('timeAgree') + mostAdded('valueAgree');
const MOST_FROM_RARE_WORDS = mostAdded('rareWordShare');
const MOST_FROM_RARE_CONTEXT = mostAdded('rareContextShare');
const CONTEXT_SHARED = feature('contextShared');
const WORDS_SHARED = feature('wordsShared');
/**
 * Per count of the shorter word list (0..8, 8 for more), the most the word features can add: wordShare >=
 * wordShareOfLonger (the same count over a shorter list), so those two add at most max(0, w1, w1 + w2);
 * wordsShared is at most min(count, 8) / 8 and rareWordShare 0 without a word.
 */
const MOST_FROM_WORDS = Array.from({ length: 9 }, (_, fewerWords) => {
  const shareWeight = FRAME_WEIGHTS.weights[feature('wordShare')];
  const shareOfLongerWeight = FRAME_WEIGHTS.weights[feature('wordShareOfLonger')];
  return Math.max(0, shareWeight, shareWeight + shareOfLongerWeight) + (mostAdded('wordsShared') * fewerWords) / 8 + (fewerWords > 0 ? MOST_FROM_RARE_WORDS : 0);
});
/** The logit of the threshold, less a margin far above rounding: a pair whose logit cannot reach it scores below the threshold. */
const LOGIT_FLOOR = Math.log(FRAME_WEIGHTS.threshold / (1 - FRAME_WEIGHTS.threshold)) - 1e-6;
/** One pair's features (module-wide, not re-entrant: a pair is scored synchronously). */
const pairFeatures = new Float64Array(FEATURE_COUNT);

/**
 * `sameFactScore(frameFeatures(a, b, folder))`, or 0 when the features read so far keep the score under the
 * threshold whatever the rest turn out to be: the features are read cheapest first (the frames' own fields
 * and short lists, then the sentences' words, then times and weighted shares), each step bounding the logit.
 */
function pairScore(a: ValueFrame, b: ValueFrame, folder: FrameFolder): number {
  const x = pairFeatures;
  const w = FRAME_WEIGHTS.weights;
  writeSurroundingFeatures(a, b, x);
  let most = FRAME_WEIGHTS.bias + MOST_FROM_AGREEMENT;
  for (const i of SURROUNDING_FEATURES) most += w[i] * x[i];
  // A weighted share is 0 without a shared word.
  if (x[CONTEXT_SHARED] > 0) most += MOST_FROM_RARE_CONTEXT;
  if (most + MOST_FROM_WORDS[Math.min(a.words.length, b.words.length, 8)] < LOGIT_FLOOR) return 0;
  writeWordFeatures(a, b, x);
  for (const i of WORD_FEATURES) most += w[i] * x[i];
  if (x[WORDS_SHARED] > 0) most += MOST_FROM_RARE_WORDS;
  if (most < LOGIT_FLOOR) return 0;
  writeCostlyFeatures(a, b, folder, x);
  return sameFactScore(x);
}

/** The features read off the frames' own fields and short lists (SURROUNDING_FEATURES) into `out`, at their FRAME_FEATURES places. */
function writeSurroundingFeatures(a: ValueFrame, b: ValueFrame, out: { [i: number]: number }): void {
  const entitiesShared = sharedCount(a.entities, b.entities);
  const contextShared = sharedCount(a.context, b.context);
  const nearShared = sharedCount(a.near, b.near);
  out[0] = +(a.kind === 'number');
  out[1] = +(a.kind === 'ordinal');
  out[2] = +(a.kind === 'weekday');
  out[3] = +(a.kind === 'month');
  out[4] = +(a.head !== null && a.head === b.head);
  out[5] = +(a.head === null || b.head === null);
  out[6] = +(a.event !== null && a.event === b.event);
  out[7] = +(a.event !== null && b.event !== null && a.event !== b.event);
  out[8] = share(contextShared, a.context.length, b.context.length);
  out[11] = share(entitiesShared, a.entities.length, b.entities.length);
  out[12] = +(a.entities.length > 0 && b.entities.length > 0 && entitiesShared === 0);
  out[14] = +(a.before === b.before);
  out[15] = +(a.after === b.after);
  out[16] = Math.min(contextShared, 4) / 4;
  out[18] = share(nearShared, a.near.length, b.near.length);
  out[19] = +(a.near.length > 0 && b.near.length > 0 && nearShared === 0);
  // The same bound on both sides (`more than 30 firefighters` / `more than 50 firefighters`): one figure hedged alike.
  out[22] = +(a.comparator !== '=' && a.comparator === b.comparator);
}

/** wordShare, wordShareOfLonger and wordsShared into `out`. */
function writeWordFeatures(a: ValueFrame, b: ValueFrame, out: { [i: number]: number }): void {
  const wordsShared = sharedCount(a.words, b.words);
  out[9] = share(wordsShared, a.words.length, b.words.length);
  out[10] = a.words.length && b.words.length ? wordsShared / Math.max(a.words.length, b.words.length) : 0;
  out[17] = Math.min(wordsShared, 8) / 8;
}

/** timeAgree, rareWordShare, rareContextShare and valueAgree into `out`. */
function writeCostlyFeatures(a: ValueFrame, b: ValueFrame, folder: FrameFolder, out: { [i: number]: number }): void {
  out[13] = +timesAgree(a, b);
  out[20] = weightedShare(a.words, b.words, folder.wordWeight);
  out[21] = weightedShare(a.context, b.context, folder.wordWeight);
  // Another value stated alike (`seven AK-47 rifles` in both sentences): one statement told twice.
  out[23] = +anotherValueAlike(a, b, folder);
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
  let totals = listWeights.get(weight);
  if (!totals) listWeights.set(weight, (totals = new Map()));
  const wa = totalWeight(a, weight, totals);
  const wb = totalWeight(b, weight, totals);
  let shared = 0;
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
 * Per table of word weights (one per folder), the total weight of each list summed so far: a sentence's
 * word list is shared by its frames, and a frame is paired many times.
 */
const listWeights = new WeakMap<ReadonlyMap<string, number>, Map<readonly string[], number>>();

/** The weights of the list's words, summed in list order (remembered in `totals`). */
function totalWeight(list: readonly string[], weight: ReadonlyMap<string, number>, totals: Map<readonly string[], number>): number {
  let total = totals.get(list);
  if (total === undefined) {
    total = 0;
    for (const w of list) total += weight.get(w) ?? 0;
    totals.set(list, total);
  }
  return total;
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
function factOf(a: ValueFrame, b: ValueFrame, nameOf?: (id: string) => string | undefined, text?: string): string | undefined {
  // An age is about its owner, whatever the sentence tells of (`David Sweat, 51, …` in a sentence about a sentence).
  if (a.head === 'age' && b.head === 'age') {
    const owner = sameOwnersAge(a, b) && a.closest !== null ? (a.closest.startsWith('name:') ? a.closest.slice(5) : nameOf?.(a.closest)) : undefined;
    return owner ? `${owner}'s age` : 'Age';
  }
  // A thing counted or ranked is what the value is about (`two undersea cables`, `2,000 tents`, `the third meeting`), more
  // surely than the sentence's nearest event word; a unit or a crowd (`people`, `years`, `$`) says less than the event.
  const head = a.head ?? b.head;
  if (head !== null && a.head === b.head) {
    if (!UNIT_HEADS.has(head)) return capitalised(a.headWord ?? head);
    // A measure of something named after `of` is about that thing (`15 years of probation`, `two counts of murder`).
    const measured = !CROWD_HEADS.has(head) && text !== undefined ? nounAfterOf(text, a) : undefined;
    if (measured) return capitalised(measured);
  }
  const event = [a.event, b.event].find((e) => e && !REPORTING_FAMILIES.has(e) && !AMBIGUOUS_FAMILIES.has(e));
  if (event) return factName(event, undefined);
  return head ? capitalised(head) : undefined;
}

/** Heads that count people: what follows their `of` is the group (`12 members of the family`), not what is measured. */
const CROWD_HEADS = new Set(['person', 'people', 'man', 'woman', 'child', 'member', 'other']);
const OF_AFTER = /\s+of\s+/y;

/** The noun of an `of` phrase right after the value (`probation` in `15 years of probation`), lemmatised, or undefined. */
function nounAfterOf(text: string, f: ValueFrame): string | undefined {
  OF_AFTER.lastIndex = f.valueSpan.end;
  if (!OF_AFTER.test(text) || OF_AFTER.lastIndex >= f.sentenceSpan.end) return undefined;
  // The phrase reader stops at punctuation, so it stays in the sentence without a copy of it.
  const found = headNounAfter(text, OF_AFTER.lastIndex, true);
  return found ? lemmatizeNoun(found.noun.toLowerCase()) : undefined;
}

/** Heads that measure or count anyone (`people`, `years`, `dollars`, `miles`): the event says what the value is about. */
const UNIT_HEADS = new Set([
  ...CROWD_HEADS, 'total',
  'year', 'month', 'week', 'day', 'night', 'hour', 'minute', 'second', 'decade', 'season', 'time',
  'dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'percent', 'point', 'count',
  'mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'foot', 'yard', 'inch', 'centimeter', 'centimetre', 'degree', 'mph', 'kmph', 'ton', 'tonne',
]);

/** Every mentioned entity's name by id. */
function entityNames(mentionsByFile: ReadonlyMap<string, FileMention[]>): Map<string, string> {
  const names = new Map<string, string>();
  for (const mentions of mentionsByFile.values()) for (const m of mentions) names.set(m.entity.id, m.entity.name);
  return names;
}

function toContradictions(a: ValueFrame, b: ValueFrame, score: number, docs: ReadonlyMap<string, DocumentAnalysis>, nameOf: (id: string) => string | undefined): Contradiction[] {
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
      fact: factOf(self, other, nameOf, docs.get(self.file)?.text),
      value: self.valueText,
      valueSpan: { start: self.valueSpan.start, end: self.valueSpan.end },
    });
  }
  return out;
}
