/**
 * A folder's contradictions → its disagreements: one per pair of sentences that disagree, whichever side
 * the engine reported it from, and why: a reader reviews (and gives a verdict on) "source A's sentence vs
 * source B's sentence", not the engine's one-sided reports. The key uses file names and the normalised
 * sentence texts, never offsets or sides, so a verdict keeps applying after edits elsewhere in a file,
 * after the folder moves, and on both sides.
 */
import { fileNameOf } from '../text/fileName';
import type { Contradiction, ContradictionKind, DocumentView, Sentence, SpanRef } from '../types';

/** One side of a disagreement: the span the engine quoted and the whole sentence around it. */
export interface DisagreementSide extends SpanRef {
  sentence: SpanRef;
}

export interface Disagreement {
  /** Side-independent: `code`, then both sides' file name and normalised sentence, sorted. */
  key: string;
  code: string;
  kind: ContradictionKind;
  message: string;
  confidence: number;
  /** Ordered by file name, then offset, so A-vs-B and B-vs-A read the same. */
  sides: [DisagreementSide, DisagreementSide];
  /** The engine contradictions this disagreement stands for. */
  contradictionIds: string[];
}

export type SentenceSource = (file: string) => Pick<DocumentView, 'text' | 'sentences'> | undefined;

/**
 * Every disagreement among `contradictions` at or above `minConfidence`, once each, in the order of
 * their first side (file, offset). Pairs within one file are kept (a source contradicting itself).
 */
export function disagreementsOf(contradictions: readonly Contradiction[], docOf: SentenceSource, minConfidence: number): Disagreement[] {
  const byKey = new Map<string, Disagreement>();
  for (const c of contradictions) {
    if (!(c.confidence >= minConfidence)) continue;
    for (const r of c.related) {
      const a = sideOf(c, docOf);
      const b = sideOf(r, docOf);
      const key = disagreementKey(c.code, a, b);
      const existing = byKey.get(key);
      if (existing) {
        existing.confidence = Math.max(existing.confidence, c.confidence);
        if (!existing.contradictionIds.includes(c.id)) existing.contradictionIds.push(c.id);
        continue;
      }
      const sides: [DisagreementSide, DisagreementSide] = compareSides(a, b) <= 0 ? [a, b] : [b, a];
      byKey.set(key, { key, code: c.code, kind: c.kind, message: c.message, confidence: c.confidence, sides, contradictionIds: [c.id] });
    }
  }
  return [...byKey.values()].sort((x, y) => compareSides(x.sides[0], y.sides[0]) || compareSides(x.sides[1], y.sides[1]));
}

/** Sentence text beyond this many characters does not go into keys and matches (a sentence may be a whole hostile file). */
export const MAX_KEY_TEXT = 8000;

/** The side-independent key of a disagreement between two sentences. */
export function disagreementKey(code: string, a: DisagreementSide, b: DisagreementSide): string {
  const one = `${fileNameOf(a.file)}\u0000${normaliseQuote(a.sentence.text.slice(0, MAX_KEY_TEXT))}`;
  const two = `${fileNameOf(b.file)}\u0000${normaliseQuote(b.sentence.text.slice(0, MAX_KEY_TEXT))}`;
  return one <= two ? `${code}\u0001${one}\u0001${two}` : `${code}\u0001${two}\u0001${one}`;
}

/** Case, whitespace, curly quotes and dashes do not matter when matching a quote. */
export function normaliseQuote(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The span with the sentence(s) it lies in; the span itself when its document is unknown. */
export function sideOf(ref: SpanRef, docOf: SentenceSource): DisagreementSide {
  const side = { file: ref.file, start: ref.start, end: ref.end, text: ref.text };
  const doc = docOf(ref.file);
  if (!doc) return { ...side, sentence: { ...side } };
  const first = sentenceAt(doc.sentences, ref.start);
  const last = sentenceAt(doc.sentences, Math.max(ref.start, ref.end - 1));
  const start = Math.min(first?.start ?? ref.start, ref.start);
  const end = Math.max(last?.end ?? ref.end, ref.end);
  return { ...side, sentence: { file: ref.file, start, end, text: doc.text.slice(start, end) } };
}

/** The sentence containing `offset` (binary search; sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function compareSides(a: SpanRef, b: SpanRef): number {
  const fa = fileNameOf(a.file);
  const fb = fileNameOf(b.file);
  return fa < fb ? -1 : fa > fb ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}
