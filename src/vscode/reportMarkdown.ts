/**
 * Markdown escaping for hover cards (src/vscode/hover.ts). The report itself moved to
 * src/core/output/markdownReport.ts (shared with the CLI), which has its own, lighter escapeMd.
 */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
