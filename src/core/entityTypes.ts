import { DEMONYMS, FIRST_NAMES, GENERIC_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, SEATS_OF_GOVERNMENT, isTitleHead } from './nameRules';
import type { EntityType } from './types';

interface Word {
  text: string;
  lower: string;
  cap: boolean;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const COMBINING_MARK = /\p{M}/gu;
const ARTICLE = /^(the|a|an)$/;
const SPACES = /\s+/;
const NON_ASCII = /[^\x00-\x7f]/;

function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** `whole` matches a seat of government, accents ignored (`Élysée`). */
function seatOfGovernment(whole: string): boolean {
  // NFD leaves ASCII text as it is: only other text needs normalising.
  return SEATS_OF_GOVERNMENT.has(NON_ASCII.test(whole) ? whole.normalize('NFD').replace(COMBINING_MARK, '') : whole);
}

/** Type of one mention from its own words and its immediate context (voted over the folder later). */
export function guessTypeHint(name: Word[], descriptors: string[], before?: Word, after?: Word, afterNext?: Word, commaAfter = false): EntityType {
  if (descriptors.length > 0 && descriptors.some((d) => d.split(SPACES).some((w) => isTitleHead(undotted(w.toLowerCase()))))) return 'person';
  // Most names are one word: no array or joined copy for them.
  const first = undotted(name[0].lower);
  const lowers = name.length === 1 ? [first] : name.map((w) => undotted(w.lower));
  const last = lowers[lowers.length - 1];
  const whole = name.length === 1 ? first : lowers.join(' ');
  // Context right after the name outranks word lists: `Kherson region`, `the Dnieper army group`.
  if (after && !after.cap) {
    if (GENERIC_PLACE_HEADS.has(after.lower)) return 'place';
    if (ORG_SUFFIXES.has(after.lower) || (afterNext && !afterNext.cap && ORG_SUFFIXES.has(afterNext.lower) && !PLACE_SUFFIXES.has(after.lower))) return 'organization';
  }
  if (ORG_NAMES.has(whole) || seatOfGovernment(whole)) return 'organization';
  if (PLACE_NAMES.has(whole)) return 'place';
  if (lowers.length > 1) {
    if (ORG_SUFFIXES.has(last) || (lowers.includes('of') && ORG_SUFFIXES.has(first))) return 'organization';
    if (PLACE_SUFFIXES.has(last) || (lowers.includes('of') && PLACE_SUFFIXES.has(first))) return 'place';
    if (DEMONYMS.has(first) && lowers.length > 1) return 'organization';
  }
  // Appositive role: `Jane Roe, the secretary of …`, `John Doe, commander of …`.
  if (commaAfter && after && !after.cap && (isTitleHead(after.lower) || (ARTICLE.test(after.lower) && afterNext && isTitleHead(afterNext.lower)))) return 'person';
  if (lowers.length >= 2 && lowers.length <= 4 && FIRST_NAMES.has(first) && !lowers.some((l) => ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l))) return 'person';
  if (lowers.length === 1 && LAST_NAMES.has(first)) return 'person';
  if (lowers.length === 1 && ACRONYM.test(name[0].text)) return 'organization';
  if (before && !before.cap && PLACE_PREPOSITIONS.has(before.lower) && lowers.length === 1) return 'place';
  return 'other';
}
