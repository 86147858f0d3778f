/**
 * Source text → hover Markdown pieces, and why: a source is untrusted text, so every character that could
 * mean something to the Markdown renderer (emphasis, strikethrough `~~`, links, autolinked URLs, `$(icon)`)
 * is escaped, and quotes are cut at word boundaries so a hover never shows `…uesday`. No vscode import:
 * unit-tested outside the editor.
 */
import { isWhiteSpaceAt, type Span } from '../core';

/** One source named in a card: its label (visible) and file name (tooltip). */
export interface NamedSource {
  label: string;
  fileName: string;
}

/**
 * The text as literal Markdown on one line: whitespace collapsed, every ASCII punctuation character
 * backslash-escaped (CommonMark allows it for all of them), so nothing renders as a link, autolink
 * (`https\://`, `www\.`, `a\@b`), strikethrough, emphasis, heading, list, HTML or theme icon (`\$\(check\)`).
 */
export function escapeHoverText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A link title (`"…"` after the target): only `"` and `\` need escaping there. */
export function escapeLinkTitle(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** Which part of a sentence a snippet shows, and whether text was left out before or after it. */
export interface SnippetWindow extends Span {
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The part of sentence `s` to show, at most about `maxChars` long: the whole sentence (trimmed) when it fits,
 * else a window around `focus` whose ends fall on word boundaries and never inside the focus.
 */
export function snippetWindow(text: string, s: Span, focus: Span | undefined, maxChars: number): SnippetWindow {
  let from = s.start;
  let to = s.end;
  // Leading and trailing spaces count for nothing.
  while (from < to && isWhiteSpaceAt(text, from)) from++;
  while (to > from && isWhiteSpaceAt(text, to - 1)) to--;
  const inside = !!focus && focus.start >= from && focus.end <= to && focus.end > focus.start;
  if (to - from > maxChars) {
    const centre = inside ? focus! : { start: from, end: from };
    const room = Math.max(0, maxChars - (centre.end - centre.start));
    // Before the focus a third of the room, after it the rest: a sentence reads forwards.
    let a = Math.max(from, centre.start - Math.floor(room / 3));
    const b = Math.min(to, centre.end + (room - (centre.start - a)));
    if (b === to) a = Math.max(from, Math.min(a, to - maxChars));
    const start = wordStartAtOrAfter(text, a, from, centre.start);
    const end = wordEndAtOrBefore(text, b, to, centre.end);
    return { start, end, cutBefore: start > from, cutAfter: end < to };
  }
  return { start: from, end: to, cutBefore: false, cutAfter: false };
}

/**
 * The sentence `s` of `text` as escaped Markdown with `focus` in bold, cut as snippetWindow says, with `…`
 * where it was cut.
 */
export function sentenceSnippet(text: string, s: Span, focus: Span | undefined, maxChars: number): string {
  const w = snippetWindow(text, s, focus, maxChars);
  const clean = (x: number, y: number) => escapeHoverText(text.slice(x, y));
  const inView = !!focus && focus.end > focus.start && focus.start >= w.start && focus.end <= w.end;
  const body = inView ? `${clean(w.start, focus!.start)}**${clean(focus!.start, focus!.end)}**${clean(focus!.end, w.end)}` : clean(w.start, w.end);
  return `${w.cutBefore ? '…' : ''}${body.trim()}${w.cutAfter ? '…' : ''}`;
}

/** The same snippet as plain text (whitespace collapsed), with where `focus` sits in it, for tree items. */
export function plainSnippet(text: string, s: Span, focus: Span | undefined, maxChars: number): { text: string; focus?: [number, number] } {
  const w = snippetWindow(text, s, focus, maxChars);
  const flat = (x: number, y: number) => text.slice(x, y).replace(/\s+/g, ' ');
  const head = w.cutBefore ? '…' : '';
  const tail = w.cutAfter ? '…' : '';
  if (!focus || focus.end <= focus.start || focus.start < w.start || focus.end > w.end) return { text: `${head}${flat(w.start, w.end)}${tail}` };
  const before = head + flat(w.start, focus.start);
  const word = flat(focus.start, focus.end);
  return { text: `${before}${word}${flat(focus.end, w.end)}${tail}`, focus: [before.length, before.length + word.length] };
}

/**
 * `supported by BBC, Fox News` / `disputed by Reuters and 2 more`: which other sources agree with or
 * contradict a sentence, named. Empty when none.
 */
export function agreementText(supportedBy: readonly NamedSource[], disputedBy: readonly NamedSource[], maxNames = 3): string {
  const parts: string[] = [];
  if (disputedBy.length) parts.push(`✗ disputed by ${nameList(disputedBy, maxNames)}`);
  if (supportedBy.length) parts.push(`✓ supported by ${nameList(supportedBy, maxNames)}`);
  return parts.join(' · ');
}

/** `A, B and 3 more`, escaped. */
export function nameList(sources: readonly NamedSource[], max: number): string {
  const names = sources.slice(0, max).map((s) => escapeHoverText(s.label));
  const rest = sources.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
}

/**
 * Labels that tell sources apart: when two sources carry the same label (two pieces by one outlet),
 * each gets its file name added.
 */
export function distinctLabels(sources: readonly NamedSource[]): NamedSource[] {
  const count = new Map<string, number>();
  for (const s of sources) count.set(s.label, (count.get(s.label) ?? 0) + 1);
  return sources.map((s) => ((count.get(s.label) ?? 0) > 1 && s.label !== s.fileName ? { ...s, label: `${s.label} (${s.fileName})` } : s));
}



/** The first word start in [at, limit]; `at` itself when already at one. Never past `limit`. */
function wordStartAtOrAfter(text: string, at: number, floor: number, limit: number): number {
  if (at <= floor) return floor;
  let i = at;
  if (!isWhiteSpaceAt(text, i - 1)) while (i < limit && !isWhiteSpaceAt(text, i)) i++;
  while (i < limit && isWhiteSpaceAt(text, i)) i++;
  return i;
}

/** The last word end in [limit, at]; `at` itself when already at one. Never before `limit`. */
function wordEndAtOrBefore(text: string, at: number, ceiling: number, limit: number): number {
  if (at >= ceiling) return ceiling;
  let i = at;
  if (!isWhiteSpaceAt(text, i)) while (i > limit && !isWhiteSpaceAt(text, i - 1)) i--;
  while (i > limit && isWhiteSpaceAt(text, i - 1)) i--;
  return i;
}
