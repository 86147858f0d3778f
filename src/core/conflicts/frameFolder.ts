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
  }
  const n = valuesBySentence.size;
  weights.forEach((place, w) => weights.set(w, Math.log(1 + n / sentencesHolding[place])));
  return { valuesBySentence, wordWeight: weights };
}
