// The folder's name keys → merges for sports teams named after their home (`Indianapolis Colts`,
// `North Carolina Tar Heels`). Match reports call such a team by its nickname alone (`the Colts`, `the Tar
// Heels`) and by its home alone (`Indianapolis (11-4)`, `top-ranked North Carolina beat …`): the nickname
// joins the one team that has it; the home joins the one team from there when enough of the home's own
// mentions read as the team (sports context: `North Carolina coach`, `beat Evansville`), and its votes then
// count for the team. In a story where the place is only a place, its mentions do not read as a team and
// nothing is joined.
import { foldName, GENERIC_PLACE_HEADS, isKnownPlace, ORG_SUFFIXES, PLACE_SUFFIXES } from '../mentions/names/nameRules';
import type { NameKey, UnionFind } from './nameKeyTable';
import type { EntityType } from '../types';

export function linkTeams(list: NameKey[], uf: UnionFind, clusterType: (i: number) => EntityType): void {
  const byHome = new Map<string, number[]>();
  const byNickname = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    if (k.tokens.length < 2) continue;
    const type = clusterType(i);
    if (type !== 'organization' && type !== 'other') continue;
    const cut = nicknameStart(k.tokens);
    if (cut < 0) continue;
    addTo(byHome, k.tokens.slice(0, cut).join(' '), i);
    addTo(byNickname, k.tokens.slice(cut).join(' '), i);
  }
  if (byHome.size === 0) return;
  for (let i = 0; i < list.length; i++) {
    const k = list[i];
    const teams = byNickname.get(k.key);
    if (teams && clusterType(i) !== 'person' && clusterType(i) !== 'place') {
      const root = onlyRoot(uf, teams);
      if (root >= 0) joinTeam(list, uf, teams, root, i);
    }
    const homeOf = byHome.get(k.key);
    if (homeOf && readsAsTeam(k)) {
      const root = onlyRoot(uf, homeOf);
      if (root < 0) continue;
      // The home's gazetteer votes for a place were votes for the team it stands for here.
      uf.recastPlaceVotes(i, k.votePlace);
      k.voteOrganization += k.votePlace;
      k.votePlace = 0;
      k.type = 'organization';
      joinTeam(list, uf, homeOf, root, i);
    }
  }
}

/** `i` joins the team; the team's full name is its name again (not a decorated `Colts`). */
function joinTeam(list: NameKey[], uf: UnionFind, teams: readonly number[], root: number, i: number): void {
  uf.union(root, i);
  for (const t of teams) list[t].decorated = false;
}

/**
 * Where the nickname starts in a team's name (`north carolina | tar heels`), or -1: a known place, then one or
 * two words ending in a plural that is not a generic noun (`Kherson Region`, `Gaza Strip`, `Tel Aviv Police`
 * are no teams), the whole not itself a place (`Virgin Islands`).
 */
export function nicknameStart(tokens: readonly string[]): number {
  const n = tokens.length;
  const nickname = tokens[n - 1];
  if (!isPluralWord(nickname) || ORG_SUFFIXES.has(nickname) || PLACE_SUFFIXES.has(nickname) || GENERIC_PLACE_HEADS.has(nickname)) return -1;
  if (tokens.includes('of') || isKnownPlace(foldName(tokens.join(' ')))) return -1;
  for (let cut = n - 1; cut >= Math.max(1, n - 2); cut--) {
    if (isKnownPlace(foldName(tokens.slice(0, cut).join(' ')))) return cut;
  }
  return -1;
}

/**
 * At least two of the name's own mentions read as a team (`visiting Evansville`), and a fifth of them or as
 * many as read as a place (`in Jacksonville`).
 */
function readsAsTeam(k: NameKey): boolean {
  return k.voteOrganization >= 2 && (k.voteOrganization * 5 >= k.count || k.voteOrganization >= k.votePlace);
}

/** The one cluster the members are in, or -1 when they are in several. */
function onlyRoot(uf: UnionFind, members: readonly number[]): number {
  const root = uf.find(members[0]);
  for (let x = 1; x < members.length; x++) if (uf.find(members[x]) !== root) return -1;
  return root;
}

/** Appends `i` to the list under `key`. */
export function addTo(m: Map<string, number[]>, key: string, i: number): void {
  const list = m.get(key);
  if (list) list.push(i);
  else m.set(key, [i]);
}

/**
 * A plural word (`colts`, `heels`, `76ers`), not a singular one ending in `s` after a vowel: names and Latin or
 * Greek words (`Thomas`, `Davis`, `Jesus`).
 */
export function isPluralWord(word: string): boolean {
  return PLURAL_SHAPE.test(word) && !NOT_PLURAL.test(word);
}
const PLURAL_SHAPE = /^[\p{L}\d]+[^s]s$/u;
const NOT_PLURAL = /(?:as|is|us)$/;
