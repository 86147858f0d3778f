/**
 * A source's text + a date → the one edit that gives the source that date, and why: the engine reads a
 * source's own date first from a `date YYYY-MM-DD` line among its first lines (src/core/mentions/documentDate.ts),
 * so the edit replaces the date of such a line when there is one, else adds the line at the top. Pure, unit-tested.
 */

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The header line the engine reads (same shape as documentDate.ts's HEADER_LINE), at the start of a line. */
const HEADER_DATE = /^([ \t]*date[ \t]+)(\d{4}-\d{2}-\d{2})\b/im;
/** How far down an existing header line is looked for (the engine reads the first few short lines). */
const HEADER_SEARCH_CHARS = 1500;
/** Non-empty lines before the body that the engine still reads as header (documentDate.ts's HEADER_LINES). */
const HEADER_LINES = 5;

/** The edit that sets `text`'s own date to `isoDate` (`YYYY-MM-DD`, checked by the caller with isIsoDate). */
export function sourceDateEdit(text: string, isoDate: string): TextEdit {
  const top = text.slice(0, HEADER_SEARCH_CHARS);
  const m = HEADER_DATE.exec(top);
  if (m && top.slice(0, m.index).split('\n').filter((l) => l.trim()).length < HEADER_LINES) {
    const start = m.index + m[1].length;
    return { start, end: start + m[2].length, newText: isoDate };
  }
  // A blank line after it keeps the header out of the first sentence.
  return { start: 0, end: 0, newText: `date ${isoDate}\n\n` };
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
