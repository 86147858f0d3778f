import { countOf } from './plural';
import type { CorpusCollection } from '../index/corpusCollection';
import { isoValueOf } from '../mentions/dates/resolveDate';
import type { CheckResult } from '../types';

export interface SkippedFile {
  file: string;
  reason: string;
}

/** The command line's stable JSON shape, built from the index. */
export function toCheckResult(corpus: CorpusCollection, skipped: SkippedFile[] = []): CheckResult {
  const indexes = corpus.indexes();
  // Ids are numbered across folders so they stay unique in one report.
  let entityNo = 0;
  let contradictionNo = 0;
  return {
    version: 2,
    documents: indexes.flatMap((i) => i.documents()).map((d) => ({ file: d.file, date: d.date.date, dateSource: d.date.source })),
    times: indexes.flatMap((i) => i.documents()).flatMap((d) => d.times.map((t) => {
      const value = isoValueOf(t);
      return value === undefined ? { file: d.file, start: t.start, end: t.end, text: t.text } : { file: d.file, start: t.start, end: t.end, text: t.text, value };
    })),
    entities: indexes.flatMap((i) => i.entities()).map((e) => ({
      id: `e${++entityNo}`,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text })),
    })),
    contradictions: indexes.flatMap((i) => i.contradictions()).map((c) => ({
      id: `c${++contradictionNo}`,
      kind: c.kind,
      code: c.code,
      confidence: c.confidence,
      file: c.file,
      start: c.start,
      end: c.end,
      text: c.text,
      message: c.message,
      ...(c.quote ? { quote: c.quote } : {}),
      related: c.related.map((r) => (r.quote ? { file: r.file, start: r.start, end: r.end, text: r.text, quote: r.quote } : { file: r.file, start: r.start, end: r.end, text: r.text })),
    })),
    skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/** A readable report for a terminal. */
export function toTextReport(result: CheckResult): string {
  const lines: string[] = [];
  lines.push(`${countOf(result.documents.length, 'source')}, ${countOf(result.entities.length, 'entity')}, ${countOf(result.contradictions.length, 'contradiction')}`);
  lines.push('');
  for (const d of result.documents) lines.push(`  ${d.file}  ${d.date ?? 'no date'}${d.date ? ` (${d.dateSource})` : ''}`);
  if (result.contradictions.length) {
    lines.push('', 'Contradictions (the claim that differs, then every source stating it otherwise):');
    for (const c of result.contradictions) {
      lines.push(`  [${c.kind}, confidence ${c.confidence.toFixed(2)}] ${c.file}:${c.start}-${c.end}  ${c.message}`);
      lines.push(`      "${oneLine(c.quote ?? c.text)}"`);
      for (const r of c.related) lines.push(`      vs ${r.file}:${r.start}-${r.end} "${oneLine(r.quote ?? r.text)}"`);
    }
  }
  const shared = result.entities.filter((e) => new Set(e.mentions.map((m) => m.file)).size > 1);
  if (shared.length) {
    lines.push('', 'Entities named in more than one source:');
    for (const e of shared.slice(0, 40)) {
      const files = new Set(e.mentions.map((m) => m.file)).size;
      lines.push(`  ${e.name} (${e.type}): ${e.mentions.length} mentions in ${files} sources`);
    }
  }
  if (result.skipped.length) {
    lines.push('', 'Skipped:');
    for (const s of result.skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  return lines.join('\n');
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}

/** The editor's default `sourceXref.diagnostics.minConfidence`, also the command line's `--min-confidence`. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Drops contradictions below `min` confidence (0..1). */
export function withMinConfidence(result: CheckResult, min: number): CheckResult {
  if (min <= 0) return result;
  return { ...result, contradictions: result.contradictions.filter((c) => c.confidence >= min) };
}

/**
 * One report for several folders: each part's files get its prefix (`seeds/a.txt`), and
 * entity and contradiction ids are renumbered so they stay unique across parts.
 */
export function mergeCheckResults(parts: { prefix: string; result: CheckResult }[]): CheckResult {
  if (parts.length === 1 && !parts[0].prefix) return parts[0].result;
  const merged: CheckResult = { version: 2, documents: [], times: [], entities: [], contradictions: [], skipped: [] };
  for (const { prefix, result } of parts) {
    const p = <T extends { file: string }>(x: T): T => ({ ...x, file: prefix ? `${prefix}/${x.file}` : x.file });
    merged.documents.push(...result.documents.map(p));
    merged.times.push(...result.times.map(p));
    for (const e of result.entities) merged.entities.push({ ...e, id: `e${merged.entities.length + 1}`, mentions: e.mentions.map(p) });
    for (const c of result.contradictions) {
      merged.contradictions.push({ ...p(c), id: `c${merged.contradictions.length + 1}`, related: c.related.map(p) });
    }
    merged.skipped.push(...result.skipped.map(p));
  }
  return merged;
}
