/**
 * Two names → their order as a reader expects, and why: story folders are often numbered, and text order
 * puts `10, 10_copy, 11, 1_ecb, 20`; numbers compare by value here (`1_ecb, 10, 10_copy, 11, 20`). No vscode import.
 */
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareNatural(a: string, b: string): number {
  return NATURAL.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
