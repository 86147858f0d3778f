import type { Ordinal, Quantity, Sentence } from './types';

/** Minimal slice. Issue #3 adds comparators, units, spelled-out numbers. */
export function findQuantities(_text: string, _sentences: Sentence[]): Quantity[] {
  return [];
}

export function findOrdinals(_text: string, _sentences: Sentence[]): Ordinal[] {
  return [];
}
