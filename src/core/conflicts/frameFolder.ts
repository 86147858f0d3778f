import type { ValueFrame } from '../claims/valueFrames';
import type { Span } from '../types';

/**
 * All value frames of a folder → what comparing two of them needs to know about the rest: the values
 * each sentence states and how telling each word is (its inverse sentence frequency).
 */

/** What the comparison of two frames reads of the whole folder. */
export interface FrameFolder {
  /** Per sentence (its span object, shared by the sentence's frames), the values it states (`valueKey`). */
  valuesBySentence: Map<Span, Set<string>>;
  /** Per word stem, how telling it is: log(1 + sentences / sentences holding it), over the sentences with values. */
  wordWeight: Map<string, number>;
}

export function frameFolder(frames: readonly ValueFrame[]): FrameFolder {
  const valuesBySentence = new Map<Span, Set<string>>();
  const counts = new Map<string, number>();
  for (const f of frames) {
    const key = f.sentenceSpan;
    let set = valuesBySentence.get(key);
    if (!set) {
      valuesBySentence.set(key, (set = new Set()));
      for (const w of f.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    set.add(f.valueKey);
  }
  const n = valuesBySentence.size;
  const wordWeight = new Map<string, number>();
  for (const [w, df] of counts) wordWeight.set(w, Math.log(1 + n / df));
  return { valuesBySentence, wordWeight };
}

