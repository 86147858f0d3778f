/**
 * Date shapes chrono-node does not know: bare years after a preposition (`in 2009`, `late 2022`),
 * decades (`the 1990s`) and seasons (`last summer`, `winter of 2022`).
 */
import { addDays, addMonths, Day } from './dateMath';
import {
  dayInterval, Interval, monthInterval, PartOf, partOfYear, placeYear, Season, seasonInterval, weekInterval, yearInterval,
} from './resolveDate';

export interface PatternHit {
  start: number;
  end: number;
  interval: Interval;
  relative: boolean;
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const PART = '(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)';

// Year after a preposition or part-of word, not followed by a counted plural (`of 2000 troops`) or a range/number.
const YEAR_RE = new RegExp(
  `\\b(?:(?:in|since|by|during|until|till|through|throughout|from|of|before|after|for|to|and|between)\\s+|${PART}[\\s-]+)${YEAR}\\b(?![-–/.,:]?\\d)(?!\\s*(?:%|percent|per cent|[x×]\\s*\\d))(?!\\s+(?!as\\b|is\\b|was\\b|has\\b|its\\b|this\\b)[a-z]+s\\b)`,
  'gi',
);
const DECADE_RE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[89]\d0|20\d0)['’]?s\b/gi;
const SEASON_RE = new RegExp(
  `\\b(?:(early|mid|late)[\\s-]+)?(?:(last|this|next|the|in|past)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?${YEAR}\\b)?`,
  'gi',
);

export function partOf(word: string | undefined): PartOf | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'early' || /beginning|start/.test(w)) return 'early';
  if (w === 'mid' || w === 'middle of') return 'mid';
  if (w === 'late' || /end/.test(w)) return 'late';
  return null;
}

const CAPITALISED_BEFORE = /[A-Z][\p{L}]*\s+$/u;

export function findPatternDates(body: string, ref: Day | null): PatternHit[] {
  const out: PatternHit[] = [];
  let m: RegExpExecArray | null;
  YEAR_RE.lastIndex = 0;
  while ((m = YEAR_RE.exec(body))) {
    const y = +m[2];
    const part = partOf(m[1]);
    const yearStart = m.index + m[0].length - m[2].length;
    const start = m[1] ? m.index + m[0].indexOf(m[1]) : yearStart;
    out.push({ start, end: m.index + m[0].length, interval: part ? partOfYear(y, part) : yearInterval(y), relative: false });
  }
  DECADE_RE.lastIndex = 0;
  while ((m = DECADE_RE.exec(body))) {
    const first = +m[2];
    const part = partOf(m[1]);
    const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      interval: { from: { y: first + a, m: 1, d: 1 }, to: { y: first + b, m: 12, d: 31 }, granularity: 'year', label: `${m[1] ? m[1].toLowerCase() + ' ' : ''}${first}s` },
      relative: false,
    });
  }
  SEASON_RE.lastIndex = 0;
  while ((m = SEASON_RE.exec(body))) {
    const [, partWord, det, seasonWord, yearText] = m;
    // A season word needs a determiner or a year to be a date (`fall` and `spring` are also verbs and nouns),
    // and a capitalised one after a capitalised word is part of a name (`Arab Spring`).
    if (!det && !yearText && !partWord) continue;
    if (/^[A-Z]/.test(seasonWord) && CAPITALISED_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index + (m[0].length - m[0].trimStart().length)))) continue;
    if (/^[A-Z]/.test(seasonWord) && /[A-Z]/.test(body.slice(m.index + m[0].length).trimStart()[0] ?? '')) continue;
    if (seasonWord.toLowerCase() === 'fall' && !yearText && !/^(last|this|next)$/i.test(det ?? '')) continue;
    const season = (seasonWord.toLowerCase() === 'fall' ? 'autumn' : seasonWord.toLowerCase()) as Season;
    const part = partOf(partWord);
    let interval: Interval;
    let relative = false;
    if (yearText) interval = seasonInterval(season, +yearText);
    else if (ref) {
      const d = (det ?? '').toLowerCase();
      const dir = d === 'last' || d === 'past' ? 'last' : d === 'next' ? 'next' : d === 'this' ? 'this' : 'past';
      interval = placeYear((y) => seasonInterval(season, y), ref, dir);
      relative = true;
    } else continue;
    if (part) interval = { ...interval, granularity: 'season', label: `${part === 'mid' ? 'mid-' : part + ' '}${interval.label}` };
    // Keep the span on the words that carry meaning (`last summer`, not `in summer`).
    let start = m.index;
    if (!partWord && det && /^(in|the)$/i.test(det)) start = m.index + m[0].toLowerCase().indexOf(seasonWord.toLowerCase());
    out.push({ start, end: m.index + m[0].length, interval, relative });
  }
  return out;
}

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a couple of': 2, 'a few': 3, several: 3,
};
const AGO_RE = new RegExp(`\\b(\\d{1,3}|${Object.keys(COUNT_WORDS).sort((a, b) => b.length - a.length).join('|')})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi');

/** `three days ago`, `a year ago`: relative to the document date. Vague counts (`a few`) keep their unit's granularity. */
export function findAgoDates(body: string, ref: Day | null): PatternHit[] {
  if (!ref) return [];
  const out: PatternHit[] = [];
  AGO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGO_RE.exec(body))) {
    const n = /^\d/.test(m[1]) ? +m[1] : COUNT_WORDS[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    let interval: Interval;
    if (unit === 'day') interval = dayInterval(addDays(ref, -n));
    else if (unit === 'week') interval = weekInterval(addDays(ref, -7 * n));
    else if (unit === 'month') {
      const d = addMonths(ref, -n);
      interval = monthInterval(d.y, d.m);
    } else interval = yearInterval(ref.y - n);
    out.push({ start: m.index, end: m.index + m[0].length, interval, relative: true });
  }
  return out;
}
