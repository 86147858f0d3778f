import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusCollection, DEFAULT_MAX_BYTES, SourceFilter, decodeSource, sizeProblem, type SkippedFile } from '../core';

export interface LoadOptions {
  /** Globs relative to the folder; default: every .txt and .md file. */
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
  /** Where the size limit is set, named in skip reasons (default: the editor's setting). */
  limitHint?: string;
}

export interface LoadedFolder {
  corpus: CorpusCollection;
  skipped: SkippedFile[];
  /** Files that were indexed but the user should know about (read as Latin-1, line endings normalised). */
  notices: SkippedFile[];
  /** Set when the folder itself could not be read (no permission, vanished): nothing in it was seen. */
  rootError?: string;
}

export interface ReadSources extends Omit<LoadedFolder, 'corpus'> {
  /** The decoded sources, sorted by path. */
  docs: { file: string; text: string }[];
}

// Opening with O_NONBLOCK means a FIFO that replaced a file cannot block the read forever.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a folder from disk; each sub-folder becomes its own index. File ids are paths relative to
 * `root` with `/` separators. Never throws for anything inside the folder: each problem becomes a
 * `skipped` entry with a reason, and every good file is still indexed.
 *
 * Symlinks: followed only when their target lies inside `root` (so paths, and what the report
 * quotes, stay inside the folder the user chose); a file or folder reached twice through links is
 * read once, and loops are cut. Hard links to one file count once too (same device and inode).
 */
export function loadFolder(root: string, options: LoadOptions = {}, corpus = new CorpusCollection()): LoadedFolder {
  const { docs, ...rest } = readSources(root, options);
  for (const d of docs) corpus.setDocument(d.file, d.text);
  return { corpus, ...rest };
}

/** `loadFolder` without the index: the decoded sources, so a caller can index one story folder at a time. */
export function readSources(root: string, options: LoadOptions = {}): ReadSources {
  const filter = new SourceFilter(options.include ?? ['**/*.txt', '**/*.md'], options.exclude ?? ['**/node_modules/**', '**/.git/**', '**/.*/**']);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const skipped: SkippedFile[] = [];
  const notices: SkippedFile[] = [];
  const docs: { file: string; text: string }[] = [];
  const listed = walk(root, filter, skipped);
  if ('rootError' in listed) return { docs, skipped, notices, rootError: listed.rootError };
  for (const rel of listed.files) {
    const read = readSource(path.join(root, rel), maxBytes, options.limitHint);
    if ('reason' in read) {
      skipped.push({ file: rel, reason: read.reason });
      continue;
    }
    const decoded = decodeSource(read.bytes, maxBytes, options.limitHint);
    if (!decoded.ok) {
      skipped.push({ file: rel, reason: decoded.reason });
      continue;
    }
    if (decoded.notice) notices.push({ file: rel, reason: decoded.notice });
    docs.push({ file: rel, text: decoded.text });
  }
  return { docs, skipped, notices };
}

/**
 * Reads one file through a single descriptor, so the size checked is the size read: it must be a
 * regular file within the limit, and no more than the limit is read even if it grows meanwhile.
 */
function readSource(file: string, maxBytes: number, limitHint: string | undefined): { bytes: Buffer } | { reason: string } {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { reason: 'not a regular file' };
    const problem = sizeProblem(st.size, maxBytes, limitHint);
    if (problem) return { reason: problem };
    // One byte more than the limit allows tells a file that grew past it from one that did not.
    const buffer = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = fs.readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    const grown = length > maxBytes ? sizeProblem(length, maxBytes, limitHint) : undefined;
    if (grown) return { reason: `${grown} (grew while being read)` };
    return { bytes: buffer.subarray(0, length) };
  } catch (err) {
    return { reason: readError(err) };
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already gone; nothing to release
      }
    }
  }
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'deleted or renamed while indexing';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'EISDIR') return 'became a folder while indexing';
  return `could not read (${code ?? String(err)})`;
}

/**
 * Relative paths of the source files under root, sorted, each real file once. Real folders are
 * walked first and symlinked ones afterwards, so a file is reported under its real path when it
 * has one inside the folder. Excluded folders are not entered.
 */
function walk(root: string, filter: SourceFilter, skipped: SkippedFile[]): { files: string[] } | { rootError: string } {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
    // The folder itself must be listable: otherwise the report would look like an empty folder.
    fs.readdirSync(root);
  } catch (err) {
    return { rootError: readError(err) };
  }
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  const seenDirs = new Map<string, string>();
  const direct: string[] = [];
  const linked: string[] = [];
  const linkedDirs: { dir: string; rel: string; ancestors: Set<string> }[] = [];

  const visit = (dir: string, rel: string, ancestors: Set<string>, viaLink: boolean) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (err) {
      skipped.push({ file: rel || '.', reason: readError(err) });
      return;
    }
    if (ancestors.has(real)) {
      skipped.push({ file: rel, reason: 'symlink loop: links back to a folder that contains it' });
      return;
    }
    const first = seenDirs.get(real);
    if (first !== undefined) {
      skipped.push({ file: rel, reason: `same folder as ${first || '.'} (reached through a symlink)` });
      return;
    }
    seenDirs.set(real, rel);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ file: rel || '.', reason: `folder ${readError(err)}` });
      return;
    }
    const below = new Set(ancestors).add(real);
    const files = viaLink ? linked : direct;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const child = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!filter.excludesFolder(childRel)) visit(child, childRel, below, viaLink);
        continue;
      }
      if (!e.isSymbolicLink()) {
        if (!filter.matches(childRel)) continue;
        if (e.isFile()) files.push(childRel);
        else skipped.push({ file: childRel, reason: 'not a regular file (FIFO, socket or device)' });
        continue;
      }
      let target: string;
      let st: fs.Stats;
      try {
        target = fs.realpathSync(child);
        st = fs.statSync(target);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') skipped.push({ file: childRel, reason: 'symlink loop' });
        else if (filter.matches(childRel)) skipped.push({ file: childRel, reason: code === 'ENOENT' ? 'broken symlink' : readError(err) });
        continue;
      }
      if (st.isDirectory()) {
        if (filter.excludesFolder(childRel)) continue;
        if (inside(target)) linkedDirs.push({ dir: child, rel: childRel, ancestors: below });
        else skipped.push({ file: childRel, reason: 'symlink to a folder outside the indexed folder (not followed)' });
        continue;
      }
      if (!st.isFile() || !filter.matches(childRel)) continue;
      if (inside(target)) linked.push(childRel);
      else skipped.push({ file: childRel, reason: 'symlink to a file outside the indexed folder (not followed)' });
    }
  };
  visit(root, '', new Set(), false);
  for (let i = 0; i < linkedDirs.length; i++) visit(linkedDirs[i].dir, linkedDirs[i].rel, linkedDirs[i].ancestors, true);

  // A file reachable under two names (a symlink or a hard link) would confirm itself as a second
  // source: keep one name, the real path if it has one, else the first in sorted order. The device
  // and inode name the file itself, whatever path reached it.
  const seenFiles = new Map<string, string>();
  const unique: string[] = [];
  const viaSymlink = new Set(linked);
  for (const rel of [...direct.sort(), ...linked.sort()]) {
    let st: fs.BigIntStats;
    try {
      st = fs.statSync(path.join(root, rel), { bigint: true });
    } catch {
      unique.push(rel); // vanished: readSource reports it
      continue;
    }
    const id = `${st.dev}:${st.ino}`;
    const first = seenFiles.get(id);
    if (first === undefined) {
      seenFiles.set(id, rel);
      unique.push(rel);
    } else skipped.push({ file: rel, reason: `same file as ${first} (${viaSymlink.has(rel) ? 'reached through a symlink' : 'a hard link to it'})` });
  }
  return { files: unique.sort() };
}
