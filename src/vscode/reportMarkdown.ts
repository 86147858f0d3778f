import { fileNameOf, type Contradiction, type DocumentView, type SpanRef } from '../core';
import { LineIndex } from './lineIndex';

/**
 * The "Show Contradictions Report" Markdown: every contradiction with both quotes (whole sentences,
 * the disputed words in bold) and line numbers, grouped by folder. Pure, unit-tested.
 */
export interface ReportFolder {
  folder: string;
  contradictions: Contradiction[];
  document(file: string): DocumentView | undefined;
}

export function contradictionsReport(folders: ReportFolder[], now = new Date()): string {
  const total = folders.reduce((n, f) => n + f.contradictions.length, 0);
  const out: string[] = ['# Source Xref: contradictions', '', `${total} contradiction${total === 1 ? '' : 's'} · generated ${now.toISOString().slice(0, 16).replace('T', ' ')}`, ''];
  for (const f of folders) {
    if (f.contradictions.length === 0) continue;
    out.push(`## ${fileNameOf(f.folder) || f.folder}`, '');
    const sorted = [...f.contradictions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
    sorted.forEach((c, i) => {
      out.push(`### ${i + 1}. ${c.kind} · \`${c.code}\` · confidence ${c.confidence.toFixed(2)}`, '', escapeMd(c.message), '');
      out.push(`- **${escapeMd(where(c, f))}**`, `  > ${quoteSentence(c, f)}`);
      for (const r of c.related) out.push(`- **${escapeMd(where(r, f))}**`, `  > ${quoteSentence(r, f)}`);
      out.push('');
    });
  }
  if (total === 0) out.push('No contradictions found between the indexed sources.', '');
  return out.join('\n');
}

function where(ref: SpanRef, f: ReportFolder): string {
  const doc = f.document(ref.file);
  const line = doc ? new LineIndex(doc.text).positionAt(ref.start).line + 1 : undefined;
  return line ? `${fileNameOf(ref.file)}:${line}` : fileNameOf(ref.file);
}

/** The sentence containing the span, the span itself in bold. */
function quoteSentence(ref: SpanRef, f: ReportFolder): string {
  const doc = f.document(ref.file);
  const s = doc?.sentences.find((x) => x.start <= ref.start && ref.end <= x.end);
  if (!doc || !s) return `**${escapeMd(ref.text)}**`;
  const before = doc.text.slice(s.start, ref.start);
  const after = doc.text.slice(ref.end, s.end);
  return `${escapeMd(flat(before))}**${escapeMd(flat(doc.text.slice(ref.start, ref.end)))}**${escapeMd(flat(after))}`;
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
