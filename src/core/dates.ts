import type { Sentence, TimeExpression } from './types';

/** Minimal slice: no date expressions yet. Issue #3 fills this with chrono-node, per sentence. */
export function findTimes(_text: string, _sentences: Sentence[], _referenceDate: string | null): TimeExpression[] {
  return [];
}
