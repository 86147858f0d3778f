/**
 * What a file looks like (type, size, real path) → whether the extension may read it, and why: a workspace
 * is untrusted input, so a settings file or source that is a link to a device (`names.json -> /dev/zero`),
 * a link out of the workspace, or a huge file is refused before a single byte is read. No vscode import.
 */
import * as path from 'node:path';

export interface FileFacts {
  /** A regular file (after following links). */
  isFile: boolean;
  /** The path itself is a symbolic link. */
  isSymbolicLink: boolean;
  size: number;
}

/** Why the file must not be read whole, or undefined when it may be. */
export function readRefusal(facts: FileFacts, maxBytes: number, options: { allowLinks: boolean }): string | undefined {
  if (facts.isSymbolicLink && !options.allowLinks) return 'it is a symbolic link';
  if (!facts.isFile) return 'it is not a regular file';
  if (facts.size > maxBytes) return `it is larger than ${formatBytes(maxBytes)}`;
  return undefined;
}

/** True when `realFile` (a resolved path) lies inside one of the resolved workspace roots. */
export function isInsideRoots(realFile: string, realRoots: readonly string[], sep: string = path.sep): boolean {
  return realRoots.some((root) => {
    const withSep = root.endsWith(sep) ? root : root + sep;
    return realFile === root || realFile.startsWith(withSep);
  });
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
