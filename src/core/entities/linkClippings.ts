// The folder's name keys → merges of clipped short forms with the one longer name they cut
// (`Indy` = `Indianapolis`, `Jags` = `Jaguars`, `T-Mo` = `T-Mobile`): news writes such clippings in headlines
// and second references. The clipping, without a final `s` or `y`, starts exactly one longer one-word name of
// an organisation or place (at least three letters more) that the folder uses at least as often.
// Titles, demonyms and given names are never clippings here (`Gov`, `Brits`, `Bettie`), and a plural clipping
// cuts only a plural name (`Jags` = `Jaguars`; `Faces` is no `Facebook`).
import { DEMONYMS, FIRST_NAMES, isTitleWord } from '../mentions/names/nameRules';
import { compatibleTypes, type NameKey, type UnionFind } from './nameKeyTable';
import type { EntityType } from '../types';

export function linkClippings(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): void {
  // Long one-word names of organisations and places by their first three letters.
  const byPrefix = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length !== 1 || k.key.length < MIN_STEM + MIN_CUT) continue;
    const type = clusterType(i);
    if (type !== 'organization' && type !== 'place') continue;
    const p = k.key.slice(0, MIN_STEM);
    const arr = byPrefix.get(p);
    if (arr) arr.push(i);
    else byPrefix.set(p, [i]);
  }
  if (byPrefix.size === 0) return;
  for (let i = 0; i < list.length; i++) joinClipping(list, uf, clusterType, byPrefix, list[i], i);
}

/** Key `k` (number `i`) joins the one longer name it is a clipping of, if any. */
function joinClipping(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType, byPrefix: Map<string, number[]>, k: NameKey, i: number): void {
  if (k.tokens.length !== 1 || k.positional === k.count || DEMONYMS.has(k.key) || FIRST_NAMES.has(k.key) || isTitleWord(k.key)) return;
  const own = clusterType(i);
  if (own === 'person' || uf.hasMultiWord(i)) return;
  const stem = clippedStem(k.key);
  if (stem.length < MIN_STEM) return;
  // A plural clipping cuts a plural name (`Jags`, `Jaguars`), not a singular one (`Faces`, `Facebook`).
  const plural = stem.length < k.key.length && k.key.endsWith('s');
  const bucket = byPrefix.get(stem.slice(0, MIN_STEM));
  if (!bucket || bucket.length > MAX_BUCKET) return;
  let root = -1;
  for (const c of bucket) {
    const long = list[c];
    if (c === i || !long.key.startsWith(stem) || long.key.length < stem.length + MIN_CUT || long.count < k.count || (plural && !long.key.endsWith('s'))) continue;
    // A website is cut only at its dot (`MySpace` = `MySpace.com`; `Danni` is no `Dannimodel.com`).
    const form = long.forms[0];
    if (form.includes('.') && !form.toLowerCase().startsWith(`${k.key}.`)) continue;
    if (!compatibleTypes(own, clusterType(c))) continue;
    const r = uf.find(c);
    if (root >= 0 && r !== root) return;
    root = r;
  }
  if (root >= 0) uf.union(root, i);
}

/** `jags` → `jag`, `indy` → `ind`, `t-mo` → `t-mo`. */
function clippedStem(key: string): string {
  const last = key[key.length - 1];
  return last === 's' || last === 'y' ? key.slice(0, -1) : key;
}

const MIN_STEM = 3;
/** A clipping leaves out at least this many letters of the name. */
const MIN_CUT = 3;
/** Prefixes shared by more names than this say nothing. */
const MAX_BUCKET = 50;
