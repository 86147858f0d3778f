import type { TimeFacts } from '../claims/claimValues';
import type { Comparator } from '../types';
import { WEEKDAYS } from '../text/calendarWords';

/**
 * Two stated values → whether both can be true. Numbers within their written precision or their
 * hedges (`over 183,000` and `183,500`, `about 40` and `42`), and times that overlap at a
 * granularity both state. Shared by the claim rules and the frame alignment.
 */

/** What a number comparison reads of a quantity or a value frame. */
export interface StatedNumber {
  value: number;
  comparator: Comparator;
}

/** Two stated quantities can both be true (`over 183,000` and `183,500`, `about 40` and `42`). */
export function quantitiesCompatible(a: StatedNumber, b: StatedNumber): boolean {
  // The same bound on both sides (`more than 50` / `more than 120`, `up to 1,000` / `up to 2,000`) states
  // one figure the same way: the figures must agree, not merely the intervals overlap.
  const slackA = slack(a);
  const slackB = slack(b);
  if (a.comparator === b.comparator && a.comparator !== '=' && a.comparator !== '~') return Math.abs(a.value - b.value) <= Math.max(slackA, slackB);
  return lowest(a) - slackA <= highest(b) + slackB && lowest(b) - slackB <= highest(a) + slackA;
}

type Fields = 'year' | 'month' | 'day' | 'weekday';
const FIELDS: Fields[] = ['year', 'month', 'day', 'weekday'];

/** A weekday and nothing that fixes its week (`Tuesday`, `on Tuesday morning`). */
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?$`, 'i');

/** Disjoint at a granularity both support: resolved intervals, else the calendar fields both state. */
export function timesConflict(a: TimeFacts, b: TimeFacts): boolean {
  // Two sources naming the same weekday say the same thing: dates their own dates set apart (a page dated two
  // years after the event, `on Tuesday morning`) are not a disagreement of the text.
  if (a.weekday !== undefined && a.weekday === b.weekday && BARE_WEEKDAY.test(a.text.trim()) && BARE_WEEKDAY.test(b.text.trim())) return false;
  if (a.expr && b.expr) return a.expr.to < b.expr.from || b.expr.to < a.expr.from;
  const shared = FIELDS.filter((f) => a[f] !== undefined && b[f] !== undefined);
  if (a.expr || b.expr) {
    // One side is unresolved (no document date): only compare what it literally says.
    // A bare weekday against a full date cannot be placed without the week.
    return shared.length > 0 && shared.some((f) => a[f] !== b[f]) && !(shared.length === 1 && shared[0] === 'weekday');
  }
  return shared.some((f) => a[f] !== b[f]);
}

const lowest = (q: StatedNumber) => (q.comparator === '<' || q.comparator === '<=' ? -Infinity : q.value);
const highest = (q: StatedNumber) => (q.comparator === '>' || q.comparator === '>=' ? Infinity : q.value);
// A round number may be rounded (`183,000` for 183,500), by at most half its last written digit and a quarter of itself (`1,000` is not `2,000`).
const slack = (q: StatedNumber) => (q.comparator === '~' ? Math.max(q.value * 0.1, 1) : q.value >= 100 ? Math.min(precision(q) / 2, q.value / 4) : 0);

/** Smallest step the number was written to (`183,000` → 1000), for rounding tolerance. */
function precision(q: StatedNumber): number {
  if (!Number.isInteger(q.value)) return 0;
  let step = 1;
  while (step < q.value && q.value % (step * 10) === 0) step *= 10;
  return step;
}
