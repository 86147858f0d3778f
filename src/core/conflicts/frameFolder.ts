import { keyParts, sameStatedValue, type ValueFrame } from '../claims/valueFrames';
import type { Span } from '../types';

/**
 * All value frames of a folder (and, when given, the sources' text) → what comparing two of them needs to
 * know about the rest: the values each sentence states, how telling each word is (its inverse sentence
 * frequency), and the clock time a sentence is stamped with (`10:41 GMT: Police say …`, a live page's entry).
 */

/** What the comparison of two frames reads of the whole folder. */
export interface FrameFolder {
  /** Per sentence (its span object, shared by the sentence's frames), the values it states (`valueKey`). */
  valuesBySentence: Map<Span, Set<string>>;
  /** Per word stem, how telling it is: log(1 + sentences / sentences holding it), over the sentences with values. */
  wordWeight: Map<string, number>;
  /** Per sentence stamped with a clock time at its start (`10:41 GMT:`, `2.15pm -`), that time as written. */
  stampBySentence: Map<Span, string>;
  /**
   * Per sentence, the values (`valueKey`) that may differ from another report's without telling of another event:
   * running counts (`After 46 days of testimony`) and the whole a part is counted of (`41` in `28 of 41 passes`).
   */
  asideBySentence: Map<Span, Set<string>>;
}

/** A clock time opening a sentence and set off by a colon or dash: the time of a live page's entry. */
const CLOCK_STAMP = /^\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)\s*[:\u2013\u2014-]\s/i;
/** A stamp holds minutes (`10:41`) or says am/pm (`2pm`): a bare number before a colon is a list or a score. */
const CLOCK_TIME = /\d[:.]\d{2}|[ap]\.?m/i;

/** The clock time `text[span]` opens with, or undefined. */
function stampOf(text: string, span: Span): string | undefined {
  const m = CLOCK_STAMP.exec(text.slice(span.start, Math.min(span.end, span.start + 24)));
  return m && CLOCK_TIME.test(m[1]) ? m[1].replace(/\s+/g, ' ').toLowerCase() : undefined;
}

export function frameFolder(frames: readonly ValueFrame[], textOf?: (file: string) => string | undefined): FrameFolder {
  const valuesBySentence = new Map<Span, Set<string>>();
  const stampBySentence = new Map<Span, string>();
  const asideBySentence = new Map<Span, Set<string>>();
  // Per word, first its place in `sentencesHolding` (one lookup per word read), then (in place) its weight.
  const weights = new Map<string, number>();
  const sentencesHolding: number[] = [];
  let lastSpan: Span | undefined;
  let set: Set<string> | undefined;
  for (const f of frames) {
    // A sentence's frames come one after another: its set is looked up once per run of them.
    if (f.sentenceSpan !== lastSpan) {
      lastSpan = f.sentenceSpan;
      set = valuesBySentence.get(lastSpan);
      if (!set) {
        valuesBySentence.set(lastSpan, (set = new Set()));
        const text = textOf?.(f.file);
        const stamp = text === undefined ? undefined : stampOf(text, lastSpan);
        if (stamp !== undefined) stampBySentence.set(lastSpan, stamp);
        for (const w of f.words) {
          const place = weights.get(w);
          if (place === undefined) {
            weights.set(w, sentencesHolding.length);
            sentencesHolding.push(1);
          } else sentencesHolding[place]++;
        }
      }
    }
    set!.add(f.valueKey);
    if (f.running || f.denominator) {
      const aside = asideBySentence.get(f.sentenceSpan);
      if (aside) aside.add(f.valueKey);
      else asideBySentence.set(f.sentenceSpan, new Set([f.valueKey]));
    }
  }
  const n = valuesBySentence.size;
  weights.forEach((place, w) => weights.set(w, Math.log(1 + n / sentencesHolding[place])));
  return { valuesBySentence, wordWeight: weights, stampBySentence, asideBySentence };
}

/**
 * Both frames' sentences state another value alike, the frames' own values aside (`three men` beside `eleven women` /
 * `nine women`). `of` narrows which values count: `kind`, only values of the frames' kind (not a weekday beside two
 * counts); `head`, only values of the frames' head noun (`105.34 degrees` in two lists of degrees).
 */
export function anotherValueAlike(a: ValueFrame, b: ValueFrame, { valuesBySentence }: FrameFolder, of: 'any' | 'kind' | 'head' = 'any'): boolean {
  const va = valuesBySentence.get(a.sentenceSpan);
  const vb = valuesBySentence.get(b.sentenceSpan);
  if (!va || !vb || va.size < 2 || vb.size < 2) return false;
  for (const v of va) {
    if (v === a.valueKey || (of === 'kind' && keyParts(v)[0] !== a.kind) || (of === 'head' && (a.head === null || keyParts(v)[2] !== a.head))) continue;
    if (statesAlike(vb, v, b.valueKey)) return true;
  }
  return false;
}

/**
 * The two sentences state one list with one value changed: the frames count the same thing, and every other value
 * either sentence states, two or more, the other states alike (`₹15 lakh for a death, ₹2 lakh for grievous injuries
 * and ₹50,000 for minor ones` / `₹10 lakh …, ₹2 lakh … and ₹50,000 …`).
 */
export function oneValueChanged(a: ValueFrame, b: ValueFrame, { valuesBySentence }: FrameFolder): boolean {
  if (a.head === null || a.head !== b.head) return false;
  const va = valuesBySentence.get(a.sentenceSpan);
  const vb = valuesBySentence.get(b.sentenceSpan);
  if (!va || !vb || va.size < 3 || vb.size < 3) return false;
  for (const v of va) if (v !== a.valueKey && !statesAlike(vb, v, b.valueKey)) return false;
  for (const w of vb) if (w !== b.valueKey && !statesAlike(va, w, a.valueKey)) return false;
  return true;
}

/** `values` holds `key`, `own` (the frame's own value) aside. */
function statesAlike(values: ReadonlySet<string>, key: string, own: string): boolean {
  for (const w of values) if (w !== own && sameStatedValue(key, w)) return true;
  return false;
}
