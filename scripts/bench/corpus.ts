/**
 * Builds a large, realistic benchmark corpus from a small set of real news stories.
 * Each synthetic story takes one real story, renames its capitalised names consistently
 * (so aliases still link inside the story but differ between stories), shifts its numbers
 * and years, gives every article a dateline, and recombines the story's sentences into
 * articles of realistic length. Fully deterministic for a given seed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SourceStory {
  name: string;
  /** Per article, its sentences (one per line in the source files). */
  articles: string[][];
}

export interface BenchArticle {
  /** `story-0001/a01.txt`: one folder per story, like the editor's per-folder indexes. */
  file: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Mean article size in UTF-16 units; the ECB articles are shorter than typical web news. */
  meanChars?: number;
}

/** mulberry32: tiny, fast, good enough for shuffling test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every sub-folder of `dir` holding .txt files as one story; a flat folder is one story. */
export function loadStories(dir: string): SourceStory[] {
  const readArticle = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  const stories: SourceStory[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const flat = entries.filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name));
  if (flat.length) stories.push({ name: path.basename(dir), articles: flat.map((e) => readArticle(path.join(dir, e.name))) });
  for (const e of entries.filter((e) => e.isDirectory())) {
    const files = fs.readdirSync(path.join(dir, e.name)).filter((f) => /\.(txt|md)$/.test(f)).sort();
    if (files.length) stories.push({ name: e.name, articles: files.map((f) => readArticle(path.join(dir, e.name, f))) });
  }
  return stories.filter((s) => s.articles.some((a) => a.length > 0));
}

const NAME_WORD = /\b[A-Z][a-z]+\b/g;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'sel', 'dun', 'bri', 'an', 'os', 'tel', 'mar', 'quin', 'ho', 'zet', 'li', 'gar', 'nev', 'ul'];
/** Share of a base article's sentences an article keeps: what makes two articles of a folder report the same facts. */
const KEEP_FROM_PRIMARY = 0.35;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Words that look like names: capitalised somewhere other than the start of a sentence and
 * never seen in lower case. Function words (`The`, `He`) are capitalised only at sentence starts.
 */
function nameWords(stories: SourceStory[]): Set<string> {
  const midCapital = new Set<string>();
  const lower = new Set<string>();
  for (const s of stories) {
    for (const a of s.articles) {
      for (const line of a) {
        for (const m of line.matchAll(NAME_WORD)) if (m.index! > 0) midCapital.add(m[0]);
        for (const m of line.matchAll(/\b[a-z]+\b/g)) lower.add(m[0]);
      }
    }
  }
  const months = new Set([...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  return new Set([...midCapital].filter((w) => !lower.has(w.toLowerCase()) && !months.has(w) && w.length > 2));
}

function inventName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

/** Same digit count, different value; years move by the story's year shift. */
function shiftNumber(digits: string, rand: () => number, yearShift: number): string {
  const n = Number(digits);
  if (digits.length === 4 && n >= 1900 && n <= 2030) return String(n + yearShift);
  if (digits.length === 1) return String(1 + Math.floor(rand() * 9));
  const lo = 10 ** (digits.length - 1);
  return String(lo + Math.floor(rand() * 9 * lo));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Builds `options.articles` articles in story folders of 5–30 articles. */
export function generateCorpus(stories: SourceStory[], options: CorpusOptions): BenchArticle[] {
  if (!stories.length) throw new Error('no source stories');
  const rand = prng(options.seed ?? 42);
  const meanChars = options.meanChars ?? 3000;
  const names = nameWords(stories);
  const namePool = [...names].sort();
  const everySentence = stories.flatMap((s) => s.articles.flat());
  const out: BenchArticle[] = [];
  let storyNo = 0;
  while (out.length < options.articles) {
    storyNo++;
    const size = Math.min(options.articles - out.length, 5 + Math.floor(rand() * 26));
    const base = stories[Math.floor(rand() * stories.length)];
    const yearShift = Math.floor(rand() * 15) - 7;
    const rename = new Map<string, string>();
    const renumber = new Map<string, string>();
    // Each story keeps a few original names so some names repeat across stories, as in real news.
    const keep = rand() * 0.3;
    const rewrite = (line: string) =>
      line
        .replace(NAME_WORD, (w) => {
          if (!names.has(w)) return w;
          let to = rename.get(w);
          if (!to) {
            const r = rand();
            to = r < keep ? w : r < 0.75 ? namePool[Math.floor(rand() * namePool.length)] : inventName(rand);
            rename.set(w, to);
          }
          return to;
        })
        .replace(/\d+/g, (d) => {
          let to = renumber.get(d);
          if (!to) renumber.set(d, (to = shiftNumber(d, rand, yearShift)));
          return to;
        });
    // Real coverage of one story mostly words things differently (3% of the ECB stories' sentences
    // repeat verbatim): articles keep part of a base article and borrow the rest from the whole
    // archive, renamed with this story's names, instead of re-using one story's few sentences.
    const pool = everySentence;
    const storyDay = new Date(Date.UTC(2005 + Math.floor(rand() * 18), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    const folder = `story-${String(storyNo).padStart(4, '0')}`;
    for (let i = 0; i < size; i++) {
      const primary = base.articles[Math.floor(rand() * base.articles.length)];
      const target = meanChars * (0.4 + rand() * 1.2);
      const sentences: string[] = [];
      let length = 0;
      // The primary article's own order first, then sentences borrowed from sibling articles.
      for (let k = 0; length < target && k < primary.length + pool.length; k++) {
        if (k > 0 && k < primary.length && rand() >= KEEP_FROM_PRIMARY) continue;
        const s = k < primary.length ? primary[k] : pool[Math.floor(rand() * pool.length)];
        sentences.push(rewrite(s));
        length += s.length + 1;
      }
      // One article in ten reports one number differently: material for contradictions.
      if (rand() < 0.1) {
        const j = Math.floor(rand() * sentences.length);
        sentences[j] = sentences[j].replace(/\d+/, (d) => String(Number(d) + 1 + Math.floor(rand() * 5)));
      }
      const day = new Date(storyDay.getTime() + Math.floor(rand() * 4) * 86400000);
      const dateline =
        rand() < 0.5
          ? `date ${isoDate(day)}`
          : `Published ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()].slice(0, 3)} ${day.getUTCFullYear()}, ${10 + Math.floor(rand() * 10)}:${String(Math.floor(rand() * 60)).padStart(2, '0')} GMT`;
      const paragraphs: string[] = [];
      for (let k = 1; k < sentences.length; ) {
        const n = 1 + Math.floor(rand() * 3);
        paragraphs.push(sentences.slice(k, k + n).join(' '));
        k += n;
      }
      const text = `${sentences[0]}\n\n${dateline}\n\n${paragraphs.join('\n\n')}\n`;
      out.push({ file: `${folder}/a${String(i + 1).padStart(2, '0')}.txt`, text });
    }
  }
  return out;
}

/** Optional copy on disk (git-ignored `bench-corpus/`) so the CLI can be timed on the same data. */
export function writeCorpus(dir: string, articles: BenchArticle[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const a of articles) {
    const p = path.join(dir, a.file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, a.text);
  }
}
