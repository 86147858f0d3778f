import {
  DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_PLACE_HEADS, LAST_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, SEATS_OF_GOVERNMENT,
  foldName, isKnownOrganization, isKnownPlace, isTitleHead,
} from './nameRules';
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

const ARTICLE = /^(the|a|an)$/;
const SPACES = /\s+/;

function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/**
 * Type of one mention (words [from, to) of `w`) from its own words and its immediate context (the
 * words before it and the two after it, -1 when there are none); voted over the folder later.
 * Evidence, strongest first: a title before it; a known organisation or sports team; a lowercase noun
 * after it (`Kherson region`, `Hamas government`); a known place; name nouns inside it; a given name;
 * an age or a verb of saying after a multi-word name; a place preposition before a one-word name.
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
    whole = lowers.join(' ');
  }
  const folded = foldName(whole);
  if (isKnownOrganization(folded) || SEATS_OF_GOVERNMENT.has(folded) || (lowers !== undefined && sportsTeam(lowers))) return 'organization';
  // A one-word town from the gazetteer is often also a surname (`Bush`, `Palin`): typed when the entity is
  // built, after surnames have found their people; the shorter lexicon of well-known places counts here.
  const place = lowers ? isKnownPlace(folded) : PLACE_NAMES.has(folded);
  // A given name first, or a lone surname: `Obama administration` is the person's, not an organisation.
  const personWord = lowers ? FIRST_NAMES.has(first) && !place : LAST_NAMES.has(first) || FIRST_NAMES.has(first);
  // Context right after the name outranks word lists: `Kherson region`, `the Dnieper army group`.
  if (after >= 0 && !w.cap(after)) {
    const afterLower = w.lower(after);
    if (GENERIC_PLACE_HEADS.has(afterLower)) return 'place';
    if (ORG_SUFFIXES.has(afterLower) || (afterNext >= 0 && !w.cap(afterNext) && ORG_SUFFIXES.has(w.lower(afterNext)) && !PLACE_SUFFIXES.has(afterLower))) {
      return personWord ? 'other' : 'organization';
    }
  }
  if (place) return 'place';
  if (lowers) {
    if (ORG_SUFFIXES.has(last) || (lowers.includes('of') && ORG_SUFFIXES.has(first))) return 'organization';
    if (PLACE_SUFFIXES.has(last) || (lowers.includes('of') && PLACE_SUFFIXES.has(first))) return 'place';
    if (DEMONYMS.has(first)) return 'organization';
  }
  // Appositive role: `Jane Roe, the secretary of …`, `John Doe, commander of …`; an age: `Torii Hunter, 33,`.
  if (commaAfter && after >= 0 && !w.cap(after)) {
    const afterLower = w.lower(after);
    if (isTitleHead(afterLower) || (ARTICLE.test(afterLower) && afterNext >= 0 && isTitleHead(w.lower(afterNext)))) return 'person';
  }
  if (commaAfter && after >= 0 && AGE.test(w.word(after)) && (lowers !== undefined || personWord)) return 'person';
  if (lowers && lowers.length === 2 && PLACE_PREFIXES.has(first) && !PLURAL.test(last)) return 'place';
  // A given name first (`France` in `France Telecom` only with a known surname after it).
  if (lowers && lowers.length <= 4 && FIRST_NAMES.has(first) && !lowers.some((l) => ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l)) && (!PLACE_NAMES.has(first) || LAST_NAMES.has(last))) return 'person';
  if (!lowers && LAST_NAMES.has(first)) return 'person';
  if (!lowers && w.isAcronym(from)) return 'organization';
  if (before >= 0 && !w.cap(before) && PLACE_PREPOSITIONS.has(w.lower(before)) && !lowers) return 'place';
  // `Wladimir Klitschko said`: two or three plain words before a verb of saying.
  if (lowers && lowers.length <= 3 && !commaAfter && after >= 0 && SAYING.has(w.lower(after)) && !lowers.some((l) => FUNCTION_WORDS.has(l))) return 'person';
  return 'other';
}

/** First words of place names (`Mount Cook`, `Lake Tahoe`, `Fort Worth`). */
const PLACE_PREFIXES = new Set(['mount', 'mt', 'lake', 'cape', 'fort', 'port', 'isle', 'gulf', 'bay', 'river']);
/** An age after a comma (`Jane Roe, 33,`). */
const AGE = /^(?:[1-9]\d?|1[01]\d)$/;
/** Verbs of saying right after a speaker's name. */
const SAYING = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'insisted', 'recalled', 'admitted', 'testified']);

/**
 * A city or region followed by a plural nickname (`Los Angeles Angels`, `Indianapolis Colts`,
 * `Philadelphia 76ers`; `of Anaheim` after it ignored): a sports team.
 */
function sportsTeam(lowers: readonly string[]): boolean {
  const of = lowers.indexOf('of');
  const n = of > 0 ? of : lowers.length;
  if (n < 2) return false;
  const nickname = lowers[n - 1];
  if (!PLURAL.test(nickname) || ORG_SUFFIXES.has(nickname) || PLACE_SUFFIXES.has(nickname) || GENERIC_PLACE_HEADS.has(nickname)) return false;
  const city = n === 2 ? lowers[0] : lowers.slice(0, n - 1).join(' ');
  return isKnownPlace(foldName(city)) && !isKnownPlace(foldName(n === lowers.length ? lowers.join(' ') : lowers.slice(0, n).join(' ')));
}
const PLURAL = /^[\p{L}\d]+[^s]s$/u;
