/** Calendar arithmetic on plain ISO days (`YYYY-MM-DD`), in UTC so the machine's time zone never matters. */

export interface Day {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

import { MONTH_NAMES } from '../../text/calendarWords';

export { MONTH_NAMES };
const WEEKDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function parseIso(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m) ? day : null;
}

export function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds months, clamping the day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(day: Day, n: number): Day {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function monthStart(y: number, m: number): Day {
  return { y, m, d: 1 };
}

export function monthEnd(y: number, m: number): Day {
  return { y, m, d: daysInMonth(y, m) };
}

export function dayLabel(day: Day): string {
  return `${WEEKDAY_ABBR[weekday(day)]} ${day.d} ${MONTH_NAMES[day.m - 1].slice(0, 3)} ${day.y}`;
}

export function monthLabel(y: number, m: number): string {
  return `${MONTH_NAMES[m - 1]} ${y}`;
}
