import { extractLocalClaims, unique } from './readClaims';
import type { TimeFacts } from './claimValues';
import type { Claim, DocumentAnalysis, Entity, Mention, Span } from '../types';

/**
 * A document's analysis + its linked mentions → its claims (`extractClaims`), cached: claims depend on
 * the text and on which mentions share an entity, not on the folder-wide entity ids, so a relink that
 * only renames ids maps the cached claims instead of reading the document again. Reading itself is in
 * readClaims.ts (per event word) over the clauses of clauses.ts.
 */

/** Whether every mention carries its entity's index (`mentions.every((m) => m.entityIndex !== undefined)`). */
function allIndexed(mentions: readonly FileMention[]): boolean {
  for (const m of mentions) if (m.entityIndex === undefined) return false;
  return true;
}

/**
 * One claim per event word of each clause: who (subjects), what (event family), when (the time
 * nearest the event word), where (place entities), how many (quantities), which one (ordinals),
 * and polarity. `mentions` are the file's linked mentions sorted by start.
 */
export function extractClaims(doc: DocumentAnalysis, mentions: readonly FileMention[]): ClaimFacts[] {
  // Claims depend on the document and on which mentions share an entity (and its type), not on the
  // folder-wide entity ids: the signature numbers entities per document, so a relink that only
  // renames ids maps the cached claims instead of extracting them again.
  const globalIds: string[] = [];
  // Per mention: start, end, local entity id, entity type (as a small number).
  const signature = allIndexed(mentions) ? indexedSignature(mentions, globalIds) : keyedSignature(mentions, globalIds);
  const cached = claimCache.get(doc);
  if (cached && sameSignature(cached.signature, signature)) {
    // Same entities under the same ids (the usual case after an edit elsewhere): share the objects.
    if (cached.globalIds.length === globalIds.length && cached.globalIds.every((id, i) => id === globalIds[i])) return cached.claims;
    const oldLocal = new Map(cached.globalIds.map((id, i) => [id, i]));
    const claims = withIds(cached.claims, (id) => globalIds[oldLocal.get(id)!]);
    claimCache.set(doc, { signature, globalIds, claims });
    return claims;
  }
  // Extraction only compares ids for equality and sorts them at the end, so it can read the
  // folder-wide ids directly: the same claims as with local ids mapped afterwards.
  const claims = extractLocalClaims(doc, mentions);
  claimCache.set(doc, { signature, globalIds, claims });
  return claims;
}

function withIds(claims: ClaimFacts[], map: (id: string) => string): ClaimFacts[] {
  const ids = (list: string[]) => unique(list.map(map));
  return claims.map((c) => ({ ...c, subjects: ids(c.subjects), places: ids(c.places), objects: ids(c.objects) }));
}

const typeCodes = new Map<string, number>();
function typeCode(type: string): number {
  let code = typeCodes.get(type);
  if (code === undefined) typeCodes.set(type, (code = typeCodes.size));
  return code;
}

/** The mention signature, numbering entities by first mention (their ids pushed to `globalIds`), from entity ids. */
function keyedSignature(mentions: readonly FileMention[], globalIds: string[]): Int32Array {
  const localIds = new Map<string, number>();
  const signature = new Int32Array(4 * mentions.length);
  let k = 0;
  for (const m of mentions) {
    let local = localIds.get(m.entity.id);
    if (local === undefined) {
      local = globalIds.length;
      localIds.set(m.entity.id, local);
      globalIds.push(m.entity.id);
    }
    signature[k++] = m.mention.start;
    signature[k++] = m.mention.end;
    signature[k++] = local;
    signature[k++] = typeCode(m.entity.type);
  }
  return signature;
}

/**
 * Scratch of `indexedSignature`, per folder entity index: the local number given in the call whose
 * stamp is in `mark`. One object for the module, not re-entrant (signatures are built one at a time).
 */
const signatureScratch = {
  localOfEntity: new Int32Array(1024),
  mark: new Int32Array(1024),
  stamp: 0,
  localTypes: [] as number[],
};

/**
 * The same from the entities' folder positions: an entity's id and type are read once per
 * document, not once per mention (ids are unique within a folder, so the numbering is the same).
 */
function indexedSignature(mentions: readonly FileMention[], globalIds: string[]): Int32Array {
  const scratch = signatureScratch;
  let size = scratch.mark.length;
  for (const m of mentions) while (m.entityIndex! >= size) size *= 2;
  if (size > scratch.mark.length) {
    scratch.localOfEntity = new Int32Array(size);
    scratch.mark = new Int32Array(size);
    scratch.stamp = 0;
  }
  if (++scratch.stamp > 0x3fffffff) {
    scratch.mark.fill(0);
    scratch.stamp = 1;
  }
  const { stamp, localOfEntity, mark: localMark, localTypes } = scratch;
  const signature = new Int32Array(4 * mentions.length);
  let k = 0;
  for (const m of mentions) {
    const e = m.entityIndex!;
    let local: number;
    if (localMark[e] === stamp) local = localOfEntity[e];
    else {
      local = globalIds.length;
      localMark[e] = stamp;
      localOfEntity[e] = local;
      globalIds.push(m.entity.id);
      localTypes[local] = typeCode(m.entity.type);
    }
    signature[k++] = m.mention.start;
    signature[k++] = m.mention.end;
    signature[k++] = local;
    signature[k++] = localTypes[local];
  }
  return signature;
}
function sameSignature(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Per analysis: the mention signature the claims were extracted for, the ids they carry, the claims. */
const claimCache = new WeakMap<DocumentAnalysis, { signature: Int32Array; globalIds: string[]; claims: ClaimFacts[] }>();

/** A claim plus what the comparison rules need beyond the shared `Claim` shape. */
export interface ClaimFacts extends Claim {
  /** Entity ids the event acts on (`captured Mariupol`, `visited National Guard headquarters`). */
  objects: string[];
  /** The event's time with literal calendar fields (also set when `time` could not be resolved). */
  timeFacts?: TimeFacts;
  /** The whole sentence, for related information. */
  sentenceSpan: Span;
  /** Subjects came from a pronoun or an earlier clause rather than a name next to the event. */
  inferredSubject: boolean;
}

export interface FileMention {
  mention: Mention;
  entity: Entity;
  /**
   * The entity's position in the folder's entity list (`mentionsPerFile` sets it): claims then
   * number a document's entities without hashing their ids.
   */
  entityIndex?: number;
}
