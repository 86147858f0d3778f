/**
 * Turns what a date parser (or our own patterns) recognised into an interval resolved against the
 * document's reference date. News speaks of the past, so a month or day without a year that would fall
 * after the reference date means the previous year, unless the words right before it announce the future.
 */
import {
  addDays, addMonths, compareDays, Day, dayLabel, iso, mondayOf, MONTH_NAMES, monthEnd, monthLabel, monthStart, parseIso, weekday,
} from './dateMath';
import type { Granularity } from '../../types';

export interface Interval {
  from: Day;
  to: Day;
  granularity: Granularity;
  label: string;
}

export type PartOf = 'early' | 'mid' | 'late';

export function dayInterval(day: Day): Interval {
  return { from: day, to: day, granularity: 'day', label: dayLabel(day) };
}

export function monthInterval(y: number, m: number): Interval {
  return { from: monthStart(y, m), to: monthEnd(y, m), granularity: 'month', label: monthLabel(y, m) };
}

export function yearInterval(y: number): Interval {
  return { from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 }, granularity: 'year', label: String(y) };
}

export function weekInterval(anyDay: Day): Interval {
  const monday = mondayOf(anyDay);
  return { from: monday, to: addDays(monday, 6), granularity: 'week', label: `week of ${dayLabel(monday)}` };
}

/** `early March` = 1–10, `mid-March` = 11–20, `late March` = 21–end. */
export function partOfMonth(y: number, m: number, part: PartOf): Interval {
  const end = monthEnd(y, m);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, end.d];
  return { from: { y, m, d: a }, to: { y, m, d: b }, granularity: 'part-of-month', label: `${part === 'mid' ? 'mid-' : part + ' '}${MONTH_NAMES[m - 1]} ${y}` };
}

/** `early 2022` = Jan–Apr, `mid-2022` = May–Aug, `late 2022` = Sep–Dec. */
export function partOfYear(y: number, part: PartOf): Interval {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { from: monthStart(y, a), to: monthEnd(y, b), granularity: 'part-of-year', label: `${part === 'mid' ? 'mid-' : part + ' '}${y}` };
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** Meteorological (northern) seasons; winter Y runs from December Y to February Y+1. */
export function seasonInterval(season: Season, y: number): Interval {
  const start = monthStart(y, SEASON_START[season]);
  const last = addMonths(start, 2);
  return { from: start, to: monthEnd(last.y, last.m), granularity: 'season', label: `${season} ${y}` };
}

/** Moves a year-less interval into the past (or, with a future cue, the future) relative to `ref`. */
export function placeYear(make: (y: number) => Interval, ref: Day, direction: 'past' | 'future' | 'last' | 'next' | 'this'): Interval {
  switch (direction) {
    case 'this':
      return make(ref.y);
    case 'past': {
      const cur = make(ref.y);
      return compareDays(cur.from, ref) > 0 ? make(ref.y - 1) : cur;
    }
    case 'last': {
      // `last September` / `last summer`: the most recent one already over (or at least begun before this month).
      const cur = make(ref.y);
      return compareDays(cur.to, ref) < 0 ? cur : make(ref.y - 1);
    }
    case 'future': {
      const cur = make(ref.y);
      return compareDays(cur.to, ref) < 0 ? make(ref.y + 1) : cur;
    }
    case 'next': {
      const cur = make(ref.y);
      return compareDays(cur.from, ref) > 0 ? cur : make(ref.y + 1);
    }
  }
}

/** `Tuesday` = the most recent Tuesday on or before the reference date (news reports the past). */
export function resolveWeekday(wd: number, ref: Day, direction: 'past' | 'future' | 'last' | 'next' | 'this'): Day {
  const back = (weekday(ref) - wd + 7) % 7;
  switch (direction) {
    case 'past':
      return addDays(ref, -back);
    case 'last':
      return addDays(ref, -(back === 0 ? 7 : back));
    case 'future':
      return addDays(ref, (wd - weekday(ref) + 7) % 7);
    case 'next': {
      const fwd = (wd - weekday(ref) + 7) % 7;
      return addDays(ref, fwd === 0 ? 7 : fwd);
    }
    case 'this':
      return addDays(mondayOf(ref), (wd + 6) % 7);
  }
}

export function toIsoInterval(i: Interval): { from: string; to: string; granularity: Granularity; label: string } {
  return { from: iso(i.from), to: iso(i.to), granularity: i.granularity, label: i.label };
}

/** Spans several intervals (`from March to May 2022`). */
export function joinIntervals(a: Interval, b: Interval): Interval {
  return { from: a.from, to: b.to, granularity: a.granularity, label: `${a.label} – ${b.label}` };
}

/**
 * A resolved time as ISO 8601 at the precision the text gives: `2023-03-14`, `2023-03`, `2022`,
 * `2023-W11`; a span that is none of these (`March to May 2022`, a season, a weekend, the 1990s) as an
 * ISO interval `start/end` at the precision of its ends. Undefined when the days do not parse.
 */
export function isoValueOf(time: { from: string; to: string; granularity: Granularity }): string | undefined {
  const from = parseIso(time.from);
  const to = parseIso(time.to);
  if (!from || !to) return undefined;
  const sameMonth = from.y === to.y && from.m === to.m;
  const wholeMonths = from.d === 1 && to.d === monthEnd(to.y, to.m).d;
  const wholeYears = wholeMonths && from.m === 1 && to.m === 12;
  switch (time.granularity) {
    case 'day':
      if (compareDays(from, to) === 0) return iso(from);
      break;
    case 'week':
      if (weekday(from) === 1 && compareDays(addDays(from, 6), to) === 0) return isoWeekOf(from);
      break;
    case 'month':
    case 'part-of-month':
      if (sameMonth) return iso(from).slice(0, 7);
      break;
    case 'year':
    case 'part-of-year':
      if (from.y === to.y) return String(from.y).padStart(4, '0');
      break;
  }
  if (wholeYears) return `${String(from.y).padStart(4, '0')}/${String(to.y).padStart(4, '0')}`;
  if (wholeMonths) return `${iso(from).slice(0, 7)}/${iso(to).slice(0, 7)}`;
  return `${iso(from)}/${iso(to)}`;
}

/** `2023-W11`: the ISO week (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeekOf(day: Day): string {
  const thursday = addDays(mondayOf(day), 3);
  const firstThursday = addDays(mondayOf({ y: thursday.y, m: 1, d: 4 }), 3);
  const week = 1 + Math.round((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - Date.UTC(firstThursday.y, firstThursday.m - 1, firstThursday.d)) / (7 * 86_400_000));
  return `${thursday.y}-W${String(week).padStart(2, '0')}`;
}
