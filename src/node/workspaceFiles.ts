/**
 * A workspace path → its bytes read, or new bytes written, without trusting the workspace, and why: a
 * checked-out repository decides what `.sourcexref/verdicts.json` is. It may be a symlink to
 * `/dev/zero` (a read that never ends), a FIFO (a read that never starts), a huge file, or sit in a
 * `.sourcexref` folder that is a symlink to somewhere outside the workspace (a write that lands in
 * `~/.bashrc`). So reads stat first and refuse anything but a small regular file, and writes go only
 * to regular files whose every folder up to the workspace root is a real folder, via a temp file and a
 * rename so a crash never leaves half a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReadRefusal = 'missing' | 'symlink' | 'not-regular' | 'too-large' | 'outside' | 'unreadable';

export type SmallFileRead = { ok: true; text: string } | { ok: false; reason: ReadRefusal; message: string };

/** Default cap for the small JSON files the extension keeps in `.sourcexref/`. */
export const SMALL_FILE_MAX_BYTES = 1024 * 1024;

// O_NOFOLLOW: a symlink swapped in after the lstat fails to open; O_NONBLOCK: a FIFO cannot block the open.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads `root/relativePath` as UTF-8 when it is a regular file of at most `maxBytes` reached through
 * real folders only; otherwise says why not, at once (nothing of a refused file is read).
 */
export async function readSmallRegularFile(root: string, relativePath: string, maxBytes = SMALL_FILE_MAX_BYTES): Promise<SmallFileRead> {
  const target = await resolveInside(root, relativePath);
  if ('reason' in target) return refuse(target.reason, relativePath);
  let handle: fs.promises.FileHandle | undefined;
  try {
    const link = await lstatOrUndefined(target.path);
    if (!link) return refuse('missing', relativePath);
    if (link.isSymbolicLink()) return refuse('symlink', relativePath);
    if (!link.isFile()) return refuse('not-regular', relativePath);
    if (link.size > maxBytes) return refuse('too-large', relativePath, maxBytes);
    handle = await fs.promises.open(target.path, READ_FLAGS);
    // The handle's own stat: what was opened, not what the path pointed at a moment ago.
    const opened = await handle.stat();
    if (!opened.isFile()) return refuse('not-regular', relativePath);
    if (opened.size > maxBytes) return refuse('too-large', relativePath, maxBytes);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) return refuse('too-large', relativePath, maxBytes);
    return { ok: true, text: buffer.subarray(0, bytesRead).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse('missing', relativePath);
    if (code === 'ELOOP') return refuse('symlink', relativePath);
    return refuse('unreadable', relativePath);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export class WorkspaceWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceWriteError';
  }
}

/**
 * Writes `text` to `root/relativePath`, creating missing folders, when the target is (or becomes) a
 * regular file and neither it nor any folder between it and `root` is a symlink; throws a
 * WorkspaceWriteError with a reader-facing message otherwise. Atomic: temp file, then rename.
 */
export async function writeFileInsideWorkspace(root: string, relativePath: string, text: string): Promise<void> {
  const target = await resolveInside(root, relativePath);
  if ('reason' in target) throw new WorkspaceWriteError(message(target.reason, relativePath));
  // Every folder below the root: created when missing, refused when it is a link or not a folder.
  let dir = target.root;
  for (const segment of target.segments.slice(0, -1)) {
    dir = path.join(dir, segment);
    let stat = await lstatOrUndefined(dir);
    if (!stat) {
      await fs.promises.mkdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw new WorkspaceWriteError(`cannot create ${relativeOf(target.root, dir)}: ${e.code ?? 'error'}`);
      });
      stat = await lstatOrUndefined(dir);
    }
    if (!stat || stat.isSymbolicLink() || !stat.isDirectory()) throw new WorkspaceWriteError(`${relativeOf(target.root, dir)} is not a plain folder inside the workspace (a symbolic link?); nothing was written`);
  }
  // The folder's real path must be where the segments say: no link anywhere on the way.
  const realDir = await fs.promises.realpath(dir);
  if (realDir !== dir) throw new WorkspaceWriteError(`${relativeOf(target.root, dir)} resolves outside the workspace; nothing was written`);
  const existing = await lstatOrUndefined(target.path);
  if (existing && (existing.isSymbolicLink() || !existing.isFile())) throw new WorkspaceWriteError(message(existing.isSymbolicLink() ? 'symlink' : 'not-regular', relativePath));
  const temp = path.join(dir, `.${path.basename(target.path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    // 'wx': O_CREAT|O_EXCL, so the temp name cannot be a link planted in between.
    await fs.promises.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
    await fs.promises.rename(temp, target.path);
  } catch (e) {
    await fs.promises.unlink(temp).catch(() => undefined);
    if (e instanceof WorkspaceWriteError) throw e;
    throw new WorkspaceWriteError(`cannot write ${relativePath}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

interface InsidePath {
  /** The root's real path. */
  root: string;
  segments: string[];
  path: string;
}

/** `root/relativePath` with the root's real path, or `outside` when the relative path leaves it. */
async function resolveInside(root: string, relativePath: string): Promise<InsidePath | { reason: ReadRefusal }> {
  const segments = relativePath.split(/[\\/]+/).filter((s) => s && s !== '.');
  if (path.isAbsolute(relativePath) || segments.length === 0 || segments.some((s) => s === '..')) return { reason: 'outside' };
  let realRoot: string;
  try {
    realRoot = await fs.promises.realpath(root);
  } catch {
    return { reason: 'missing' };
  }
  // Reads check the folders too: a linked `.sourcexref` could point anywhere.
  let dir = realRoot;
  for (const segment of segments.slice(0, -1)) {
    dir = path.join(dir, segment);
    const stat = await lstatOrUndefined(dir);
    if (stat && (stat.isSymbolicLink() || !stat.isDirectory())) return { reason: stat.isSymbolicLink() ? 'symlink' : 'not-regular' };
  }
  return { root: realRoot, segments, path: path.join(realRoot, ...segments) };
}

async function lstatOrUndefined(p: string): Promise<fs.Stats | undefined> {
  try {
    return await fs.promises.lstat(p);
  } catch {
    return undefined;
  }
}

function relativeOf(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

function refuse(reason: ReadRefusal, relativePath: string, maxBytes?: number): SmallFileRead {
  return { ok: false, reason, message: message(reason, relativePath, maxBytes) };
}

function message(reason: ReadRefusal, relativePath: string, maxBytes?: number): string {
  switch (reason) {
    case 'missing':
      return `${relativePath} does not exist`;
    case 'symlink':
      return `${relativePath} (or a folder on its way) is a symbolic link; it is neither read nor written`;
    case 'not-regular':
      return `${relativePath} is not a regular file; it is neither read nor written`;
    case 'too-large':
      return `${relativePath} is larger than ${Math.round((maxBytes ?? SMALL_FILE_MAX_BYTES) / 1024)} KB; it is not read`;
    case 'outside':
      return `${relativePath} is not inside the workspace folder`;
    default:
      return `${relativePath} could not be read`;
  }
}
