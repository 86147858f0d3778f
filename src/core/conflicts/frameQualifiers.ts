import { keyParts, LENGTH_UNITS, sameStatedValue, TIME_UNITS, type ValueFrame } from '../claims/valueFrames';
import { anotherValueAlike, type FrameFolder } from './frameFolder';
import { timesConflict } from './valueRules';

/**
 * Two value frames that look like one fact → the qualifier that separates them, if any (another time,
 * a live page's count at another clock time, a running total against one event's count, a rate, a part of a list, another subject or act), or
 * whether the other source states this value too. A separated pair is never a contradiction.
 */

/**
 * What keeps two differing values from contradicting each other although they look alike: the
 * statements are about other times, one is a running total and the other is not (`a total of 20
 * arrests so far` / `five arrests in Tuesday's raid`), one is a rate, or each sentence states two
 * or more values the other does not (another event, another game, another quake).
 */
export function qualifierBetween(a: ValueFrame, b: ValueFrame, folder: FrameFolder): string | null {
  const { valuesBySentence, stampBySentence, asideBySentence } = folder;
  if (a.cumulative !== b.cumulative) return 'running total';
  // An entry of a live page (`10:41 GMT: Police say 2 people were detained`) counts as of its clock time: a
  // count stated at another time (another entry, another page) may have grown since.
  if (a.kind === 'number' && (stampBySentence.has(a.sentenceSpan) || stampBySentence.has(b.sentenceSpan)) && stampBySentence.get(a.sentenceSpan) !== stampBySentence.get(b.sentenceSpan)) return 'count at another clock time';
  if (a.rate !== b.rate) return 'rate';
  // Rates of other things: `two counts for each of the 12 victims` / `… for each of the three additional survivors`.
  if (a.rateOf !== null && b.rateOf !== null && a.rateOf !== b.rateOf) return 'rate';
  // `by April 30` is when something is due, `on April 30` when it happened.
  if (a.deadline !== b.deadline) return 'deadline';
  // `authorities said Saturday` dates a statement, `a fire Friday night` the event it is about.
  if (a.saidOn !== b.saidOn) return 'other event';
  if (timesDiffer(a, b)) return 'other time';
  // One is dated in a past year of its own source (`The party won six seats in 2010`), the other is not: it tells of another time.
  // Unless both name one time (`convicted last November on nine counts` / `… who first came to office in 1977 — was
  // convicted last November on seven counts`): the past year then dates something else in the sentence.
  if (inPastYear(a) !== inPastYear(b) && !shareATime(a, b)) return 'other time';
  // One part of a game or fight (`In the sixth, he landed one punch`) against the whole (`landed 178 punches`).
  if (a.inPart !== b.inPart) return 'part of the event';
  // A whole against a part: `56 out of 59 seats` counts all the seats, `won six seats` some of them.
  if (a.denominator !== b.denominator) return 'part and whole';
  // One is an earlier event's figure (`The disaster came two months after floods … killing at least 21 people`).
  if (a.earlier !== b.earlier) return 'other time';
  // One of several counts of the same thing in its sentence (`seven assault rifles, two other rifles`): a part, not the whole.
  // Unless both sentences are such lists and agree on another of their items: then they are one list, item for item
  // (`five years in prison … 10 years of probation` / `five years … 15 years of probation`).
  if ((a.sameHeadInSentence || b.sameHeadInSentence) && !(a.sameHeadInSentence && b.sameHeadInSentence && anotherValueAlike(a, b, folder, 'head'))) return 'part of a list';
  // Another subject: the sentences open on rivals (two teams, two people) and neither names the other's. Not for
  // two ages of one owner (`61-year-old Katherine Gomes … and 31-year-old Robyn Mendes` / `Kathryn Gomes and
  // 48-year-old Robyn Mendes`): an age is about the name next to it, whoever opens the sentence.
  if (!(a.head === 'age' && a.closest !== null && a.closest === b.closest) && a.subject !== null && b.subject !== null && a.subject !== b.subject && rivalSubjects(a.subjectType, b.subjectType) && !b.entities.includes(a.subject) && !a.entities.includes(b.subject)) return 'other subject';
  // An age of a named person against an age of nobody named, in a sentence that does not name that person either
  // (`The 23-year-old Bush will miss …` / `The 81-year old is at home`): nothing says they are one person's.
  if (a.head === 'age' && b.head === 'age' && (namedAgeAgainstAnonymous(a, b) || namedAgeAgainstAnonymous(b, a))) return 'other subject';
  // Time in one role (`four seasons as director`) is part of a career (`19 seasons with the 76ers`).
  if (a.role !== b.role) return 'time in one role';
  // Another act: `missed four games` / `played in 10 games`.
  // Unless the sentences state another value of the kind alike (`recorded at 43.8 degrees north latitude and 105.34
  // degrees east longitude` / `monitored at 29.2 degrees … and 105.34 degrees …`): one statement in other words. A
  // weekday both name (`needed nine points in Thursday's game` / `posting 20 points … on Thursday`) is no such sign.
  if (a.governor !== null && b.governor !== null && a.governor !== b.governor && !anotherValueAlike(a, b, folder, 'kind')) return 'other verb';
  // A day or month dates the event next to it: `arrested Tuesday` and `said Friday` date two events.
  if ((a.kind === 'weekday' || a.kind === 'month') && a.event !== null && b.event !== null && a.event !== b.event) return 'other event';
  // Deaths, injuries, rescues and arrests are counted apart: `killed at least 15 people` / `At least 18 people are also injured`.
  if (a.kind === 'number' && a.event !== null && b.event !== null && OUTCOME_OF[a.event] !== undefined && OUTCOME_OF[b.event] !== undefined && OUTCOME_OF[a.event] !== OUTCOME_OF[b.event]) return 'other outcome';
  // Another subject: the names right next to the values are rivals (same type; any two owners of an age, any two
  // places a distance is measured from), and neither side names the other's.
  // Not for a day or month: the name next to a date (`A US jury on Monday` / `A South Carolina jury on Thursday`) is
  // not what the date is about; the event it dates is (`other event` above).
  if (a.kind !== 'weekday' && a.kind !== 'month' && a.closest !== null && b.closest !== null && a.closest !== b.closest && (rivalTypes(a.closestType, b.closestType) || a.head === 'age' || (a.head !== null && LENGTH_UNITS.has(a.head))) && !b.near.includes(a.closest) && !a.near.includes(b.closest)) return 'other subject';
  // A count in a neighbouring place (`killed 13 people in the neighboring Qinghai Province`) is not the count of a
  // sentence that does not name that place (`had killed 105 people in the province`).
  if ((a.neighbourPlace !== null && !b.entities.includes(a.neighbourPlace)) || (b.neighbourPlace !== null && !a.entities.includes(b.neighbourPlace))) return 'other place';
  // A running count of days or weeks (`the sixth straight day`) grows between reports written on other days.
  if (a.head !== null && TIME_UNITS.has(a.head) && a.reportDate !== null && b.reportDate !== null && a.reportDate !== b.reportDate && mayHaveGrown(a, b)) return 'reports of other days';
  // `nine days before the inauguration` is an offset from another event, `in about 30 days` a wait.
  // Unless the other counts the time that passed before the event (`44 days after taking over` / `after just 66 days`).
  if (a.head !== null && TIME_UNITS.has(a.head) && a.after !== b.after && (OFFSET_WORDS.has(a.after) || OFFSET_WORDS.has(b.after)) && !sinceAndAfter(a, b) && !sinceAndAfter(b, a)) return 'offset from another event';
  // `five days of rioting`, `eight days ago` count up to the day they were written.
  if ((a.running || b.running) && (a.reportDate === null || a.reportDate !== b.reportDate) && mayHaveGrown(a, b)) return 'running count';
  // `the eighth day of protests` counts up to the day it was written: without two equal report dates it cannot be compared.
  if (a.kind === 'ordinal' && a.head !== null && TIME_UNITS.has(a.head) && (a.reportDate === null || a.reportDate !== b.reportDate)) return 'running count';
  const va = valuesBySentence.get(a.sentenceSpan);
  const vb = valuesBySentence.get(b.sentenceSpan);
  if (va && vb && va.size >= 2 && vb.size >= 2) {
    // Several values of this kind changed at once: another line of figures (another game, another quake).
    // A value counts when the other sentence states one of the same kind about the same thing, but not it:
    // `80% of its capacity` has nothing to differ from in a sentence without a percentage.
    const kind = `${a.kind}:`;
    // A running count (`After 46 days of testimony`) differs between reports by nature, and the whole of a part
    // (`41` in `28 of 41 passes`) is another figure than the part: neither is a sign of another event.
    const ra = asideBySentence.get(a.sentenceSpan);
    const rb = asideBySentence.get(b.sentenceSpan);
    if (changedValues(va, vb, kind, ra, rb) >= 2 && changedValues(vb, va, kind, rb, ra) >= 2) return 'several values differ';
  }
  return null;
}

/** Values of `kind` in `mine` that `theirs` states differently (same kind and head, another value) and never the same; values set aside (running counts, wholes) left out. */
function changedValues(mine: ReadonlySet<string>, theirs: ReadonlySet<string>, kind: string, myAside?: ReadonlySet<string>, theirAside?: ReadonlySet<string>): number {
  let changed = 0;
  for (const v of mine) {
    if (!v.startsWith(kind) || myAside?.has(v)) continue;
    let same = false;
    let comparable = false;
    const head = keyParts(v)[2];
    for (const w of theirs) {
      if (!w.startsWith(kind) || theirAside?.has(w)) continue;
      if (sameStatedValue(v, w)) same = true;
      else if (head === undefined || keyParts(w)[2] === undefined || keyParts(w)[2] === head) comparable = true;
    }
    if (comparable && !same) changed++;
  }
  return changed;
}

/** What happened to the people a count counts, by event family: two outcomes are two counts. */
const OUTCOME_OF: Readonly<Record<string, string>> = { kill: 'death', die: 'death', injure: 'injury', rescue: 'rescue', arrest: 'arrest' };

export function separatedByQualifier(a: ValueFrame, b: ValueFrame, folder: FrameFolder): boolean {
  return qualifierBetween(a, b, folder) !== null;
}

/** The other source states this value too (about the same kind of thing) elsewhere in its sentence: a list aligned on the wrong item, not a change. */
export function statedElsewhere(a: ValueFrame, b: ValueFrame, { valuesBySentence }: FrameFolder): boolean {
  return statesValue(valuesBySentence.get(b.sentenceSpan), a.valueKey) || statesValue(valuesBySentence.get(a.sentenceSpan), b.valueKey);
}

/** The sentence's values hold `key`, about the same thing (`four days` does not state `four jurors`). */
function statesValue(values: ReadonlySet<string> | undefined, key: string): boolean {
  if (!values) return false;
  if (values.has(key)) return true;
  for (const v of values) if (sameStatedValue(v, key)) return true;
  return false;
}

/** Days in a unit of time a running count may be kept in. */
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([['minute', 1 / 1440], ['hour', 1 / 24], ['day', 1], ['night', 1], ['week', 7], ['month', 30.4], ['season', 365], ['year', 365]]);
/** Units no count grows by while a story is reported, when a source does not say when it was written. */
const SLOW_UNITS = new Set(['season', 'year']);

/**
 * A running count of time could have grown from one value to the other between the two reports: the gap between
 * their dates, in the count's unit, covers the difference (one unit of slack for how each side counts). Without both
 * dates, a count of days or weeks may have; one of years or seasons (`15 years of probation` / `10 years of
 * probation`) has not, as a story is reported over days.
 */
function mayHaveGrown(a: ValueFrame, b: ValueFrame): boolean {
  const unit = a.head === null ? undefined : UNIT_DAYS.get(a.head);
  if (unit === undefined) return true;
  if (a.reportDate === null || b.reportDate === null) return !SLOW_UNITS.has(a.head!);
  const gapDays = Math.abs(Date.parse(a.reportDate.slice(0, 10)) - Date.parse(b.reportDate.slice(0, 10))) / 86_400_000;
  return Number.isNaN(gapDays) || Math.abs(a.value - b.value) <= gapDays / unit + 1;
}

const OFFSET_WORDS = new Set(['before', 'after', 'earlier', 'later', 'ago', 'since', 'prior', 'ahead']);

/** `a` counts the days since something up to the event (`44 days after taking over`), `b` the days before it (`after 66 days`). */
const sinceAndAfter = (a: ValueFrame, b: ValueFrame) => (a.after === 'after' || a.after === 'later') && b.elapsed;

/** `named` is an age with an owner, `anonymous` one without, in a sentence that does not name that owner. */
const namedAgeAgainstAnonymous = (named: ValueFrame, anonymous: ValueFrame) => named.closest !== null && anonymous.closest === null && !anonymous.entities.includes(named.closest);

/** Two subjects can be rivals: the same type (two teams, two people), or a person and a name of no known type (`Deonta Vaughn` / `Tyler Hansbrough`). */
function rivalSubjects(a: string | null, b: string | null): boolean {
  return a === b || (a === 'other' && b === 'person') || (a === 'person' && b === 'other');
}

/** Two names next to values can be rivals: the same type, or one the typer left open (`Sumatra` / `Papua`, an island and a province). */
function rivalTypes(a: string | null, b: string | null): boolean {
  return a === b || a === 'other' || b === 'other';
}

/** The frame's sentence names a year before its source's own (`in 2010` in a 2015 report), as when it happened. */
function inPastYear(f: ValueFrame): boolean {
  if (f.reportDate === null) return false;
  const reportYear = +f.reportDate.slice(0, 4);
  for (const t of f.times) if (t.year !== undefined && !t.bound && t.year < reportYear) return true;
  return false;
}

/**
 * Some time finer than a year in one frame's sentence is the same as one of the other's (`last November` in both).
 * Not a bare year: `in 1994` in both sentences dates the earlier event both tell of, not this one.
 */
function shareATime(a: ValueFrame, b: ValueFrame): boolean {
  for (const x of a.times) {
    if (x.bound || (x.month === undefined && x.day === undefined && x.weekday === undefined)) continue;
    for (const y of b.times) {
      if (!y.bound && x.year === y.year && x.month === y.month && x.day === y.day && x.weekday === y.weekday) return true;
    }
  }
  return false;
}

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

