import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('src/core never imports vscode or the adapters', () => {
    const files = tsFiles(path.join(REPO_ROOT, 'src', 'core'));
    assert.ok(files.length > 5, 'core files found');
    const offenders = files.filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|from\s+['"]\.\.\/(vscode|node)\//.test(src);
    });
    assert.deepEqual(offenders.map((f) => path.relative(REPO_ROOT, f)), []);
  });
});
