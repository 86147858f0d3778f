import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CheckResult } from '../../src/core/types';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = REPO_ROOT): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8', cwd });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away folder tree: { 'a.txt': '...', 'sub/b.txt': '...' }. */
function tempTree(files: Record<string, string>, name = 'src'): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-cli-')), name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const STORY = 'Prime Minister Anna Berg visited Oslo on Monday. Ms Berg met 40 workers at the Oslo harbour.\n';

describe('command line', () => {
  it('gives the same JSON with story folders indexed in worker threads as on the main thread', function () {
    this.timeout(30000);
    const files: Record<string, string> = {};
    for (const f of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8');
      files[`story-a/${f}`] = text;
      files[`story-b/${f}`] = text.replace(/\b(date|Published)\b[^\n]*\n/g, '\n');
    }
    const root = tempTree(files);
    const serial = run(['check', root, '--format', 'json', '--jobs', '1', '-q']);
    const threaded = run(['check', root, '--format', 'json', '--jobs', '2', '-q']);
    assert.equal(serial.status, 0, serial.stderr);
    assert.equal(threaded.status, 0, threaded.stderr);
    assert.ok((JSON.parse(serial.stdout) as CheckResult).contradictions.length > 0);
    assert.equal(threaded.stdout, serial.stdout);
    assert.equal(run(['check', root, '--jobs', 'many']).status, 2);
  });

  it('prints JSON whose spans slice to their text', () => {
    const out = execFileSync('node', [CLI, 'check', SEEDS_DIR, '--format', 'json'], { encoding: 'utf8', stdio: 'pipe' });
    const result = JSON.parse(out) as CheckResult;
    assert.equal(result.version, 2);
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
    for (const t of result.times) assert.equal(texts.get(t.file)!.slice(t.start, t.end), t.text);
  });

  it('lists every resolved time in the JSON with an ISO 8601 value at the precision of the text', () => {
    const out = execFileSync('node', [CLI, 'check', SEEDS_DIR, '--format', 'json'], { encoding: 'utf8', stdio: 'pipe' });
    const times = (JSON.parse(out) as CheckResult).times;
    const valueOf = (file: string, text: string) => times.filter((t) => t.file.startsWith(file) && t.text === text).map((t) => t.value);
    // 002 is dated 2023-04-18: Mariupol `was captured by Russian troops in May` 2022, and `Last month` is March 2023.
    assert.deepEqual(valueOf('002_', 'May'), ['2022-05']);
    assert.deepEqual(valueOf('002_', 'Last month'), ['2023-03']);
    assert.deepEqual(valueOf('000_', 'March 2022'), ['2022-03']);
    assert.ok(times.every((t) => t.value === undefined || /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?(?:\/[\d-]+)?$/.test(t.value)), JSON.stringify(times));
  });

  it('prints a text report by default', () => {
    const r = run(['check', SEEDS_DIR]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^3 sources, [\d,]+ entities, (?:1 contradiction|[\d,]+ contradictions)\n/);
    assert.match(r.stdout, /000_a4f6c19284eff014\.txt/);
  });

  it('prints SARIF 2.1.0 with a rule per contradiction kind and one artifact per source', () => {
    const r = run(['check', SEEDS_DIR, '--format', 'sarif']);
    assert.equal(r.status, 0);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'source-xref');
    const ruleIds: string[] = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const kind of ['date', 'number', 'ordinal', 'place', 'negation', 'other']) assert.ok(ruleIds.includes(`xref.${kind}`), kind);
    assert.equal(run0.artifacts.length, 3);
    // Relative to the working folder (finding 13 of issue 16): no absolute local path in a shared report.
    assert.equal(run0.originalUriBaseIds.SRCROOT.uri, path.relative(REPO_ROOT, SEEDS_DIR).split(path.sep).join('/') + '/');
    assert.ok(Array.isArray(run0.results));
    for (const res of run0.results) {
      assert.equal(ruleIds[res.ruleIndex], res.ruleId);
      const region = res.locations[0].physicalLocation.region;
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength']) assert.equal(typeof region[k], 'number', k);
    }
  });

  it('exits 2 with a message on a missing folder', () => {
    assert.throws(() => execFileSync('node', [CLI, 'check', '/no/such/folder'], { encoding: 'utf8', stdio: 'pipe' }), (err: { status: number; stderr: string }) => {
      assert.equal(err.status, 2);
      assert.match(err.stderr, /not a folder/);
      return true;
    });
  });

  it('exits 2 on usage errors and 0 on --help / --version', () => {
    for (const args of [[], ['frobnicate'], ['check'], ['check', SEEDS_DIR, '--format', 'xml'], ['check', SEEDS_DIR, '--bogus'], ['check', SEEDS_DIR, '--min-confidence', '2'], ['check', SEEDS_DIR, '--fail-on', 'warning'], ['check', SEEDS_DIR, '--include']]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /source-xref: .+\n\nUsage:/, args.join(' '));
    }
    const help = run(['--help']);
    assert.equal(help.status, 0);
    for (const word of ['--format', '--include', '--exclude', '--fail-on', '--min-confidence', '--quiet', '--version', 'Exit codes', 'sarif']) assert.ok(help.stdout.includes(word), word);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('--fail-on contradiction exits 1 exactly when contradictions are reported', () => {
    const r = run(['check', SEEDS_DIR, '--format', 'json', '--fail-on', 'contradiction']);
    const result = JSON.parse(r.stdout) as CheckResult;
    assert.equal(r.status, result.contradictions.length > 0 ? 1 : 0);
    // Without --fail-on, contradictions never change the exit code.
    assert.equal(run(['check', SEEDS_DIR, '--format', 'json']).status, 0);
  });

  it('--min-confidence keeps only contradictions at or above the threshold', () => {
    const all = JSON.parse(run(['check', SEEDS_DIR, '--format', 'json']).stdout) as CheckResult;
    const high = JSON.parse(run(['check', SEEDS_DIR, '--format', 'json', '--min-confidence', '0.9']).stdout) as CheckResult;
    assert.deepEqual(
      high.contradictions.map((c) => c.text),
      all.contradictions.filter((c) => c.confidence >= 0.9).map((c) => c.text),
    );
    const none = run(['check', SEEDS_DIR, '--format', 'json', '--min-confidence', '1', '--fail-on', 'contradiction']);
    assert.equal(none.status, (JSON.parse(none.stdout) as CheckResult).contradictions.length ? 1 : 0);
  });

  it('--include and --exclude choose the files, relative to the folder', () => {
    const root = tempTree({ 'a.txt': STORY, 'b.md': STORY, 'notes.log': STORY, 'drafts/c.txt': STORY, '.hidden/d.txt': STORY });
    const files = (args: string[]) => (JSON.parse(run(['check', root, '--format', 'json', ...args]).stdout) as CheckResult).documents.map((d) => d.file).sort();
    assert.deepEqual(files([]), ['a.txt', 'b.md', 'drafts/c.txt']);
    assert.deepEqual(files(['--include', '*.txt']), ['a.txt']);
    assert.deepEqual(files(['--include', '**/*.txt', '--include', '*.log']), ['a.txt', 'drafts/c.txt', 'notes.log']);
    assert.deepEqual(files(['--exclude', 'drafts/**']), ['a.txt', 'b.md']);
    assert.deepEqual(files(['--exclude=**/*.md', '--exclude', 'drafts/**']), ['a.txt']);
  });

  it('prefixes paths by folder name when several folders are given', () => {
    const one = tempTree({ 'a.txt': STORY }, 'alpha');
    const two = tempTree({ 'a.txt': STORY, 'b.txt': STORY }, 'beta');
    const r = run(['check', one, two, '--format', 'json']);
    assert.equal(r.status, 0);
    const result = JSON.parse(r.stdout) as CheckResult;
    assert.deepEqual(result.documents.map((d) => d.file), ['alpha/a.txt', 'beta/a.txt', 'beta/b.txt']);
    assert.equal(new Set(result.entities.map((e) => e.id)).size, result.entities.length);
    for (const e of result.entities) for (const m of e.mentions) assert.match(m.file, /^(alpha|beta)\//);
    // Same folder name twice: the paths as given tell them apart.
    const clash = tempTree({ 'x.txt': STORY }, 'alpha');
    const rel = (p: string) => path.relative(REPO_ROOT, p).replace(/\\/g, '/');
    const both = JSON.parse(run(['check', rel(one), rel(clash), '--format', 'json']).stdout) as CheckResult;
    assert.deepEqual(both.documents.map((d) => d.file), [`${rel(one)}/a.txt`, `${rel(clash)}/x.txt`]);
  });

  it('shows no progress when stderr is piped, and --quiet drops the summary', () => {
    const r = run(['check', SEEDS_DIR, '--format', 'json']);
    assert.doesNotMatch(r.stderr, /\r|\x1b\[/);
    assert.match(r.stderr, /3 sources/);
    assert.equal(run(['check', SEEDS_DIR, '--format', 'json', '--quiet']).stderr, '');
  });
});
