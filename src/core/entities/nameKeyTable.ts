// Name mentions of all documents → the folder's table of distinct names (NameKey: key, words, skeletons,
// surface forms, type votes, its mentions as a chain) and the union-find the link rules merge keys in.
// Linking works over distinct names, not mentions: a folder of thousands of articles costs little more
// than its vocabulary of names.
import { nameKey, skeleton } from './nameKeys';
import type { DocumentAnalysis, EntityType, NameMention } from '../types';
import type { UserName } from './userNames';

export function collectKeys(docs: readonly DocumentAnalysis[]): { keys: Map<string, NameKey>; chain: Mentions } {
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

/** Everything known about one distinct name string across the folder. */
export interface NameKey {
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
  /**
   * The key of this name's last word when its mentions are a shorter name and that word (`Internet Explorer` +
   * `Web` in `Internet Explorer Web browser`): each mention is given to both, split at the last space.
   */
  splitLast?: number;
  userType?: EntityType;
}

export interface KeyIndex {
  get(key: string): number | undefined;
}

/** A key's place in the sorted key list, read from the key map (no second map of every key). */
export class KeyMapIndex implements KeyIndex {
  constructor(private readonly keys: ReadonlyMap<string, NameKey>) {}
  get(key: string): number | undefined {
    return this.keys.get(key)?.index;
  }
}

/**
 * Every linked mention of the folder with its file, in document order; `next` chains each key's mentions
 * (-1 ends a chain), so a key holds three numbers instead of two arrays.
 */
export interface Mentions {
  mentions: NameMention[];
  files: string[];
  next: Int32Array;
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
export function winner(person: number, organization: number, place: number): EntityType {
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

export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

export function applyUserNames(keys: Map<string, NameKey>, userNames: readonly UserName[]): void {
  for (const u of userNames) {
    if (!u.type) continue;
    for (const form of [u.name, ...(u.aliases ?? [])]) {
      const k = keys.get(nameKey(form));
      if (k) k.type = k.userType = u.type;
    }
  }
}

/** Union-find over name keys that keeps, per cluster, the summed type votes and whether it has a multi-word name. */
export class UnionFind {
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
  /** Counts `n` of the place votes of `i`'s cluster as organisation votes (a team's home standing for the team). */
  recastPlaceVotes(i: number, n: number): void {
    const root = this.find(i);
    this.votes[3 * root + 2] -= n;
    this.votes[3 * root + 1] += n;
  }
  type(i: number): EntityType {
    const root = this.find(i);
    return this.fixedType[root] ?? winner(this.votes[3 * root], this.votes[3 * root + 1], this.votes[3 * root + 2]);
  }
  /** Whether the clusters of `a` and `b` may be one entity (`compatibleTypes` of their types). */
  compatible(a: number, b: number): boolean {
    return compatibleTypes(this.type(a), this.type(b));
  }
  hasMultiWord(i: number): boolean {
    return this.multiWord[this.find(i)] !== 0;
  }
}
