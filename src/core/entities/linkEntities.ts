// Name mentions of all documents of a folder → entities: the key table (nameKeyTable.ts), the link rules
// run over it in order (linkRules.ts), and the entities built from the clusters (buildEntities.ts). Work is
// done over distinct name strings, so linking stays proportional to a folder's vocabulary of names.
import { buildEntities } from './buildEntities';
import { linkClippings } from './linkClippings';
import { linkTeams } from './linkTeams';
import {
  linkAcronyms, linkDecorated, linkDemonymVariants, linkHeads, linkNearSpellings, linkParticleSurnames, linkPersons, linkSkeletons, linkTransliterations,
  linkUserAliases,
} from './linkRules';
import { KeyMapIndex, UnionFind, applyUserNames, collectKeys, type KeyIndex, type NameKey } from './nameKeyTable';
import type { DocumentAnalysis, Entity } from '../types';
import type { UserName } from './userNames';

/**
 * Links name mentions of all documents into entities. Work is done over distinct name strings (not
 * mentions), so a folder of thousands of articles costs little more than its vocabulary of names.
 * Rules, most certain first (see linkRules.ts): the user's aliases; same key; same spelling skeleton
 * (`Zelensky`/`Zelenskyy`); transliterations (`Zeitoun`/`Zeitun`); a country's adjective (`Israeli Defence
 * Forces`/`Israel Defense Forces`); one typo in a long word; generic place word or demonym dropped
 * (`Kherson Region` → `Kherson`); particle surnames; a bare surname or first-plus-last to the one person;
 * a sports team's nickname and home to the team (`Colts`, `Indianapolis` → `Indianapolis Colts`); a clipped
 * form to the one longer name it cuts (`Indy`, `Jags`, `T-Mo`);
 * a bare head word to the one organisation or place it starts or ends; an acronym to the one name with
 * those initials.
 */
export function linkEntities(docs: readonly DocumentAnalysis[], options: LinkOptions = {}): Entity[] {
  const { keys, chain } = collectKeys(docs);
  applyUserNames(keys, options.userNames ?? []);
  // Keys are distinct: the default sort (UTF-16 code units, no comparator calls) gives the same order as `<`.
  const list: NameKey[] = [];
  for (const key of [...keys.keys()].sort()) list.push(keys.get(key)!);
  const uf = new UnionFind(list);
  for (let i = 0; i < list.length; i++) list[i].index = i;
  // A key's place in `list`, read from the key map (no second map of every key).
  const index: KeyIndex = new KeyMapIndex(keys);
  // Bound methods, not closures: V8 optimises a closure made per folder again for every few new ones.
  const clusterType = uf.type.bind(uf);
  const compatible = uf.compatible.bind(uf);

  linkUserAliases(list, index, uf, options.userNames ?? []);
  linkSkeletons(list, uf, compatible);
  linkTransliterations(list, uf, compatible);
  linkDemonymVariants(list, uf, compatible);
  linkNearSpellings(list, uf, compatible);
  linkDecorated(list, index, uf, compatible);
  linkParticleSurnames(list, uf, clusterType);
  const ambiguous = linkPersons(list, uf, clusterType);
  linkTeams(list, uf, clusterType);
  linkClippings(list, uf, clusterType);
  linkHeads(list, uf, clusterType, ambiguous);
  linkAcronyms(list, uf);
  return buildEntities(list, uf, ambiguous, chain);
}

export interface LinkOptions {
  /** The workspace's names list: forces types and links the listed aliases. */
  userNames?: readonly UserName[];
}
