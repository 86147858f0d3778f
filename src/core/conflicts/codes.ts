import type { ContradictionKind } from '../types';

/**
 * Contradiction kind → diagnostic code: the one table every rule reads. Users set severity and
 * suppress diagnostics by these codes, so they never change once published.
 */
export const CODES: Readonly<Record<ContradictionKind, string>> = {
  date: 'xref.date',
  number: 'xref.number',
  ordinal: 'xref.ordinal',
  place: 'xref.place',
  negation: 'xref.negation',
  other: 'xref.other',
};
