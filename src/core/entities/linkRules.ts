// The folder's name keys → merges in its union-find, one rule per kind of variant, most certain first:
// user aliases; spelling skeletons (`Zelensky`/`Zelenskyy`); transliterations (`Zeitoun`/`Zeitun`); a
// country's adjective (`Israeli`/`Israel Defense Forces`); one typo in a long word; generic heads and
// demonyms dropped (`Kherson Region` → `Kherson`); surnames to the one person; a bare head word to the one
// organisation or place; acronyms to the one name with their initials. Each rule merges only names whose
// types agree, and none merges a name with a different place that contains it (`Gaza City`, `Gaza`).
import { initials, nameKey, oneEditApart, skeleton } from './nameKeys';
import { addTo, isPluralWord, nicknameStart } from './linkTeams';
import { compatibleTypes, type KeyIndex, type NameKey, type UnionFind } from './nameKeyTable';
import {
  CORPORATE_SUFFIXES, COUNTRY_TABLE, DEMONYMS, FACILITY_HEADS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_PLACE_HEADS, SAME_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, isKnownPlace, isTitleWord,
} from '../mentions/names/nameRules';
import type { EntityType } from '../types';
import type { UserName } from './userNames';

// Unicode-property regexes at module level: bundlers targeting node turn a `\p{…}` literal into `new RegExp(…)`.
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese)$/u;
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?:['-]\p{L}+)*(?: \p{Lu}\p{Ll}+(?:['-]\p{L}+)*)+$/u;
const ALL_LETTERS = /^\p{L}+$/u;
const HYPHENATED_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const ACRONYM_FORM = /^[\p{Lu}.&-]{2,8}$/u;

export function linkUserAliases(list: NameKey[], index: KeyIndex, uf: UnionFind, userNames: readonly UserName[]): void {
  for (const u of userNames) {
    const present = [u.name, ...(u.aliases ?? [])].map((f) => index.get(nameKey(f))).filter((i): i is number => i !== undefined);
    for (const i of present.slice(1)) uf.union(present[0], i);
  }
  void list;
}

/** Same words up to transliteration (`Volodymyr Zelensky` = `Volodymyr Zelenskyy`). */
export function linkSkeletons(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  unionByKey(list, uf, compatible, skeletonKey);
}

/** The key's skeletons, one string. (Module functions, not closures: V8 optimises a closure made per call again and again.) */
function skeletonKey(k: NameKey): string {
  return k.skeletons.length === 1 ? k.skeletons[0] : k.skeletons.join(' ');
}

/** Links each name to the first earlier one with the same key (`undefined`: no key), when `compatible` allows. */
function unionByKey(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean, keyOf: (k: NameKey) => string | undefined): void {
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    const key = keyOf(k);
    if (key === undefined) continue;
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else if (compatible(i, j)) uf.union(j, i);
  }
}

/**
 * Spellings of one transliterated name (`Zeitoun`/`Zeitun`, `Khan Younis`/`Khan Yunis`, `Abu Askar`/`Abu Askhar`,
 * `Jabaliya`/`Jabalya`): equal skeletons once `ou`/`oo` read `u` and `kh`/`ph` read `k`/`f`. Only when the
 * context agrees: several words of which one is spelled the same, or one word typed by some mention, the
 * types agreeing.
 */
export function linkTransliterations(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const byLoose = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    let loose = '';
    for (const sk of k.skeletons) loose += loose ? ` ${looseSkeleton(sk)}` : looseSkeleton(sk);
    addTo(byLoose, loose, i);
  }
  for (const members of byLoose.values()) {
    if (members.length < 2 || members.length > 20) continue;
    for (let x = 1; x < members.length; x++) {
      const a = list[members[0]];
      const b = list[members[x]];
      const shared = a.tokens.length > 1 && a.tokens.some((t) => b.tokens.includes(t));
      const typed = a.type !== 'other' || b.type !== 'other';
      if ((shared || typed) && compatible(members[0], members[x])) uf.union(members[0], members[x]);
    }
  }
}

/**
 * A name with a country's adjective and the same name with the country (`Israeli Defence Forces` =
 * `Israel Defense Forces`): the adjective is the country plus `i`, `n`, `an` or `ian`.
 */
export function linkDemonymVariants(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  unionByKey(list, uf, compatible, demonymVariantKey);
}

/** The key's skeletons with each country adjective read as its country, one string; undefined for one word. */
function demonymVariantKey(k: NameKey): string | undefined {
  if (k.tokens.length < 2) return undefined;
  const parts: string[] = [];
  for (let x = 0; x < k.skeletons.length; x++) {
    const place = countryOfAdjective(k.tokens[x]);
    parts.push(place === undefined ? k.skeletons[x] : skeleton(place));
  }
  return parts.join(' ');
}

/** One typo or transliteration step in a long word, all other words equal (`Shevchenko`/`Shevtchenko`). */
export function linkNearSpellings(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.type === 'other' && k.tokens.length === 1) continue;
    // `2:ze vo`: the word count and each skeleton's first two letters.
    let b = `${k.tokens.length}:${k.skeletons[0].slice(0, 2)}`;
    for (let t = 1; t < k.skeletons.length; t++) b += ` ${k.skeletons[t].slice(0, 2)}`;
    const arr = buckets.get(b);
    if (arr) arr.push(i);
    else buckets.set(b, [i]);
  }
  for (const arr of buckets.values()) {
    if (arr.length < 2 || arr.length > 200) continue;
    for (let x = 0; x < arr.length; x++) {
      for (let y = x + 1; y < arr.length; y++) {
        const a = list[arr[x]];
        const b = list[arr[y]];
        let diffs = 0;
        for (let t = 0; t < a.skeletons.length && diffs < 2; t++) {
          const sa = a.skeletons[t];
          const sb = b.skeletons[t];
          if (sa === sb) continue;
          const plural = sa + 's' === sb || sb + 's' === sa;
          if (sa.length >= 7 && sb.length >= 7 && !plural && oneEditApart(sa, sb)) diffs++;
          else diffs = 2;
        }
        // Several words of which one differs, or one word that both mentions type alike (`Vassilis`/`Vassilios Saraliotis`).
        const agree = a.type === b.type || (a.tokens.length > 1 && (a.type === 'other' || b.type === 'other'));
        if (diffs === 1 && agree && compatible(arr[x], arr[y])) uf.union(arr[x], arr[y]);
      }
    }
  }
}

/** `Kherson Region` → `Kherson`; `Russian National Guard` → `National Guard`. */
export function linkDecorated(list: NameKey[], index: KeyIndex, uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length < 2) continue;
    const last = k.tokens[k.tokens.length - 1];
    // Keys have single spaces between words: all words but the last (or the first) are a slice of the key.
    const allButLast = k.key.slice(0, k.key.length - last.length - 1);
    if (SAME_PLACE_HEADS.has(last) && k.type !== 'organization' && k.type !== 'person') {
      const j = index.get(allButLast);
      if (j !== undefined && list[j].type !== 'person' && list[j].type !== 'organization' && compatible(i, j)) {
        uf.union(j, i);
        k.decorated = true;
        continue;
      }
    }
    // `Microsoft Corp.`, `T-Mobile USA` → `Microsoft`, `T-Mobile`.
    if ((CORPORATE_SUFFIXES.has(last) || PLACE_NAMES.has(last)) && k.type !== 'place' && joinDecorated(list, uf, compatible, k, i, index.get(allButLast))) continue;
    // `Russian National Guard`, `Malibu Promises Treatment Center` → the name without where it is from; an
    // organisation prefix only before a multi-word rest (in `RB Smith`, `RB` is a role, not an owner).
    const first = index.get(k.tokens[0]);
    const placePrefix = DEMONYMS.has(k.tokens[0]) || DEMONYM_SHAPE.test(k.tokens[0]) || PLACE_NAMES.has(k.tokens[0]) || countryInCapitals(k) || (first !== undefined && (list[first].type === 'place' || (list[first].type === 'organization' && k.tokens.length > 2)));
    // A building named with its town (`Malibu Promises Treatment Center`) is the building, a place too.
    if (placePrefix && (k.type !== 'place' || FACILITY_HEADS.has(last)) && joinDecorated(list, uf, compatible, k, i, index.get(k.key.slice(k.tokens[0].length + 1)))) continue;
    // `United States Federal Reserve`, `South Korean Navy` → `Federal Reserve`, `Navy`: a place of two words first.
    if (k.tokens.length >= 4 && k.type !== 'place' && k.type !== 'person' && isKnownPlace(`${k.tokens[0]} ${k.tokens[1]}`)) {
      if (joinDecorated(list, uf, compatible, k, i, index.get(k.key.slice(k.tokens[0].length + k.tokens[1].length + 2)))) continue;
    }
    // `Internet Explorer Web` (from `Internet Explorer Web browser`) → `Internet Explorer`: one plain word after a
    // name of several words that the folder mostly writes without it.
    if (k.tokens.length >= 3 && k.type === 'other' && !nameNoun(last)) {
      const j = index.get(allButLast);
      if (j !== undefined && list[j].count >= 2 * k.count && list[j].type !== 'place' && compatible(i, j)) {
        uf.union(j, i);
        k.decorated = true;
        // A word the folder also writes on its own (`Web sites`, `Web page`) is a mention of its own there.
        const alone = index.get(last);
        if (alone !== undefined && list[alone].count >= 2 * k.count) k.splitLast = alone;
      }
    }
  }
}

/** The name starts with a country written in capitals (`US Federal Reserve`, `U.S. Navy`, `UK Treasury`), not the pronoun `us`. */
function countryInCapitals(k: NameKey): boolean {
  return k.tokens.length >= 3 && COUNTRY_TABLE.has(k.tokens[0]) && k.forms.some((f) => CAPITALS_FIRST.test(f));
}
const CAPITALS_FIRST = /^(?:[A-Z]\.?){2,3}\s/;

/** A word that makes a name of the words before it (`Times`, `Region`, `Angels`-like plurals aside). */
function nameNoun(word: string): boolean {
  return ORG_SUFFIXES.has(word) || PLACE_SUFFIXES.has(word) || GENERIC_PLACE_HEADS.has(word) || PLACE_NAMES.has(word) || CORPORATE_SUFFIXES.has(word) || isTitleWord(word) || word.endsWith('s');
}

/** A surname with a particle (`Lo Presti`, `Van Dyke`) joins the one full name ending with it (`Gaetano Lo Presti`). */
export function linkParticleSurnames(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): void {
  const personLike = (i: number) => clusterType(i) === 'person' || clusterType(i) === 'other';
  const byTail = new Map<string, Set<number>>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    const n = k.tokens.length;
    if (n < 3 || !SURNAME_PARTICLES.has(k.tokens[n - 2]) || !personLike(i)) continue;
    const tail = k.skeletons.slice(-2).join(' ');
    let s = byTail.get(tail);
    if (!s) byTail.set(tail, (s = new Set()));
    s.add(i);
  }
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length !== 2 || !SURNAME_PARTICLES.has(k.tokens[0]) || !personLike(i)) continue;
    const candidates = byTail.get(k.skeletons.join(' '));
    if (!candidates) continue;
    const roots = new Set([...candidates].map((c) => uf.find(c)));
    if (roots.size === 1) uf.union([...roots][0], i);
  }
}

/**
 * A bare surname, or first-plus-last, joins the one person cluster whose full name ends with it.
 * Returns surnames shared by several people: resolved per document when entities are built.
 */
export function linkPersons(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): Map<number, number[]> {
  // Each key is added at most once under a given word: lists hold what sets would, in the same order.
  const bySurname = new Map<string, number[]>();
  const byFirstLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  // Untyped first-plus-last names (`Laci Peterson`): a relative of a named person with that surname claims only
  // its first name; otherwise, with a known surname, a person like any other.
  const untyped: { words: string[]; sk: string[]; i: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length < 2) continue;
    const type = clusterType(i);
    if (type !== 'person' && type !== 'other') continue;
    const sk: string[] = [];
    const words = personWords(k, sk);
    if (words.length < 2) continue;
    if (type === 'person' || FIRST_NAMES.has(words[0])) addPerson(bySurname, byFirst, byFirstLast, sk, i);
    else if (words.length === 2 && plainName(words, k.forms)) untyped.push({ words, sk, i });
  }
  // News calls a person by their surname alone (`Klitschko`): a plain two-word name whose last word the folder
  // also uses alone is a person's. When that word looks plural, it may be a team's nickname (`Valdora Comets`,
  // `Comets`) as well as a surname (`Timmons`): the name claims only its first name, and none from a known place.
  const singles = new Set<string>();
  if (untyped.length > 0) for (const k of list) if (k.tokens.length === 1) singles.add(k.key);
  for (const { words, sk, i } of untyped) {
    const [first, last] = sk;
    const alone = singles.has(words[1]);
    if (!bySurname.has(last) && (LAST_NAMES.has(words[1]) || (alone && !isPluralWord(words[1])))) addPerson(bySurname, byFirst, byFirstLast, sk, i);
    else if (bySurname.has(last) || (alone && nicknameStart(words) < 0)) {
      addTo(byFirst, first, i);
      addTo(byFirstLast, `${first} ${last}`, i);
    }
  }
  // Full names sharing first and last name are one person (`Barack Obama` = `Barack Hussein Obama`).
  for (const members of byFirstLast.values()) {
    for (let x = 1; x < members.length; x++) uf.union(members[0], members[x]);
  }
  const ambiguous = new Map<number, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length !== 1) continue;
    const t = clusterType(i);
    if (uf.hasMultiWord(i)) continue;
    // A company word that is also a named person's surname (`Ford` beside `Jo Ford`): the person where named.
    if (t === 'organization' && ORG_NAMES.has(k.key) && bySurname.has(k.skeletons[0])) {
      ambiguous.set(i, sortedRoots(uf, bySurname.get(k.skeletons[0])!));
      continue;
    }
    if (t !== 'person' && t !== 'other') continue;
    let candidates = bySurname.get(k.skeletons[0]);
    // A bare first name (`Laci`) stands for the person so named, unless it is also someone's surname; several
    // people so named: the one each document names.
    if (!candidates) candidates = byFirst.get(k.skeletons[0]);
    if (!candidates) continue;
    const roots = sortedRoots(uf, candidates);
    if (roots.length === 1) uf.union(roots[0], i);
    else ambiguous.set(i, roots);
  }
  return ambiguous;
}

/**
 * A bare word joins the one organisation or place name it begins (`Dnieper` → `Dnieper Group of Forces`
 * when the rest is generic) or ends (`Angels` → `Los Angeles Angels`), when the types agree.
 */
export function linkHeads(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType, ambiguous: Map<number, number[]>): void {
  // Each key is added at most once under a given word: lists hold what sets would, in the same order.
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length < 2 || clusterType(i) === 'person') continue;
    // The rest after the first word is all name nouns and joiners (or holds one).
    let allGeneric = true;
    let someNoun = false;
    for (let x = 1; x < k.tokens.length; x++) {
      const t = k.tokens[x];
      const noun = ORG_SUFFIXES.has(t) || PLACE_SUFFIXES.has(t);
      if (noun) someNoun = true;
      else if (allGeneric && !(t === 'of' || t === 'and' || ALL_LETTERS.test(t) === false)) allGeneric = false;
    }
    // `Gaza City` and `Gaza Strip` are other places than `Gaza`: a bare place word starts only a name with
    // a head that names the same place (`Kherson Region`).
    const placeHead = k.tokens.length === 2 && (PLACE_SUFFIXES.has(k.tokens[1]) || GENERIC_PLACE_HEADS.has(k.tokens[1])) && !SAME_PLACE_HEADS.has(k.tokens[1]);
    // `Woodburn Police Chief` is a role, not a name the bare word could stand for.
    const role = isTitleWord(k.tokens[k.tokens.length - 1]);
    if ((allGeneric || someNoun) && !placeHead && !role) addTo(byFirst, k.skeletons[0], i);
    // Team and company short names (`Colts` for `Indianapolis Colts`); never a place's last word (`Carolina`).
    const personLike = FIRST_NAMES.has(k.tokens[0]);
    if (k.splitLast !== undefined) continue;
    if (k.type === 'organization' || (k.type === 'other' && !personLike && !PLACE_SUFFIXES.has(k.tokens[k.tokens.length - 1]))) addTo(byLast, k.skeletons[k.skeletons.length - 1], i);
  }
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length !== 1 || FUNCTION_WORDS.has(k.key) || ambiguous.has(i)) continue;
    const firsts = byFirst.get(k.skeletons[0]);
    const lasts = byLast.get(k.skeletons[0]);
    // No name begins or ends with it: nothing to join (and nothing to look up).
    if (!firsts && !lasts) continue;
    const own = clusterType(i);
    if (own === 'person' || uf.hasMultiWord(i)) continue;
    const candidates = new Set<number>();
    const names: number[] = [];
    for (const from of [firsts, lasts]) {
      if (!from) continue;
      for (const c of from) {
        // A town is not the building named after it (`Wasilla`, `Wasilla Bible Church`).
        if (own === 'place' && FACILITY_HEADS.has(list[c].tokens[list[c].tokens.length - 1])) continue;
        if (compatibleTypes(own, clusterType(c))) {
          candidates.add(uf.find(c));
          names.push(c);
        }
      }
    }
    if (candidates.size === 1) uf.union([...candidates][0], i);
    else if (candidates.size > 1 && nested(list, names)) for (const c of names) uf.union(c, i);
  }
}

/**
 * `AMD` joins the one multi-word name with initials a-m-d; an acronym inside a name gives all its letters
 * (`UN Relief and Works Agency` → `unrwa`), and a name's words before `for`/`of`/`in` count alone too
 * (`UNRWA` = `UN Relief and Works Agency for Palestine Refugees`).
 */
export function linkAcronyms(list: NameKey[], uf: UnionFind): void {
  const byInitials = new Map<string, Set<number>>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    // `Hewlett-Packard` counts as two words.
    const compound = k.tokens.length === 1 && someForm(k, HYPHENATED_COMPOUND);
    if ((k.tokens.length < 2 && !compound) || k.type === 'person') continue;
    const words = k.forms[0].split(' ');
    if (words.length !== k.tokens.length) {
      addInitials(byInitials, initials(k.tokens), i);
      continue;
    }
    addInitials(byInitials, spelledInitials(k.tokens, words, k.tokens.length), i);
    const cut = k.tokens.findIndex((t, x) => x > 1 && (t === 'for' || t === 'of' || t === 'in'));
    if (cut > 1) addInitials(byInitials, spelledInitials(k.tokens, words, cut), i);
  }
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length !== 1 || k.type === 'person') continue;
    const upper = someForm(k, ACRONYM_FORM);
    if (!upper) continue;
    const names = byInitials.get(k.key.replace(/[&-]/g, ''));
    if (!names) continue;
    const candidates = new Set([...names].map((c) => uf.find(c)));
    if (candidates.size === 1) uf.union([...candidates][0], i);
    // Spellings of one long name (`UN Relief and Works Agency`, `United Nations Relief and Works Agency for
    // Palestine Refugees`): three or more initials and the same head word before any `for`/`of`/`in`.
    else if (k.key.length >= 3 && candidates.size <= 4 && sameHead(list, names)) for (const c of names) uf.union(c, i);
  }
}

// Helpers of the rules.

/** Files a person's name (its skeletons `sk`) under its surname, its first name and both. */
function addPerson(bySurname: Map<string, number[]>, byFirst: Map<string, number[]>, byFirstLast: Map<string, number[]>, sk: string[], i: number): void {
  addTo(bySurname, sk[sk.length - 1], i);
  addTo(byFirst, sk[0], i);
  addTo(byFirstLast, `${sk[0]} ${sk[sk.length - 1]}`, i);
}

/** Files name `i` under its initials `key` (two letters at least). */
function addInitials(byInitials: Map<string, Set<number>>, key: string, i: number): void {
  if (key.length < 2) return;
  let s = byInitials.get(key);
  if (!s) byInitials.set(key, (s = new Set()));
  s.add(i);
}

/** A skeleton with transliteration pairs folded (`zeitoun` → `zeitun`, `askhar` → `askar`). */
function looseSkeleton(sk: string): string {
  if (!sk.includes('ou') && !sk.includes('oo') && !sk.includes('kh') && !sk.includes('ph')) return sk;
  return sk.replace(/o[ou]/g, 'u').replace(/kh/g, 'k').replace(/ph/g, 'f');
}

/** `israeli` → `israel`, `russian` → `russia` (a known place), else undefined. */
function countryOfAdjective(word: string): string | undefined {
  for (const suffix of ['i', 'n', 'an', 'ian']) {
    if (word.length <= suffix.length + 2 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (isKnownPlace(stem)) return stem;
  }
  return undefined;
}

/** Key `i` (`k`) joins the shorter name `j` it decorates, unless `j` is a person or of an incompatible type. */
function joinDecorated(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean, k: NameKey, i: number, j: number | undefined): boolean {
  if (j === undefined || list[j].type === 'person' || !compatible(i, j)) return false;
  uf.union(j, i);
  k.decorated = true;
  return true;
}

const isInitial = (t: string) => t.length === 1;

const GENERATION_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The words of a person's name without initials and a final `Jr.`/`Sr.`/`III`; `sk` gets their skeletons
 * (the key's own, not looked up again).
 */
export function personWords(k: NameKey, sk: string[]): string[] {
  const words: string[] = [];
  for (let j = 0; j < k.tokens.length; j++) {
    if (isInitial(k.tokens[j])) continue;
    words.push(k.tokens[j]);
    sk.push(k.skeletons[j]);
  }
  if (words.length > 2 && GENERATION_SUFFIXES.has(words[words.length - 1])) {
    words.pop();
    sk.pop();
  }
  return words;
}

/** Title-case words, none a known place, organisation, demonym or name noun: shaped like a person's name. */
export function plainName(words: readonly string[], forms: readonly string[]): boolean {
  const titleCase = forms.some((f) => TITLE_CASE_NAME.test(f));
  return titleCase && words.every((w) => !PLACE_NAMES.has(w) && !ORG_NAMES.has(w) && !DEMONYMS.has(w) && !ORG_SUFFIXES.has(w) && !PLACE_SUFFIXES.has(w) && !FUNCTION_WORDS.has(w));
}


/** The distinct cluster roots of `members`, ascending. */
function sortedRoots(uf: UnionFind, members: readonly number[]): number[] {
  if (members.length === 1) return [uf.find(members[0])];
  const roots = members.map((c) => uf.find(c)).sort((a, b) => a - b);
  let n = 1;
  for (let x = 1; x < roots.length; x++) if (roots[x] !== roots[n - 1]) roots[n++] = roots[x];
  roots.length = n;
  return roots;
}

const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'lo', 'van', 'von', 'der', 'den', 'ter', 'ten', 'dos', 'das', 'bin', 'ibn', 'st']);

/** All names are the longest one less one word (`Orleans Saints` of `New Orleans Saints`): one name, cut by the finder. */
function nested(list: NameKey[], names: number[]): boolean {
  if (names.length > 6) return false;
  const longest = names.reduce((a, b) => (list[b].key.length > list[a].key.length ? b : a));
  const full = list[longest];
  if (full.tokens.includes('of')) return false;
  return names.every((c) => {
    const k = list[c];
    return c === longest || (k.tokens.length + 1 === full.tokens.length && (full.key.endsWith(` ${k.key}`) || full.key.startsWith(`${k.key} `)));
  });
}

function someForm(k: NameKey, re: RegExp): boolean {
  for (const f of k.forms) if (re.test(f)) return true;
  return false;
}

/** The names end with one word, or with one word before their first `for`/`of`/`in`. */
function sameHead(list: NameKey[], names: Set<number>): boolean {
  let head: string | undefined;
  for (const c of names) {
    const tokens = list[c].tokens;
    const cut = tokens.findIndex((t, x) => x > 1 && (t === 'for' || t === 'of' || t === 'in'));
    const h = tokens[(cut > 1 ? cut : tokens.length) - 1];
    if (head === undefined) head = h;
    else if (h !== head) return false;
  }
  return true;
}

/** Initials of the first `n` words, an all-capitals word (`UN`) giving all its letters. */
function spelledInitials(tokens: readonly string[], words: readonly string[], n: number): string {
  let out = '';
  for (let x = 0; x < n; x++) {
    const w = words[x].replace(/\./g, '');
    if (w.length >= 2 && w.length <= 4 && ACRONYM_WORD.test(w)) out += tokens[x].replace(/[^a-z]/g, '');
    else out += initials([tokens[x]]);
  }
  return out;
}

const ACRONYM_WORD = /^\p{Lu}+$/u;

