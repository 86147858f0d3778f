import type { NameMention, Sentence } from './types';

/**
 * Minimal capitalised-sequence finder (the foundation slice). Issue #3 replaces it with the
 * full finder: connectors, titles, quotes, all-caps lines, typing.
 */
export function findNames(text: string, sentences: Sentence[]): NameMention[] {
  const out: NameMention[] = [];
  const re = /\b[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*/gu;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(body))) {
      let word = m[0].replace(/['’]s$/, '');
      if (word.length < 2) continue;
      const start = s.start + m.index;
      out.push({ start, end: start + word.length, text: word, sentence: s.index, typeHint: 'other', descriptors: [], fullStart: start });
    }
  }
  return out;
}
