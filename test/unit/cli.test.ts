import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from '../../src/core/types';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

describe('command line', () => {
  it('prints JSON whose spans slice to their text', () => {
    const out = execFileSync('node', [CLI, 'check', SEEDS_DIR, '--format', 'json'], { encoding: 'utf8' });
    const result = JSON.parse(out) as CheckResult;
    assert.equal(result.documents.length, 3);
    assert.ok(result.entities.length > 10);
    const texts = new Map(result.documents.map((d) => [d.file, fs.readFileSync(path.join(SEEDS_DIR, d.file), 'utf8').replace(/^\uFEFF/, '')]));
    for (const e of result.entities) {
      for (const m of e.mentions) assert.equal(texts.get(m.file)!.slice(m.start, m.end), m.text);
    }
    for (const c of result.contradictions) {
      assert.equal(texts.get(c.file)!.slice(c.start, c.end), c.text);
      for (const r of c.related) assert.equal(texts.get(r.file)!.slice(r.start, r.end), r.text);
    }
  });

  it('exits 2 with a message on a missing folder', () => {
    assert.throws(() => execFileSync('node', [CLI, 'check', '/no/such/folder'], { encoding: 'utf8', stdio: 'pipe' }), (err: { status: number; stderr: string }) => {
      assert.equal(err.status, 2);
      assert.match(err.stderr, /not a folder/);
      return true;
    });
  });
});
