/**
 * SARIF 2.1.0 output for code-scanning tools (GitHub, Azure DevOps, SARIF viewers).
 * One rule per contradiction code (`xref.date`, ...); columns count UTF-16 code units,
 * as the engine's offsets do, and every region also carries charOffset/charLength.
 */
import { CharCode } from '../text/charCodes';
import type { CheckResult, ContradictionKind } from '../types';

export interface SarifOptions {
  toolVersion: string;
  /** Decoded text of a reported file, to turn offsets into lines and columns. */
  textOf(file: string): string | undefined;
  /** Where a reported file lives; default: its id as a relative URI with no base. */
  locate?(file: string): { uri: string; uriBaseId?: string };
  /** uriBaseId -> absolute `file:///.../` URI (ends with `/`). */
  baseUris?: Record<string, string>;
}

const RULES: Record<ContradictionKind, { name: string; text: string }> = {
  date: { name: 'DateContradiction', text: 'Another source gives a different date for the same event.' },
  number: { name: 'NumberContradiction', text: 'Another source gives a different number for the same thing.' },
  ordinal: { name: 'OrdinalContradiction', text: 'Another source gives a different ordinal (first, second, ...) for the same event.' },
  place: { name: 'PlaceContradiction', text: 'Another source places the same event elsewhere.' },
  negation: { name: 'NegationContradiction', text: 'Another source states the opposite.' },
  other: { name: 'OtherContradiction', text: 'Another source disagrees.' },
};

type Region = { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number; snippet: { text: string } };

/** Line starts (UTF-16 offsets) of a text; `\r\n`, `\n` and lone `\r` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.LineFeed || (c === CharCode.CarriageReturn && text.charCodeAt(i + 1) !== CharCode.LineFeed)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

export function toSarif(result: CheckResult, options: SarifOptions): object {
  const locate = options.locate ?? ((file: string) => ({ uri: encodePath(file) }));
  const startsCache = new Map<string, number[] | undefined>();
  const region = (file: string, start: number, end: number, text: string): Region | { charOffset: number; charLength: number; snippet: { text: string } } => {
    if (!startsCache.has(file)) {
      const t = options.textOf(file);
      startsCache.set(file, t === undefined ? undefined : lineStarts(t));
    }
    const starts = startsCache.get(file);
    const chars = { charOffset: start, charLength: end - start, snippet: { text } };
    if (!starts) return chars;
    const a = lineColumn(starts, start);
    // SARIF's endColumn is the column just past the last character.
    const b = lineColumn(starts, end);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, ...chars };
  };

  const artifactIndex = new Map<string, number>();
  const artifacts = result.documents.map((d, i) => {
    artifactIndex.set(d.file, i);
    return { location: locate(d.file) };
  });
  const physical = (file: string, start: number, end: number, text: string) => ({
    artifactLocation: { ...locate(file), ...(artifactIndex.has(file) ? { index: artifactIndex.get(file) } : {}) },
    region: region(file, start, end, text),
  });

  const ruleIds = [...Object.keys(RULES).map((k) => `xref.${k}`)];
  for (const c of result.contradictions) if (!ruleIds.includes(c.code)) ruleIds.push(c.code);
  const rules = ruleIds.map((id) => {
    const known = RULES[id.replace(/^xref\./, '') as ContradictionKind];
    return {
      id,
      name: known?.name ?? id,
      shortDescription: { text: known?.text ?? `Contradiction between sources (${id}).` },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['contradiction'] },
    };
  });

  const results = result.contradictions.map((c) => ({
    ruleId: c.code,
    ruleIndex: ruleIds.indexOf(c.code),
    kind: 'fail',
    level: 'warning',
    message: { text: c.message },
    locations: [{ physicalLocation: physical(c.file, c.start, c.end, c.text) }],
    relatedLocations: c.related.map((r, i) => ({
      id: i + 1,
      message: { text: r.quote ? `Contradicting statement in ${r.file}: "${r.quote}"` : `Contradicting statement in ${r.file}` },
      physicalLocation: physical(r.file, r.start, r.end, r.text),
    })),
    partialFingerprints: { contradictionText: `${c.code}:${c.file}:${c.text}` },
    properties: { confidence: c.confidence, kind: c.kind, id: c.id },
  }));

  const baseIds = options.baseUris && Object.keys(options.baseUris).length ? options.baseUris : undefined;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'source-xref',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: 'https://example.invalid/source-xref',
            rules,
          },
        },
        ...(baseIds ? { originalUriBaseIds: Object.fromEntries(Object.entries(baseIds).map(([k, uri]) => [k, { uri }])) } : {}),
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
