import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { toCheckResult } from '../../src/core/output/report';

/** Articles to edit: the seeds (dated, with contradictions) plus small ECB story folders when the shared corpus is there. */
export function loadArticles(ecbDir: string | undefined, seedsDir: string, stories = ['20_ecb', '38_ecb', '16_ecb']): string[] {
  const dirs = [seedsDir, ...(ecbDir ? stories.map((s) => path.join(ecbDir, s)).filter((d) => fs.existsSync(d)) : [])];
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
    }
  }
  return texts;
}

/** Snippets an editor might type or paste: dates, numbers, names, negations, odd Unicode, line breaks. */
export const FRAGMENTS = [
  ' ', '\n', '\r\n', '\n\n', '.', ' said. ', 'Mr ', 'the ', ' not ',
  'On Tuesday, ', 'last month ', ' on 12 March 2023', ' in 2009', ' at least 40 people', ' 1,200 troops', ' for the third time',
  ' Vladimir Putin', ' Mr Putin', 'President Zelensky ', ' Kherson region', ' the United Nations', ' Paris', ' Lindsay Lohan',
  '"He was here," she said. ', '“quoted”', 'José\u0301 ', ' 😀 ', ' 𝐀𝐁 ', ' مرحبا ', ' Ⅻ ', '\u200b', '\uFFFD',
];

export type Step =
  | { kind: 'create'; folder: number; name: number; article: number }
  | { kind: 'insert'; target: number; at: number; fragment: number }
  | { kind: 'delete-range'; target: number; at: number; length: number }
  | { kind: 'paste-sentence'; target: number; at: number; article: number; line: number }
  | { kind: 'remove'; target: number }
  | { kind: 'rename'; target: number; folder: number; name: number }
  | { kind: 'query'; target: number; at: number }
  | { kind: 'stamp'; target: number; date: number };

/** Date header lines, so documents gain and lose their own date and the folder's inferred date moves. */
const STAMPS = [' date 2023-04-18 All Sections\n', 'Published 17 April 2023\n', ' date 2009-01-05\n', 'Updated March 3, 2023\n'];

const FOLDERS = ['a', 'b', 'a/deep'];

export function stepArbitrary(articleCount: number): fc.Arbitrary<Step> {
  const target = fc.nat();
  const at = fc.nat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), folder: fc.nat(FOLDERS.length - 1), name: fc.nat(5), article: fc.nat(articleCount - 1) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), target, at, fragment: fc.nat(FRAGMENTS.length - 1) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete-range' as const), target, at, length: fc.nat(200) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste-sentence' as const), target, at, article: fc.nat(articleCount - 1), line: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), target }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), target, folder: fc.nat(FOLDERS.length - 1), name: fc.nat(5) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('query' as const), target, at }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('stamp' as const), target, date: fc.nat(STAMPS.length - 1) }) },
  );
}

/**
 * Applies steps to a plain map (the model) and to an incremental collection side by side;
 * `query` steps read the collection so its lazy caches are built in intermediate states.
 */
export class IncrementalRun {
  readonly files = new Map<string, string>();
  readonly corpus = new CorpusCollection();

  constructor(private readonly articles: string[]) {}

  apply(step: Step): void {
    const names = [...this.files.keys()].sort();
    const pick = (n: number) => (names.length ? names[n % names.length] : undefined);
    switch (step.kind) {
      case 'create':
        return this.set(`${FOLDERS[step.folder]}/s${step.name}.txt`, this.articles[step.article]);
      case 'insert':
      case 'paste-sentence': {
        const file = pick(step.target);
        if (!file) return;
        const text = this.files.get(file)!;
        const at = step.at % (text.length + 1);
        const piece = step.kind === 'insert' ? FRAGMENTS[step.fragment] : lineOf(this.articles[step.article], step.line);
        return this.set(file, text.slice(0, at) + piece + text.slice(at));
      }
      case 'delete-range': {
        const file = pick(step.target);
        if (!file) return;
        const text = this.files.get(file)!;
        const at = step.at % (text.length + 1);
        return this.set(file, text.slice(0, at) + text.slice(at + step.length));
      }
      case 'remove': {
        const file = pick(step.target);
        if (!file) return;
        this.files.delete(file);
        this.corpus.removeDocument(file);
        return;
      }
      case 'rename': {
        const from = pick(step.target);
        const to = `${FOLDERS[step.folder]}/r${step.name}.txt`;
        if (!from || from === to) return;
        this.files.set(to, this.files.get(from)!);
        this.files.delete(from);
        this.corpus.renameDocument(from, to);
        return;
      }
      case 'stamp': {
        const file = pick(step.target);
        if (file) this.set(file, STAMPS[step.date] + this.files.get(file)!);
        return;
      }
      case 'query': {
        toCheckResult(this.corpus);
        const file = pick(step.target);
        if (file) this.corpus.mentionAt(file, step.at % (this.files.get(file)!.length + 1));
        return;
      }
    }
  }

  private set(file: string, text: string): void {
    this.files.set(file, text);
    this.corpus.setDocument(file, text);
  }
}

function lineOf(article: string, n: number): string {
  const lines = article.split('\n').filter((l) => l.trim());
  return lines.length ? `${lines[n % lines.length]}\n` : '';
}

/** The report a fresh index gives for these files, added in the given order. */
export function freshResultJson(files: Map<string, string>, order = [...files.keys()]): string {
  const corpus = new CorpusCollection();
  for (const f of order) corpus.setDocument(f, files.get(f)!);
  return JSON.stringify(toCheckResult(corpus));
}

/** First differing line of two pretty-printed reports, for failure messages. */
export function firstDifference(a: string, b: string): string {
  const la = JSON.stringify(JSON.parse(a), null, 1).split('\n');
  const lb = JSON.stringify(JSON.parse(b), null, 1).split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i}: incremental ${la[i]?.trim()} vs fresh ${lb[i]?.trim()}`;
  }
  return 'identical';
}
