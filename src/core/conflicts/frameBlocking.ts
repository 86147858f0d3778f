import type { ValueFrame } from '../claims/valueFrames';

/**
 * Value frames of a folder → candidate pairs to compare: only frames from different sources that share
 * a blocking key (kind + head noun or the first noun of a compound head, kind + event family, kind + a
 * word next to the value), so the
 * comparisons grow with the frames, not with all pairs. frameAlignment.ts scores each pair.
 */

/**
 * Calls `visit` once per pair of frames from different files that share a blocking key: (kind,
 * head), (kind, event) or (kind, a word next to the value). Pairs are visited block by block, in
 * the order the frames were given. Keys held by more than MAX_POSTINGS
 * frames are too common to align anything and are skipped, which keeps the pairs near-linear.
 */
export function forEachCandidatePair(frames: readonly ValueFrame[], visit: (a: ValueFrame, b: ValueFrame) => void): void {
  // One map per (kind, key type), keyed by the word itself: no key strings to build per frame.
  const postings = new Map<string, Map<string, number[]>>();
  const post = (group: string, word: string, i: number) => {
    let byWord = postings.get(group);
    if (!byWord) postings.set(group, (byWord = new Map()));
    const list = byWord.get(word);
    if (list) list.push(i);
    else byWord.set(word, [i]);
  };
  frames.forEach((f, i) => {
    if (f.head) post(HEAD_GROUP[f.kind], f.head, i);
    // `2,000 recharge cycles` meets `1,000 recharges`: a compound is filed under its first noun too.
    if (f.modifier) post(HEAD_GROUP[f.kind], f.modifier, i);
    if (f.event) post(EVENT_GROUP[f.kind], f.event, i);
    for (const w of f.context) post(CONTEXT_GROUP[f.kind], w, i);
  });
  const seen = new Set<number>();
  const n = frames.length;
  for (const byWord of postings.values()) {
    for (const list of byWord.values()) {
      if (list.length < 2 || list.length > MAX_POSTINGS) continue;
      for (let x = 0; x < list.length; x++) {
        const a = frames[list[x]];
        for (let y = x + 1; y < list.length; y++) {
          const b = frames[list[y]];
          if (a.file === b.file) continue;
          // Different heads count different things (`five women`, `five children`), unless one names the
          // other's compound by its first noun (`recharge cycles` / `recharges`).
          if (a.head !== null && b.head !== null && a.head !== b.head && a.head !== b.modifier && b.head !== a.modifier) continue;
          const pair = list[x] * n + list[y];
          if (seen.has(pair)) continue;
          seen.add(pair);
          visit(a, b);
        }
      }
    }
  }
}
const MAX_POSTINGS = 80;
const HEAD_GROUP: Record<ValueFrame['kind'], string> = { number: 'number head', ordinal: 'ordinal head', weekday: 'weekday head', month: 'month head' };
const EVENT_GROUP: Record<ValueFrame['kind'], string> = { number: 'number event', ordinal: 'ordinal event', weekday: 'weekday event', month: 'month event' };
const CONTEXT_GROUP: Record<ValueFrame['kind'], string> = { number: 'number word', ordinal: 'ordinal word', weekday: 'weekday word', month: 'month word' };

