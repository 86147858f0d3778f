import type { DocumentDate, Sentence } from './types';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The document's own date: header line, then `Published …` line, then a full date near the top. */
export function findDocumentDate(text: string, _sentences: Sentence[]): DocumentDate {
  const header = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/i.exec(text);
  if (header) {
    const s = header[0].indexOf(header[1]);
    return { date: `${header[1]}-${header[2]}-${header[3]}`, source: 'header', span: { start: header.index + s, end: header.index + header[0].length } };
  }
  const top = text.slice(0, 3000);
  const published = /^\s*(?:Published|Updated|Posted)\b[^\n]*/im.exec(top);
  if (published) {
    const d = parseFullDate(published[0]);
    if (d) return { date: d.iso, source: 'published', span: { start: published.index + d.index, end: published.index + d.index + d.length } };
  }
  const first = parseFullDate(text.slice(0, 1500));
  if (first) return { date: first.iso, source: 'text', span: { start: first.index, end: first.index + first.length } };
  return { date: null, source: 'none' };
}

function parseFullDate(s: string): { iso: string; index: number; length: number } | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/.exec(s);
  const mdy = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  const cands: { iso: string; index: number; length: number }[] = [];
  if (dmy && MONTHS[dmy[2].slice(0, 3).toLowerCase()]) cands.push({ iso: `${dmy[3]}-${pad(MONTHS[dmy[2].slice(0, 3).toLowerCase()])}-${pad(+dmy[1])}`, index: dmy.index, length: dmy[0].length });
  if (mdy && MONTHS[mdy[1].slice(0, 3).toLowerCase()]) cands.push({ iso: `${mdy[3]}-${pad(MONTHS[mdy[1].slice(0, 3).toLowerCase()])}-${pad(+mdy[2])}`, index: mdy.index, length: mdy[0].length });
  if (iso) cands.push({ iso: iso[0], index: iso.index, length: iso[0].length });
  cands.sort((a, b) => a.index - b.index);
  return cands[0] ?? null;
}
