import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusCollection } from '../core/corpusCollection';
import { decodeSource } from '../core/decode';
import type { SkippedFile } from '../core/report';
import { SourceFilter } from '../core/sourceFilter';

export interface LoadOptions {
  /** Globs relative to the folder; default: every .txt and .md file. */
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
}

export interface LoadedFolder {
  corpus: CorpusCollection;
  skipped: SkippedFile[];
}

/** Reads a folder from disk; each sub-folder becomes its own index. File ids are paths relative to `root`. */
export function loadFolder(root: string, options: LoadOptions = {}, corpus = new CorpusCollection()): LoadedFolder {
  const filter = new SourceFilter(options.include ?? ['**/*.txt', '**/*.md'], options.exclude ?? ['**/node_modules/**', '**/.git/**', '**/.*/**']);
  const skipped: SkippedFile[] = [];
  for (const rel of walk(root, skipped)) {
    if (!filter.matches(rel)) continue;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(root, rel));
    } catch (err) {
      skipped.push({ file: rel, reason: `could not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    const decoded = decodeSource(bytes, options.maxBytes);
    if (!decoded.ok) {
      skipped.push({ file: rel, reason: decoded.reason });
      continue;
    }
    corpus.setDocument(rel, decoded.text);
  }
  return { corpus, skipped };
}

/** Relative file paths under root, sorted; symlinked directories are followed once (no loops). */
function walk(root: string, skipped: SkippedFile[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, rel: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) {
      skipped.push({ file: rel || '.', reason: 'symlink loop: folder already visited' });
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const child = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(child);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          skipped.push({ file: childRel, reason: 'broken symlink' });
          continue;
        }
      }
      if (isDir) visit(child, childRel);
      else if (isFile) out.push(childRel);
    }
  };
  visit(root, '');
  return out;
}
