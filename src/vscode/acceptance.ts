import { fileNameOf, type Contradiction, type SpanRef } from '../core';

/**
 * The reviewable `.sourcexref/accepted.json`: discrepancies a reader accepted with a reason, and
 * kinds ignored per file. Keys use file basenames and normalised quotes, never offsets, so entries
 * survive edits elsewhere in the file, moves of the folder, and teammates' checkouts.
 * Pure (no vscode import) so it is unit-tested.
 */
export interface AcceptedEntry {
  code: string;
  file: string;
  quote: string;
  otherFile: string;
  otherQuote: string;
  reason: string;
  acceptedAt: string;
}

export interface AcceptedData {
  version: 1;
  accepted: AcceptedEntry[];
  /** Basename → codes (`xref.date`) not reported in that file. */
  ignored: Record<string, string[]>;
}

export function emptyAccepted(): AcceptedData {
  return { version: 1, accepted: [], ignored: {} };
}

/** Case, whitespace, curly quotes and dashes do not matter when matching a quote. */
export function normaliseQuote(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Order-independent: accepting A-vs-B also accepts B-vs-A. */
export function acceptanceKey(code: string, a: { file: string; text: string }, b: { file: string; text: string }): string {
  const sides = [`${fileNameOf(a.file)}\u0000${normaliseQuote(a.text)}`, `${fileNameOf(b.file)}\u0000${normaliseQuote(b.text)}`].sort();
  return `${code}\u0001${sides[0]}\u0001${sides[1]}`;
}

export function entryKey(e: AcceptedEntry): string {
  return acceptanceKey(e.code, { file: e.file, text: e.quote }, { file: e.otherFile, text: e.otherQuote });
}

/** Tolerant parse: a hand-edited or broken file yields what can be read, never an exception. */
export function parseAccepted(json: string): AcceptedData {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return emptyAccepted();
  }
  const out = emptyAccepted();
  if (!raw || typeof raw !== 'object') return out;
  const obj = raw as { accepted?: unknown; ignored?: unknown };
  if (Array.isArray(obj.accepted)) {
    for (const e of obj.accepted) {
      if (!e || typeof e !== 'object') continue;
      const r = e as Record<string, unknown>;
      if (typeof r.code !== 'string' || typeof r.file !== 'string' || typeof r.quote !== 'string') continue;
      if (typeof r.otherFile !== 'string' || typeof r.otherQuote !== 'string') continue;
      out.accepted.push({
        code: r.code,
        file: r.file,
        quote: r.quote,
        otherFile: r.otherFile,
        otherQuote: r.otherQuote,
        reason: typeof r.reason === 'string' ? r.reason : '',
        acceptedAt: typeof r.acceptedAt === 'string' ? r.acceptedAt : '',
      });
    }
  }
  if (obj.ignored && typeof obj.ignored === 'object') {
    for (const [file, codes] of Object.entries(obj.ignored as Record<string, unknown>)) {
      if (Array.isArray(codes)) out.ignored[file] = codes.filter((c): c is string => typeof c === 'string');
    }
  }
  return out;
}

export function serialiseAccepted(data: AcceptedData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Fast lookups over one AcceptedData. */
export class AcceptedSet {
  private readonly keys: Set<string>;

  constructor(readonly data: AcceptedData) {
    this.keys = new Set(data.accepted.map(entryKey));
  }

  /** True when the pair (contradiction side, one related side) was accepted. */
  acceptsPair(code: string, side: SpanRef, other: SpanRef): boolean {
    return this.keys.has(acceptanceKey(code, side, other));
  }

  isIgnored(file: string, code: string): boolean {
    return this.data.ignored[fileNameOf(file)]?.includes(code) ?? false;
  }

  /** A contradiction disappears when every related side was accepted. */
  acceptsAll(c: Contradiction): boolean {
    return c.related.length > 0 && c.related.every((r) => this.acceptsPair(c.code, c, r));
  }
}
