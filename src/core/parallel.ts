import type { ContradictionKind, DocumentAnalysis, Span } from './types';

/**
 * Near-duplicate sentences across sources (wire copy, rewrites) whose only difference is a value
 * in the same slot: `killing 5 people on Sunday` vs `killing 6 people on Sunday`. The shared
 * wording is what aligns them, so this catches conflicts the event lexicon does not cover.
 * Blocking is by word trigrams with values masked, so only sentences sharing wording meet.
 */

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const TOKEN_RE = /\d[\d,.:]*\d|\d|[A-Za-z][A-Za-z'’]*/g;
const MIN_SIMILARITY = 0.6;
/** Reworded pairs need a long shared run around the value (`wideSlotKey`) and this much overall. */
const MIN_REWORDED_SIMILARITY = 0.2;
const MAX_POSTINGS = 40;

type SlotKind = 'number' | 'weekday' | 'month' | 'ordinal';

interface Token extends Span {
  text: string;
  norm: string;
  slot?: SlotKind;
  /** The norm with values masked (`#number`), what wording comparisons use. */
  masked: string;
}

interface SentenceTokens {
  file: string;
  sentence: Span & { index: number };
  tokens: Token[];
}

function slotOf(norm: string): SlotKind | undefined {
  if (/^\d/.test(norm) || NUMBER_WORDS.includes(norm)) return 'number';
  if (WEEKDAYS.includes(norm)) return 'weekday';
  if (MONTHS.includes(norm)) return 'month';
  if (ORDINALS.includes(norm)) return 'ordinal';
  return undefined;
}

function tokenizeSentence(doc: DocumentAnalysis, s: Span): Token[] {
  const body = doc.text.slice(s.start, s.end);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(body))) {
    const norm = m[0].toLowerCase();
    const slot = slotOf(norm);
    tokens.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], norm, slot, masked: slot ? `#${slot}` : norm });
  }
  // Digit groups split by spaces (`0845 125 2222`) or with a leading zero are phone numbers and codes, not amounts.
  const digits = (t: Token | undefined) => !!t && /^\d/.test(t.norm);
  const code = tokens.map((t, i) => digits(t) && (/^0\d/.test(t.norm) || [tokens[i - 1], tokens[i + 1]].some((n) => digits(n) && /^\s+$/.test(body.slice(Math.min(t.end, n!.end) - s.start, Math.max(t.start, n!.start) - s.start)))));
  code.forEach((isCode, i) => {
    if (isCode) tokens[i] = { ...tokens[i], slot: undefined, masked: '#code' };
  });
  return tokens;
}

const masked = (t: Token) => t.masked;

/** A sentence that could pair. Kept per analysis, so it holds no tokens: they are re-read when a pair needs them. */
interface Candidate {
  file: string;
  sentence: Span & { index: number };
  doc: DocumentAnalysis;
  /** Distinct masked word trigrams, hashed to 53 bits: the blocking keys. */
  grams: Float64Array;
}

/** Two 32-bit FNV-1a hashes in one safe integer: collisions are negligible among a folder's trigrams. */
function gramHash(gram: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Per analysis (text-only, so computed once and reused by every relink): sentences that could pair. */
const candidateCache = new WeakMap<DocumentAnalysis, Candidate[]>();
function candidatesOf(doc: DocumentAnalysis): Candidate[] {
  let cached = candidateCache.get(doc);
  if (!cached) {
    cached = [];
    for (const s of doc.sentences) {
      const tokens = tokenizeSentence(doc, s);
      if (tokens.length < 6 || !tokens.some((t) => t.slot)) continue;
      const grams = new Set<number>();
      for (let k = 0; k + 2 < tokens.length; k++) grams.add(gramHash(`${masked(tokens[k])} ${masked(tokens[k + 1])} ${masked(tokens[k + 2])}`));
      cached.push({ file: doc.file, sentence: { start: s.start, end: s.end, index: s.index }, doc, grams: Float64Array.from(grams) });
    }
    candidateCache.set(doc, cached);
  }
  return cached;
}

function similarity(a: Token[], b: Token[]): number {
  const count = new Map<string, number>();
  for (const t of a) count.set(masked(t), (count.get(masked(t)) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = count.get(masked(t)) ?? 0;
    if (n > 0) {
      shared++;
      count.set(masked(t), n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

export interface ParallelConflict {
  kind: ContradictionKind;
  a: { file: string; sentence: Span; value: Token };
  b: { file: string; sentence: Span; value: Token };
  similarity: number;
}

/** `6:00` and `6` are one clock time; `1,000` and `1000` one number. */
const numeric = (t: Token) => (/^\d/.test(t.norm) ? Number(t.norm.replace(/,/g, '').replace(/:(\d\d)$/, (_, m: string) => (m === '00' ? '' : `.${m}`))) : NUMBER_WORDS.indexOf(t.norm) + 1 || NaN);

/** Same slot: the two words before and the word after match, values masked. */
function slotKey(tokens: Token[], i: number): string {
  const ctx = (j: number) => (j >= 0 && j < tokens.length ? masked(tokens[j]) : '^');
  return `${tokens[i].slot}|${ctx(i - 2)} ${ctx(i - 1)} _ ${ctx(i + 1)}`;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it', 'its', 'as', 'than', 'more', 'up', 'about', 'some', 'least', 'he', 'she', 'they', 'his', 'her', 'their']);
/** Wider context for reworded sentences: three words before and two after, at least three of them content words. */
function wideSlotKey(tokens: Token[], i: number): string | undefined {
  const around = [i - 3, i - 2, i - 1, i + 1, i + 2].map((j) => tokens[j]);
  if (around.some((t) => !t)) return undefined;
  if (around.filter((t) => !t!.slot && !FUNCTION_WORDS.has(t!.norm) && t!.norm.length > 2).length < 3) return undefined;
  return `${tokens[i].slot}|${around.map((t) => t!.masked).join(' ')}`;
}

function sameValue(a: Token, b: Token): boolean {
  if (a.norm === b.norm) return true;
  if (a.slot === 'number') return numeric(a) === numeric(b);
  return false;
}

export function findParallelConflicts(docs: readonly DocumentAnalysis[]): ParallelConflict[] {
  const all = docs.flatMap(candidatesOf);
  const postings = new Map<number, number[]>();
  all.forEach((s, i) => {
    for (const gram of s.grams) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push(i);
    }
  });
  // Pair keys are numbers while counting (x < y always); only pairs sharing two trigrams get a string key.
  const pairCounts = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue; // boilerplate wording shared by many sentences
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (all[list[x]].file === all[list[y]].file) continue;
        const key = list[x] * all.length + list[y];
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: string[] = [];
  for (const [key, shared] of pairCounts) if (shared >= 2) pairs.push(`${Math.floor(key / all.length)}:${key % all.length}`);
  const tokenCache = new Map<Candidate, SentenceTokens>();
  const tokensOf = (c: Candidate): SentenceTokens => {
    let st = tokenCache.get(c);
    if (!st) tokenCache.set(c, (st = { file: c.file, sentence: c.sentence, tokens: tokenizeSentence(c.doc, c.sentence) }));
    return st;
  };
  const out: ParallelConflict[] = [];
  for (const key of pairs.sort()) {
    const [sa, sb] = key.split(':').map((n) => all[Number(n)]);
    out.push(...conflictsBetween(sa, sb, tokensOf));
  }
  return out;
}

/** A pair's verdict depends on its two sentences alone: remembered while both analyses live. */
const pairCache = new WeakMap<Candidate, WeakMap<Candidate, ParallelConflict[]>>();
const NO_CONFLICTS: ParallelConflict[] = [];

function conflictsBetween(sa: Candidate, sb: Candidate, tokensOf: (c: Candidate) => SentenceTokens): ParallelConflict[] {
  let forA = pairCache.get(sa);
  if (!forA) pairCache.set(sa, (forA = new WeakMap()));
  let found = forA.get(sb);
  if (!found) {
    found = computeConflictsBetween(tokensOf(sa), tokensOf(sb));
    forA.set(sb, found.length ? found : NO_CONFLICTS);
  }
  return found;
}

function computeConflictsBetween(sa: SentenceTokens, sb: SentenceTokens): ParallelConflict[] {
  const out: ParallelConflict[] = [];
  const sim = similarity(sa.tokens, sb.tokens);
  // Reworded sentences still pair when they share a long run of wording around the value.
  const reworded = sim < MIN_SIMILARITY;
  if (reworded && sim < MIN_REWORDED_SIMILARITY) return out;
  // Different names in otherwise equal wording are different subjects, not a conflict.
  const names = (st: SentenceTokens) => new Set(st.tokens.filter((t, i) => i > 0 && !t.slot && /^[A-Z]/.test(t.text)).map((t) => t.norm));
  // A name only one side has (`..., Kroon said`) is attribution, not a rival subject.
  const [na, nb] = [names(sa), names(sb)];
  const sharedNames = [...na].filter((n) => nb.has(n)).length;
  const rivalNames = [...na].some((n) => !nb.has(n)) && [...nb].some((n) => !na.has(n));
  if (rivalNames && sharedNames < 0.5 * new Set([...na, ...nb]).size) return out;
  // One statement with one value changed, not two lines of statistics (`53 catches for 605 yards` vs `eight catches for 101 yards`).
  const unmatched = (x: SentenceTokens, y: SentenceTokens) => x.tokens.filter((t) => t.slot && !y.tokens.some((r) => r.slot && sameValue(t, r))).length;
  if (unmatched(sa, sb) > 1 && unmatched(sb, sa) > 1) return out;
  const keyOf = (tokens: Token[], i: number) => (reworded ? wideSlotKey(tokens, i) : slotKey(tokens, i));
  const slotsB = new Map<string, Token[]>();
  sb.tokens.forEach((t, i) => {
    const key = t.slot && keyOf(sb.tokens, i);
    if (key) slotsB.set(key, [...(slotsB.get(key) ?? []), t]);
  });
  sa.tokens.forEach((t, i) => {
    const key = t.slot && keyOf(sa.tokens, i);
    if (!key) return;
    const rivals = slotsB.get(key);
    if (!rivals || rivals.some((r) => sameValue(t, r))) return;
    // The value is written differently everywhere in the other sentence too (not moved elsewhere).
    if (sb.tokens.some((r) => sameValue(t, r))) return;
    const kind: ContradictionKind = t.slot === 'number' ? 'number' : t.slot === 'ordinal' ? 'ordinal' : 'date';
    out.push({ kind, a: { file: sa.file, sentence: sa.sentence, value: t }, b: { file: sb.file, sentence: sb.sentence, value: rivals[0] }, similarity: sim });
  });
  return out;
}
