import { extractClaims, type ClaimFacts, type FileMention } from '../claims/extractClaims';
import { quantitiesOf, timeFactsOf } from '../claims/claimValues';
import { aboutSameThing, claimBlockingKeys, compareAlignedClaims, toContradictions, type ComparisonContext } from './claimRules';
import { findFrameConflicts } from './frameAlignment';
import { groupDisagreements } from './groupDisagreements';
import type { Claim, Contradiction, DocumentAnalysis, Entity, SentenceSupport, SpanRef } from '../types';

/**
 * A folder's analyses + linked entities → its contradictions and support hints (`compareAcrossDocuments`,
 * `crossCheck`). Two passes: claims (event, participants, time) compared within (entity, event)
 * blocks for dates, polarity and places (claimRules.ts), and value frames aligned across sources for
 * numbers, ordinals, weekdays and months (frameAlignment.ts). Plain data out, so a worker can do it.
 */

/** Above this many claims under one (entity, event) key, only the first ones are paired (stays linear-ish). */
const MAX_BLOCK = 300;

export interface CrossCheck {
  contradictions: Contradiction[];
  claimsAbout(entityId: string): Claim[];
  supportFor(file: string): SentenceSupport[];
}

/**
 * What comparing a folder's claims produces, as plain data: it can be computed in a worker thread
 * and cloned to the editor's thread, which only builds the lookups (`crossCheckView`).
 */
export interface CrossCheckData {
  /** Left out of snapshots (they are the bulk of one): extracted again, deterministically, on first use. */
  claims?: ClaimFacts[];
  contradictions: Contradiction[];
  /** Pairs of claim indices that state compatible claims about the same thing, flattened: a0, b0, a1, b1, … */
  supportPairs: number[];
}

/** Claims of every document, compared across documents within (entity, event) blocks. */
export function crossCheck(docs: readonly DocumentAnalysis[], entities: readonly Entity[]): CrossCheck {
  return crossCheckView(docs, entities, compareAcrossDocuments(docs, entities));
}

function claimsOf(docs: readonly DocumentAnalysis[], mentionsByFile: ReadonlyMap<string, FileMention[]>): ClaimFacts[] {
  return docs.flatMap((d) => extractClaims(d, mentionsByFile.get(d.file) ?? []));
}

/** Per file, every mention with its entity, sorted by position. */
export function mentionsPerFile(entities: readonly Entity[]): Map<string, FileMention[]> {
  const mentionsByFile = new Map<string, FileMention[]>();
  let lastFile: string | undefined;
  let list: FileMention[] = [];
  for (let entityIndex = 0; entityIndex < entities.length; entityIndex++) {
    const entity = entities[entityIndex];
    for (const mention of entity.mentions) {
      if (mention.file !== lastFile) {
        lastFile = mention.file;
        let found = mentionsByFile.get(lastFile);
        if (!found) mentionsByFile.set(lastFile, (found = []));
        list = found;
      }
      list.push({ mention, entity, entityIndex });
    }
  }
  for (const mentions of mentionsByFile.values()) sortByPosition(mentions);
  return mentionsByFile;
}

const byPosition = (a: FileMention, b: FileMention) => a.mention.start - b.mention.start || a.mention.end - b.mention.end;
/** Scratch for `sortByPosition`: one packed key per mention (module-wide, not re-entrant; the sort is synchronous). */
const positionKeys = new Float64Array(1024);
const POSITION_LIMIT = 0x200000;

/**
 * `list.sort(byPosition)` (stable: ties keep their order). Lists of up to 1,024 mentions with
 * offsets below 2^21 sort as packed numbers (start, end, place in the list) without a comparator.
 */
function sortByPosition(list: FileMention[]): void {
  const n = list.length;
  if (n < 2) return;
  if (n > positionKeys.length) {
    list.sort(byPosition);
    return;
  }
  for (let i = 0; i < n; i++) {
    const { start, end } = list[i].mention;
    if (!(start >= 0 && end >= 0 && start < POSITION_LIMIT && end < POSITION_LIMIT && Number.isInteger(start) && Number.isInteger(end))) {
      list.sort(byPosition);
      return;
    }
    positionKeys[i] = (start * POSITION_LIMIT + end) * 1024 + i;
  }
  const keys = positionKeys.subarray(0, n).sort();
  const before = list.slice();
  for (let r = 0; r < n; r++) {
    const key = keys[r];
    list[r] = before[key - Math.floor(key / 1024) * 1024];
  }
}

export function compareAcrossDocuments(docs: readonly DocumentAnalysis[], entities: readonly Entity[]): CrossCheckData {
  const docsByFile = new Map(docs.map((d) => [d.file, d]));
  const mentionsByFile = mentionsPerFile(entities);
  // Sentences per entity are only needed by the place rule: built on first use (as is the map of entities by id).
  let entitiesById: Map<string, Entity> | undefined;
  const sentencesCache = new Map<string, Set<string> | undefined>();
  const sentencesOf = (id: string): Set<string> | undefined => {
    if (!sentencesCache.has(id)) {
      entitiesById ??= new Map(entities.map((e) => [e.id, e]));
      const entity = entitiesById.get(id);
      sentencesCache.set(id, entity && new Set(entity.mentions.map((m) => `${m.file}#${m.sentence}`)));
    }
    return sentencesCache.get(id);
  };

  const claims = claimsOf(docs, mentionsByFile);
  const ctx: ComparisonContext = {
    docs: docsByFile,
    coMentioned: (a, b) => {
      const sa = sentencesOf(a);
      const sb = sentencesOf(b);
      return !!sa && !!sb && [...sa].some((s) => sb.has(s));
    },
  };
  // Names are only read for the messages of contradictions: mapped on first use.
  let names: Map<string, string> | undefined;
  const entityName = (id: string) => (names ??= new Map(entities.map((e) => [e.id, e.name]))).get(id) ?? id;

  // Blocks hold claim indices; a pair can only recur when both claims sit in several blocks.
  const blocks = new Map<string, number[]>();
  const inSeveralBlocks: boolean[] = [];
  claims.forEach((c, index) => {
    const keys = claimBlockingKeys(c);
    inSeveralBlocks.push(keys.length > 1);
    for (const key of keys) {
      let list = blocks.get(key);
      if (!list) blocks.set(key, (list = []));
      list.push(index);
    }
  });
  const seen = new Set<number>();
  const supportPairs: number[] = [];
  const contradictionsById = new Map<string, Contradiction>();
  for (const key of [...blocks.keys()].sort()) {
    // The first MAX_BLOCK claims of the block, read in place.
    const block = blocks.get(key)!;
    const size = Math.min(block.length, MAX_BLOCK);
    if (!severalFiles(claims, block, size)) continue;
    for (let i = 0; i < size; i++) {
      const ia = block[i];
      const a = claims[ia];
      for (let j = i + 1; j < size; j++) {
        const ib = block[j];
        const b = claims[ib];
        if (a.file === b.file) continue;
        if (inSeveralBlocks[ia] && inSeveralBlocks[ib]) {
          const pair = ia < ib ? ia * claims.length + ib : ib * claims.length + ia;
          if (seen.has(pair)) continue;
          seen.add(pair);
        }
        // Only claims about the same thing can conflict or support each other: asked once per pair.
        if (!aboutSameThing(a, b)) continue;
        const conflict = compareAlignedClaims(a, b, ctx);
        if (conflict) {
          for (const c of toContradictions(conflict, ctx, entityName)) contradictionsById.set(c.id, c);
        } else {
          supportPairs.push(ia, ib);
        }
      }
    }
  }
  addFrameConflicts(docs, mentionsByFile, docsByFile, contradictionsById);
  const contradictions = groupDisagreements([...contradictionsById.values()], docsByFile);
  return { claims, contradictions, supportPairs };
}

/** Whether the first `size` claims of `block` come from two files or more. */
function severalFiles(claims: readonly ClaimFacts[], block: readonly number[], size: number): boolean {
  const file = claims[block[0]].file;
  for (let i = 1; i < size; i++) if (claims[block[i]].file !== file) return true;
  return false;
}

/** The lookups the editor asks for, over data computed here or in a worker. */
export function crossCheckView(docs: readonly DocumentAnalysis[], entities: readonly Entity[], data: CrossCheckData, mentionsByFile?: Map<string, FileMention[]>): CrossCheck {
  const { contradictions } = data;
  const docsByFile = new Map(docs.map((d) => [d.file, d]));
  const mentions = () => (mentionsByFile ??= mentionsPerFile(entities));
  let claims = data.claims;
  const allClaims = () => (claims ??= claimsOf(docs, mentions()));
  let supporters: Map<string, ClaimFacts[]> | undefined;
  const supportersOf = () => {
    if (!supporters) {
      supporters = new Map();
      const list = allClaims();
      for (let k = 0; k + 1 < data.supportPairs.length; k += 2) {
        const a = list[data.supportPairs[k]];
        const b = list[data.supportPairs[k + 1]];
        addTo(supporters, a.id, b);
        addTo(supporters, b.id, a);
      }
    }
    return supporters;
  };
  const supportCache = new Map<string, SentenceSupport[]>();
  return {
    contradictions,
    claimsAbout: (entityId) => allClaims().filter((c) => c.subjects.includes(entityId)),
    supportFor: (file) => {
      let cached = supportCache.get(file);
      if (!cached) supportCache.set(file, (cached = supportOf(file, docsByFile, allClaims(), supportersOf(), contradictions, mentions())));
      return cached;
    },
  };
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sentenceRef(c: ClaimFacts, docs: ReadonlyMap<string, DocumentAnalysis>): SpanRef {
  const text = docs.get(c.file)?.text ?? '';
  return { file: c.file, start: c.sentenceSpan.start, end: c.sentenceSpan.end, text: text.slice(c.sentenceSpan.start, c.sentenceSpan.end) };
}

function dedupeRefs(refs: SpanRef[]): SpanRef[] {
  const byKey = new Map(refs.map((r) => [`${r.file}:${r.start}`, r]));
  return [...byKey.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
}

/** Per sentence: compatible claims elsewhere, contradictions, and whether anything in it is echoed by another source. */
function supportOf(
  file: string,
  docs: ReadonlyMap<string, DocumentAnalysis>,
  claims: readonly ClaimFacts[],
  supporters: ReadonlyMap<string, ClaimFacts[]>,
  contradictions: readonly Contradiction[],
  mentionsByFile: ReadonlyMap<string, FileMention[]>,
): SentenceSupport[] {
  const doc = docs.get(file);
  if (!doc) return [];
  const otherValues = new Set<string>();
  for (const other of docs.values()) {
    if (other.file === file) continue;
    for (const q of quantitiesOf(other)) otherValues.add(`q:${q.value}`);
    for (const t of timeFactsOf(other)) otherValues.add(`t:${t.label}`);
  }
  const ownClaims = claims.filter((c) => c.file === file);
  const mentions = mentionsByFile.get(file) ?? [];
  const quantities = quantitiesOf(doc);
  const times = timeFactsOf(doc);
  return doc.sentences.map((s) => {
    const inSentence = <T extends { start: number; end: number }>(x: T) => x.start >= s.start && x.end <= s.end;
    const supportedBy = dedupeRefs(ownClaims.filter((c) => c.sentence === s.index).flatMap((c) => (supporters.get(c.id) ?? []).map((o) => sentenceRef(o, docs))));
    // A disagreement's claim is contradicted by its rivals, and each rival by the claim.
    const contradictedBy = dedupeRefs(contradictions.flatMap((c) => (c.file === file && inSentence(c) ? c.related : c.related.some((r) => r.file === file && inSentence(r)) ? [c] : [])));
    const echoedName = mentions.some((m) => inSentence(m.mention) && m.entity.mentions.some((o) => o.file !== file));
    const echoedValue = quantities.some((q) => inSentence(q) && otherValues.has(`q:${q.value}`)) || times.some((t) => inSentence(t) && otherValues.has(`t:${t.label}`));
    return { file, sentence: s.index, start: s.start, end: s.end, supportedBy, contradictedBy, unsupported: !echoedName && !echoedValue && !supportedBy.length };
  });
}

/** Value frames that disagree, unless a claim rule already reported that pair of sentences. */
function addFrameConflicts(docs: readonly DocumentAnalysis[], mentionsByFile: ReadonlyMap<string, FileMention[]>, docsByFile: ReadonlyMap<string, DocumentAnalysis>, out: Map<string, Contradiction>): void {
  const covered = new Set([...out.values()].flatMap((c) => {
    const sentence = docsByFile.get(c.file)?.sentences.find((s) => s.start <= c.start && c.start < s.end);
    return sentence ? c.related.map((r) => `${c.file}:${sentence.start}>${r.file}:${r.start}`) : [];
  }));
  for (const c of findFrameConflicts(docs, mentionsByFile)) {
    if (covered.has(`${c.file}:${c.start}>${c.related[0].file}:${c.related[0].start}`)) continue;
    out.set(c.id, c);
  }
}
