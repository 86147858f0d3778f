import type { CheckResult } from '../../src/core/types';

/**
 * Every span a report quotes must slice to its text in the document it names. Returns the
 * problems found (empty when all is well) so callers can assert on them with a useful message.
 */
export function spanProblems(result: CheckResult, textOf: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  const check = (what: string, s: { file: string; start: number; end: number; text: string }) => {
    const text = textOf(s.file);
    if (text === undefined) return void problems.push(`${what} names unknown file ${s.file}`);
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      return void problems.push(`${what} ${s.file}:${s.start}-${s.end} out of range (length ${text.length})`);
    }
    const got = text.slice(s.start, s.end);
    if (got !== s.text) problems.push(`${what} ${s.file}:${s.start}-${s.end} slices to ${JSON.stringify(got.slice(0, 80))}, reports ${JSON.stringify(s.text.slice(0, 80))}`);
    if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)) problems.push(`${what} ${s.file}:${s.start}-${s.end} cuts a surrogate pair`);
  };
  for (const e of result.entities) for (const m of e.mentions) check(`mention of ${e.name}`, m);
  for (const c of result.contradictions) {
    check(`contradiction ${c.id}`, c);
    for (const r of c.related) check(`related of ${c.id}`, r);
  }
  return problems;
}

/** True when `offset` falls between the two halves of an astral character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
