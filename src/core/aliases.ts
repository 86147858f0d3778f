import type { DocumentAnalysis, Entity } from './types';

/** Minimal slice: mentions with the same text are one entity. Issue #3 merges real aliases. */
export function linkEntities(docs: readonly DocumentAnalysis[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const doc of docs) {
    for (const n of doc.names) {
      const key = n.text.toLowerCase();
      let e = byKey.get(key);
      if (!e) {
        e = { id: '', name: n.text, type: n.typeHint, aliases: [n.text], descriptors: [], mentions: [] };
        byKey.set(key, e);
      }
      e.mentions.push({ file: doc.file, start: n.start, end: n.end, text: n.text, sentence: n.sentence });
    }
  }
  return [...byKey.values()];
}
