import { initials, nameKey, oneEditApart, skeleton } from './nameKeys';
import { CORPORATE_SUFFIXES, DEMONYMS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES } from './nameRules';
import type { DocumentAnalysis, Entity, EntityType, Mention, NameMention } from './types';
import type { UserName } from './userNames';

// Unicode-property regexes at module level: bundlers targeting node turn a `\p{…}` literal into `new RegExp(…)`.
const DEMONYM_SHAPE = /^\p{L}+(?:ian|ean|ese)$/u;
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?:['-]\p{L}+)*(?: \p{Lu}\p{Ll}+(?:['-]\p{L}+)*)+$/u;
const ALL_LETTERS = /^\p{L}+$/u;
const HYPHENATED_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const ACRONYM_FORM = /^[\p{Lu}.&-]{2,8}$/u;

export interface LinkOptions {
  /** The workspace's names list: forces types and links the listed aliases. */
  userNames?: readonly UserName[];
}

/** Everything known about one distinct name string across the folder. */
interface NameKey {
  key: string;
  tokens: string[];
  skeletons: string[];
  forms: Map<string, number>;
  mentions: NameMention[];
  /** The file of each mention (parallel to `mentions`: no wrapper object per mention). */
  files: string[];
  /** Mentions hinting each type, indexed like TYPE_ORDER. */
  votes: number[];
  /** Created on the first descriptor (most names have none). */
  descriptors?: Set<string>;
  type: EntityType;
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
  const keys = collectKeys(docs);
  applyUserNames(keys, options.userNames ?? []);
  // Keys are distinct: the default sort (UTF-16 code units, no comparator calls) gives the same order as `<`.
  const list = [...keys.keys()].sort().map((key) => keys.get(key)!);
  const uf = new UnionFind(list);
  const index = new Map<string, number>();
  for (let i = 0; i < list.length; i++) index.set(list[i].key, i);
  const clusterType = (i: number) => uf.type(i);
  const compatible = (a: number, b: number) => compatibleTypes(clusterType(a), clusterType(b));

  linkUserAliases(list, index, uf, options.userNames ?? []);
  linkSkeletons(list, uf, compatible);
  linkNearSpellings(list, uf, compatible);
  linkDecorated(list, index, uf, compatible);
  linkParticleSurnames(list, uf, clusterType);
  const ambiguous = linkPersons(list, uf, clusterType);
  linkHeads(list, uf, clusterType, ambiguous);
  linkAcronyms(list, uf);
  return buildEntities(list, uf, ambiguous);
}

function collectKeys(docs: readonly DocumentAnalysis[]): Map<string, NameKey> {
  const keys = new Map<string, NameKey>();
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
        k = { key, tokens, skeletons: tokens.map(skeleton), forms: new Map(), mentions: [], files: [], votes: noVotes(), type: 'other', decorated: false };
        keys.set(key, k);
      }
      k.forms.set(name.text, (k.forms.get(name.text) ?? 0) + 1);
      k.mentions.push(name);
      k.files.push(doc.file);
      if (name.typeHint !== 'other') k.votes[TYPE_INDEX[name.typeHint]]++;
      if (name.descriptors.length) {
        k.descriptors ??= new Set();
        for (const d of name.descriptors) k.descriptors.add(d);
      }
    }
  }
  for (const k of keys.values()) {
    // A type hinted by a few mentions out of many (`at Hansbrough` once, bare `Hansbrough` fifty times) is noise.
    let typed = 0;
    for (const n of k.votes) typed += n;
    if (typed * 4 < k.mentions.length) k.votes.fill(0);
    k.type = winner(k.votes);
  }
  return keys;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'other', 'date', 'number'];

const TYPE_INDEX: Record<EntityType, number> = { person: 0, organization: 1, place: 2, other: 3, date: 4, number: 5 };

function noVotes(): number[] {
  return [0, 0, 0, 0, 0, 0];
}

function addVotes(to: number[], from: readonly number[]): void {
  for (let i = 0; i < TYPE_ORDER.length; i++) to[i] += from[i];
}

function winner(votes: readonly number[]): EntityType {
  let best: EntityType = 'other';
  let bestCount = 0;
  for (let i = 0; i < TYPE_ORDER.length; i++) {
    const n = votes[i];
    if (n > bestCount) [best, bestCount] = [TYPE_ORDER[i], n];
  }
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

function linkUserAliases(list: NameKey[], index: Map<string, number>, uf: UnionFind, userNames: readonly UserName[]): void {
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
    const s = k.skeletons.join(' ');
    const j = bySkeleton.get(s);
    if (j === undefined) bySkeleton.set(s, i);
    else if (compatible(i, j)) uf.union(j, i);
  });
}

/** One typo or transliteration step in a long word, all other words equal (`Shevchenko`/`Shevtchenko`). */
function linkNearSpellings(list: NameKey[], uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  const buckets = new Map<string, number[]>();
  list.forEach((k, i) => {
    if (k.type === 'other' && k.tokens.length === 1) return;
    const b = `${k.tokens.length}:${k.skeletons.map((s) => s.slice(0, 2)).join(' ')}`;
    let arr = buckets.get(b);
    if (!arr) buckets.set(b, (arr = []));
    arr.push(i);
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
function linkDecorated(list: NameKey[], index: Map<string, number>, uf: UnionFind, compatible: (a: number, b: number) => boolean): void {
  list.forEach((k, i) => {
    if (k.tokens.length < 2) return;
    const last = k.tokens[k.tokens.length - 1];
    if (GENERIC_PLACE_HEADS.has(last) && k.type !== 'organization' && k.type !== 'person') {
      const j = index.get(k.tokens.slice(0, -1).join(' '));
      if (j !== undefined && list[j].type !== 'person' && list[j].type !== 'organization' && compatible(i, j)) {
        uf.union(j, i);
        k.decorated = true;
        return;
      }
    }
    const join = (j: number | undefined): boolean => {
      if (j === undefined || list[j].type === 'person' || !compatible(i, j)) return false;
      uf.union(j, i);
      k.decorated = true;
      return true;
    };
    // `Microsoft Corp.`, `T-Mobile USA` → `Microsoft`, `T-Mobile`.
    if ((CORPORATE_SUFFIXES.has(last) || PLACE_NAMES.has(last)) && k.type !== 'place' && join(index.get(k.tokens.slice(0, -1).join(' ')))) return;
    // `Russian National Guard`, `Malibu Promises Treatment Center` → the name without where it is from; an
    // organisation prefix only before a multi-word rest (in `RB Smith`, `RB` is a role, not an owner).
    const first = index.get(k.tokens[0]);
    const placePrefix = DEMONYMS.has(k.tokens[0]) || DEMONYM_SHAPE.test(k.tokens[0]) || PLACE_NAMES.has(k.tokens[0]) || (first !== undefined && (list[first].type === 'place' || (list[first].type === 'organization' && k.tokens.length > 2)));
    if (placePrefix && k.type !== 'place') join(index.get(k.tokens.slice(1).join(' ')));
  });
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
function plainName(words: readonly string[], forms: Iterable<string>): boolean {
  const titleCase = [...forms].some((f) => TITLE_CASE_NAME.test(f));
  return titleCase && words.every((w) => !PLACE_NAMES.has(w) && !ORG_NAMES.has(w) && !DEMONYMS.has(w) && !ORG_SUFFIXES.has(w) && !PLACE_SUFFIXES.has(w) && !FUNCTION_WORDS.has(w));
}

/**
 * A bare surname, or first-plus-last, joins the one person cluster whose full name ends with it.
 * Returns surnames shared by several people: resolved per document when entities are built.
 */
function linkPersons(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): Map<number, number[]> {
  const bySurname = new Map<string, Set<number>>();
  const byFirstLast = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, key: string, i: number) => {
    let s = m.get(key);
    if (!s) m.set(key, (s = new Set()));
    s.add(i);
  };
  const byFirst = new Map<string, Set<number>>();
  const addPerson = (sk: string[], i: number) => {
    add(bySurname, sk[sk.length - 1], i);
    add(byFirst, sk[0], i);
    add(byFirstLast, `${sk[0]} ${sk[sk.length - 1]}`, i);
  };
  // Untyped first-plus-last names (`Laci Peterson`): a relative of a named person with that surname claims only
  // its first name; otherwise, with a known surname, a person like any other.
  const untyped: { words: string[]; sk: string[]; i: number }[] = [];
  list.forEach((k, i) => {
    if (k.tokens.length < 2) return;
    const sk: string[] = [];
    const words = personWords(k, sk);
    const type = clusterType(i);
    if (words.length < 2) return;
    if (type === 'person' || (type === 'other' && FIRST_NAMES.has(words[0]))) addPerson(sk, i);
    else if (type === 'other' && words.length === 2 && plainName(words, k.forms.keys())) untyped.push({ words, sk, i });
  });
  for (const { words, sk, i } of untyped) {
    const [first, last] = sk;
    if (bySurname.has(last)) {
      add(byFirst, first, i);
      add(byFirstLast, `${first} ${last}`, i);
    } else if (LAST_NAMES.has(words[1])) addPerson(sk, i);
  }
  // Full names sharing first and last name are one person (`Barack Obama` = `Barack Hussein Obama`).
  for (const members of byFirstLast.values()) {
    const arr = [...members];
    for (const i of arr.slice(1)) uf.union(arr[0], i);
  }
  const ambiguous = new Map<number, number[]>();
  list.forEach((k, i) => {
    if (k.tokens.length !== 1) return;
    const t = clusterType(i);
    if (uf.hasMultiWord(i)) return;
    // A company word that is also a named person's surname (`Ford` beside `Jo Ford`): the person where named.
    if (t === 'organization' && ORG_NAMES.has(k.key) && bySurname.has(k.skeletons[0])) {
      ambiguous.set(i, [...new Set([...bySurname.get(k.skeletons[0])!].map((c) => uf.find(c)))].sort((a, b) => a - b));
      return;
    }
    if (t !== 'person' && t !== 'other') return;
    let candidates = bySurname.get(k.skeletons[0]);
    // A bare first name (`Laci`) stands for the one person so named, unless it is also someone's surname.
    if (!candidates && (FIRST_NAMES.has(k.key) || byFirst.get(k.skeletons[0])?.size === 1)) candidates = byFirst.get(k.skeletons[0]);
    if (!candidates) return;
    const roots = [...new Set([...candidates].map((c) => uf.find(c)))].sort((a, b) => a - b);
    if (roots.length === 1) uf.union(roots[0], i);
    else ambiguous.set(i, roots);
  });
  return ambiguous;
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
  const byFirst = new Map<string, Set<number>>();
  const byLast = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, key: string, i: number) => {
    let s = m.get(key);
    if (!s) m.set(key, (s = new Set()));
    s.add(i);
  };
  list.forEach((k, i) => {
    if (k.tokens.length < 2 || clusterType(i) === 'person') return;
    const rest = k.tokens.slice(1);
    if (rest.every((t) => ORG_SUFFIXES.has(t) || PLACE_SUFFIXES.has(t) || t === 'of' || t === 'and' || ALL_LETTERS.test(t) === false) || rest.some((t) => ORG_SUFFIXES.has(t) || PLACE_SUFFIXES.has(t))) {
      add(byFirst, k.skeletons[0], i);
    }
    // Team and company short names (`Colts` for `Indianapolis Colts`); never a place's last word (`Carolina`).
    const personLike = FIRST_NAMES.has(k.tokens[0]);
    if (k.type === 'organization' || (k.type === 'other' && !personLike && !PLACE_SUFFIXES.has(k.tokens[k.tokens.length - 1]))) add(byLast, k.skeletons[k.skeletons.length - 1], i);
  });
  list.forEach((k, i) => {
    if (k.tokens.length !== 1 || FUNCTION_WORDS.has(k.key) || ambiguous.has(i)) return;
    const own = clusterType(i);
    if (own === 'person' || uf.hasMultiWord(i)) return;
    const candidates = new Set<number>();
    const names: number[] = [];
    for (const c of [...(byFirst.get(k.skeletons[0]) ?? []), ...(byLast.get(k.skeletons[0]) ?? [])]) {
      if (compatibleTypes(own, clusterType(c))) {
        candidates.add(uf.find(c));
        names.push(c);
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
  for (const f of k.forms.keys()) if (re.test(f)) return true;
  return false;
}

/** `AMD` joins the one multi-word name with initials a-m-d. */
function linkAcronyms(list: NameKey[], uf: UnionFind): void {
  const byInitials = new Map<string, Set<number>>();
  list.forEach((k, i) => {
    // `Hewlett-Packard` counts as two words.
    const compound = k.tokens.length === 1 && someForm(k, HYPHENATED_COMPOUND);
    if ((k.tokens.length < 2 && !compound) || k.type === 'person') return;
    const key = initials(k.tokens);
    if (key.length < 2) return;
    let s = byInitials.get(key);
    if (!s) byInitials.set(key, (s = new Set()));
    s.add(i);
  });
  list.forEach((k, i) => {
    if (k.tokens.length !== 1 || k.type === 'person') return;
    const upper = someForm(k, ACRONYM_FORM);
    if (!upper) return;
    const candidates = new Set([...(byInitials.get(k.key.replace(/[&-]/g, '')) ?? [])].map((c) => uf.find(c)));
    if (candidates.size === 1) uf.union([...candidates][0], i);
  });
}

function buildEntities(list: NameKey[], uf: UnionFind, ambiguous: Map<number, number[]>): Entity[] {
  const clusters = new Map<number, number[]>();
  list.forEach((_, i) => {
    const r = uf.find(i);
    let arr = clusters.get(r);
    if (!arr) clusters.set(r, (arr = []));
    arr.push(i);
  });
  const mentionsOf = new Map<number, Mention[]>();
  const push = (root: number, file: string, n: NameMention) => {
    let arr = mentionsOf.get(root);
    if (!arr) mentionsOf.set(root, (arr = []));
    arr.push({ file, start: n.start, end: n.end, text: n.text, sentence: n.sentence });
  };
  // Which files mention each person, and how often the folder mentions them: resolves shared surnames.
  // Only clusters a shared surname may go to need their files: built when first asked.
  const filesOf = new Map<number, Set<string>>();
  const countOf = new Map<number, number>();
  for (const [root, members] of clusters) {
    let count = 0;
    for (const i of members) count += list[i].mentions.length;
    countOf.set(root, count);
  }
  const positions = (root: number, file: string): boolean => {
    let files = filesOf.get(root);
    if (!files) {
      files = new Set();
      for (const i of clusters.get(root) ?? []) for (const f of list[i].files) files.add(f);
      filesOf.set(root, files);
    }
    return files.has(file);
  };
  const folderCount = (root: number): number => countOf.get(root) ?? 0;
  list.forEach((k, i) => {
    const candidates = ambiguous.get(i);
    const root = uf.find(i);
    for (let x = 0; x < k.mentions.length; x++) {
      const file = k.files[x];
      let target = root;
      if (candidates && uf.find(i) === i && (clusters.get(i)?.length ?? 0) === 1) {
        // The most mentioned of the people with this surname present in the document (the story's subject,
        // not the relative quoted once); none present: the surname stays on its own.
        let best = -1;
        let bestCount = 0;
        for (const c of candidates) {
          if (!positions(c, file)) continue;
          const count = folderCount(c);
          if (count > bestCount) [best, bestCount] = [c, count];
        }
        if (best >= 0) target = best;
      }
      push(target, file, k.mentions[x]);
    }
  });
  const entities: Entity[] = [];
  for (const [root, members] of clusters) {
    const mentions = mentionsOf.get(root);
    if (!mentions?.length) continue;
    mentions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
    const keys = members.map((i) => list[i]);
    const votes = noVotes();
    for (const k of keys) addVotes(votes, k.votes);
    const userType = keys.find((k) => k.userType)?.userType;
    entities.push({
      id: '',
      name: canonicalName(keys),
      type: userType ?? winner(votes),
      aliases: distinctSorted(mentions, (m) => m.text),
      descriptors: distinctDescriptors(keys),
      mentions,
    });
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.mentions[0].file < b.mentions[0].file ? -1 : 1));
  return entities;
}

function distinctSorted<T>(items: readonly T[], text: (item: T) => string): string[] {
  const seen = new Set<string>();
  for (const item of items) seen.add(text(item));
  return [...seen].sort();
}

function distinctDescriptors(keys: readonly NameKey[]): string[] {
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
  let best: { form: string; count: number; words: number } | undefined;
  for (const k of keys) {
    if (anyPlain && k.decorated) continue;
    const words = k.tokens.length;
    for (const [form, count] of k.forms) {
      if (
        !best ||
        (words - best.words || form.length - best.form.length || count - best.count || (best.form < form ? -1 : best.form > form ? 1 : 0)) > 0
      ) {
        best = { form, count, words };
      }
    }
  }
  return best!.form;
}

/** Union-find over name keys that keeps, per cluster, the summed type votes and whether it has a multi-word name. */
class UnionFind {
  private readonly parent: number[];
  private readonly votes: number[][];
  private readonly fixedType: (EntityType | undefined)[];
  private readonly multiWord: boolean[];
  constructor(list: readonly NameKey[]) {
    this.parent = list.map((_, i) => i);
    this.votes = list.map((k) => k.votes.slice());
    this.fixedType = list.map((k) => k.userType);
    this.multiWord = list.map((k) => k.tokens.length > 1);
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
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    addVotes(this.votes[root], this.votes[child]);
    this.fixedType[root] ??= this.fixedType[child];
    this.multiWord[root] ||= this.multiWord[child];
  }
  type(i: number): EntityType {
    const root = this.find(i);
    return this.fixedType[root] ?? winner(this.votes[root]);
  }
  hasMultiWord(i: number): boolean {
    return this.multiWord[this.find(i)];
  }
}
