import { DEMONYMS, FIRST_NAMES, GENERIC_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, SEATS_OF_GOVERNMENT, isTitleHead } from './nameRules';
import type { EntityType } from '../../types';

/** Words of a sentence by index: the name finder keeps them as offsets and makes strings on demand. */
export interface WordView {
  /** The word as written. */
  word(i: number): string;
  /** The word is two to six capital letters (`NATO`). */
  isAcronym(i: number): boolean;
  lower(i: number): string;
  cap(i: number): boolean;
}

const COMBINING_MARK = /\p{M}/gu;
const ARTICLE = /^(the|a|an)$/;
const SPACES = /\s+/;
const NON_ASCII = /[^\x00-\x7f]/;

function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** First words of the seats of government (accents removed). */
const SEAT_FIRST_WORDS = new Set([...SEATS_OF_GOVERNMENT].map((seat) => seat.split(' ')[0]));

/** `whole` matches a seat of government, accents ignored (`Élysée`). */
function seatOfGovernment(whole: string): boolean {
  // NFD leaves ASCII text as it is: only other text needs normalising.
  return SEATS_OF_GOVERNMENT.has(NON_ASCII.test(whole) ? whole.normalize('NFD').replace(COMBINING_MARK, '') : whole);
}

/**
 * Type of one mention (words [from, to) of `w`) from its own words and its immediate context (the
 * words before it and the two after it, -1 when there are none); voted over the folder later.
 */
export function guessTypeHint(w: WordView, from: number, to: number, descriptors: string[], before: number, after: number, afterNext: number, commaAfter = false): EntityType {
  if (descriptors.length > 0 && descriptors.some((d) => d.split(SPACES).some((x) => isTitleHead(undotted(x.toLowerCase()))))) return 'person';
  // Most names are one word: no array or joined copy for them.
  const first = undotted(w.lower(from));
  let lowers: string[] | undefined;
  let last = first;
  let whole = first;
  if (to - from > 1) {
    lowers = [];
    for (let i = from; i < to; i++) lowers.push(undotted(w.lower(i)));
    last = lowers[lowers.length - 1];
    // The word lists hold single words: several words can only be a seat of government (`white house`).
    whole = SEAT_FIRST_WORDS.has(first) || NON_ASCII.test(first) ? lowers.join(' ') : '';
  }
  // Context right after the name outranks word lists: `Kherson region`, `the Dnieper army group`.
  if (after >= 0 && !w.cap(after)) {
    const afterLower = w.lower(after);
    if (GENERIC_PLACE_HEADS.has(afterLower)) return 'place';
    if (ORG_SUFFIXES.has(afterLower) || (afterNext >= 0 && !w.cap(afterNext) && ORG_SUFFIXES.has(w.lower(afterNext)) && !PLACE_SUFFIXES.has(afterLower))) return 'organization';
  }
  if (ORG_NAMES.has(whole) || seatOfGovernment(whole)) return 'organization';
  if (PLACE_NAMES.has(whole)) return 'place';
  if (lowers) {
    if (ORG_SUFFIXES.has(last) || (lowers.includes('of') && ORG_SUFFIXES.has(first))) return 'organization';
    if (PLACE_SUFFIXES.has(last) || (lowers.includes('of') && PLACE_SUFFIXES.has(first))) return 'place';
    if (DEMONYMS.has(first)) return 'organization';
  }
  // Appositive role: `Jane Roe, the secretary of …`, `John Doe, commander of …`.
  if (commaAfter && after >= 0 && !w.cap(after) && (isTitleHead(w.lower(after)) || (ARTICLE.test(w.lower(after)) && afterNext >= 0 && isTitleHead(w.lower(afterNext))))) return 'person';
  if (lowers && lowers.length <= 4 && FIRST_NAMES.has(first) && !lowers.some((l) => ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l))) return 'person';
  if (!lowers && LAST_NAMES.has(first)) return 'person';
  if (!lowers && w.isAcronym(from)) return 'organization';
  if (before >= 0 && !w.cap(before) && PLACE_PREPOSITIONS.has(w.lower(before)) && !lowers) return 'place';
  return 'other';
}
