/**
 * One disagreement's sides (the fact, each side's value, its source) → the sentence a journalist reads in the
 * Problems panel: the disputed fact and the values first, then where each value comes from, e.g.
 * `Mariupol visit: March 2022 here, March 2023 in "Ukraine-Russia: Vladimir Putin visits…" (002, 'last month',
 * dated 2023-04-18)`. The current file is `here` and never named; other sources go by their label
 * (`sourceLabelOf`), with a short file id when the file name says nothing. Also cuts a related sentence around
 * its disputed value so the quote shown always contains it.
 */
import { isOpaqueFileName, sourceLabelOf } from '../mentions/sourceLabel';
import { fileNameOf } from '../text/fileName';
import type { DocumentDate, DocumentView, Span } from '../types';

/** One side of a disagreement as the message shows it. */
export interface SideView {
  file: string;
  /** Where the side's sentence starts (orders sides within one file). */
  start: number;
  /** The value, normalised (`March 2023`, `second visit`, `364`). */
  value: string;
  /** The value as written when that differs from `value` (`last month`). */
  written?: string;
  /** The document date a relative value was resolved against. */
  resolvedAgainst?: DocumentDate;
}

/** How sources are named: built once per folder. */
export interface SourceNames {
  nameOf(file: string): string;
}

/** Names sources by `sourceLabelOf`; a title is quoted, and an opaque file name adds its short id. */
export function sourceNames(docs: ReadonlyMap<string, Pick<DocumentView, 'file' | 'text' | 'title' | 'byline' | 'bylineNames'>>): SourceNames {
  const cache = new Map<string, string>();
  return {
    nameOf(file) {
      let name = cache.get(file);
      if (name === undefined) {
        const doc = docs.get(file);
        const label = doc ? sourceLabelOf(doc) : { label: fileNameOf(file), from: 'file' as const };
        name = label.from === 'title' ? `"${label.label}"` : label.label;
        cache.set(file, name);
      }
      return name;
    },
  };
}

/** How a reader names each event family's event (`charge` → `charges`, `hit` → `strike`). */
const EVENT_NOUNS: Record<string, string> = {
  visit: 'visit', capture: 'capture', annex: 'annexation', kill: 'killing', die: 'death', injure: 'injuries', shoot: 'shooting',
  release: 'release', retreat: 'retreat', attack: 'attack', meet: 'meeting', arrest: 'arrest', charge: 'charges', sentence: 'sentence',
  sign: 'signing', offer: 'offer', hire: 'appointment', fire: 'dismissal', resign: 'resignation', win: 'win', lose: 'loss', score: 'score',
  buy: 'purchase', sell: 'sale', crash: 'crash', quake: 'earthquake', erupt: 'eruption', elect: 'election', rescue: 'rescue', fight: 'fighting',
  hit: 'strike', play: 'game', marry: 'wedding', divorce: 'divorce', born: 'birth', award: 'award', open: 'opening', close: 'closure',
  congratulate: 'congratulations', say: 'statement',
};

/**
 * The disputed fact's name: the place or subject both claims are about, then the event as a noun
 * (`Mariupol visit`, `Tara Reid release`), or the event alone, capitalised (`Charges`).
 */
export function factName(eventFamily: string, about: string | undefined): string {
  const noun = Object.hasOwn(EVENT_NOUNS, eventFamily) ? EVENT_NOUNS[eventFamily] : eventFamily;
  return about ? `${about} ${noun}` : capitalised(noun);
}

/** `word` with its first letter in upper case (`cable` → `Cable`), for a fact's name. */
export const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

/** `002` for `002_6c8fcd09bb78f0a0.txt`: the first part of an opaque file name, or nothing for a telling one. */
export function shortIdOf(file: string): string | undefined {
  const name = fileNameOf(file);
  if (!isOpaqueFileName(name)) return undefined;
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  if (stem.length <= 12) return stem;
  const first = stem.split(/[_\s.-]+/).find(Boolean) ?? stem;
  return first.length <= 12 ? first : first.slice(0, 8);
}

/** The message on `here`'s sentence: its value, then every rival value with where it is stated. */
export function disagreementMessage(fact: string, here: SideView, rivals: readonly SideView[], names: SourceNames): string {
  const groups = new Map<string, SideView[]>();
  for (const r of rivals) {
    const list = groups.get(r.value);
    if (list) list.push(r);
    else groups.set(r.value, [r]);
  }
  const parts = [...groups].map(([value, sides]) => `${value} ${whereStated(here, sides, names)}`);
  const own = basisOf(here);
  return `${fact}: ${here.value} here${own ? ` (${own})` : ''}, ${parts.join('; ')}`;
}

/** `in "Title" (002, 'last month', dated 2023-04-18)`, `in 3 other sources ("A", "B", …)`, `earlier in this source`. */
function whereStated(here: SideView, sides: readonly SideView[], names: SourceNames): string {
  const same = sides.filter((s) => s.file === here.file);
  const others = sides.filter((s) => s.file !== here.file);
  const out: string[] = [];
  if (same.length) out.push(`${same[0].start < here.start ? 'earlier' : 'later'} in this source`);
  const files = [...new Set(others.map((s) => s.file))];
  if (files.length > 2) {
    const shown = files.slice(0, 2).map((f) => names.nameOf(f));
    out.push(`in ${files.length} other sources (${shown.join(', ')}, …)`);
  } else {
    for (const file of files) {
      const side = others.find((s) => s.file === file)!;
      const details = [shortIdOf(file), basisOf(side)].filter(Boolean);
      out.push(`in ${names.nameOf(file)}${details.length ? ` (${details.join(', ')})` : ''}`);
    }
  }
  return out.join(' and ');
}

/** `'last month', dated 2023-04-18`: what a resolved value rests on. */
function basisOf(side: SideView): string {
  const parts: string[] = [];
  if (side.written && side.written.toLowerCase() !== side.value.toLowerCase()) parts.push(`'${lowerFirst(side.written)}'`);
  const date = side.resolvedAgainst;
  if (date?.date) parts.push(`dated ${date.date}${date.source === 'inferred' ? ', inferred' : ''}`);
  return parts.join(', ');
}

/** `Last month` → `last month`, but `March` and `AFP` stay. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)
    ? text[0].toLowerCase() + text.slice(1)
    : text;
}

/** Longest quote shown for a related sentence. */
export const QUOTE_MAX = 140;

/**
 * The sentence `sentence` of `text`, cut to at most `max` characters around `value` at word boundaries,
 * with `…` where cut. The cut never ends before the value's end nor starts after its start.
 */
export function quoteAround(text: string, sentence: Span, value: Span | undefined, max = QUOTE_MAX): string {
  const whole = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return whole;
  const at = value && value.start >= sentence.start && value.end <= sentence.end ? value : { start: sentence.start, end: sentence.start };
  const room = Math.max(0, max - (at.end - at.start));
  let from = Math.max(sentence.start, at.start - Math.floor(room / 3));
  let to = Math.min(sentence.end, Math.max(at.end, from + max));
  if (to - from < max) from = Math.max(sentence.start, to - max);
  // Word boundaries: move inwards, never past the value.
  if (from > sentence.start) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < at.start) from = space + 1;
  }
  if (to < sentence.end) {
    const space = text.lastIndexOf(' ', to);
    if (space >= at.end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${body}${to < sentence.end ? '…' : ''}`;
}
