/**
 * One story folder's contradictions → at most `max` of them (the most confident; ties keep report
 * order), in report order, plus how many were left out. Applied per folder as each folder finishes,
 * so 100 folders of 200 near-copies (tens of thousands of pairwise contradictions each) neither
 * flood the report nor pile up in memory.
 */
export function capContradictions<T extends { confidence: number }>(contradictions: readonly T[], max: number): { kept: T[]; notShown: number } {
  if (max <= 0 || contradictions.length <= max) return { kept: [...contradictions], notShown: 0 };
  const best = contradictions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.confidence - a.c.confidence || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  return { kept: best.map((x) => x.c), notShown: contradictions.length - max };
}

/** The text report's closing lines for folders that had more contradictions than shown. */
export function notShownLines(notShownByFolder: ReadonlyMap<string, number>, max: number, describeFolder: (folder: string) => string): string[] {
  const total = [...notShownByFolder.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const lines = ['', `${total} more contradictions not shown (at most ${max} per story folder, the most confident; --max-per-folder 0 shows all):`];
  const shown = [...notShownByFolder].slice(0, 20);
  for (const [folder, n] of shown) lines.push(`  ${describeFolder(folder)}: ${n} more`);
  if (notShownByFolder.size > shown.length) lines.push(`  … and ${notShownByFolder.size - shown.length} more folders`);
  return lines;
}
