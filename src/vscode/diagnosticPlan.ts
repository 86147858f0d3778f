import type { Contradiction, ContradictionKind, RivalRef, SpanRef } from '../core';

/**
 * Turns the engine's contradictions into what the Problems panel shows: filtered by confidence,
 * severity (incl. off), acceptance and per-file ignores; mirrored so both sources show it; deduped
 * by range and code (related sides merged); capped per file, most confident first. Pure, unit-tested.
 */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface PlanOptions {
  severityOf(kind: ContradictionKind): SeverityName;
  minConfidence: number;
  maxPerFile: number;
  /** True when the user accepted this side-vs-other pair. */
  isAccepted(code: string, side: SpanRef, other: SpanRef): boolean;
  isIgnored(file: string, code: string): boolean;
}

export interface PlannedDiagnostic extends SpanRef {
  kind: ContradictionKind;
  code: string;
  message: string;
  confidence: number;
  severity: Exclude<SeverityName, 'off'>;
  related: RivalRef[];
  /** Ids of the engine contradictions merged into this one. */
  sourceIds: string[];
  /** True when shown on a related side the engine did not report itself. */
  mirrored: boolean;
}

export interface Plan {
  byFile: Map<string, PlannedDiagnostic[]>;
  /** Diagnostics dropped by the per-file cap. */
  capped: number;
  total: number;
}

export function planDiagnostics(contradictions: readonly Contradiction[], opts: PlanOptions): Plan {
  const byKey = new Map<string, PlannedDiagnostic>();
  const add = (side: SpanRef, c: Contradiction, related: RivalRef[], message: string, mirrored: boolean) => {
    if (opts.isIgnored(side.file, c.code)) return;
    const open = related.filter((r) => !opts.isAccepted(c.code, side, r));
    if (open.length === 0) return;
    const severity = opts.severityOf(c.kind);
    if (severity === 'off') return;
    const key = `${side.file}\u0000${side.start}\u0000${side.end}\u0000${c.code}`;
    const existing = byKey.get(key);
    if (existing) {
      for (const r of open) {
        if (!existing.related.some((e) => sameSpan(e, r))) existing.related.push(r);
      }
      if (!existing.sourceIds.includes(c.id)) existing.sourceIds.push(c.id);
      existing.confidence = Math.max(existing.confidence, c.confidence);
      if (!mirrored && existing.mirrored) Object.assign(existing, { message, mirrored: false });
      return;
    }
    byKey.set(key, { file: side.file, start: side.start, end: side.end, text: side.text, kind: c.kind, code: c.code, message, confidence: c.confidence, severity, related: [...open], sourceIds: [c.id], mirrored });
  };
  const eligible = contradictions.filter((c) => c.confidence >= opts.minConfidence);
  // Engine-reported sides first so their wording wins; the engine's messages name both sources,
  // so the mirrored side reuses it and points back through relatedInformation.
  for (const c of eligible) add(c, c, c.related, c.message, false);
  for (const c of eligible) {
    for (const r of c.related) {
      if (r.file === c.file) continue;
      // The engine often reports the other side itself (with a clause-sized span): mirror only when it did not.
      const reportedThere = eligible.some((o) => o.code === c.code && overlaps(o, r) && o.related.some((back) => overlaps(back, c)));
      if (reportedThere) continue;
      // A rival of a disagreement carries its own message, pointing back at the claim that differs.
      add(r, c, [{ file: c.file, start: c.start, end: c.end, text: c.text, ...(c.quote ? { quote: c.quote } : {}) }], r.message ?? c.message, true);
    }
  }
  const byFile = new Map<string, PlannedDiagnostic[]>();
  for (const d of byKey.values()) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  let capped = 0;
  let total = 0;
  const cap = Math.max(1, Math.floor(opts.maxPerFile));
  for (const [file, list] of byFile) {
    list.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    if (list.length > cap) {
      capped += list.length - cap;
      list.length = cap;
    }
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    total += list.length;
    byFile.set(file, list);
  }
  return { byFile, capped, total };
}

function overlaps(a: SpanRef, b: SpanRef): boolean {
  return a.file === b.file && a.start < b.end && b.start < a.end;
}

function sameSpan(a: SpanRef, b: SpanRef): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end;
}

export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
