/**
 * Date expressions, resolved to intervals against the document's reference date.
 *
 * chrono-node does the parsing, but only on short windows around words that can start or end a date
 * (its cost grows with the text it scans, and most sentences hold no date). Its year guesses and its
 * handling of relative words are replaced by our own rules in resolveDate.ts, and the tense of the clause
 * around a date without a year (tenseDirection.ts) says whether it lies before or after the document date.
 */
import * as chrono from 'chrono-node';
import { addDays, addMonths, Day, iso, parseIso } from './dateMath';
import { findAgoDates, findPatternDates, partOf } from './datePatterns';
import {
  dayInterval, Interval, joinIntervals, monthInterval, partOfMonth, partOfYear, placeYear, resolveWeekday, weekInterval, yearInterval,
} from './resolveDate';
import { directionOfClause } from './tenseDirection';
import type { Sentence, TimeExpression } from '../../types';

const MONTH_WORD = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAY_WORD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Either case for the first letter: `Last month`, `last month`. */
const anyCase = (words: string) => words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const RELATIVE_PHRASE = `(?:${anyCase('last|this|next|past|previous|coming')})\\s+(?:week|weekend|month|year|night|morning|afternoon|evening)|${anyCase('yesterday|today|tonight|tomorrow|weekend')}`;

/**
 * Cheap test for "could hold a date" that decides where chrono looks: capitalised month and weekday names
 * (lower-case `may` and `march` are verbs), relative phrases, numeric dates. Bare years, seasons and
 * `… ago` are found by datePatterns.ts without chrono.
 */
export const DATE_TRIGGER = new RegExp(`\\b(?:${MONTH_WORD}|${WEEKDAY_WORD}|${RELATIVE_PHRASE})\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'g');
/** Sentences worth running datePatterns.ts on. */
const PATTERN_TRIGGER = /\d{4}|\bago\b|spring|summer|autumn|fall|winter/i;

/** How far around a trigger chrono gets to look; dates are short. */
const WINDOW = 24;

const stats = { sentences: 0, sentencesParsed: 0, charsParsed: 0 };
/** Counters for the eval script (how much text the prefilter lets through to chrono). */
export function dateStats(reset = false): typeof stats {
  const copy = { ...stats };
  if (reset) Object.assign(stats, { sentences: 0, sentencesParsed: 0, charsParsed: 0 });
  return copy;
}

interface Candidate extends Interval {
  start: number;
  end: number;
  relative: boolean;
}

export function findTimes(text: string, sentences: Sentence[], referenceDate: string | null): TimeExpression[] {
  const ref = referenceDate ? parseIso(referenceDate) : null;
  const found = new Map<Sentence, Candidate[]>();
  const windows: Window[] = [];
  for (const s of sentences) {
    stats.sentences++;
    const body = text.slice(s.start, s.end);
    const own = triggerWindows(body);
    const patterns = PATTERN_TRIGGER.test(body);
    if (own.length === 0 && !patterns) continue;
    if (own.length > 0) stats.sentencesParsed++;
    const list: Candidate[] = [];
    found.set(s, list);
    for (const [a, b] of own) {
      stats.charsParsed += b - a;
      windows.push({ list, offset: a, text: body.slice(a, b), sentence: body });
    }
    if (patterns) {
      for (const p of findPatternDates(body, ref)) list.push(candidate(p.interval, p.start, p.end, p.relative));
      for (const p of findAgoDates(body, ref)) list.push(candidate(p.interval, p.start, p.end, p.relative));
    }
  }
  parseWindows(windows, ref);
  const out: TimeExpression[] = [];
  for (const [s, list] of found) {
    for (const c of dropOverlaps(list)) {
      const start = s.start + c.start;
      const end = s.start + c.end;
      out.push({ start, end, text: text.slice(start, end), sentence: s.index, relative: c.relative, from: iso(c.from), to: iso(c.to), granularity: c.granularity, label: c.label });
    }
  }
  return out;
}

interface Window {
  /** Where candidates of the window's sentence go. */
  list: Candidate[];
  /** Offset of the window in its sentence. */
  offset: number;
  text: string;
  /** The whole sentence, for the tense of the clause around a date. */
  sentence: string;
}

/** Keeps chrono's matches inside one window: no pattern of it crosses a blank line and punctuation. */
const WINDOW_SEPARATOR = '\n\n;;;\n\n';
/** chrono re-slices its input after every match, so very long inputs get slow; this size keeps calls few and cheap. */
const BATCH_CHARS = 8000;

/**
 * chrono's end-of-period refiner (`end of the month`) matches a `$`-anchored pattern against the whole text
 * before every result: in a batch of windows that is batch length × results. It is run only when some
 * result has `end of` / `last day of` just before it, which is what its pattern looks for.
 */
function onlyAfterEndOf(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => (results.some((r) => END_OF_BEFORE.test(context.text.slice(Math.max(0, r.index - END_OF_REACH), r.index))) ? refiner.refine(context, results) : results),
  };
}
const END_OF_BEFORE = /(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const END_OF_REACH = 40;

/**
 * Parses many windows per chrono call: each call has a fixed cost (chrono rebuilds some patterns
 * per call), which dominated when every window was parsed alone.
 */
function parseWindows(windows: Window[], ref: Day | null): void {
  for (let i = 0; i < windows.length; ) {
    const batch: { w: Window; at: number }[] = [];
    let joined = '';
    while (i < windows.length && (batch.length === 0 || joined.length + windows[i].text.length < BATCH_CHARS)) {
      if (batch.length > 0) joined += WINDOW_SEPARATOR;
      batch.push({ w: windows[i], at: joined.length });
      joined += windows[i].text;
      i++;
    }
    let k = 0;
    for (const r of dateParser().parse(joined, chronoReference(ref))) {
      while (k + 1 < batch.length && batch[k + 1].at <= r.index) k++;
      const { w, at } = batch[k];
      if (r.index < at || r.index + r.text.trimEnd().length > at + w.text.length) continue;
      const c = interpret(w, r, r.index - at, ref);
      if (c) {
        c.start += w.offset;
        c.end += w.offset;
        w.list.push(c);
      }
    }
  }
}

function triggerWindows(body: string): [number, number][] {
  const windows: [number, number][] = [];
  DATE_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_TRIGGER.exec(body))) {
    let a = Math.max(0, m.index - WINDOW);
    let b = Math.min(body.length, m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    // Snap to word boundaries so chrono never sees half a word. The previous window ends at a space (or
    // the end), so neither snap needs to cross it: reaching it means merging, whatever lies beyond.
    // Without this bound, text with no spaces made every trigger walk back over the whole sentence.
    const floor = last ? last[1] : 0;
    while (a > floor && /\S/.test(body[a - 1])) a--;
    if (last && a <= last[1]) {
      if (b > last[1]) {
        while (b < body.length && /\S/.test(body[b])) b++;
        last[1] = b;
      }
      continue;
    }
    while (b < body.length && /\S/.test(body[b])) b++;
    windows.push([a, b]);
  }
  return windows;
}

/** Longest first; a candidate overlapping one already kept is dropped. */
function dropOverlaps(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...found].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}

const NUMBER_WORD = '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|many|couple of|half a|a few';
/** `for 10 years`, `after two months`, `a second later`: lengths of time, not dates. `three days ago` is a date. */
const DURATION_RE = new RegExp(`\\b(?:${NUMBER_WORD})(?:[\\s-]+(?:and[\\s-]+a[\\s-]+half|more|other))?[\\s-]+(?:second|minute|hour|day|week|month|year|decade|fortnight)s?\\b`, 'i');
/** Relative to some other event, not to the document date (`the day before`, `a year later`). */
const OTHER_ANCHOR_RE = /\b(?:later|earlier|before|after|prior|previously|following)\s*$|^the\s+(?:day|week|month|year)\b/i;
const MONTH_WORD_RE = new RegExp(`\\b(?:${MONTH_WORD})\\b`, 'i');
const MONTH_ONLY_RE = new RegExp(`^(?:${MONTH_WORD})\\.?$`, 'i');
const WEEKDAY_ABBR_RE = /^(?:Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/i;
const DIRECTION_BEFORE_RE = /\b(last|next|this|coming|past|previous)\s+$/i;
const PART_BEFORE_RE = /\b(early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of)[\s-]*(?:in\s+)?$/i;

type Direction = 'past' | 'future' | 'last' | 'next' | 'this';

let referenceCache: { key: string; ref: { instant: Date; timezone: number } } | undefined;
function chronoReference(ref: Day | null): { instant: Date; timezone: number } {
  const key = ref ? `${ref.y}-${ref.m}-${ref.d}` : 'none';
  if (referenceCache?.key !== key) {
    // Noon UTC with a zero offset: chrono's day arithmetic then never crosses a date line.
    const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    referenceCache = { key, ref: { instant, timezone: 0 } };
  }
  return referenceCache.ref;
}

let parser: chrono.Chrono | undefined;
/**
 * chrono's casual English parser without the parsers for durations (`within 5 minutes`, `5 days later`,
 * `next 2 weeks`), times of day and `3 days ago` (done in datePatterns.ts): they are most of its cost and
 * their output is thrown away here. Parsers are picked by what they recognise, since class names do not
 * survive minification.
 */
function dateParser(): chrono.Chrono {
  if (parser) return parser;
  const config = chrono.en.configuration.createCasualConfiguration();
  config.parsers = config.parsers.filter((p) => !recognisesUnwanted(p));
  for (const refiner of config.refiners) if ('moveToEndOfMonth' in refiner) config.refiners[config.refiners.indexOf(refiner)] = onlyAfterEndOf(refiner);
  return (parser = new chrono.Chrono(config));
}

/** What the dropped parsers recognise. */
export const UNWANTED_DATE_SAMPLES = ['within 5 minutes', '5 days later', 'at 5 pm', '3 days ago', '+2 days', 'next 2 weeks'];
const UNWANTED_TEXT = UNWANTED_DATE_SAMPLES.join(WINDOW_SEPARATOR);

/**
 * Whether the parser's pattern finds any of the unwanted samples, in one regex run. Parsing each sample
 * through chrono ran the huge duration patterns twice, and V8 compiles a regex to machine code on its
 * second run: 0.2 s per thread spent on parsers that are then dropped. (Unit-tested against full parses.)
 */
export function recognisesUnwanted(p: chrono.Parser): boolean {
  const pattern = p.pattern({ option: {} } as unknown as chrono.ParsingContext);
  pattern.lastIndex = 0;
  return pattern.exec(UNWANTED_TEXT) !== null;
}

/** A relative day word written with a capital (`Tomorrow`, `Today`). */
const TITLE_DAY_WORD = /^(?:Yesterday|Today|Tonight|Tomorrow)$/;
/** Nothing but a stop, a colon, a dash, a quote or a bracket (or nothing) before the word in its sentence. */
const CLAUSE_START_BEFORE = /(?:^|[.!?:;—–(\["“‘'-])\s*$/;
const atClauseStart = (before: string) => CLAUSE_START_BEFORE.test(before);
const hasDateWord = (surface: string) => /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(surface);

/** A capitalised word before `May` (`Theresa May`). */
const NAME_WORD_BEFORE = /[A-Z][\p{L}'’.-]*\s+$/u;

/** One chrono result, `index` being its offset in the window's text, checked and resolved by our rules. */
function interpret(window: Window, r: chrono.ParsedResult, index: number, ref: Day | null): Candidate | null {
  const win = window.text;
  let start = index;
  let surface = r.text.replace(/[\s,.;:!?)\]"'”’-]+$/, '').replace(/\s+(?:of|in|on|at)$/i, '');
  if (/\.$/.test(r.text) && /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(r.text.trimEnd())) surface = r.text.trimEnd();
  let end = start + surface.length;
  const lower = surface.toLowerCase();
  const before = win.slice(0, start);
  const k = (c: chrono.Component) => r.start.isCertain(c);
  const v = (c: chrono.Component) => r.start.get(c) ?? 0;

  // Words that are dates only when capitalised (`a march`, `he may`), names (`Theresa May`) and bare abbreviations.
  const monthWord = MONTH_WORD_RE.exec(surface)?.[0];
  if (monthWord && monthWord === monthWord.toLowerCase()) return null;
  if (MONTH_ONLY_RE.test(surface) && /^May$/.test(surface) && NAME_WORD_BEFORE.test(before) && !/(?:^|[.!?]\s+)\S+\s+$/.test(before)) return null;
  if (WEEKDAY_ABBR_RE.test(surface)) return null;
  if (/^(?:now|the\s+)?now$/i.test(lower) || /^(?:at|by|around|until)?\s*noon$|^midnight$/i.test(lower)) return null;
  if (DURATION_RE.test(surface) && !/\bago\b/i.test(surface)) return null;
  if (OTHER_ANCHOR_RE.test(lower)) return null;
  // chrono also reads odd shapes (`3 1/2`, `lasts`, `in the year`); a date must hold a date word or shape.
  DATE_TRIGGER.lastIndex = 0;
  if (!(DATE_TRIGGER.test(surface) || /\b(?:year|month|week|night)\b/i.test(surface)) || /^(?:in\s+)?the\s+(?:week|month|year)$/i.test(lower)) return null;

  // `September of that year`: the year comes from some other event in the text, not from the document date.
  if (!k('year') && /^\s*(?:of\s+)?(?:that|the same|the following|the previous|the next|the preceding)\s+year\b/i.test(win.slice(end))) return null;
  const hasDate = k('year') || k('month') || k('day') || k('weekday');
  const dayWord = /\b(yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/i.exec(lower)?.[1];
  // `Edge of Tomorrow`, `USA Today`: a relative day word capitalised inside a sentence is part of a title or a name.
  if (dayWord && !hasDateWord(surface) && TITLE_DAY_WORD.test(surface) && !atClauseStart(window.sentence.slice(0, window.offset + start))) return null;
  if (!hasDate && !dayWord) return null; // times of day alone

  const direction: Direction = (() => {
    const d = (/^(last|next|this|coming|past|previous)\s/i.exec(surface) ?? DIRECTION_BEFORE_RE.exec(before))?.[1]?.toLowerCase();
    if (d === 'last' || d === 'past' || d === 'previous') return 'last';
    if (d === 'next' || d === 'coming') return 'next';
    if (d === 'this') return 'this';
    const at = window.offset + start;
    return directionOfClause(window.sentence.slice(Math.max(0, at - 160), at), window.sentence.slice(window.offset + end, window.offset + end + 120)) ?? 'past';
  })();
  const relativeInText = /\b(?:last|next|this|past|previous|coming|ago|yesterday|today|tonight|tomorrow)\b/i.test(lower);

  let interval: Interval | null = null;
  let relative = relativeInText;
  if (dayWord || /\bago\b/i.test(lower) || /\b(?:last|next|this|past|previous|coming)\s+(?:week|month|year|weekend)\b/i.test(lower)) {
    if (!ref) return null;
    relative = true;
    interval = relativeInterval(lower, ref, r);
  } else if (k('year') && k('month') && k('day')) {
    interval = dayInterval({ y: v('year'), m: v('month'), d: v('day') });
  } else if (k('month') && k('day')) {
    if (!ref) return null;
    relative = true;
    interval = placeYear((y) => dayInterval({ y, m: v('month'), d: v('day') }), ref, direction === 'this' ? 'this' : direction === 'next' ? 'next' : direction === 'last' ? 'last' : direction);
  } else if (k('year') && k('month')) {
    interval = monthInterval(v('year'), v('month'));
  } else if (k('month')) {
    if (!ref) return null;
    relative = true;
    const m = v('month');
    // `In November last year`: chrono reads the month and `last year` separately.
    const after = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i.exec(win.slice(end));
    if (after) {
      const y = ref.y + (after[1].toLowerCase() === 'last' ? -1 : after[1].toLowerCase() === 'next' ? 1 : 0);
      interval = monthInterval(y, m);
      end += after[0].length;
    } else interval = placeYear((y) => monthInterval(y, m), ref, direction);
  } else if (k('year')) {
    interval = yearInterval(v('year'));
  } else if (k('weekday')) {
    if (!ref) return null;
    relative = true;
    interval = dayInterval(resolveWeekday(v('weekday'), ref, direction));
  }
  if (!interval) return null;

  if (r.end && ref) {
    const e = r.end;
    if (e.isCertain('month') && e.isCertain('day') && e.isCertain('year')) interval = joinIntervals(interval, dayInterval({ y: e.get('year')!, m: e.get('month')!, d: e.get('day')! }));
    else if (e.isCertain('month') && e.isCertain('year')) {
      const endMonth = monthInterval(e.get('year')!, e.get('month')!);
      // `March to May 2022`: the start borrows the end's year.
      if (!k('year') && k('month') && !k('day')) interval = monthInterval(e.get('year')! - (v('month') > e.get('month')! ? 1 : 0), v('month'));
      interval = joinIntervals(interval, endMonth);
    }
  }

  // Include `last`/`next`/`this` before a month or weekday in the span (`last September`).
  const dirWord = DIRECTION_BEFORE_RE.exec(before);
  if (dirWord && !relativeInText) start -= before.length - dirWord.index;
  // chrono reads `end of January` as its last day; it is the late part of the month, like `late January`.
  const lead = /^(?:the\s+)?(end|beginning|start|middle)\s+of\s+/i.exec(surface);
  if (lead && k('month') && interval.granularity === 'day') {
    const p = partOf(lead[1] === 'middle' ? 'mid' : lead[1]);
    if (p) interval = partOfMonth(interval.from.y, interval.from.m, p);
  }
  const part = PART_BEFORE_RE.exec(win.slice(0, start));
  if (part) {
    const p = partOf(part[1].replace(/\s+of$/, ''));
    if (p && interval.granularity === 'month') interval = partOfMonth(interval.from.y, interval.from.m, p);
    else if (p && interval.granularity === 'year' && interval.from.y === interval.to.y) interval = partOfYear(interval.from.y, p);
    if (p) start = part.index;
  }
  return candidate(interval, start, end, relative);
}

/** Built field by field: an object spread here cost more than the rest of `interpret`. */
function candidate(i: Interval, start: number, end: number, relative: boolean): Candidate {
  return { from: i.from, to: i.to, granularity: i.granularity, label: i.label, start, end, relative };
}

function relativeInterval(lower: string, ref: Day, r: chrono.ParsedResult): Interval {
  if (/\byesterday|last night\b/.test(lower)) return dayInterval(addDays(ref, -1));
  if (/\btomorrow\b/.test(lower)) return dayInterval(addDays(ref, 1));
  if (/\b(today|tonight|this (?:morning|afternoon|evening))\b/.test(lower)) return dayInterval(ref);
  const unit = /\b(week|weekend|month|year)s?\b/.exec(lower)?.[1] ?? 'day';
  if (/\bago\b/.test(lower)) {
    const d: Day = { y: r.start.get('year') ?? ref.y, m: r.start.get('month') ?? ref.m, d: r.start.get('day') ?? ref.d };
    return unit === 'year' ? yearInterval(d.y) : unit === 'month' ? monthInterval(d.y, d.m) : unit === 'week' ? weekInterval(d) : dayInterval(d);
  }
  const dir = /\b(last|previous|past)\b/.test(lower) ? -1 : /\b(next|coming)\b/.test(lower) ? 1 : 0;
  if (unit === 'weekend') {
    const sat = resolveWeekday(6, ref, dir < 0 ? 'last' : dir > 0 ? 'next' : 'this');
    return { from: sat, to: addDays(sat, 1), granularity: 'week', label: `weekend of ${dayInterval(sat).label}` };
  }
  if (unit === 'week') return weekInterval(addDays(ref, 7 * dir));
  if (unit === 'month') {
    const m = addMonths({ ...ref, d: 1 }, dir);
    return monthInterval(m.y, m.m);
  }
  return yearInterval(ref.y + dir);
}
