import type { ContradictionKind, DocumentAnalysis, Span } from '../types';
import { GramIds, candidatesOf, type Candidate } from './nearDuplicateKeys';
import { contextKey, isContent, tokenize, type Token } from './sentenceTokens';

/**
 * Sentences across sources that state one fact with a different value in the same slot.
 * Two ways to meet:
 * - near-duplicates (wire copy, rewrites) sharing word trigrams with values masked:
 *   `killing 5 people on Sunday` vs `killing 6 people on Sunday`;
 * - reworded sentences sharing the two words before and the two after a value (values masked)
 *   plus a name or several content words elsewhere in the sentence:
 *   `More than 50 firefighters tackled the blaze at the Waitrose store` vs
 *   `A Waitrose supermarket burned down; more than 100 firefighters tackled the blaze`.
 * The shared wording is what aligns them, so this catches conflicts the event lexicon does not cover.
 * Identical sentence texts are compared once, whichever files hold them.
 */

const MIN_SIMILARITY = 0.6;
/** Reworded pairs need a long shared run around the value (`wideSlotKey`) and this much overall. */
const MIN_REWORDED_SIMILARITY = 0.2;
const MAX_POSTINGS = 40;

/**
 * One distinct sentence text, its tokens with offsets relative to the sentence start, and what
 * the pairs it meets read of it (kept for the next pair). Words are compared as small integers
 * (`Interned`), which only mean something within one `findParallelConflicts` call, as these do.
 */
interface SentenceTokens {
  tokens: Token[];
  /** Token positions inside a name the analyser takes for a person's, ascending. */
  persons: number[];
  /** Positions of the slot tokens (values), ascending: what value counts and matches read. */
  slots: number[];
  /** Per slot-key function (`KEY_OF` order), the key of each slot token (in `slots` order). */
  keys: ((string | undefined)[] | undefined)[];
  /** The interned masked form of every token: what similarity counts. */
  masked: number[];
  /** Name stems, each once (a set and its members in order). */
  names: Set<string>;
  nameList: string[];
  /** Read by the reworded rule only, on first use. */
  reworded?: RewordedFacts;
}

/** Per sentence, for the reworded rule: tokens by role with their interned stems or values. */
interface RewordedFacts {
  /** Names (`isName`), content words (`isContent`): positions and interned stems, side by side. */
  names: number[];
  contents: number[];
  /** Precise figures (`telling`): positions. */
  figures: number[];
  /** Distinct stems of the person tokens, and distinct year values. */
  personStems: string[];
  years: number[];
}

type KeyOf = (tokens: Token[], i: number) => string | undefined;
const SLOT_KEY = 0;
const NARROW_SLOT_KEY = 1;
const WIDE_SLOT_KEY = 2;
const CONTEXT_KEY = 3;

/** `keyOf(tokens, i)` for every slot token, remembered on the sentence. */
function slotKeys(st: SentenceTokens, which: number): (string | undefined)[] {
  let keys = st.keys[which];
  if (!keys) {
    const keyOf = KEY_OF[which];
    keys = new Array<string | undefined>(st.slots.length);
    for (let p = 0; p < st.slots.length; p++) keys[p] = keyOf(st.tokens, st.slots[p]);
    st.keys[which] = keys;
  }
  return keys;
}

/** Small integer ids for strings (masked words, stems), valid within one `findParallelConflicts` call. */
const interned = new Map<string, number>();
function intern(word: string): number {
  let id = interned.get(word);
  if (id === undefined) interned.set(word, (id = interned.size));
  return id;
}
/** Scratch per interned id: counts for `similarity`, marks for `sharedOutside`. */
let idCounts = new Int32Array(1024);
let idMarksA = new Int32Array(1024);
let idMarksB = new Int32Array(1024);
let markStamp = 0;
function fitIdScratch(): void {
  if (markStamp > 0x3fffffff) {
    idMarksA.fill(0);
    idMarksB.fill(0);
    markStamp = 0;
  }
  if (idCounts.length >= interned.size) return;
  let size = idCounts.length;
  while (size < interned.size) size *= 2;
  idCounts = new Int32Array(size);
  idMarksA = new Int32Array(size);
  idMarksB = new Int32Array(size);
  markStamp = 0;
}

/** Shared masked tokens (as a multiset) over the longer sentence's length. */
function similarity(a: SentenceTokens, b: SentenceTokens): number {
  fitIdScratch();
  const counts = idCounts;
  for (const id of a.masked) counts[id]++;
  let shared = 0;
  for (const id of b.masked) {
    if (counts[id] > 0) {
      counts[id]--;
      shared++;
    }
  }
  for (const id of a.masked) counts[id] = 0;
  return shared / Math.max(a.tokens.length, b.tokens.length);
}

export interface ParallelConflict {
  kind: ContradictionKind;
  a: { file: string; sentence: Span; value: Token };
  b: { file: string; sentence: Span; value: Token };
  similarity: number;
}

/** Same slot: the two words before and the word after match, values masked. */
function slotKey(tokens: Token[], i: number): string {
  const n = tokens.length;
  return `${tokens[i].slot}|${i >= 2 ? tokens[i - 2].masked : '^'} ${i >= 1 ? tokens[i - 1].masked : '^'} _ ${i + 1 < n ? tokens[i + 1].masked : '^'}`;
}

/** Wider context for reworded sentences: three words before and two after, at least three of them content words. */
function wideSlotKey(tokens: Token[], i: number): string | undefined {
  if (i < 3 || i + 2 >= tokens.length) return undefined;
  const notContent = +!isContent(tokens[i - 3]) + +!isContent(tokens[i - 2]) + +!isContent(tokens[i - 1]) + +!isContent(tokens[i + 1]) + +!isContent(tokens[i + 2]);
  if (notContent > 2) return undefined;
  return `${tokens[i].slot}|${tokens[i - 3].masked} ${tokens[i - 2].masked} ${tokens[i - 1].masked} ${tokens[i + 1].masked} ${tokens[i + 2].masked}`;
}

function sameValue(a: Token, b: Token): boolean {
  if (a.norm === b.norm) return true;
  if (a.slot === 'number' && b.slot === 'number') return a.value === b.value;
  return false;
}

/** A distinct sentence text and where it occurs (candidates in `all` order). */
interface Shape {
  text: string;
  occurrences: Candidate[];
  files: number;
  tokens?: SentenceTokens;
}

export function findParallelConflicts(docs: readonly DocumentAnalysis[]): ParallelConflict[] {
  interned.clear();
  try {
    return parallelConflicts(docs);
  } finally {
    interned.clear();
  }
}

function parallelConflicts(docs: readonly DocumentAnalysis[]): ParallelConflict[] {
  const all = docs.flatMap(candidatesOf);
  // Identical sentence texts (wire copy repeated across sources) are one shape: compared once.
  const shapeOfText = new Map<string, number>();
  const shapes: Shape[] = [];
  for (const c of all) {
    const text = c.doc.text.slice(c.sentence.start, c.sentence.end);
    let id = shapeOfText.get(text);
    if (id === undefined) {
      shapeOfText.set(text, (id = shapes.length));
      shapes.push({ text, occurrences: [], files: 0 });
    }
    const shape = shapes[id];
    if (!shape.occurrences.some((o) => o.file === c.file)) shape.files++;
    shape.occurrences.push(c);
  }
  const n = shapes.length;
  // Postings per distinct gram (dense ids from a table, not a Map keyed by 53-bit numbers), as
  // shape lists in shape order laid out one after another.
  let total = 0;
  for (const shape of shapes) total += shape.occurrences[0].grams.length;
  const ids = new GramIds(total);
  const gramIds = new Int32Array(total);
  let k = 0;
  for (const shape of shapes) for (const gram of shape.occurrences[0].grams) gramIds[k++] = ids.idOf(gram);
  const distinct = ids.size;
  const uses = new Int32Array(distinct);
  const listStart = new Int32Array(distinct + 1);
  k = 0;
  shapes.forEach((shape) => {
    const grams = shape.occurrences[0].grams;
    for (let g = 0; g < grams.length; g++) {
      const id = gramIds[k++];
      listStart[id + 1]++;
      uses[id] += shape.occurrences.length;
    }
  });
  for (let id = 0; id < distinct; id++) listStart[id + 1] += listStart[id];
  const fill = listStart.slice(0, distinct);
  const members = new Int32Array(total);
  k = 0;
  shapes.forEach((shape, i) => {
    const count = shape.occurrences[0].grams.length;
    for (let g = 0; g < count; g++) members[fill[gramIds[k++]]++] = i;
  });
  // Two shapes pair when some occurrences sit in different files: one shape in two files pairs with everything.
  const crossFile = (x: Shape, y: Shape) => x.files > 1 || y.files > 1 || x.occurrences[0].file !== y.occurrences[0].file;
  // Per shape, how many grams it shares with each later shape (boilerplate wording shared by many
  // sentences does not count): two or more make a pair.
  const pairs = new Set<number>();
  const shared = new Int32Array(n);
  const touched: number[] = [];
  k = 0;
  for (let x = 0; x < n; x++) {
    const count = shapes[x].occurrences[0].grams.length;
    for (let g = 0; g < count; g++) {
      const id = gramIds[k++];
      if (uses[id] > MAX_POSTINGS) continue;
      for (let m = listStart[id]; m < listStart[id + 1]; m++) {
        const y = members[m];
        if (y > x && shared[y]++ === 0) touched.push(y);
      }
    }
    for (const y of touched) {
      if (shared[y] >= 2) pairs.add(x * n + y);
      shared[y] = 0;
    }
    touched.length = 0;
  }
  // Reworded sentences: the same context around a value, with a different value.
  const slotPostings = new Map<number, number[]>();
  shapes.forEach((shape, i) => {
    const slots = shape.occurrences[0].slots;
    for (let k = 0; k < slots.length; k += 2) {
      let list = slotPostings.get(slots[k]);
      if (!list) slotPostings.set(slots[k], (list = []));
      list.push(i, k);
    }
  });
  for (const list of slotPostings.values()) {
    if (list.length < 4 || list.length > 2 * MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x += 2) {
      const vx = shapes[list[x]].occurrences[0].slots[list[x + 1] + 1];
      for (let y = x + 2; y < list.length; y += 2) {
        if (list[x] === list[y] || shapes[list[y]].occurrences[0].slots[list[y + 1] + 1] === vx) continue;
        pairs.add(Math.min(list[x], list[y]) * n + Math.max(list[x], list[y]));
      }
    }
  }
  const tokensOf = (shape: Shape): SentenceTokens => (shape.tokens ??= sentenceTokens(shape));
  const out: ParallelConflict[] = [];
  for (const key of [...pairs].sort((p, q) => p - q)) {
    const [x, y] = [Math.floor(key / n), key % n];
    const [sx, sy] = [shapes[x], shapes[y]];
    if (!crossFile(sx, sy)) continue;
    const found = conflictsBetween(sx, sy, tokensOf);
    if (!found.length) continue;
    for (const ca of sx.occurrences) {
      for (const cb of sy.occurrences) {
        if (ca.file === cb.file) continue;
        for (const f of found) out.push(placed(f, ca, cb));
      }
    }
  }
  return out;
}

/** Per document: person names by sentence. */
interface People {
  bySentence: Map<number, Span[]>;
}
const peopleCache = new WeakMap<DocumentAnalysis, People>();
function peopleOf(doc: DocumentAnalysis): People {
  let people = peopleCache.get(doc);
  if (!people) {
    peopleCache.set(doc, (people = { bySentence: new Map() }));
    for (const m of doc.names) {
      if (m.typeHint !== 'person') continue;
      let list = people.bySentence.get(m.sentence);
      if (!list) people.bySentence.set(m.sentence, (list = []));
      list.push(m);
    }
  }
  return people;
}

function sentenceTokens(shape: Shape): SentenceTokens {
  const tokens = tokenize(shape.text);
  const c = shape.occurrences[0];
  const people = peopleOf(c.doc).bySentence.get(c.sentence.index);
  const persons: number[] = [];
  const slots: number[] = [];
  const maskedIds = new Array<number>(tokens.length);
  const names = new Set<string>();
  const nameList: string[] = [];
  const offset = c.sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (people) {
      for (const m of people) {
        if (t.start + offset >= m.start && t.end + offset <= m.end) {
          persons.push(i);
          break;
        }
      }
    }
    if (t.slot) slots.push(i);
    maskedIds[i] = intern(t.masked);
    if (isName(t, i)) {
      const s = stem(t);
      if (!names.has(s)) {
        names.add(s);
        nameList.push(s);
      }
    }
  }
  return { tokens, persons, slots, keys: [undefined, undefined, undefined, undefined], masked: maskedIds, names, nameList };
}

function rewordedFacts(st: SentenceTokens): RewordedFacts {
  if (st.reworded) return st.reworded;
  const { tokens } = st;
  const names: number[] = [];
  const contents: number[] = [];
  const figures: number[] = [];
  const years: number[] = [];
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x];
    if (isName(t, x)) names.push(x, intern(stem(t)));
    if (isContent(t)) contents.push(x, intern(stem(t)));
    if (telling(t)) figures.push(x);
    if (isYear(t) && !years.includes(t.value!)) years.push(t.value!);
  }
  const personStems: string[] = [];
  for (const x of st.persons) {
    const s = stem(tokens[x]);
    if (!personStems.includes(s)) personStems.push(s);
  }
  return (st.reworded = { names, contents, figures, personStems, years });
}

/** A verdict in sentence-relative terms: which token of each side, and how alike the two are. */
interface RelativeConflict {
  kind: ContradictionKind;
  a: Token;
  b: Token;
  similarity: number;
}

const at = (t: Token, offset: number): Token => ({ ...t, start: t.start + offset, end: t.end + offset });

function placed(f: RelativeConflict, ca: Candidate, cb: Candidate): ParallelConflict {
  return {
    kind: f.kind,
    a: { file: ca.file, sentence: { start: ca.sentence.start, end: ca.sentence.end }, value: at(f.a, ca.sentence.start) },
    b: { file: cb.file, sentence: { start: cb.sentence.start, end: cb.sentence.end }, value: at(f.b, cb.sentence.start) },
    similarity: f.similarity,
  };
}

/** A pair's verdict depends on its two texts alone: remembered per first occurrence while both analyses live. */
const pairCache = new WeakMap<Candidate, WeakMap<Candidate, RelativeConflict[]>>();
const NO_CONFLICTS: RelativeConflict[] = [];

function conflictsBetween(sa: Shape, sb: Shape, tokensOf: (s: Shape) => SentenceTokens): RelativeConflict[] {
  const [ka, kb] = [sa.occurrences[0], sb.occurrences[0]];
  let forA = pairCache.get(ka);
  if (!forA) pairCache.set(ka, (forA = new WeakMap()));
  let found = forA.get(kb);
  if (!found) {
    found = compareSentences(tokensOf(sa), tokensOf(sb));
    forA.set(kb, found.length ? found : NO_CONFLICTS);
  }
  return found;
}

/** `Palin's` is `Palin`: `t.norm.replace(/['’]s?$/, '')`. */
function stem(t: Token): string {
  const w = t.norm;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return w.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const before = w.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}
/** `i > 0 && !t.slot && /^[A-Z]/.test(t.text)` */
const isName = (t: Token, i: number) => {
  if (i === 0 || t.slot) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Beyond the shared context, a reworded pair must share this many content words (or one name or exact figure). */
const MIN_SHARED_CONTENT = 3;

/** Same slot for near-identical sentences: the word before and the word after match. */
function narrowSlotKey(tokens: Token[], i: number): string | undefined {
  if (i < 1 || i + 1 >= tokens.length) return undefined;
  return `${tokens[i].slot}|${tokens[i - 1].masked} _ ${tokens[i + 1].masked}`;
}

/** A figure precise enough to identify a fact on its own (`1,098 yards`), unlike `two` or a year. */
const isYear = (t: Token) => t.slot === 'number' && t.value !== undefined && Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2099;
const telling = (t: Token) => t.slot === 'number' && t.value !== undefined && t.value >= 13 && !isYear(t);

const kindOf = (t: Token): ContradictionKind => (t.slot === 'number' ? 'number' : t.slot === 'ordinal' ? 'ordinal' : 'date');

const FIGURE_STEPS = [-2, -1, 1, 2];
const FIGURE_JOINS = new Set(['of', 'to', 'and', 'or', 'by']);
/** The token `d` steps from `i` is a figure written together with it (`31-24`, `29 of 34`). */
function figureAt(tokens: Token[], i: number, d: number): boolean {
  const t = tokens[i + d];
  if (!t || t.slot !== 'number') return false;
  return Math.abs(d) === 1 || FIGURE_JOINS.has(tokens[i + d / 2].norm);
}

/** How often each value occurs, so a value the other side states elsewhere is seen as moved, not changed. */
function valueCount(st: SentenceTokens, v: Token): number {
  let n = 0;
  for (const x of st.slots) if (sameValue(st.tokens[x], v)) n++;
  return n;
}

const KEY_OF: readonly KeyOf[] = [slotKey, narrowSlotKey, wideSlotKey, contextKey];

/**
 * Slot values of `a` whose key (`KEY_OF[which]`) some slot of `b` has, with a different value there
 * and no equal value under that key, and which `accept` lets through.
 */
function conflictsUnder(a: SentenceTokens, b: SentenceTokens, which: number, sim: number, accept: (a: SentenceTokens, b: SentenceTokens, i: number, j: number, names: NameOverlap) => boolean, names: NameOverlap): RelativeConflict[] {
  const [ta, tb] = [a.tokens, b.tokens];
  const keysA = slotKeys(a, which);
  const keysB = slotKeys(b, which);
  let out: RelativeConflict[] | undefined;
  for (let p = 0; p < a.slots.length; p++) {
    const key = keysA[p];
    if (!key) continue;
    const i = a.slots[p];
    const t = ta[i];
    // The first slot of `b` under the same key is the rival, unless one of them has the same value.
    let rival = -1;
    let same = false;
    for (let q = 0; q < b.slots.length; q++) {
      if (keysB[q] !== key) continue;
      const j = b.slots[q];
      if (rival < 0) rival = j;
      if (sameValue(t, tb[j])) {
        same = true;
        break;
      }
    }
    if (rival < 0 || same) continue;
    const r = tb[rival];
    // A value the other side states as often is a list or a swap, not a changed fact.
    if (valueCount(b, t) >= valueCount(a, t) || valueCount(a, r) >= valueCount(b, r)) continue;
    if (!accept(a, b, i, rival, names)) continue;
    (out ??= []).push({ kind: kindOf(t), a: t, b: r, similarity: sim });
  }
  return out ?? NO_CONFLICTS;
}

/** Names on the two sides: how many both have, and whether each side has others (`rivalNames`). */
interface NameOverlap {
  shared: number;
  rival: boolean;
}

/** Near-duplicates: the value is written differently everywhere in the other sentence too (not moved elsewhere). */
function notMoved(a: SentenceTokens, b: SentenceTokens, i: number): boolean {
  const t = a.tokens[i];
  for (const r of b.tokens) if (sameValue(t, r)) return false;
  return true;
}
const acceptNear = (a: SentenceTokens, b: SentenceTokens, i: number) => notMoved(a, b, i);

/** Values of `x` that `y` lacks: `x.filter((t) => !y.some((r) => sameValue(t, r))).length` over slot tokens. */
function unmatched(x: SentenceTokens, y: SentenceTokens): number {
  let n = 0;
  for (const i of x.slots) {
    const t = x.tokens[i];
    let found = false;
    for (const j of y.slots) {
      if (sameValue(t, y.tokens[j])) {
        found = true;
        break;
      }
    }
    if (!found) n++;
  }
  return n;
}

function compareSentences(a: SentenceTokens, b: SentenceTokens): RelativeConflict[] {
  const sim = similarity(a, b);
  const [na, nb] = [a.names, b.names];
  // Near-duplicates: different names in otherwise equal wording are different subjects, not a conflict;
  // a name only one side has (`..., Kroon said`) is attribution, not a rival subject.
  let sharedNames = 0;
  let onlyA = false;
  for (const x of a.nameList) {
    if (nb.has(x)) sharedNames++;
    else onlyA = true;
  }
  let onlyB = false;
  for (const x of b.nameList) {
    if (!na.has(x)) {
      onlyB = true;
      break;
    }
  }
  const rivalNames = onlyA && onlyB && sharedNames < 0.5 * (na.size + nb.size - sharedNames);
  const names: NameOverlap = { shared: sharedNames, rival: rivalNames };
  // One statement with one value changed, not two lines of statistics (`53 catches for 605 yards` vs `eight catches for 101 yards`).
  const oneChange = unmatched(a, b) <= 1 || unmatched(b, a) <= 1;
  if (!rivalNames && oneChange && sim >= MIN_REWORDED_SIMILARITY) {
    if (sim >= MIN_SIMILARITY) {
      const near = conflictsUnder(a, b, SLOT_KEY, sim, acceptNear, names);
      if (near.length) return near;
      const narrow = conflictsUnder(a, b, NARROW_SLOT_KEY, sim, acceptNear, names);
      if (narrow.length) return narrow;
    } else {
      const wide = conflictsUnder(a, b, WIDE_SLOT_KEY, sim, acceptNear, names);
      if (wide.length) return wide;
    }
  }

  // Reworded sentences: the same two words either side of the value, and more in common than that.
  const found = conflictsUnder(a, b, CONTEXT_KEY, sim, acceptReworded, names);
  // Two changed values in aligned slots are two different lines of figures (`20 points` for two players).
  return found.length === 1 ? found : NO_CONFLICTS;
}

/** The nearest person named before token `k` is the subject. */
function subjectBefore(st: SentenceTokens, k: number): string | undefined {
  for (let p = st.persons.length - 1; p >= 0; p--) if (st.persons[p] < k) return stem(st.tokens[st.persons[p]]);
  return undefined;
}
/** The first name within five tokens after `k`. */
function anchorAfter(tokens: Token[], k: number): string | undefined {
  for (let x = k + 1; x <= k + 5 && x < tokens.length; x++) if (isName(tokens[x], x)) return stem(tokens[x]);
  return undefined;
}

/**
 * Distinct interned stems that both sides have outside the two tokens either side of their value
 * (`i` in `a`, `j` in `b`): lists of positions and stems side by side.
 */
function sharedOutside(a: number[], i: number, b: number[], j: number): number {
  fitIdScratch();
  const stamp = ++markStamp;
  for (let q = 0; q < b.length; q += 2) if (b[q] < j - 2 || b[q] > j + 2) idMarksB[b[q + 1]] = stamp;
  let n = 0;
  for (let p = 0; p < a.length; p += 2) {
    if (a[p] >= i - 2 && a[p] <= i + 2) continue;
    const id = a[p + 1];
    if (idMarksA[id] === stamp) continue;
    idMarksA[id] = stamp;
    if (idMarksB[id] === stamp) n++;
  }
  return n;
}

/** The same for precise figures, compared by value. */
function sharedFiguresOutside(a: SentenceTokens, fa: number[], i: number, b: SentenceTokens, fb: number[], j: number): number {
  let n = 0;
  for (let p = 0; p < fa.length; p++) {
    const x = fa[p];
    if (x >= i - 2 && x <= i + 2) continue;
    const v = a.tokens[x].value;
    let seen = false;
    for (let p2 = 0; p2 < p && !seen; p2++) {
      const x2 = fa[p2];
      if ((x2 < i - 2 || x2 > i + 2) && a.tokens[x2].value === v) seen = true;
    }
    if (seen) continue;
    for (const y of fb) {
      if ((y < j - 2 || y > j + 2) && b.tokens[y].value === v) {
        n++;
        break;
      }
    }
  }
  return n;
}

function acceptReworded(a: SentenceTokens, b: SentenceTokens, i: number, j: number, names: NameOverlap): boolean {
  const [ta, tb] = [a.tokens, b.tokens];
  const [na, nb] = [a.names, b.names];
  // A figure written with another (`31-24`, `29 of 34`, `35 to 40`) that differs too is another score or range.
  for (const d of FIGURE_STEPS) if (figureAt(ta, i, d) && figureAt(tb, j, d) && !sameValue(ta[i + d], tb[j + d])) return false;
  // The nearest person named before the value is the subject: two different ones are two facts.
  const subA = subjectBefore(a, i);
  const subB = subjectBefore(b, j);
  if (subA && subB && subA !== subB && !nb.has(subA) && !na.has(subB)) return false;
  // So is the first name after it (`13 miles east of Cloverdale` vs `4 miles east of The Geysers`).
  const anA = anchorAfter(ta, i);
  const anB = anchorAfter(tb, j);
  if (anA && anB && anA !== anB && !nb.has(anA) && !na.has(anB)) return false;
  // Different people named on each side, none on both: two facts about different people.
  const [fa, fb] = [rewordedFacts(a), rewordedFacts(b)];
  if (fa.personStems.length && fb.personStems.length && !fa.personStems.some((x) => fb.personStems.includes(x))) return false;
  const figures = sharedFiguresOutside(a, fa.figures, i, b, fb.figures, j);
  // A year on one side only, or two different years: perhaps another season or another event.
  const yearsDiffer = fa.years.some((y) => !fb.years.includes(y)) || fb.years.some((y) => !fa.years.includes(y));
  // ... then only a shared precise figure still ties the two.
  if (yearsDiffer) return figures > 0;
  const words = sharedOutside(fa.contents, i, fb.contents, j);
  // No name in common and each side names others: the wording alone must tie them, and closely.
  if (names.rival && !names.shared) return figures > 0 || words >= MIN_SHARED_CONTENT + 2;
  const strong = sharedOutside(fa.names, i, fb.names, j) + figures;
  return strong > 0 || words >= MIN_SHARED_CONTENT;
}
