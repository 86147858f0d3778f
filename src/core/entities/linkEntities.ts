import { initials, nameKey, oneEditApart, skeleton } from './nameKeys';
import {
  CORPORATE_SUFFIXES, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_PLACE_HEADS, SAME_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, foldName, isKnownPlace,
} from '../mentions/names/nameRules';
import type { DocumentAnalysis, Entity, EntityType, Mention, NameMention } from '../types';
import type { UserName } from './userNames';

// Unicode-property regexes at module level: bundlers targeting node turn a `\p{…}` literal into `new RegExp(…)`.
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese)$/u;
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?:['-]\p{L}+)*(?: \p{Lu}\p{Ll}+(?:['-]\p{L}+)*)+$/u;
const ALL_LETTERS = /^\p{L}+$/u;
const HYPHENATED_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const PLURAL_WORD = /^\p{L}+[^s]s$/u;
const ACRONYM_FORM = /^[\p{Lu}.&-]{2,8}$/u;

export interface LinkOptions {
  /** The workspace's names list: forces types and links the listed aliases. */
  userNames?: readonly UserName[];
}

/** Everything known about one distinct name string across the folder. */
interface NameKey {
  key: string;
  /** Place in the sorted key list (set once the list is sorted). */
  index: number;
  tokens: string[];
  skeletons: string[];
  /** Distinct surface forms in the order first seen, and how often each occurs (parallel; most keys have one). */
  forms: string[];
  formCounts: number[];
  /** This key's mentions: the first and last in the folder's mention chain (`Mentions.next`), and how many. */
  first: number;
  last: number;
  count: number;
  /** Mentions hinting a person, an organisation, a place (the only hints voted: `other` is no vote). */
  votePerson: number;
  voteOrganization: number;
  votePlace: number;
  /** Created on the first descriptor (most names have none). */
  descriptors?: Set<string>;
  type: EntityType;
  /** Mentions capitalised only by their place in a sentence (`NameMention.positional`). */
  positional: number;
  /** A variant of a shorter name (`Kherson Region`, `Russian National Guard`): never the canonical name. */
  decorated: boolean;
  userType?: EntityType;
}

/**
 * Links name mentions of all documents into entities. Work is done over distinct name strings (not
 * mentions), so a folder of thousands of articles costs little more than its vocabulary of names.
 * Rules, most certain first: same key; same spelling skeleton (`Zelensky`/`Zelenskyy`); generic place
 * word or demonym dropped (`Kherson Region` → `Kherson`, `Russian National Guard` → `National Guard`);
 * a bare surname or first-plus-last to the one person with that surname; a bare head word to the one
 * organisation or place it starts or ends; an acronym to the one name with those initials.
 */
export function linkEntities(docs: readonly DocumentAnalysis[], options: LinkOptions = {}): Entity[] {
  const { keys, chain } = collectKeys(docs);
  applyUserNames(keys, options.userNames ?? []);
  // Keys are distinct: the default sort (UTF-16 code units, no comparator calls) gives the same order as `<`.
  const list = [...keys.keys()].sort().map((key) => keys.get(key)!);
  const uf = new UnionFind(list);
  for (let i = 0; i < list.length; i++) list[i].index = i;
  // A key's place in `list`, read from the key map (no second map of every key).
  const index: KeyIndex = { get: (key) => keys.get(key)?.index };
  const clusterType = (i: number) => uf.type(i);
  const compatible = (a: number, b: number) => compatibleTypes(clusterType(a), clusterType(b));

  linkUserAliases(list, index, uf, options.userNames ?? []);
  linkSkeletons(list, uf, compatible);
  linkTransliterations(list, uf, compatible);
  linkDemonymVariants(list, uf, compatible);
  linkNearSpellings(list, uf, compatible);
  linkDecorated(list, index, uf, compatible);
  linkParticleSurnames(list, uf, clusterType);
  const ambiguous = linkPersons(list, uf, clusterType);
  linkHeads(list, uf, clusterType, ambiguous);
  linkAcronyms(list, uf);
  return buildEntities(list, uf, ambiguous, chain);
}

interface KeyIndex {
  get(key: string): number | undefined;
}

/**
 * Every linked mention of the folder with its file, in document order; `next` chains each key's mentions
 * (-1 ends a chain), so a key holds three numbers instead of two arrays.
 */
interface Mentions {
  mentions: NameMention[];
  files: string[];
  next: Int32Array;
}

function collectKeys(docs: readonly DocumentAnalysis[]): { keys: Map<string, NameKey>; chain: Mentions } {
  const keys = new Map<string, NameKey>();
  let total = 0;
  for (const doc of docs) total += doc.names.length;
  const chain: Mentions = { mentions: [], files: [], next: new Int32Array(total) };
  // Surface forms repeat a lot across a folder: normalise each distinct one once.
  const keyOf = new Map<string, string>();
  for (const doc of docs) {
    for (const name of doc.names) {
      if (name.typeHint === 'date' || name.typeHint === 'number') continue;
      let key = keyOf.get(name.text);
      if (key === undefined) keyOf.set(name.text, (key = nameKey(name.text)));
      if (!key) continue;
      let k = keys.get(key);
      if (!k) {
        // Keys have single spaces between words (nameKey collapses every run of white space).
        const tokens = key.includes(' ') ? key.split(' ') : [key];
        k = {
          key, index: -1, tokens, skeletons: tokens.map(skeleton), forms: [name.text], formCounts: [1], first: -1, last: -1, count: 0,
          votePerson: 0, voteOrganization: 0, votePlace: 0, type: 'other', positional: 0, decorated: false,
        };
        keys.set(key, k);
      } else {
        const form = k.forms.indexOf(name.text);
        if (form >= 0) k.formCounts[form]++;
        else {
          k.forms.push(name.text);
          k.formCounts.push(1);
        }
      }
      const m = chain.mentions.length;
      chain.mentions.push(name);
      chain.files.push(doc.file);
      chain.next[m] = -1;
      if (k.count === 0) k.first = m;
      else chain.next[k.last] = m;
      k.last = m;
      k.count++;
      if (name.positional) k.positional++;
      if (name.typeHint === 'person') k.votePerson++;
      else if (name.typeHint === 'organization') k.voteOrganization++;
      else if (name.typeHint === 'place') k.votePlace++;
      if (name.descriptors.length) {
        k.descriptors ??= new Set();
        for (const d of name.descriptors) k.descriptors.add(d);
      }
    }
  }
  dropPositionalWords(keys);
  for (const k of keys.values()) {
    // A type hinted by a few mentions out of many (`at Hansbrough` once, bare `Hansbrough` fifty times) is noise.
    const typed = k.votePerson + k.voteOrganization + k.votePlace;
    if (typed * 4 < k.count) k.votePerson = k.voteOrganization = k.votePlace = 0;
    k.type = winner(k.votePerson, k.voteOrganization, k.votePlace);
  }
  return { keys, chain };
}

/**
 * Drops one-word keys met only where a sentence or headline capitalises any word (`Earlier`, `Doctors`,
 * `Imagine`) unless the folder also writes the word inside a longer name (`Hansbrough` beside
 * `Tyler Hansbrough`). A word the folder capitalises mid-sentence has such a mention and stays.
 */
function dropPositionalWords(keys: Map<string, NameKey>): void {
  let any = false;
  for (const k of keys.values()) if (k.positional === k.count) any = true;
  if (!any) return;
  const inNames = new Set<string>();
  for (const k of keys.values()) if (k.tokens.length > 1 && k.positional < k.count) for (const w of k.tokens) inNames.add(w);
  for (const [key, k] of keys) if (k.positional === k.count && !inNames.has(key)) keys.delete(key);
}

/**
 * The most voted type, the first of person, organisation, place on a tie; `other` without votes (no
 * other type is ever voted).
 */
function winner(person: number, organization: number, place: number): EntityType {
  let best: EntityType = 'other';
  let bestCount = 0;
  if (person > bestCount) {
    best = 'person';
    bestCount = person;
  }
  if (organization > bestCount) {
    best = 'organization';
    bestCount = organization;
  }
  if (place > bestCount) best = 'place';
  return best;
}

function compatibleTypes(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

function applyUserNames(keys: Map<string, NameKey>, userNames: readonly UserName[]): void {
  for (const u of userNames) {
    if (!u.type) continue;
    for (const form of [u.name, ...(u.aliases ?? [])]) {
      const k = keys.get(nameKey(form));
      if (k) k.type = k.userType = u.type;
    }
  }
}

function linkUserAliases(list: NameKey[], index: KeyIndex, uf: UnionFind, userNames: readonly UserName[]): void {
  for (const u of userNames) {
    const present = [u.name, ...(u.aliases ?? [])].map((f) => index.get(nameKey(f))).filter((i): i is number => i !== undefined);
    for (const i of present.slice(1)) uf.union(present[0], i);
  }
  void list;
}

/** Same words up to transliteration (`Volodymyr Zelensky` = `Volodymyr Zelenskyy`). */
function linkSkeletons(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const bySkeleton = new Map<string, number>();
  list.forEach((k, i) => {
    const s = k.skeletons.length === 1 ? k.skeletons[0] : k.skeletons.join(' ');
    const j = bySkeleton.get(s);
    if (j === undefined) bySkeleton.set(s, i);
    else if (compatible(i, j)) uf.union(j, i);
  });
}

/**
 * Spellings of one transliterated name (`Zeitoun`/`Zeitun`, `Khan Younis`/`Khan Yunis`, `Abu Askar`/`Abu Askhar`,
 * `Jabaliya`/`Jabalya`): equal skeletons once `ou`/`oo` read `u` and `kh`/`ph` read `k`/`f`. Only when the
 * context agrees: several words of which one is spelled the same, or one word that both mentions type alike.
 */
function linkTransliterations(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const byLoose = new Map<string, number[]>();
  list.forEach((k, i) => {
    let loose = '';
    for (const sk of k.skeletons) loose += loose ? ` ${looseSkeleton(sk)}` : looseSkeleton(sk);
    addTo(byLoose, loose, i);
  });
  for (const members of byLoose.values()) {
    if (members.length < 2 || members.length > 20) continue;
    for (let x = 1; x < members.length; x++) {
      const a = list[members[0]];
      const b = list[members[x]];
      const shared = a.tokens.length > 1 && a.tokens.some((t) => b.tokens.includes(t));
      const sameType = a.type !== 'other' && a.type === b.type;
      if ((shared || sameType) && compatible(members[0], members[x])) uf.union(members[0], members[x]);
    }
  }
}

/** A skeleton with transliteration pairs folded (`zeitoun` → `zeitun`, `askhar` → `askar`). */
function looseSkeleton(sk: string): string {
  if (!sk.includes('ou') && !sk.includes('oo') && !sk.includes('kh') && !sk.includes('ph')) return sk;
  return sk.replace(/o[ou]/g, 'u').replace(/kh/g, 'k').replace(/ph/g, 'f');
}

/**
 * A name with a country's adjective and the same name with the country (`Israeli Defence Forces` =
 * `Israel Defense Forces`): the adjective is the country plus `i`, `n`, `an` or `ian`.
 */
function linkDemonymVariants(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const byForm = new Map<string, number>();
  list.forEach((k, i) => {
    if (k.tokens.length < 2) return;
    const form = k.skeletons.map((sk, x) => {
      const place = countryOfAdjective(k.tokens[x]);
      return place === undefined ? sk : skeleton(place);
    }).join(' ');
    const j = byForm.get(form);
    if (j === undefined) byForm.set(form, i);
    else if (compatible(i, j)) uf.union(j, i);
  });
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

/** One typo or transliteration step in a long word, all other words equal (`Shevchenko`/`Shevtchenko`). */
function linkNearSpellings(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const buckets = new Map<string, number[]>();
  list.forEach((k, i) => {
    if (k.type === 'other' && k.tokens.length === 1) return;
    // `2:ze vo`: the word count and each skeleton's first two letters.
    let b = `${k.tokens.length}:${k.skeletons[0].slice(0, 2)}`;
    for (let t = 1; t < k.skeletons.length; t++) b += ` ${k.skeletons[t].slice(0, 2)}`;
    const arr = buckets.get(b);
    if (arr) arr.push(i);
    else buckets.set(b, [i]);
  });
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
        if (diffs === 1 && a.type === b.type && compatible(arr[x], arr[y])) uf.union(arr[x], arr[y]);
      }
    }
  }
}

/** `Kherson Region` → `Kherson`; `Russian National Guard` → `National Guard`. */
function linkDecorated(list: NameKey[], index: KeyIndex, uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  list.forEach((k, i) => {
    if (k.tokens.length < 2) return;
    const last = k.tokens[k.tokens.length - 1];
    // Keys have single spaces between words: all words but the last (or the first) are a slice of the key.
    const allButLast = k.key.slice(0, k.key.length - last.length - 1);
    if (SAME_PLACE_HEADS.has(last) && k.type !== 'organization' && k.type !== 'person') {
      const j = index.get(allButLast);
      if (j !== undefined && list[j].type !== 'person' && list[j].type !== 'organization' && compatible(i, j)) {
        uf.union(j, i);
        k.decorated = true;
        return;
      }
    }
    // `Microsoft Corp.`, `T-Mobile USA` → `Microsoft`, `T-Mobile`.
    if ((CORPORATE_SUFFIXES.has(last) || PLACE_NAMES.has(last)) && k.type !== 'place' && joinDecorated(list, uf, compatible, k, i, index.get(allButLast))) return;
    // `Russian National Guard`, `Malibu Promises Treatment Center` → the name without where it is from; an
    // organisation prefix only before a multi-word rest (in `RB Smith`, `RB` is a role, not an owner).
    const first = index.get(k.tokens[0]);
    const placePrefix = DEMONYMS.has(k.tokens[0]) || DEMONYM_SHAPE.test(k.tokens[0]) || PLACE_NAMES.has(k.tokens[0]) || (first !== undefined && (list[first].type === 'place' || (list[first].type === 'organization' && k.tokens.length > 2)));
    if (placePrefix && k.type !== 'place') joinDecorated(list, uf, compatible, k, i, index.get(k.key.slice(k.tokens[0].length + 1)));
  });
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
function personWords(k: NameKey, sk: string[]): string[] {
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
function plainName(words: readonly string[], forms: readonly string[]): boolean {
  const titleCase = forms.some((f) => TITLE_CASE_NAME.test(f));
  return titleCase && words.every((w) => !PLACE_NAMES.has(w) && !ORG_NAMES.has(w) && !DEMONYMS.has(w) && !ORG_SUFFIXES.has(w) && !PLACE_SUFFIXES.has(w) && !FUNCTION_WORDS.has(w));
}

/**
 * A bare surname, or first-plus-last, joins the one person cluster whose full name ends with it.
 * Returns surnames shared by several people: resolved per document when entities are built.
 */
function linkPersons(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): Map<number, number[]> {
  // Each key is added at most once under a given word: lists hold what sets would, in the same order.
  const bySurname = new Map<string, number[]>();
  const byFirstLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const addPerson = (sk: string[], i: number) => {
    addTo(bySurname, sk[sk.length - 1], i);
    addTo(byFirst, sk[0], i);
    addTo(byFirstLast, `${sk[0]} ${sk[sk.length - 1]}`, i);
  };
  // Untyped first-plus-last names (`Laci Peterson`): a relative of a named person with that surname claims only
  // its first name; otherwise, with a known surname, a person like any other.
  const untyped: { words: string[]; sk: string[]; i: number }[] = [];
  list.forEach((k, i) => {
    if (k.tokens.length < 2) return;
    const type = clusterType(i);
    if (type !== 'person' && type !== 'other') return;
    const sk: string[] = [];
    const words = personWords(k, sk);
    if (words.length < 2) return;
    if (type === 'person' || FIRST_NAMES.has(words[0])) addPerson(sk, i);
    else if (words.length === 2 && plainName(words, k.forms)) untyped.push({ words, sk, i });
  });
  for (const { words, sk, i } of untyped) {
    const [first, last] = sk;
    if (bySurname.has(last)) {
      addTo(byFirst, first, i);
      addTo(byFirstLast, `${first} ${last}`, i);
    } else if (LAST_NAMES.has(words[1])) addPerson(sk, i);
  }
  // Full names sharing first and last name are one person (`Barack Obama` = `Barack Hussein Obama`).
  for (const members of byFirstLast.values()) {
    for (let x = 1; x < members.length; x++) uf.union(members[0], members[x]);
  }
  const ambiguous = new Map<number, number[]>();
  list.forEach((k, i) => {
    if (k.tokens.length !== 1) return;
    const t = clusterType(i);
    if (uf.hasMultiWord(i)) return;
    // A company word that is also a named person's surname (`Ford` beside `Jo Ford`): the person where named.
    if (t === 'organization' && ORG_NAMES.has(k.key) && bySurname.has(k.skeletons[0])) {
      ambiguous.set(i, sortedRoots(uf, bySurname.get(k.skeletons[0])!));
      return;
    }
    if (t !== 'person' && t !== 'other') return;
    let candidates = bySurname.get(k.skeletons[0]);
    // A bare first name (`Laci`) stands for the one person so named, unless it is also someone's surname.
    if (!candidates && (FIRST_NAMES.has(k.key) || byFirst.get(k.skeletons[0])?.length === 1)) candidates = byFirst.get(k.skeletons[0]);
    if (!candidates) return;
    const roots = sortedRoots(uf, candidates);
    if (roots.length === 1) uf.union(roots[0], i);
    else ambiguous.set(i, roots);
  });
  return ambiguous;
}

function addTo(m: Map<string, number[]>, key: string, i: number): void {
  const list = m.get(key);
  if (list) list.push(i);
  else m.set(key, [i]);
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

/** A surname with a particle (`Lo Presti`, `Van Dyke`) joins the one full name ending with it (`Gaetano Lo Presti`). */
function linkParticleSurnames(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): void {
  const personLike = (i: number) => clusterType(i) === 'person' || clusterType(i) === 'other';
  const byTail = new Map<string, Set<number>>();
  list.forEach((k, i) => {
    const n = k.tokens.length;
    if (n < 3 || !SURNAME_PARTICLES.has(k.tokens[n - 2]) || !personLike(i)) return;
    const tail = k.skeletons.slice(-2).join(' ');
    let s = byTail.get(tail);
    if (!s) byTail.set(tail, (s = new Set()));
    s.add(i);
  });
  list.forEach((k, i) => {
    if (k.tokens.length !== 2 || !SURNAME_PARTICLES.has(k.tokens[0]) || !personLike(i)) return;
    const candidates = byTail.get(k.skeletons.join(' '));
    if (!candidates) return;
    const roots = new Set([...candidates].map((c) => uf.find(c)));
    if (roots.size === 1) uf.union([...roots][0], i);
  });
}

/**
 * A bare word joins the one organisation or place name it begins (`Dnieper` → `Dnieper Group of Forces`
 * when the rest is generic) or ends (`Angels` → `Los Angeles Angels`), when the types agree.
 */
function linkHeads(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType, ambiguous: Map<number, number[]>): void {
  // Each key is added at most once under a given word: lists hold what sets would, in the same order.
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  list.forEach((k, i) => {
    if (k.tokens.length < 2 || clusterType(i) === 'person') return;
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
    if ((allGeneric || someNoun) && !placeHead) addTo(byFirst, k.skeletons[0], i);
    // Team and company short names (`Colts` for `Indianapolis Colts`); never a place's last word (`Carolina`).
    const personLike = FIRST_NAMES.has(k.tokens[0]);
    if (k.type === 'organization' || (k.type === 'other' && !personLike && !PLACE_SUFFIXES.has(k.tokens[k.tokens.length - 1]))) addTo(byLast, k.skeletons[k.skeletons.length - 1], i);
  });
  list.forEach((k, i) => {
    if (k.tokens.length !== 1 || FUNCTION_WORDS.has(k.key) || ambiguous.has(i)) return;
    const firsts = byFirst.get(k.skeletons[0]);
    const lasts = byLast.get(k.skeletons[0]);
    // No name begins or ends with it: nothing to join (and nothing to look up).
    if (!firsts && !lasts) return;
    const own = clusterType(i);
    if (own === 'person' || uf.hasMultiWord(i)) return;
    const candidates = new Set<number>();
    const names: number[] = [];
    for (const from of [firsts, lasts]) {
      if (!from) continue;
      for (const c of from) {
        if (compatibleTypes(own, clusterType(c))) {
          candidates.add(uf.find(c));
          names.push(c);
        }
      }
    }
    if (candidates.size === 1) uf.union([...candidates][0], i);
    else if (candidates.size > 1 && nested(list, names)) for (const c of names) uf.union(c, i);
  });
}

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

/**
 * `AMD` joins the one multi-word name with initials a-m-d; an acronym inside a name gives all its letters
 * (`UN Relief and Works Agency` → `unrwa`), and a name's words before `for`/`of`/`in` count alone too
 * (`UNRWA` = `UN Relief and Works Agency for Palestine Refugees`).
 */
function linkAcronyms(list: NameKey[], uf: UnionFind): void {
  const byInitials = new Map<string, Set<number>>();
  const add = (key: string, i: number) => {
    if (key.length < 2) return;
    let s = byInitials.get(key);
    if (!s) byInitials.set(key, (s = new Set()));
    s.add(i);
  };
  list.forEach((k, i) => {
    // `Hewlett-Packard` counts as two words.
    const compound = k.tokens.length === 1 && someForm(k, HYPHENATED_COMPOUND);
    if ((k.tokens.length < 2 && !compound) || k.type === 'person') return;
    const words = k.forms[0].split(' ');
    if (words.length !== k.tokens.length) {
      add(initials(k.tokens), i);
      return;
    }
    add(spelledInitials(k.tokens, words, k.tokens.length), i);
    const cut = k.tokens.findIndex((t, x) => x > 1 && (t === 'for' || t === 'of' || t === 'in'));
    if (cut > 1) add(spelledInitials(k.tokens, words, cut), i);
  });
  list.forEach((k, i) => {
    if (k.tokens.length !== 1 || k.type === 'person') return;
    const upper = someForm(k, ACRONYM_FORM);
    if (!upper) return;
    const names = byInitials.get(k.key.replace(/[&-]/g, ''));
    if (!names) return;
    const candidates = new Set([...names].map((c) => uf.find(c)));
    if (candidates.size === 1) uf.union([...candidates][0], i);
    // Spellings of one long name (`UN Relief and Works Agency`, `United Nations Relief and Works Agency for
    // Palestine Refugees`): three or more initials and the same head word before any `for`/`of`/`in`.
    else if (k.key.length >= 3 && candidates.size <= 4 && sameHead(list, names)) for (const c of names) uf.union(c, i);
  });
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

function buildEntities(list: NameKey[], uf: UnionFind, ambiguous: Map<number, number[]>, chain: Mentions): Entity[] {
  // Clusters by their root (the smallest index in them), members chained in list order; no Map or array per cluster.
  const n = list.length;
  const firstMember = new Int32Array(n).fill(-1);
  const lastMember = new Int32Array(n);
  const nextMember = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  // How often the folder mentions each cluster (0 for an index that is no root).
  const countOf = new Int32Array(n);
  const rootOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    rootOf[i] = r;
    if (firstMember[r] < 0) firstMember[r] = i;
    else nextMember[lastMember[r]] = i;
    lastMember[r] = i;
    size[r]++;
    countOf[r] += list[i].count;
  }
  const mentionsOf: (Mention[] | undefined)[] = new Array(n).fill(undefined);
  // Which files mention each person: resolves shared surnames. Only clusters a shared surname may go to need
  // their files: built when first asked.
  const filesOf = new Map<number, Set<string>>();
  const positions = (root: number, file: string): boolean => {
    let files = filesOf.get(root);
    if (!files) {
      files = new Set();
      for (let i = firstMember[root]; i >= 0; i = nextMember[i]) for (let m = list[i].first; m >= 0; m = chain.next[m]) files.add(chain.files[m]);
      filesOf.set(root, files);
    }
    return files.has(file);
  };
  for (let i = 0; i < n; i++) {
    const k = list[i];
    const candidates = ambiguous.get(i);
    const root = rootOf[i];
    for (let m = k.first; m >= 0; m = chain.next[m]) {
      const file = chain.files[m];
      let target = root;
      if (candidates && root === i && size[i] === 1) {
        // The most mentioned of the people with this surname present in the document (the story's subject,
        // not the relative quoted once); none present: the surname stays on its own.
        let best = -1;
        let bestCount = 0;
        for (const c of candidates) {
          if (!positions(c, file)) continue;
          const count = countOf[c];
          if (count > bestCount) [best, bestCount] = [c, count];
        }
        if (best >= 0) target = best;
      }
      const name = chain.mentions[m];
      const mention: Mention = { file, start: name.start, end: name.end, text: name.text, sentence: name.sentence };
      const arr = mentionsOf[target];
      if (arr) arr.push(mention);
      else mentionsOf[target] = [mention];
    }
  }
  const entities: Entity[] = [];
  for (let root = 0; root < n; root++) {
    if (firstMember[root] < 0) continue;
    const mentions = mentionsOf[root];
    if (!mentions?.length) continue;
    // Mentions arrive in folder order, by file and offset unless files are out of name order or keys interleave.
    if (!inFileOrder(mentions)) mentions.sort(byFileAndStart);
    const single = nextMember[root] < 0;
    const keys: NameKey[] = single ? [list[root]] : [];
    let person = 0;
    let organization = 0;
    let place = 0;
    let userType: EntityType | undefined;
    for (let i = firstMember[root]; i >= 0; i = nextMember[i]) {
      const k = list[i];
      if (!single) keys.push(k);
      person += k.votePerson;
      organization += k.voteOrganization;
      place += k.votePlace;
      userType ??= k.userType;
    }
    const voted = winner(person, organization, place);
    entities.push({
      id: '',
      name: canonicalName(keys),
      type: userType ?? (voted === 'other' ? typeFromWords(keys) : voted),
      aliases: distinctTexts(mentions),
      descriptors: distinctDescriptors(keys),
      mentions,
    });
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.mentions[0].file < b.mentions[0].file ? -1 : 1));
  return entities;
}

/**
 * Type of a cluster no mention voted for, from its words alone: a gazetteer place (`Bakhmut`), or a person's
 * name shape (two or three plain title-case words, one of them also used alone: `Wladimir Klitschko` and
 * `Klitschko`, as news refers to people by surname).
 */
function typeFromWords(keys: readonly NameKey[]): EntityType {
  for (const k of keys) if (k.tokens.length === 1 && isKnownPlace(foldName(k.key))) return 'place';
  const singles = new Set<string>();
  for (const k of keys) if (k.tokens.length === 1) singles.add(k.key);
  for (const k of keys) {
    const n = k.tokens.length;
    if (n < 2 || n > 3 || isKnownPlace(foldName(k.key))) continue;
    const sk: string[] = [];
    const words = personWords(k, sk);
    if (words.length < 2 || !plainName(words, k.forms)) continue;
    const last = words[words.length - 1];
    // A plural last word used alone is a team's nickname (`Tar Heels`, `Heels`), not a surname.
    if (FIRST_NAMES.has(words[0]) || singles.has(words[0]) || (singles.has(last) && (LAST_NAMES.has(last) || !PLURAL_WORD.test(last)))) return 'person';
  }
  return 'other';
}

function byFileAndStart(a: Mention, b: Mention): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

/** Already sorted by `byFileAndStart` (then sorting would change nothing). */
function inFileOrder(mentions: readonly Mention[]): boolean {
  for (let x = 1; x < mentions.length; x++) if (byFileAndStart(mentions[x - 1], mentions[x]) > 0) return false;
  return true;
}

/** The distinct mention texts, sorted (most entities have one). */
function distinctTexts(mentions: readonly Mention[]): string[] {
  const first = mentions[0].text;
  let x = 1;
  while (x < mentions.length && mentions[x].text === first) x++;
  if (x === mentions.length) return [first];
  const seen = new Set<string>();
  for (const m of mentions) seen.add(m.text);
  return [...seen].sort();
}

function distinctDescriptors(keys: readonly NameKey[]): string[] {
  let only: Set<string> | undefined;
  let several = false;
  for (const k of keys) {
    if (!k.descriptors) continue;
    if (only) several = true;
    only = k.descriptors;
  }
  if (!only) return [];
  if (!several) return [...only].sort();
  const seen = new Set<string>();
  for (const k of keys) if (k.descriptors) for (const d of k.descriptors) seen.add(d);
  return [...seen].sort();
}

/**
 * The longest undecorated form (most words, then most characters, then most used, then alphabetical).
 * A form belongs to one key, so this order has a single first element: one pass finds it.
 */
function canonicalName(keys: NameKey[]): string {
  const anyPlain = keys.some((k) => !k.decorated);
  let bestForm: string | undefined;
  let bestCount = 0;
  let bestWords = 0;
  for (const k of keys) {
    if (anyPlain && k.decorated) continue;
    const words = k.tokens.length;
    for (let x = 0; x < k.forms.length; x++) {
      const form = k.forms[x];
      const count = k.formCounts[x];
      if (
        bestForm === undefined ||
        (words - bestWords || form.length - bestForm.length || count - bestCount || (bestForm < form ? -1 : bestForm > form ? 1 : 0)) > 0
      ) {
        bestForm = form;
        bestCount = count;
        bestWords = words;
      }
    }
  }
  return bestForm!;
}

/** Union-find over name keys that keeps, per cluster, the summed type votes and whether it has a multi-word name. */
class UnionFind {
  private readonly parent: Int32Array;
  /** Per cluster root: person, organisation and place votes at 3 * root. */
  private readonly votes: Int32Array;
  private readonly fixedType: (EntityType | undefined)[];
  private readonly multiWord: Uint8Array;
  constructor(list: readonly NameKey[]) {
    const n = list.length;
    this.parent = new Int32Array(n);
    this.votes = new Int32Array(3 * n);
    this.fixedType = new Array(n).fill(undefined);
    this.multiWord = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = list[i];
      this.parent[i] = i;
      this.votes[3 * i] = k.votePerson;
      this.votes[3 * i + 1] = k.voteOrganization;
      this.votes[3 * i + 2] = k.votePlace;
      this.fixedType[i] = k.userType;
      this.multiWord[i] = k.tokens.length > 1 ? 1 : 0;
    }
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  /** The smaller index stays root, so results do not depend on the order of unions. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = ra < rb ? ra : rb;
    const child = ra < rb ? rb : ra;
    this.parent[child] = root;
    this.votes[3 * root] += this.votes[3 * child];
    this.votes[3 * root + 1] += this.votes[3 * child + 1];
    this.votes[3 * root + 2] += this.votes[3 * child + 2];
    this.fixedType[root] ??= this.fixedType[child];
    this.multiWord[root] |= this.multiWord[child];
  }
  type(i: number): EntityType {
    const root = this.find(i);
    return this.fixedType[root] ?? winner(this.votes[3 * root], this.votes[3 * root + 1], this.votes[3 * root + 2]);
  }
  hasMultiWord(i: number): boolean {
    return this.multiWord[this.find(i)] !== 0;
  }
}
