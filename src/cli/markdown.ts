/**
 * `source-xref check --format markdown`: the editor's contradictions report (src/core/output/markdownReport.ts)
 * for each loaded folder, with the verdicts, labels and marked drafts of the nearest `.sourcexref/verdicts.json`
 * (or the older `accepted.json`) at or above the folder. Links are paths relative to the current directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, closes, CorpusCollection, disagreementsOf, emptyVerdicts, encodePath, fileNameOf, markdownReport, parseVerdicts, sourceLabelOf, VerdictBook, type ReportStory } from '../core';
import { readSmallRegularFile } from '../node/workspaceFiles';

export interface MarkdownPart {
  prefix: string;
  folder: string;
  corpus: CorpusCollection;
}

export async function markdownForParts(parts: readonly MarkdownPart[], minConfidence: number, cwd = process.cwd()): Promise<string> {
  const stories: ReportStory[] = [];
  for (const part of parts) {
    const absolute = path.resolve(part.folder);
    const { root, book } = await verdictsFor(absolute);
    for (const index of part.corpus.indexes()) {
      const files = index.files();
      const storyFolder = CorpusCollection.folderOf(files[0] ?? '');
      const storyPath = path.join(absolute, storyFolder);
      const disagreements = disagreementsOf(index.contradictions(), (f) => index.document(f), minConfidence);
      const draftName = root !== undefined ? book.draftOf(path.relative(root, storyPath).split(path.sep).join('/')) : undefined;
      const draftFile = draftName ? files.find((f) => fileNameOf(f) === draftName) : undefined;
      const draftDoc = draftFile ? index.document(draftFile) : undefined;
      const name = [part.prefix, storyFolder].filter(Boolean).join('/') || fileNameOf(absolute);
      stories.push({
        name,
        disagreements,
        verdictOn: (d) => book.verdictOn(d),
        labelOf: (file) => {
          const doc = index.document(file);
          return doc ? sourceLabelOf(doc, book.labelOf(file)).label : fileNameOf(file);
        },
        lineOf: (file, offset) => {
          const text = index.textOf(file);
          return text === undefined ? undefined : countLines(text, offset);
        },
        draft: draftDoc && draftFile ? checkDraft(draftDoc, index.supportFor(draftFile), disagreements, (d) => closes(book.verdictOn(d))) : undefined,
      });
    }
  }
  return markdownReport(stories, {
    minConfidence,
    linkOf: (file, line) => {
      const part = parts.find((p) => p.corpus.has(file));
      if (!part) return undefined;
      const rel = path.relative(cwd, path.join(path.resolve(part.folder), file)).split(path.sep).join('/');
      return `${encodePath(rel)}${line ? `#L${line}` : ''}`;
    },
  });
}

/** The nearest `.sourcexref` at or above `folder` and what it holds (empty when none or refused). */
async function verdictsFor(folder: string): Promise<{ root: string | undefined; book: VerdictBook }> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.sourcexref'))) {
      for (const file of ['.sourcexref/verdicts.json', '.sourcexref/accepted.json']) {
        const read = await readSmallRegularFile(dir, file);
        if (read.ok) return { root: dir, book: new VerdictBook(parseVerdicts(read.text)) };
        if (read.reason !== 'missing') break;
      }
      return { root: dir, book: new VerdictBook(emptyVerdicts()) };
    }
    if (path.dirname(dir) === dir) return { root: undefined, book: new VerdictBook(emptyVerdicts()) };
  }
}

/** 1-based line of `offset` (\n, \r\n and lone \r end a line, as in the editor). */
function countLines(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
