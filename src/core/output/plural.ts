/** A count and its noun for a reader (`1 contradiction`, `3 sources`, `1,200 entities`). */
export function countOf(n: number, noun: string): string {
  const plural = noun.endsWith('y') && !/[aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}
