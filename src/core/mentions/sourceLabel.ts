/**
 * One source's analysis → a short label a reader recognises it by: its outlet (`Fox News`), else its
 * byline (`Jane Bradley`), else its title cut at a word boundary, else its file name. Used wherever a
 * source is named to a user (hovers, messages, views, reports); the file name stays for tooltips.
 *
 * Only what a page looks like is read (`By Name | Outlet`, a dateline such as `(CNN) --`, a title line),
 * never a list of sites. A file name that already says something (`bbc-putin-visit.txt`) is kept as is.
 */
import { fileNameOf } from '../text/fileName';
import type { DocumentView } from '../types';

export interface SourceLabel {
  label: string;
  /** What the label was read from. */
  from: 'user' | 'outlet' | 'byline' | 'title' | 'file';
}

const TITLE_MAX = 48;

/** The label of one source; `userLabel` (set by the user) wins over everything read from the text. */
export function sourceLabelOf(doc: Pick<DocumentView, 'file' | 'text' | 'title' | 'byline' | 'bylineNames'>, userLabel?: string): SourceLabel {
  const own = userLabel?.trim();
  if (own) return { label: shorten(own, TITLE_MAX), from: 'user' };
  const file = fileNameOf(doc.file);
  if (!isOpaqueFileName(file)) return { label: file, from: 'file' };
  const outlet = outletOf(doc);
  if (outlet) return { label: outlet, from: 'outlet' };
  if (doc.bylineNames.length) return { label: shorten(doc.bylineNames.join(', '), TITLE_MAX), from: 'byline' };
  if (doc.title) {
    const title = doc.text.slice(doc.title.start, doc.title.end).replace(/\s+/g, ' ').trim();
    if (/\p{L}{2}/u.test(title)) return { label: shorten(title, TITLE_MAX), from: 'title' };
  }
  return { label: file, from: 'file' };
}

/**
 * Whether a file name tells a reader nothing: its stem holds no word of four letters or more once hex
 * ids are set aside (`000_a4f6c19284eff014.txt`, `41_1ecb.txt`, `doc-17.txt`).
 */
export function isOpaqueFileName(file: string): boolean {
  const stem = file.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  for (const word of stem.split(/[^\p{L}\p{N}]+/u)) {
    if (/^[0-9a-f]{6,}$/i.test(word)) continue;
    if (/\p{L}{4,}/u.test(word)) return false;
  }
  return true;
}

/** `By Jane Roe | Outlet` on the byline line. */
const BYLINE_OUTLET = /\|\s*([^|\n]{2,40}?)\s*$/;
/** A wire dateline at the start of a line: `(CNN) --`, `LONDON (Reuters) -`, `(AP) —`. */
const DATELINE_OUTLET = /^(?:[A-Z][A-Za-z .,'-]{0,40}\s)?\(([A-Z][A-Za-z.&' ]{1,30})\)\s*(?:--|[-—–:])/m;

function outletOf(doc: Pick<DocumentView, 'text' | 'byline'>): string | undefined {
  if (doc.byline) {
    const line = doc.text.slice(doc.byline.start, doc.byline.end);
    const m = BYLINE_OUTLET.exec(line);
    if (m && /\p{Lu}/u.test(m[1])) return m[1];
  }
  // Only the top of the page: a dateline is where the story starts.
  const m = DATELINE_OUTLET.exec(doc.text.slice(0, 2000));
  return m ? m[1].trim() : undefined;
}

/** At most `max` characters, cut at a word boundary, with `…` when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '') + '…';
}
