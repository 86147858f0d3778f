// Linked name keys → the entities users see: one per cluster, with its mentions in file order, its name
// (the longest undecorated form), its aliases and descriptors, and one type decided by voting over all its
// mentions across the folder (falling back on what its words say: a gazetteer place, a person's name shape).
// A surname shared by several people goes, per document, to the one that document names.
import { personWords, plainName } from './linkRules';
import { isPluralWord } from './linkTeams';
import { winner, type Mentions, type NameKey, type UnionFind } from './nameKeyTable';
import { ABBREVIATIONS, COMPANY_NAMES, DEMONYMS, EVENT_PLURALS, PEOPLE_ENDING, FIRST_NAMES, FUNCTION_WORDS, LAST_NAMES, ORG_SUFFIXES, PLACE_SUFFIXES, TITLES, foldName, isCommonWord, isKnownOrganization, isKnownPlace, isTitleHead } from '../mentions/names/nameRules';
import type { Entity, EntityType, Mention } from '../types';
import { sharedListType } from '../mentions/names/listTypes';

export function buildEntities(list: NameKey[], uf: UnionFind, ambiguous: Map<number, number[]>, chain: Mentions): Entity[] {
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
      const gap = k.splitLast === undefined ? null : LAST_GAP.exec(name.text);
      if (gap) {
        // `Internet Explorer Web`: `Internet Explorer` here, `Web` to the word's own entity.
        const tail = name.text.slice(gap.index + gap[0].length);
        addMention(mentionsOf, rootOf[k.splitLast!], { file, start: name.end - tail.length, end: name.end, text: tail, sentence: name.sentence });
        addMention(mentionsOf, target, { file, start: name.start, end: name.start + gap.index, text: name.text.slice(0, gap.index), sentence: name.sentence });
        continue;
      }
      addMention(mentionsOf, target, { file, start: name.start, end: name.end, text: name.text, sentence: name.sentence });
    }
  }
  const entities: Entity[] = [];
  const entityOfRoot = new Int32Array(n).fill(-1);
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
    // A one-word short form of a longer name that is no place (`Vaughn` of `Deonta Vaughn`) is a surname that is also a town: its place votes do not count.
    if (place > 0 && !single) for (const k of keys) if (k.votePlace > 0 && shortFormOfPersonName(k, keys)) place -= k.votePlace;
    const voted = winner(person, organization, place);
    entityOfRoot[root] = entities.length;
    entities.push({
      id: '',
      name: canonicalName(keys),
      type: userType ?? (voted === 'other' ? typeFromWords(keys) : voted),
      aliases: distinctTexts(mentions),
      descriptors: distinctDescriptors(keys),
      mentions,
    });
  }
  typeListedEntities(entities, entityOfRoot, list, rootOf, chain);
  entities.sort(mostMentionedFirst);
  return entities;
}

/**
 * An entity nothing typed takes the type of the entities listed with it (`Tampa, Fort Myers, Orlando and Daytona
 * Beach`), when at least two of them are typed and all alike (mentions/names/listTypes.ts marks the lists).
 */
function typeListedEntities(entities: Entity[], entityOfRoot: Int32Array, list: readonly NameKey[], rootOf: Int32Array, chain: Mentions): void {
  let lists: Map<string, number[]> | undefined;
  for (let i = 0; i < list.length; i++) {
    for (let m = list[i].first; m >= 0; m = chain.next[m]) {
      const at = chain.mentions[m].list;
      if (at === undefined) continue;
      const key = `${chain.files[m]}\u0000${at}`;
      lists ??= new Map();
      const members = lists.get(key) ?? [];
      const entity = entityOfRoot[rootOf[i]];
      if (entity >= 0 && !members.includes(entity)) members.push(entity);
      lists.set(key, members);
    }
  }
  if (!lists) return;
  const typed: EntityType[] = entities.map((e) => e.type);
  for (const members of lists.values()) {
    const shared = sharedListType(members.map((e) => typed[e]));
    if (shared !== undefined) for (const e of members) if (entities[e].type === 'other') entities[e].type = shared;
  }
}

/** Most mentions first, then by name, then by first file (a module function: a closure per call is optimised again and again). */
function mostMentionedFirst(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.mentions[0].file < b.mentions[0].file ? -1 : 1);
}


/**
 * Type of a cluster no mention voted for, from its words and word lists alone (context, which the votes read,
 * always comes first), in this order: a gazetteer place (`Bakhmut`); a given name alone (`Liam`); a company's
 * one-word name (`Broadcom`); a person's name shape (plain title-case words, one of them a known name or also used
 * alone, as news refers to people by surname, or none of them an English word: `Rishi Sunak`); a title, then a
 * name (`Fed Chair Jerome Powell`); a plural name, a group (`the Red Devils`).
 */
function typeFromWords(keys: readonly NameKey[]): EntityType {
  // Not the short form of a longer name that is no place (`Vaughn` of `Deonta Vaughn`): a surname that is also a town.
  for (const k of keys) if (k.tokens.length === 1 && isKnownPlace(foldName(k.key)) && !shortFormOfPersonName(k, keys)) return 'place';
  // A given name alone (`Liam`, `Michelle`, `Noel`): news names a relative, a witness or a player so.
  for (const k of keys) if (k.tokens.length === 1 && FIRST_NAMES.has(k.key) && !isKnownOrganization(foldName(k.key))) return 'person';
  // A company's one-word name (`Airbus`, `Equifax`, `Bloomberg`) nothing in the text typed, unless it is a given name (`Simon`).
  if (keys.every((k) => k.tokens.length === 1) && keys.some((k) => COMPANY_NAMES.has(foldName(k.key)))) return 'organization';
  const singles = new Set<string>();
  for (const k of keys) if (k.tokens.length === 1) singles.add(k.key);
  for (const k of keys) {
    const n = k.tokens.length;
    if (n < 2 || n > 4 || isKnownPlace(foldName(k.key))) continue;
    const words = personWords(k, []);
    if (words.length < 2 || !plainName(words, k.forms)) continue;
    const last = words[words.length - 1];
    // A known given name or surname, or a word the folder also uses alone (`Wladimir Klitschko` and `Klitschko`).
    if (n <= 3 && (FIRST_NAMES.has(words[0]) || singles.has(words[0]) || singles.has(last) || LAST_NAMES.has(last))) return 'person';
    // Title-case words none of which is an English word or a place (`Rishi Sunak`, `Naby Keita`, `Abul Khayer`):
    // names from anywhere, which no list of given names holds. Not names with a common word (`Jeju Air`, `Sago
    // Mine`, `Bad Bunny`), not `Sheffield Hallam` (a place first).
    if (!isKnownPlace(words[0]) && words.every((w) => !isCommonWord(w))) return 'person';
  }
  // A title of office, then a name (`Fed Chair Jerome Powell`, `South Korean President Park Geun-hye`) the finder left whole.
  for (const k of keys) {
    const n = k.tokens.length;
    let title = -1;
    for (let i = 0; i < n - 1; i++) if (TITLES.has(k.tokens[i]) || isTitleHead(k.tokens[i])) title = i;
    if (title < 0 || n - title - 1 > 3) continue;
    const name = k.tokens.slice(title + 1);
    const joined = name.join(' ');
    // A name, not `Private Practice` or `State Route`: some word of it is no English word.
    if (name.every(isNameWordAfterTitle) && name.some((w) => !isCommonWord(w)) && !isKnownPlace(joined) && !isKnownOrganization(joined)) return 'person';
  }
  // A plural name is a group (`the Conservatives`, `the Red Devils`, `Bad Wolves`), not a person or a place: places
  // named in the plural (`the Netherlands`) are in the gazetteer, peoples (`South Koreans`) are demonyms.
  // One word alone only when it is no English word (`Sixers`, `Cavs`): `Firefighters`, `Photos` are words capitalised
  // at a line's start. Not awards or contests (`Academy Awards`, `Winter Meetings`).
  for (const k of keys) {
    const n = k.tokens.length;
    const last = k.tokens[n - 1];
    if (!isPluralWord(last) || EVENT_PLURALS.has(last) || isKnownPlace(foldName(k.key)) || DEMONYMS.has(last) || DEMONYMS.has(last.slice(0, -1))) continue;
    // Several words: the last a plural noun (`Red Devils`, `Fitch Ratings`), not a surname ending in s (`Bill Ayers`).
    if (PEOPLE_ENDING.test(last) || (n === 1 ? isCommonWord(last) : !isCommonWord(last) || FIRST_NAMES.has(k.tokens[0]) || isTitleHead(k.tokens[0]))) continue;
    if (k.forms.some((f) => TITLE_CASE.test(f))) return 'organization';
  }
  return 'other';
}

/** `k` is one word, the last of a person's name in the same cluster (`Vaughn` of `Deonta Vaughn`). */
const shortFormOfPersonName = (k: NameKey, keys: readonly NameKey[]) => k.tokens.length === 1 && keys.some((l) => endsLongerName(l, k.key));

/**
 * `long` is a person's name, at a guess, whose last word is `word` (`Deonta Vaughn` for `Vaughn`): two or three words,
 * no known place, the first a given name or a word that is no English word, title or abbreviation (not `Co Limerick`,
 * not `Governor of Minnesota`).
 */
function endsLongerName(long: NameKey, word: string): boolean {
  const t = long.tokens;
  if (t.length < 2 || t.length > 3 || t[t.length - 1] !== word || isKnownPlace(foldName(long.key))) return false;
  const first = t[0];
  return FIRST_NAMES.has(first) || (first.length > 2 && !isCommonWord(first) && !TITLES.has(first) && !isTitleHead(first) && !ABBREVIATIONS.has(first) && !t.some((w) => FUNCTION_WORDS.has(w)));
}

/** A word that can belong to a person's name after a title: not a function word, a title, an abbreviation or a place's or organisation's noun. */
function isNameWordAfterTitle(w: string): boolean {
  return w.length > 1 && !FUNCTION_WORDS.has(w) && !ORG_SUFFIXES.has(w) && !PLACE_SUFFIXES.has(w) && !TITLES.has(w) && !ABBREVIATIONS.has(w);
}


/** Every word of a form starts with a capital (`Red Devils`, not `RED DEVILS` or `red devils`). */
const TITLE_CASE = /^(?:\p{Lu}\p{Ll}+[\s-]*)+$/u;

/** The white space before a name's last word. */
const LAST_GAP = /\s+(?=\S+$)/;

function addMention(mentionsOf: (Mention[] | undefined)[], target: number, mention: Mention): void {
  const arr = mentionsOf[target];
  if (arr) arr.push(mention);
  else mentionsOf[target] = [mention];
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

