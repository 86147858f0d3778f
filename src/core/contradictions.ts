import type { Contradiction, DocumentAnalysis, Entity } from './types';

/** Minimal slice: nothing is compared yet. Issue #4 brings claims and rules. */
export function findContradictions(_docs: readonly DocumentAnalysis[], _entities: readonly Entity[]): Contradiction[] {
  return [];
}
