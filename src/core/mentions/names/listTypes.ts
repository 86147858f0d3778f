/**
 * One sentence's name mentions (with their own type hints) → the same mentions, where a name in a list of
 * names takes the type its typed neighbours share: `Tampa, Fort Myers, Orlando and Daytona Beach` makes
 * `Orlando` a place, `Salah, Sadio Mane and Roberto Firmino` makes `Sadio Mane` a person. A list is three or more
 * names joined only by commas and one `and` / `or`; the rule types only names with no type of their own, and
 * only when every typed name of the list has the same type, at least two of them. Each item of a list is marked
 * with where the list starts, for the same rule over the entities' types (entities/buildEntities.ts).
 */
import type { EntityType, NameMention } from '../../types';

/** What may stand between two items of a list: a comma, `and` or `or` (with a comma before it or not). */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;
/** The most characters between two items (`, and `). */
const JOIN_MAX = 8;
const LIST_MIN = 3;
const TYPED_MIN = 2;

/** Gives `other` mentions of `mentions[from..]` (one sentence's, in text order) the type their list shares. */
export function typeListItems(text: string, mentions: NameMention[], from: number): void {
  if (mentions.length - from < LIST_MIN) return;
  let start = from;
  for (let i = from + 1; i <= mentions.length; i++) {
    const joined = i < mentions.length && joinsList(text, mentions[i - 1], mentions[i]);
    if (joined) continue;
    if (i - start >= LIST_MIN) typeOneList(mentions, start, i);
    start = i;
  }
}

function joinsList(text: string, a: NameMention, b: NameMention): boolean {
  return b.start > a.end && b.start - a.end <= JOIN_MAX && LIST_JOIN.test(text.slice(a.end, b.start));
}

function typeOneList(mentions: NameMention[], from: number, to: number): void {
  const types: EntityType[] = [];
  for (let i = from; i < to; i++) {
    mentions[i].list = mentions[from].start;
    types.push(mentions[i].typeHint);
  }
  const shared = sharedListType(types);
  if (shared === undefined) return;
  for (let i = from; i < to; i++) if (mentions[i].typeHint === 'other') mentions[i].typeHint = shared;
}

/** The type every typed item of a list has (`other` is untyped), when at least TYPED_MIN are typed; else undefined. */
export function sharedListType(types: readonly EntityType[]): EntityType | undefined {
  let shared: EntityType | undefined;
  let typed = 0;
  for (const type of types) {
    if (type === 'other') continue;
    if (shared !== undefined && type !== shared) return undefined;
    shared = type;
    typed++;
  }
  return typed >= TYPED_MIN ? shared : undefined;
}
