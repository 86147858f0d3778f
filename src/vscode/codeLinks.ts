import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * Where a diagnostic code (`xref.date`) links to: the README shipped inside the extension, opened at that
 * code's `### xref.date` section (a `#L<line>` fragment, which VS Code's opener turns into a selection).
 * The README is looked up by name whatever its case: vsce ships it as `readme.md`, a checkout has
 * `README.md`, and Linux file names are case-sensitive.
 */

/** The extension's README (`README.md`, `readme.md`, any casing); the conventional name when there is none. */
export function readmeUri(extensionPath: string): vscode.Uri {
  let name = 'README.md';
  try {
    name = fs.readdirSync(extensionPath).find((n) => n.toLowerCase() === 'readme.md') ?? name;
  } catch {
    // unreadable folder: keep the conventional name
  }
  return vscode.Uri.file(path.join(extensionPath, name));
}

/** The link target of `code`: the README at the code's section heading, at its top when there is none. */
export function codeLinkTarget(readme: vscode.Uri, code: string): vscode.Uri {
  const line = headingLinesOf(readme).get(code);
  return readme.with({ fragment: line ? `L${line}` : '' });
}

/** README path → heading text → 1-based line; read once per README (it never changes while the extension runs). */
const headingsByReadme = new Map<string, Map<string, number>>();

function headingLinesOf(readme: vscode.Uri): Map<string, number> {
  let lines = headingsByReadme.get(readme.fsPath);
  if (lines) return lines;
  lines = new Map();
  headingsByReadme.set(readme.fsPath, lines);
  try {
    fs.readFileSync(readme.fsPath, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        const m = /^#{2,4}\s+`?([\w.-]+)`?\s*$/.exec(line);
        if (m && !lines!.has(m[1])) lines!.set(m[1], i + 1);
      });
  } catch {
    // unreadable README: links open it at the top
  }
  return lines;
}
