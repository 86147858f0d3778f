import type { EntityType } from '../types';

/** One entry of the workspace's `.sourcexref/names.json`: a name the user wants typed and linked their way. */
export interface UserName {
  name: string;
  type?: EntityType;
  aliases?: string[];
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date', 'number', 'other'];

/**
 * Parses `[{"name": "...", "type": "organization", "aliases": ["..."]}]`. Bad entries are skipped and
 * reported in `errors` rather than failing the whole file, so one typo never disables the list.
 */
export function parseUserNames(json: string): { names: UserName[]; errors: string[] } {
  const errors: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { names: [], errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { names?: unknown }).names) ? (data as { names: unknown[] }).names : undefined;
  if (!list) return { names: [], errors: ['expected an array of {"name", "type", "aliases"} objects'] };
  const names: UserName[] = [];
  list.forEach((item, i) => {
    const entry = item as { name?: unknown; type?: unknown; aliases?: unknown };
    if (!entry || typeof entry.name !== 'string' || !entry.name.trim()) {
      errors.push(`entry ${i + 1}: "name" must be a non-empty string`);
      return;
    }
    if (entry.type !== undefined && !TYPES.includes(entry.type as EntityType)) {
      errors.push(`entry ${i + 1}: unknown type ${JSON.stringify(entry.type)}`);
      return;
    }
    const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
    names.push({ name: entry.name.trim(), type: entry.type as EntityType | undefined, aliases: aliases.map((a) => a.trim()) });
  });
  return { names, errors };
}
