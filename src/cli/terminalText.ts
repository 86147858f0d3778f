/**
 * Report values → text safe to print on a terminal, and why: a source's sentence or file name could
 * otherwise carry escape sequences (recolour, move the cursor, set the window title, hide lines) or
 * a line break that forges a report line. Applied to every value before the text format lays it out;
 * JSON and SARIF keep the exact text (their offsets index it, and JSON escapes C0 controls itself).
 */
import type { CheckResult } from '../core';

/**
 * ESC sequences as terminals read them: CSI (`ESC [` … final byte), OSC/DCS/PM/APC/SOS strings up
 * to BEL or ST, and two-character escapes; then any single C0 or C1 control, DEL, line and paragraph
 * separators, and the bidirectional overrides that can make text display in another order.
 */
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[ -~]?)/g;
const C1_STRING = /[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x9b[0-?]*[ -/]*[@-~]?/g;
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One value on one line: escape sequences dropped, other controls (tabs, line breaks too) made spaces. */
export function forTerminal(value: string): string {
  return value.replace(ESCAPE_SEQUENCE, '').replace(C1_STRING, '').replace(CONTROL, ' ');
}

/** Every string of a report made safe with `forTerminal` (ids and numbers are the engine's own). */
export function resultForTerminal(result: CheckResult): CheckResult {
  // Every string field a report line may print, including what grouping adds (quotes, values, per-side messages).
  const span = <T extends { file: string; text: string; quote?: string; value?: string; message?: string }>(s: T): T => ({
    ...s,
    file: forTerminal(s.file),
    text: forTerminal(s.text),
    ...(s.quote === undefined ? {} : { quote: forTerminal(s.quote) }),
    ...(s.value === undefined ? {} : { value: forTerminal(s.value) }),
    ...(s.message === undefined ? {} : { message: forTerminal(s.message) }),
  });
  return {
    ...result,
    documents: result.documents.map((d) => ({ ...d, file: forTerminal(d.file), date: d.date === null ? null : forTerminal(d.date), dateSource: forTerminal(d.dateSource) as typeof d.dateSource })),
    entities: result.entities.map((e) => ({ ...e, name: forTerminal(e.name), type: forTerminal(e.type) as typeof e.type, aliases: e.aliases.map(forTerminal), mentions: e.mentions.map(span) })),
    times: result.times.map(span),
    contradictions: result.contradictions.map((c) => ({ ...span(c), message: forTerminal(c.message), related: c.related.map(span) })),
    skipped: result.skipped.map((s) => ({ file: forTerminal(s.file), reason: forTerminal(s.reason) })),
  };
}
