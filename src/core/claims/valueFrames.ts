import { ASCII_CASE_OFFSET, CharCode, hasCharBetween, isAsciiLetter, isDigit } from '../text/charCodes';
import { CUMULATIVE, digitDashDigitsIn, governorIn, hyphenScale, NO_SCORES, isAge, isConversion, isIdentifierNumber, numberEnd, numberStart, RATE_BEFORE, scoresIn } from './valueWords';
import { AUXILIARY_ONLY, DENOMINATOR_BEFORE, EARLIER_EVENT, EARLIER_REACH, ELAPSED_BEFORE, PART_OF, PART_OPENING, PREVIOUS_INSTANCE, rateAfter, SUPERSEDED_BEFORE, ROLE_AFTER, ROLE_UNITS, RUNNING_AFTER, RUNNING_UNITS, SAID_AFTER, SAID_BEFORE, SAID_REACH, STREAK_AFTER, UNIT_MODIFIERS, WHOLE_OPENING } from './scopeWords';
import { ordinalsOf, quantitiesOf, timeFactsOf, type TimeFacts } from './claimValues';
import { canonicalHead, eventFamilyAt, REPORTING_FAMILIES, type EventWords } from './events';
import { isFurnitureAt, SentenceReader, sentenceScanOf } from './sentenceScan';
import { lemmatizeNoun, wordStem } from '../text/lemma';
import { DEMONYMS, isCommonWord } from '../mentions/names/nameRules';
import { BoundedMemo } from '../util/boundedMemo';
import { ensureCapacity } from '../util/growableArrays';
import type { FileMention } from './extractClaims';
import type { Comparator, DocumentAnalysis, Quantity, Sentence, Span } from '../types';

/**
 * One document's analysis + its linked mentions → value frames: every stated value (a count, an
 * ordinal, a weekday, a month) with what it is about — the noun it counts, the event word nearest
 * it, the words around it, the entities and other times of its sentence, and scope words
 * (`a total of`, `so far`, `each`). Two sources state the same fact in different words; comparing
 * frames compares what is said, not how it is worded (conflicts/frameAlignment.ts aligns them).
 */

export type FrameKind = 'number' | 'ordinal' | 'weekday' | 'month';

export interface ValueFrame {
  file: string;
  sentence: number;
  sentenceSpan: Span;
  /** The value as written (`more than 50 firefighters`, `Tuesday`). */
  valueSpan: Span;
  valueText: string;
  kind: FrameKind;
  /** Count, ordinal number, weekday (0 = Sunday) or month (1..12). */
  value: number;
  /** `kind:value[:head]` (`number:4:juror`, `month:12/31` with a day), what sentences are compared on when they
   * state several values (read by `sameStatedValue`). */
  valueKey: string;
  /** Day of the month for a month frame (`Dec. 31`), else undefined. */
  day?: number;
  comparator: Comparator;
  vague: boolean;
  /** Lemmatised noun the value counts or qualifies (`firefighter`, `degree`), `age` for ages, or null. */
  head: string | null;
  /** The head as written, lemmatised, before synonyms meet (`strike` where `head` is `attack`): what a message names. */
  headWord: string | null;
  /** The noun right before the head in the value's phrase (`recharge` in `2,000 recharge cycles`), lemmatised, or null. */
  modifier: string | null;
  /** Event family of the nearest event word in the sentence (`kill`, `arrest`), or null. */
  event: string | null;
  /** Stems of content words next to the value (a few words each side), sorted, distinct. */
  context: string[];
  /** The word right before the value and the one right after it, lower case (`^`/`$` at the sentence's ends). */
  before: string;
  after: string;
  /** Stems of the sentence's content words, sorted, distinct. */
  words: string[];
  /** Entity ids named in the sentence, sorted, distinct. */
  entities: string[];
  /** The first person, organisation or other non-place name of the sentence, before the value: its subject, at a guess. */
  subject: string | null;
  subjectType: string | null;
  /** Stem of the verb right before the value (`missed four games`, `played in 10 games`), or null. */
  governor: string | null;
  /** Entity ids named in the value's own phrase (no comma, semicolon or bracket between), sorted, distinct. */
  near: string[];
  /** The entity named right next to the value (CLOSE_REACH characters, same phrase): whom or what it is about, at a guess. */
  closest: string | null;
  /** That entity's type (rival subjects have the same type: two people, two places). */
  closestType: string | null;
  /** A place the value's phrase names as a neighbour of the story's (`killed 13 people in the neighboring Qinghai Province`): the value is counted there. */
  neighbourPlace: string | null;
  /** A day or month by which something is due (`by April 30`), not when it happened. */
  deadline: boolean;
  /** A day or month when something was said (`police said Saturday`, `told reporters on Friday`, `on Monday said`), not when it happened. */
  saidOn: boolean;
  /** Other times of the sentence (not this value). */
  times: TimeFacts[];
  /** `a total of`, `so far`, `in all`, `career`: a running total, not one event's count. */
  cumulative: boolean;
  /** `each`, `per`, `a day`: a rate, not a total. */
  rate: boolean;
  /** What a rate is per (`victim` in `two counts … for each of the 12 victims`, `share` in `$5 per share`), or null. */
  rateOf: string | null;
  /** The source's own date (ISO) when it states one, else null (inferred dates are no evidence). */
  reportDate: string | null;
  /** A part of a larger count: another value of the sentence counts the same head noun (`seven rifles, two
   * more rifles`), or the value says so itself (`two other rifles`, `three more people`). */
  sameHeadInSentence: boolean;
  /** A count that grows while a story runs: `five days of rioting`, `eight days ago`, `after four weeks of`. */
  running: boolean;
  /** Values of the same kind in the sentence, this one included. */
  siblings: number;
  /** A span of time in one role (`four seasons as the team's director`, `two terms as mayor`): part of a career, not all of it. */
  role: boolean;
  /** The value is in what an event is said to follow (`The disaster came two months after floods killed 21 people`): an earlier event's. */
  earlier: boolean;
  /** The sentence opens on one part of the event (`In the sixth, he landed one punch`, `In the first half, …`): its figures are the part's. */
  inPart: boolean;
  /** A time that passed before the event (`after just 66 days in office`): what `44 days after taking over` also counts. */
  elapsed: boolean;
  /** The value is the whole a part is counted out of (`59` in `56 out of 59 seats`, `34` in `29 of 34 passes`). */
  denominator: boolean;
}

const AFTER_WORD = /\bafter\b/i;

/** Every value frame of a document, with the entities of `mentions` (the file's linked mentions, sorted by start). */
export function valueFramesOf(doc: DocumentAnalysis, mentions: readonly FileMention[]): ValueFrame[] {
  // What the text says is read once per analysis (and kept); who is named around it, once per call.
  let textFrames = textFrameCache.get(doc);
  if (!textFrames) textFrameCache.set(doc, (textFrames = computeFrames(doc)));
  return withEntities(doc.text, textFrames, mentions);
}

const textFrameCache = new WeakMap<DocumentAnalysis, TextFrame[]>();

/** A frame before entities are known: the entity fields are empty, `age` says an owner is looked for. */
interface TextFrame extends ValueFrame {
  age: boolean;
  /** An amount restated in brackets in another unit: never a second item of its sentence's list. */
  conversion: boolean;
  /** Where the last speech verb before the value ends (`says`, `said`, `told`), or -1: a name before it is a speaker, not the subject. */
  speechEnd: number;
}

/** Copies of the text frames with the entities named in their sentences (`mentions` sorted by start). */
function withEntities(text: string, textFrames: readonly TextFrame[], mentions: readonly FileMention[]): ValueFrame[] {
  const out: ValueFrame[] = [];
  let mi = 0;
  let sentenceStart = -1;
  let sentenceMentions: FileMention[] = [];
  let entities: string[] = [];
  let subjectMentions: FileMention[] = [];
  for (const t of textFrames) {
    const span = t.sentenceSpan;
    if (span.start !== sentenceStart) {
      sentenceStart = span.start;
      while (mi < mentions.length && mentions[mi].mention.start < span.start) mi++;
      sentenceMentions = [];
      for (let k = mi; k < mentions.length && mentions[k].mention.start < span.end; k++) sentenceMentions.push(mentions[k]);
      entities = distinctSorted(sentenceMentions.map((m) => m.entity.id));
      // An untyped one-word name is too often a capitalised common word or an adjective (`Pirates`, `Somali`), unless
      // it is a short form of a longer name (`Vaughn` for `Deonta Vaughn`).
      subjectMentions = sentenceMentions.filter((m) => m.entity.type === 'person' || m.entity.type === 'organization' || (m.entity.type === 'other' && m.entity.name.includes(' ')));
    }
    const { age, speechEnd } = t;
    const frame = copyOfFrame(t);
    // The first name before the value, past any speaker (`Bill Shaikin, the reporter, says the team offered…`).
    const first = subjectMentions.find((m) => m.mention.start >= speechEnd);
    const subject = first && first.mention.end <= frame.valueSpan.start ? first : undefined;
    frame.entities = entities;
    frame.subject = subject ? subject.entity.id : null;
    frame.subjectType = subject ? subject.entity.type : null;
    if (age) {
      // `Jim Oler, 44,` names the owner before the age, `23-year-old Laci` after it.
      // Not a possessive's (`Ms. Mendes' 12-year-old daughter` is the daughter's age), nor an age of another time (`then-15-year-old Timmons`).
      const v = frame.valueSpan;
      const thenAge = AGE_OF_ANOTHER_TIME.test(text.slice(Math.max(span.start, v.start - 10), v.start));
      const owner = thenAge
        ? undefined
        : (sentenceMentions.find((m) => m.mention.end <= v.start && v.start - m.mention.end <= 3 && !hasApostrophe(text, m.mention.end, v.start)) ??
          sentenceMentions.find((m) => m.mention.start >= v.end && m.mention.start - v.end <= 3));
      // A name the linker did not keep (`23-year-old Laci`) still owns the age: its spelling stands for it.
      // Not a people's adjective or another English word capitalised (`The 69-year-old Irish singer`).
      const after = owner || thenAge ? undefined : NAME_AFTER_AGE.exec(text.slice(v.end, v.end + 40))?.[1];
      const unlinked = after && !DEMONYMS.has(after.toLowerCase()) && !isCommonWord(after.toLowerCase()) ? after : undefined;
      const ownerId = owner ? owner.entity.id : unlinked ? `name:${unlinked}` : null;
      frame.near = ownerId ? [ownerId] : [];
      frame.closest = ownerId;
      frame.closestType = owner ? owner.entity.type : unlinked ? 'person' : null;
    } else setNearEntities(frame, text, span, sentenceMentions);
    out.push(frame);
  }
  return out;
}

/** `then-15-year-old`, `at the time 15-year-old`: an age at another time than the story's. */
const AGE_OF_ANOTHER_TIME = /\b(?:then|at\s+the\s+time)[\s-]*$/i;
const hasApostrophe = (text: string, from: number, to: number) => hasCharBetween(text, CharCode.SingleQuote, from, to) || hasCharBetween(text, CharCode.RightSingleQuote, from, to);

/** The `ValueFrame` fields of a text frame, in a new object (an object literal: much cheaper than a rest spread). */
function copyOfFrame(t: TextFrame): ValueFrame {
  return {
    file: t.file,
    sentence: t.sentence,
    sentenceSpan: t.sentenceSpan,
    valueSpan: t.valueSpan,
    valueText: t.valueText,
    kind: t.kind,
    value: t.value,
    valueKey: t.valueKey,
    day: t.day,
    comparator: t.comparator,
    vague: t.vague,
    head: t.head,
    headWord: t.headWord,
    modifier: t.modifier,
    event: t.event,
    context: t.context,
    before: t.before,
    after: t.after,
    words: t.words,
    entities: t.entities,
    subject: t.subject,
    subjectType: t.subjectType,
    governor: t.governor,
    near: t.near,
    closest: t.closest,
    closestType: t.closestType,
    neighbourPlace: t.neighbourPlace,
    deadline: t.deadline,
    saidOn: t.saidOn,
    times: t.times,
    cumulative: t.cumulative,
    rate: t.rate,
    rateOf: t.rateOf,
    reportDate: t.reportDate,
    sameHeadInSentence: t.sameHeadInSentence,
    running: t.running,
    siblings: t.siblings,
    role: t.role,
    earlier: t.earlier,
    denominator: t.denominator,
    inPart: t.inPart,
    elapsed: t.elapsed,
  };
}

const CONTEXT_WORDS = 4;
const NAME_AFTER_AGE = /^\s([A-Z][a-z]+)\b/;
/** Shared by frames whose entities are not known yet: never changed (replaced, not pushed to). */
const NONE: string[] = [];
const NO_TIMES: TimeFacts[] = [];

/** The last run of ASCII letters in `text[from, to)`, lower case (`/[A-Za-z]+(?=[^A-Za-z]*$)/`), or undefined. */
function lastWordIn(text: string, from: number, to: number): string | undefined {
  let end = to;
  while (end > from && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
  if (end === from) return undefined;
  let start = end - 1;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** The first run of ASCII letters in `text[from, to)`, lower case (`/[A-Za-z]+/`), or undefined. */
function firstWordIn(text: string, from: number, to: number): string | undefined {
  let start = from;
  while (start < to && !isAsciiLetter(text.charCodeAt(start))) start++;
  if (start === to) return undefined;
  let end = start + 1;
  while (end < to && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** A sentence's content words (parallel lists, reused from sentence to sentence: no object per word). */
class ContentWords {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  stems: string[] = [];
}
/** The one scratch list of content words: computeFrames is not re-entrant. */
const sentenceWords = new ContentWords();

function computeFrames(doc: DocumentAnalysis): TextFrame[] {
  const text = doc.text;
  const quantities = quantitiesOf(doc);
  const ordinals = ordinalsOf(doc);
  const times = timeFactsOf(doc);
  const out: TextFrame[] = [];
  const scan = sentenceScanOf(doc, SentenceReader.Frames);
  const events = scan.words;
  let qi = 0;
  let oi = 0;
  let ti = 0;
  // Every score has a digit, a dash and a digit in a row: only sentences with one are read for scores.
  const scoreDashes = digitDashDigitsIn(text);
  let di = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    // The sentence's values: [qFrom, qi) of the quantities, [oFrom, oi) of the ordinals, [tFrom, ti) of the times.
    while (qi < quantities.length && quantities[qi].start < sentence.start) qi++;
    const qFrom = qi;
    while (qi < quantities.length && quantities[qi].start < sentence.end) qi++;
    while (oi < ordinals.length && ordinals[oi].start < sentence.start) oi++;
    const oFrom = oi;
    while (oi < ordinals.length && ordinals[oi].start < sentence.end) oi++;
    while (ti < times.length && times[ti].start < sentence.start) ti++;
    const tFrom = ti;
    while (ti < times.length && times[ti].start < sentence.end) ti++;
    if (di > 0 && scoreDashes[di - 1] >= sentence.start + 1) di = 0;
    while (di < scoreDashes.length && scoreDashes[di] < sentence.start + 1) di++;
    const scores = di < scoreDashes.length && scoreDashes[di] + 1 < sentence.end ? scoresIn(text, sentence) : NO_SCORES;
    if (qFrom === qi && oFrom === oi && tFrom === ti && !scores.length) continue;
    // Timestamps, credits, codes and addresses hold values but state nothing (as for claims: clauses.ts).
    if (isFurnitureAt(doc, scan, s)) continue;
    const span = { start: sentence.start, end: sentence.end };
    const sq = quantities.slice(qFrom, qi);
    const so = ordinals.slice(oFrom, oi);
    const st = times.slice(tFrom, ti);

    const tokens = wordTokens(text, span.start, span.end, sentenceWords);
    // What every frame of the sentence reads (one object per sentence: the frame builders below are module
    // functions, not closures made per sentence, which V8 would optimise again for every new closure).
    const c: SentenceFrames = {
      doc,
      text,
      sentence,
      span,
      times: st,
      tokens,
      speechEnds: speechEndsIn(text, span),
      words: distinctSorted(tokens.stems.slice(0, tokens.count)),
      // The sentence's event words, as the claims read them.
      events,
      firstEvent: scan.firstWord[s],
      lastEvent: scan.firstWord[s + 1],
      openingCumulative: undefined,
      saysAfter: undefined,
      saysPrevious: undefined,
      opensOnPart: undefined,
      opensOnWhole: undefined,
    };
    const firstOfSentence = out.length;
    // An amount restated in brackets in another unit (`85 million euros ($108 million)`) is the same
    // quantity converted: compared as such, but approximate, and no second item of a list. Kept only
    // when the amount it restates was read too (so the other source's figure can match either).
    const counted: Quantity[] = [];
    let restated = 0;
    for (const q of sq) {
      if (isIdentifierNumber(text, numberStart(text, q), numberEnd(text, q))) continue;
      const conversion = restates(text, sq, q);
      if (isConversion(text, q) && !conversion) continue;
      counted.push(q);
      if (conversion) restated++;
    }
    for (const q of counted) {
      const age = isAge(text, q.start, q.end, q.unit);
      const conversion = restates(text, sq, q);
      const frame = frameAt(c, { start: q.start, end: q.end }, 'number', q.value * hyphenScale(text, q), age ? 'age' : q.unit, conversion ? '~' : q.comparator, !!q.vague, counted.length - restated, numberEnd(text, q));
      frame.age = age;
      frame.conversion = conversion;
      out.push(frame);
    }
    for (const score of scores) out.push(frameAt(c, score.span, 'number', score.value, score.head, '=', false, counted.length - restated + 1));
    markSameHeads(text, out, firstOfSentence);
    for (const o of so) out.push(frameAt(c, { start: o.start, end: o.end }, 'ordinal', o.value, o.noun, '=', false, so.length));
    // A deadline (`back to normal by April 30`) is a time too, compared only with other deadlines; other bounds
    // (`since May`, `until Friday`) are not when anything happened.
    const dated: TimeFacts[] = [];
    for (const t of st) if ((!t.bound || isDeadline(text, t.start)) && (t.weekday !== undefined || t.month !== undefined)) dated.push(t);
    for (const t of dated) {
      let f: TextFrame | undefined;
      if (t.weekday !== undefined && LITERAL_WEEKDAY.test(t.text)) f = frameAt(c, { start: t.start, end: t.end }, 'weekday', t.weekday, null, '=', false, dated.length);
      else if (t.month !== undefined && LITERAL_MONTH.test(t.text)) {
        f = frameAt(c, { start: t.start, end: t.end }, 'month', t.month, null, '=', false, dated.length);
        f.day = t.day;
        // `Dec. 25` and `Dec. 31` are two values of one sentence, not one.
        if (t.day !== undefined) f.valueKey = `month:${t.month}/${t.day}`;
      }
      if (!f) continue;
      f.deadline = t.bound;
      f.saidOn = SAID_BEFORE.test(text.slice(Math.max(span.start, t.start - SAID_REACH), t.start)) || SAID_AFTER.test(text.slice(t.end, Math.min(span.end, t.end + SAID_REACH)));
      out.push(f);
    }
  }
  return out;
}

/** What the frames of one sentence read: built once per sentence with values, passed to `frameAt`. */
interface SentenceFrames {
  doc: DocumentAnalysis;
  text: string;
  sentence: Sentence;
  span: Span;
  /** The sentence's times. */
  times: TimeFacts[];
  /** The sentence's content words (the scratch list, valid while the sentence is read). */
  tokens: ContentWords;
  speechEnds: number[];
  /** Stems of the sentence's content words, sorted, distinct. */
  words: string[];
  /** The document's event words; the sentence's are [firstEvent, lastEvent). */
  events: EventWords;
  firstEvent: number;
  lastEvent: number;
  /** Whether the sentence opens on scope words: asked at most once per sentence. */
  openingCumulative: boolean | undefined;
  /** Whether the sentence has the word `after` (what EARLIER_EVENT needs): asked at most once per sentence. */
  saysAfter: boolean | undefined;
  /** Whether the sentence has `previous` or `last such` (what PREVIOUS_INSTANCE needs): asked at most once per sentence. */
  saysPrevious: boolean | undefined;
  /** Length of an opening on one part of the event (PART_OPENING), 0 if none: asked at most once per sentence. */
  opensOnPart: number | undefined;
  /** Length of an opening on a whole (WHOLE_OPENING), 0 if none: asked at most once per sentence. */
  opensOnWhole: number | undefined;
}

/** The event family of the event word nearest the value `v` in the sentence (see `ValueFrame.event`). */
function nearestEventOf(c: SentenceFrames, v: Span, timeLike: boolean): string | null {
  const { text, events } = c;
  let best: string | null = null;
  let bestDistance = Infinity;
  // A count is about what happened, not who told it (`Reports are that seven women were inside … the fire`):
  // a reporting verb only when no other event word is near; a day dates whichever verb it sits with.
  let reported: string | null = null;
  let reportedDistance = Infinity;
  for (let k = c.firstEvent; k < c.lastEvent; k++) {
    const family = eventFamilyAt(text, c.span.start, c.span.end, events, k);
    if (family === undefined) continue;
    const before = events.ends[k] <= v.start;
    let d = events.starts[k] >= v.end ? events.starts[k] - v.end : v.start - events.ends[k];
    if (timeLike) {
      // A day or month dates an event of its own phrase: the verb before it (`arrested Tuesday`, `filed on
      // Wednesday`), else one right after it (`on Thursday announced`); never one past a comma.
      if (before ? phraseBreakBetween(text, events.ends[k], v.start) : d > TIME_EVENT_AFTER || !TIME_THEN_EVENT.test(text.slice(v.end, events.starts[k]))) continue;
      if (before) d -= 1000;
    }
    // The count's own predicate (`at least 40 people were injured`) outranks a nearer verb before it (`killed and at least 40`).
    else if (!before && d < 32 && AUXILIARY_ONLY.test(text.slice(v.end, events.starts[k]))) d = 0;
    if (!(d > -1000 - 1 && (d >= 0 || before))) continue;
    if (!timeLike && REPORTING_FAMILIES.has(family)) {
      if (d < reportedDistance) {
        reported = family;
        reportedDistance = d;
      }
    } else if (d < bestDistance) {
      best = family;
      bestDistance = d;
    }
  }
  return best ?? reported;
}

/** Length of the opening of `sentence` that `re` matches within `reach` characters, 0 if none. */
function openingLength(text: string, sentence: Span, re: RegExp, reach: number): number {
  return re.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + reach)))?.[0].length ?? 0;
}

/** The value comes after an opening of `length` characters (none when 0). */
const afterOpening = (length: number, value: Span, sentence: Span) => length > 0 && value.start >= sentence.start + length;

/**
 * The value is told of an earlier instance: in what an event is said to follow (EARLIER_EVENT) or after `the last such`,
 * `the previous` (PREVIOUS_INSTANCE). Each pattern is read only in sentences with its key word (asked once per sentence).
 */
function earlierInstance(c: SentenceFrames, valueSpan: Span): boolean {
  const { text, span } = c;
  c.saysAfter ??= AFTER_WORD.test(text.slice(span.start, span.end));
  c.saysPrevious ??= PREVIOUS_WORD.test(text.slice(span.start, span.end));
  if (!c.saysAfter && !c.saysPrevious) return false;
  const reach = text.slice(Math.max(span.start, valueSpan.start - EARLIER_REACH), valueSpan.start);
  return (c.saysAfter && EARLIER_EVENT.test(reach)) || (c.saysPrevious && (PREVIOUS_INSTANCE.test(reach) || SUPERSEDED_BEFORE.test(reach)));
}
const PREVIOUS_WORD = /\b(?:previous|last\s+such|first|initially|originally)\b/i;

const AFTER_REACH = 60;

/** The text frame of the value at `valueSpan` of the sentence `c` (entity fields empty). */
function frameAt(c: SentenceFrames, valueSpan: Span, kind: FrameKind, value: number, noun: string | null, comparator: Comparator, vague: boolean, siblings: number, numberEnd = valueSpan.end): TextFrame {
  const { doc, text, span, times } = c;
  const before = text.slice(Math.max(span.start, valueSpan.start - 40), valueSpan.start);
  // Long enough for RATE_AFTER's reach (`two counts of attempted first-degree murder for each of`).
  const after = text.slice(valueSpan.end, Math.min(span.end, valueSpan.end + AFTER_REACH));
  const modifier = noun && noun !== 'age' ? modifierBefore(text, numberEnd, Math.min(span.end, numberEnd + 60), noun) : null;
  // `75 basis points` is not `0.75 points`, `50 square miles` not `50 miles`: the modifier makes another unit.
  const head = noun && (modifier !== null && UNIT_MODIFIERS.has(modifier) ? `${modifier} ${canonicalHead(noun)}` : canonicalHead(noun));
  const clause = clauseAround(text, span, valueSpan);
  const rateOfAfter = rateAfter(after);
  return {
    age: false,
    conversion: false,
    speechEnd: lastEndBefore(c.speechEnds, valueSpan.start),
    file: doc.file,
    sentence: c.sentence.index,
    sentenceSpan: span,
    valueSpan,
    valueText: text.slice(valueSpan.start, valueSpan.end),
    kind,
    value,
    valueKey: head === null ? `${kind}:${value}` : `${kind}:${value}:${head}`,
    day: undefined,
    comparator,
    vague,
    head,
    headWord: noun,
    modifier,
    event: nearestEventOf(c, valueSpan, kind === 'weekday' || kind === 'month'),
    context: contextAround(c.tokens, valueSpan),
    before: lastWordIn(text, Math.max(span.start, valueSpan.start - 40), valueSpan.start) ?? '^',
    after: firstWordIn(text, valueSpan.end, Math.min(span.end, valueSpan.end + 40)) ?? '$',
    words: c.words,
    entities: NONE,
    subject: null,
    subjectType: null,
    // `five days before a playoff game` dates something else: no verb governs the count.
    governor: head !== null && TIME_UNITS.has(head) && OFFSET_AFTER.test(after) ? null : governorIn(text, Math.max(clause.start, valueSpan.start - 40), valueSpan.start),
    near: NONE,
    closest: null,
    closestType: null,
    neighbourPlace: null,
    times: times.length > 1 || (times.length === 1 && (times[0].end <= valueSpan.start || times[0].start >= valueSpan.end)) ? timesOutside(times, valueSpan) : NO_TIMES,
    // Scope words of the value's own clause, or of a short opening phrase (`So far, 20 people…`).
    cumulative: CUMULATIVE.test(text.slice(Math.max(clause.start, valueSpan.start - 60), Math.min(clause.end, valueSpan.end + 60))) || (c.openingCumulative ??= CUMULATIVE.test(openingPhrase(text, span))),
    rate: rateOfAfter !== undefined || RATE_BEFORE.test(before),
    rateOf: rateOfAfter ?? null,
    siblings,
    sameHeadInSentence:
      kind === 'number' &&
      (PART_OF.test(text.slice(valueSpan.start, Math.min(span.end, valueSpan.start + 40))) ||
        // `Of the 23 pirates arrested, 12 are Somali`: the counts after the opening are parts of its whole.
        afterOpening((c.opensOnWhole ??= openingLength(text, span, WHOLE_OPENING, 80)), valueSpan, span)),
    running: (head !== null && RUNNING_UNITS.has(head) && (RUNNING_AFTER.test(after) || /\bafter\s+$/i.test(before))) || STREAK_AFTER.test(after),
    reportDate: doc.date.source === 'inferred' || doc.date.source === 'none' ? null : doc.date.date,
    role: head !== null && ROLE_UNITS.has(head) && ROLE_AFTER.test(after),
    denominator: kind === 'number' && DENOMINATOR_BEFORE.test(before),
    inPart: kind === 'number' && afterOpening((c.opensOnPart ??= openingLength(text, span, PART_OPENING, 40)), valueSpan, span),
    earlier: earlierInstance(c, valueSpan),
    elapsed: head !== null && TIME_UNITS.has(head) && ELAPSED_BEFORE.test(before),
    deadline: false,
    saidOn: false,
  };
}

/** The times of `times` outside the value `v` (`times.filter((t) => t.end <= v.start || t.start >= v.end)`). */
function timesOutside(times: readonly TimeFacts[], v: Span): TimeFacts[] {
  const out: TimeFacts[] = [];
  for (const t of times) if (t.end <= v.start || t.start >= v.end) out.push(t);
  return out;
}

/**
 * Whether the quantity `q` of the sentence's quantities `sq` restates the one right before it in another unit:
 * an amount in brackets (`85 million euros ($108 million)`) after the amount it converts.
 */
function restates(text: string, sq: readonly Quantity[], q: Quantity): boolean {
  if (!isConversion(text, q)) return false;
  for (const p of sq) if (p !== q && p.end <= q.start && q.start - p.end <= 3) return true;
  return false;
}

/** `by April 30`, `by the end of May`, `by late Friday`. */
function isDeadline(text: string, start: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
const DEADLINE_BEFORE = /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

/**
 * Whether the value key `key` (a `valueKey`) states the same value as `other`'s, about the same thing: the same
 * kind and value, and the same head unless one has none (`four days` is not `four jurors`).
 */
export function sameStatedValue(key: string, other: string): boolean {
  if (key === other) return true;
  // Same kind and value: the same text up to the second colon (kinds and values hold none). Two keys
  // that also had the same head would be equal, so the heads agree only when one has none.
  const second = key.indexOf(':', key.indexOf(':') + 1);
  const otherSecond = other.indexOf(':', other.indexOf(':') + 1);
  if (second >= 0 && otherSecond >= 0) return false;
  const prefix = second < 0 ? key.length : second;
  if (prefix !== (otherSecond < 0 ? other.length : otherSecond)) return false;
  for (let i = 0; i < prefix; i++) if (key.charCodeAt(i) !== other.charCodeAt(i)) return false;
  return true;
}

/** `kind:value[:head]` → its parts (remembered: a folder states few distinct values; the tuple is shared, never change it). */
export function keyParts(key: string): readonly [string, string, string | undefined] {
  return keyPartsMemo.get(key, keyPartsUncached);
}
const keyPartsMemo = new BoundedMemo<readonly [string, string, string | undefined]>(50_000);

function keyPartsUncached(key: string): readonly [string, string, string | undefined] {
  const first = key.indexOf(':');
  const second = key.indexOf(':', first + 1);
  return second < 0 ? [key.slice(0, first), key.slice(first + 1), undefined] : [key.slice(0, first), key.slice(first + 1, second), key.slice(second + 1)];
}

const LITERAL_WEEKDAY = /\b(?:Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?)day\b/;
const LITERAL_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;

/**
 * Marks the number frames from `from` on whose head another of them shares (ages have owners instead):
 * parts of one count. Not two ends of a range (`$140 million to $160 million`, `at least $160 million and
 * possibly as much as $180 million`), an amount restated in another unit, or two lengths (`85 miles from the
 * city, at a depth of 22 miles`): lengths measure, they do not add up.
 */
function markSameHeads(text: string, frames: TextFrame[], from: number): void {
  for (let i = from; i < frames.length; i++) {
    const a = frames[i];
    if (a.head === null || a.head === 'age' || a.conversion || LENGTH_UNITS.has(a.head)) continue;
    for (let j = i + 1; j < frames.length; j++) {
      const b = frames[j];
      if (a.head !== b.head || a.value === b.value || b.conversion) continue;
      const between = text.slice(a.valueSpan.end, b.valueSpan.start);
      // A range, or another clause (`36 people had died, … since the Camp Fire, which killed at least 130 people`).
      if (RANGE_BETWEEN.test(between) || OTHER_CLAUSE_BETWEEN.test(between)) continue;
      a.sameHeadInSentence = b.sameHeadInSentence = true;
    }
  }
}
/** Units of length: a count of them measures, it does not add up, and a distance is measured from a place. */
export const LENGTH_UNITS = new Set(['mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'yard', 'foot', 'inch', 'centimeter', 'centimetre']);
/** A relative clause or a semicolon between two counts: they count in two statements, not one list. */
const OTHER_CLAUSE_BETWEEN = /[;—–]|,\s*(?:which|who|whom|whose|where|when)\b/i;
/** What joins two ends of a range or two estimates of one amount. */
const RANGE_BETWEEN = /^\s*(?:to|[-–—]|or|and)(?:\s+(?:possibly|perhaps|maybe|probably|even|potentially))?\s*$/i;

/** The value's clause: the sentence between the phrase breaks (comma, semicolon, bracket) around the value. */
function clauseAround(text: string, sentence: Span, v: Span): Span {
  let start = v.start;
  while (start > sentence.start && !isPhraseBreak(text.charCodeAt(start - 1))) start--;
  let end = v.end;
  while (end < sentence.end && !isPhraseBreak(text.charCodeAt(end))) end++;
  return { start, end };
}

/** A short phrase that opens the sentence before a comma (`So far,`, `In all,`): it scopes the whole sentence. */
function openingPhrase(text: string, sentence: Span): string {
  const end = Math.min(sentence.end, sentence.start + OPENING_PHRASE);
  for (let i = sentence.start; i < end; i++) if (text.charCodeAt(i) === CharCode.Comma) return text.slice(sentence.start, i);
  return '';
}
const OPENING_PHRASE = 24;

/**
 * The noun before the head in the value's phrase (`recharge` in `up to 2,000 recharge cycles`, `film` in
 * `the second film adaptation`), lemmatised: what a compound counts, when another source names it alone.
 * Reads at most four words of `text[from, to)` for the head `noun`.
 */
function modifierBefore(text: string, from: number, to: number, noun: string): string | null {
  let previous: string | null = null;
  let i = from;
  for (let k = 0; k < 6; k++) {
    // The next word (see `wordEnd`) must start before `to`; it may end past it.
    while (i < to && !isAsciiLetter(text.charCodeAt(i))) i++;
    if (i >= to) return null;
    const end = wordEnd(text, i);
    const lower = text.slice(i, end).toLowerCase();
    const lemma = nounLemmas.get(lower, lemmatizeNoun);
    if (lemma === noun || lower === noun) return previous && canonicalHead(previous);
    previous = STOPWORDS.has(lower) ? null : lemma;
    i = end;
  }
  return null;
}
/** `lemmatizeNoun`, remembered (a phrase's few words recur from value to value). */
const nounLemmas = new BoundedMemo<string>(50_000);

/** Where the word `/[A-Za-z]+(?:['’-][A-Za-z]+)*\/` that starts at `start` (an ASCII letter) ends. */
function wordEnd(text: string, start: number, acrossHyphens = true): number {
  let e = start + 1;
  for (;;) {
    while (isAsciiLetter(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    if ((c === CharCode.SingleQuote || c === CharCode.RightSingleQuote || (acrossHyphens && c === CharCode.Dash)) && isAsciiLetter(text.charCodeAt(e + 1))) e += 2;
    else return e;
  }
}
/** Units a count of time is written in (shared with the qualifiers: running counts, offsets). */
export const TIME_UNITS = new Set(['day', 'night', 'week', 'month', 'year', 'hour', 'minute', 'season']);
/** Words after a count of time that make it an offset from another event (`five days before the game`). */
const OFFSET_AFTER = /^\s*(?:before|after|earlier|later|ago|prior|ahead|since)\b/i;
/** How far after a day or month an event word may follow (`on Thursday announced`). */
const TIME_EVENT_AFTER = 30;
/** What may stand between a day or month and the event word right after it that it dates: `Thursday announced`,
 * `Tuesday's attack`, `Friday night's bombing`, `Monday quietly signed` (not `Thursday and the coach said`). */
const TIME_THEN_EVENT = /^(?:['’]s)?\s*(?:(?:morning|afternoon|evening|night)(?:['’]s)?\s+)?(?:[a-z]+ly\s+)?$/i;

/**
 * Sets `near` (entities named within PHRASE_REACH characters of the value without a comma, semicolon or
 * bracket between) and `closest` (the nearest of them).
 */
function setNearEntities(frame: ValueFrame, text: string, sentence: Span, mentions: readonly FileMention[]): void {
  const v = frame.valueSpan;
  let from = Math.max(sentence.start, v.start - PHRASE_REACH);
  for (let i = v.start - 1; i >= from; i--) {
    if (isPhraseBreak(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(sentence.end, v.end + PHRASE_REACH);
  for (let i = v.end; i < to; i++) {
    if (isPhraseBreak(text.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  const ids: string[] = [];
  let closestDistance = Infinity;
  for (const m of mentions) {
    if (m.mention.start < from || m.mention.end > to) continue;
    ids.push(m.entity.id);
    const d = m.mention.end <= v.start ? v.start - m.mention.end : m.mention.start - v.end;
    if (m.mention.start >= v.end && m.entity.type === 'place' && NEIGHBOUR_BEFORE.test(text.slice(Math.max(v.end, m.mention.start - 24), m.mention.start))) frame.neighbourPlace = m.entity.id;
    if (d >= 0 && d <= CLOSE_REACH && d < closestDistance) [frame.closest, frame.closestType, closestDistance] = [m.entity.id, m.entity.type, d];
  }
  // No name next to the value: a nation's body may be its subject (`The Indian navy has captured 23 pirates`).
  if (frame.closest === null) {
    const body = nationalBodyBefore(text, from, v.start);
    if (body !== undefined) [frame.closest, frame.closestType] = [body, 'organization'];
  }
  frame.near = distinctSorted(ids);
  // A distance is about the place it is measured from: `13 miles east of Cloverdale`, `two miles from the town`.
  if (frame.head !== null && LENGTH_UNITS.has(frame.head)) {
    const from = DISTANCE_FROM.exec(text.slice(v.end, Math.min(sentence.end, v.end + 40)));
    const place = from && mentions.find((m) => m.mention.start >= v.end + from[0].length && m.mention.start <= v.end + from[0].length + 4);
    if (place) [frame.closest, frame.closestType] = [place.entity.id, place.entity.type];
  }
}
/**
 * The last `<people's adjective> <body>` of `text[from, to)` (`the Indian navy`, `Iraqi police`, `the French
 * government`) as a subject id (`body:indian navy`), or undefined. Written in lower case, such a body is no name
 * the linker keeps, yet it tells one nation's act from another's (`the British Royal Navy had captured eight`).
 */
function nationalBodyBefore(text: string, from: number, to: number): string | undefined {
  if (to - from < 8) return undefined;
  NATIONAL_BODY.lastIndex = 0;
  const phrase = text.slice(from, to);
  let found: string | undefined;
  for (let m = NATIONAL_BODY.exec(phrase); m !== null; m = NATIONAL_BODY.exec(phrase)) {
    if (DEMONYMS.has(m[1].toLowerCase())) found = `body:${m[1].toLowerCase()} ${m[2].toLowerCase().replace(/\s+/g, ' ')}`;
  }
  return found;
}
const NATIONAL_BODY = /\b([A-Z][a-z]+)\s+(navy|army|military|police|government|coast\s+guard|air\s+force|armed\s+forces|forces|troops|soldiers|warships?|authorities|officials|ministry|parliament|court)\b/g;

/** Right before a place: it is named as another than the story's own (`in the neighboring Qinghai Province`, `nearby Malibu`). */
const NEIGHBOUR_BEFORE = /\b(?:neighbou?ring|nearby|adjacent|adjoining)\s+$/i;
/** After a distance: an optional direction, then `of` or `from` before the place it is measured from. */
const DISTANCE_FROM = /^\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:[\s-]+(?:north|south|east|west|northeast|northwest|southeast|southwest))?\s+)?(?:of|from)\s+/i;
const PHRASE_REACH = 60;
/**
 * Ends of the speech verbs of `text[span)` (`says`, `said`, `told`), in order: the matches of
 * `/\b(?:says|said|say|told|tells)\b/gi` that start in the span, found word by word without the regex.
 */
function speechEndsIn(text: string, span: Span): number[] {
  const ends: number[] = [];
  let i = span.start;
  while (i < span.end) {
    if (!isRegexWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A run of word characters (it may end past the span, as a match may); a match starts only at its start.
    let e = i + 1;
    while (isRegexWordChar(text.charCodeAt(e))) e++;
    if ((i === 0 || !isRegexWordChar(text.charCodeAt(i - 1))) && isSpeechVerb(text, i, e)) ends.push(e);
    i = e;
  }
  return ends;
}
/** `[A-Za-z0-9_]`, a regex `\w`. */
const isRegexWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === CharCode.Underline;
/** Whether the word `text[start, end)` (word characters only) is `say`, `says`, `said`, `told` or `tells` in any case. */
function isSpeechVerb(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 5) return false;
  // Word characters OR the ASCII case bit compare as lower case (digits and `_` never equal a letter).
  const first = text.charCodeAt(start) | ASCII_CASE_OFFSET;
  return (first === CharCode.s || first === CharCode.t) && SPEECH_VERBS.has(text.slice(start, end).toLowerCase());
}
const SPEECH_VERBS = new Set(['say', 'says', 'said', 'told', 'tells']);
/** The last of `ends` at or before `at`, or -1. */
function lastEndBefore(ends: readonly number[], at: number): number {
  let found = -1;
  for (const e of ends) {
    if (e > at) break;
    found = e;
  }
  return found;
}
function phraseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isPhraseBreak(text.charCodeAt(i))) return true;
  return false;
}
const CLOSE_REACH = 25;
const isPhraseBreak = (c: number) => c === CharCode.Comma || c === CharCode.Semicolon || c === CharCode.OpenParen || c === CharCode.CloseParen;

const STOPWORDS = new Set((
  'the a an of in on at to for from by with about as than that which who whom whose this these those and or but nor so yet if then ' +
  'there here it its he she they we you i his her their our my your is are was were be been being has have had do does did will ' +
  'would can could should may might must not no most less more into onto over under after before since until while during per each ' +
  'every some any all both either neither also just only even still already very too such what when where why how said says say ' +
  'told ago later earlier worth along across around near through within without against between among toward towards ' +
  'behind beyond inside outside including like via amid despite except off out up down upon least nearly almost approximately ' +
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen ' +
  'first second third fourth fifth sixth seventh eighth ninth tenth ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
  'mr mrs ms dr st according reported'
).split(' '));

/**
 * Content words of `text[start, end)` with their stems: the words of `/[A-Za-z]+(?:['’-][A-Za-z]+)*\/g` that start
 * before `end`, scanned by hand so that short words cost no string.
 */
function wordTokens(text: string, start: number, end: number, out: ContentWords): ContentWords {
  out.count = 0;
  let i = start;
  while (i < end) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    // The parts of a hyphenated word count apart: `second-degree murder` and `first degree murder` share `degree`.
    i = wordEnd(text, i, false);
    if (i - wordStart < 3) continue;
    const stem = contentStems.get(text.slice(wordStart, i).toLowerCase(), contentStem);
    if (stem === null) continue;
    const k = out.count++;
    if (k === out.starts.length) {
      out.starts = ensureCapacity(out.starts, k + 1, k);
      out.ends = ensureCapacity(out.ends, k + 1, k);
    }
    out.starts[k] = wordStart;
    out.ends[k] = i;
    out.stems[k] = stem;
  }
  return out;
}
/** Lower-case word → its stem, or null for a stop word: one lookup per word. */
const contentStems = new BoundedMemo<string | null>(50_000);
const contentStem = (lower: string) => (STOPWORDS.has(lower) ? null : wordStem(lower));

/** Stems of the CONTEXT_WORDS content words on each side of the value. */
function contextAround(tokens: ContentWords, v: Span): string[] {
  const n = tokens.count;
  let first = 0;
  while (first < n && tokens.ends[first] <= v.start) first++;
  let last = first;
  while (last < n && tokens.starts[last] < v.end) last++;
  const out: string[] = [];
  for (let k = Math.max(0, first - CONTEXT_WORDS); k < first; k++) out.push(tokens.stems[k]);
  for (let k = last; k < Math.min(n, last + CONTEXT_WORDS); k++) out.push(tokens.stems[k]);
  return distinctSorted(out);
}

/** The distinct items of `list` (a new list no one else holds), sorted: sorted and compacted in place. */
function distinctSorted(list: string[]): string[] {
  const n = list.length;
  if (n < 2) return list;
  // The few words of one sentence or phrase: an insertion sort (code unit order, as `sort()` on strings) beats the generic sort.
  if (n <= INSERTION_SORT_MAX) {
    for (let i = 1; i < n; i++) {
      const item = list[i];
      let j = i - 1;
      while (j >= 0 && list[j] > item) {
        list[j + 1] = list[j];
        j--;
      }
      list[j + 1] = item;
    }
  } else list.sort();
  // Neighbours compacted: cheaper than a Set.
  let k = 1;
  for (let i = 1; i < n; i++) if (list[i] !== list[k - 1]) list[k++] = list[i];
  list.length = k;
  return list;
}
const INSERTION_SORT_MAX = 24;
