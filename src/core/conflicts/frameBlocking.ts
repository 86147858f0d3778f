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
  // One map per (kind, key type), keyed by the word itself: no key strings to build per frame. The maps
  // are walked in the order they were first posted to (as one map of maps would be).
  // A word held by one frame holds its index alone (most do, and never pair): no array for it.
  const postings: (Map<string, number | number[]> | undefined)[] = new Array(GROUPS);
  const groupOrder: number[] = [];
  const post = (group: number, word: string, i: number) => {
    let byWord = postings[group];
    if (!byWord) {
      postings[group] = byWord = new Map();
      groupOrder.push(group);
    }
    const list = byWord.get(word);
    if (list === undefined) byWord.set(word, i);
    else if (typeof list === 'number') byWord.set(word, [list, i]);
    else list.push(i);
  };
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const kind = KIND_INDEX[f.kind] * KEY_TYPES;
    if (f.head) post(kind + HEAD_KEY, f.head, i);
    // `2,000 recharge cycles` meets `1,000 recharges`: a compound is filed under its first noun too.
    if (f.modifier) post(kind + HEAD_KEY, f.modifier, i);
    if (f.event) post(kind + EVENT_KEY, f.event, i);
    for (const w of f.context) post(kind + CONTEXT_KEY, w, i);
  }
  const seen = new Set<number>();
  const n = frames.length;
  for (const group of groupOrder) {
    for (const list of postings[group]!.values()) {
      if (typeof list === 'number' || list.length > MAX_POSTINGS) continue;
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
/** Key types, numbered within a kind: the frame's head (or compound's first noun), its event, a word next to it. */
const HEAD_KEY = 0;
const EVENT_KEY = 1;
const CONTEXT_KEY = 2;
const KEY_TYPES = 3;
const KIND_INDEX: Record<ValueFrame['kind'], number> = { number: 0, ordinal: 1, weekday: 2, month: 3 };
const GROUPS = 4 * KEY_TYPES;
