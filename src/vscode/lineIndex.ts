/**
 * Maps UTF-16 offsets to zero-based line/character with a line-start table, so adapters can
 * build ranges in files that are not open without awaiting `openTextDocument` (no vscode import).
 * Line breaks follow VS Code: `\n`, `\r\n` and a lone `\r`.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), lineEnd);
  }
}

const cache = new Map<string, LineIndex>();
const CACHE_LIMIT = 64;

/** Cached per file id; rebuilt when the text changes. Small LRU so huge workspaces stay bounded. */
export function lineIndexFor(file: string, text: string): LineIndex {
  const hit = cache.get(file);
  if (hit && hit.text === text) {
    cache.delete(file);
    cache.set(file, hit);
    return hit;
  }
  const fresh = new LineIndex(text);
  cache.delete(file);
  cache.set(file, fresh);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return fresh;
}
