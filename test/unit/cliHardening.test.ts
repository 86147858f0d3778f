import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, type CheckOptions } from '../../src/cli/args';
import { runCheck, type CliResult } from '../../src/cli/check';
import { Progress } from '../../src/cli/progress';
import { forTerminal } from '../../src/cli/terminalText';
import { loadFolder } from '../../src/node/loadFolder';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = REPO_ROOT): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8', cwd, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away folder tree: [['a.txt', '...'], ['sub/b.txt', '...']]. File names may hold any character. */
function tempTree(files: [string, string][]): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-harden-')), 'src');
  for (const [rel, text] of files) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function options(folder: string, extra: string[] = []): CheckOptions {
  const parsed = parseArgs(['check', folder, '-q', ...extra]);
  if (parsed.command !== 'check') throw new Error(JSON.stringify(parsed));
  return parsed;
}

/** Two sources of one story that disagree on the weekday and the count. */
const STORY_A = 'date 2023-04-18\nPrime Minister Anna Berg visited Oslo on Monday. Ms Berg met 40 workers at the Oslo harbour.\n';
const STORY_B = 'date 2023-04-18\nPrime Minister Anna Berg visited Oslo on Tuesday. Ms Berg met 45 workers at the Oslo harbour.\n';

/** `copies` sources of one story, each giving another count and weekday: every pair disagrees. */
function nearCopies(copies: number, folder: string): [string, string][] {
  const days = ['Monday', 'Tuesday', 'Wednesday'];
  return Array.from({ length: copies }, (_, c) => [
    `${folder}/copy${c}.txt`,
    `date 2023-04-18\nPrime Minister Anna Berg visited Oslo on ${days[c % 3]}. Ms Berg met ${40 + c} workers at the Oslo harbour.\n`,
  ]);
}

describe('command line hardening (issue 16)', () => {
  describe('finding 6: the text format prints no control characters', () => {
    it('drops escape sequences and C1 controls, and a line break in a file name or sentence forges no report line', () => {
      const root = tempTree([
        ['story/evil\x1b]0;pwned\x07\nforged line.txt', STORY_A.replace('visited Oslo', 'visited \x1b[2J\x1b[31mOslo\x9b1m')],
        ['story/b.txt', STORY_B.replace('Ms Berg', 'Ms\r\nforged line Berg')],
      ]);
      const r = run(['check', root]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /contradictions/);
      assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, 'no control character but tab and line feed');
      for (const line of r.stdout.split('\n')) assert.doesNotMatch(line, /^forged/, `forged line: ${JSON.stringify(line)}`);
      assert.match(r.stdout, /evil.*forged line\.txt/, 'the file name is still shown, on one line');
    });

    it('forTerminal keeps ordinary text and tab-free Unicode', () => {
      assert.equal(forTerminal('Zoë met “Ahmed” 😀 in Köln.'), 'Zoë met “Ahmed” 😀 in Köln.');
      assert.equal(forTerminal('a\x1b[31mred\x1b[0m b\x1b]8;;http://x\x1b\\link'), 'ared blink');
      assert.equal(forTerminal('line\nbreak\u2028sep\u202eltr'), 'line break sep ltr');
    });
  });

  describe('finding 4: the report is bounded', () => {
    it('shows at most --max-per-folder contradictions per story folder, says how many more, and counts them in JSON', function () {
      this.timeout(60_000);
      const root = tempTree([...nearCopies(12, 'one'), ...nearCopies(3, 'two')]);
      const json = run(['check', root, '--format', 'json', '-q', '--max-per-folder', '5', '--jobs', '1']);
      assert.equal(json.status, 0, json.stderr);
      const capped = JSON.parse(json.stdout) as CliResult;
      const all = JSON.parse(run(['check', root, '--format', 'json', '-q', '--max-per-folder', '0', '--jobs', '1']).stdout) as CliResult;
      const inFolder = (r: CliResult, folder: string) => r.contradictions.filter((c) => c.file.startsWith(`${folder}/`)).length;
      assert.ok(inFolder(all, 'one') > 5, `the near-copies disagree often (${inFolder(all, 'one')})`);
      assert.equal(inFolder(capped, 'one'), 5);
      assert.equal(inFolder(capped, 'two'), Math.min(5, inFolder(all, 'two')));
      assert.equal(capped.truncated, inFolder(all, 'one') - 5 + Math.max(0, inFolder(all, 'two') - 5));
      assert.equal(all.truncated, 0);
      // The kept ones are the most confident, under the ids they have in the full report.
      const byId = new Map(all.contradictions.map((c) => [c.id, c]));
      for (const c of capped.contradictions) assert.deepEqual(c, byId.get(c.id));
      const text = run(['check', root, '-q', '--max-per-folder', '5', '--jobs', '1']).stdout;
      assert.match(text, new RegExp(`${capped.truncated} more contradictions not shown \\(at most 5 per story folder`));
      assert.match(text, new RegExp(`\\n  one: ${inFolder(all, 'one') - 5} more\\n`));
    });

    it('keeps memory bounded on many folders of near-copies (no heap exhaustion)', function () {
      this.timeout(180_000);
      // 24 folders of 40 near-copies: about 2,600 pairwise contradictions each. Kept whole (the old
      // command line), the report outgrew a 96 MB heap; folder by folder, capped, it stays far below.
      const root = tempTree(Array.from({ length: 24 }, (_, f) => nearCopies(40, `story${String(f).padStart(2, '0')}`)).flat());
      const r = spawnSync('node', ['--max-old-space-size=96', CLI, 'check', root, '--format', 'json', '-q', '--jobs', '1'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      assert.equal(r.status, 0, r.stderr.slice(0, 500));
      const result = JSON.parse(r.stdout) as CliResult;
      assert.equal(result.documents.length, 960);
      // One entry per disagreement (not per pair of files), at most --max-per-folder of them per folder.
      assert.ok(result.contradictions.length + result.truncated <= 24 * 100, `${result.contradictions.length} + ${result.truncated}`);
    });
  });

  describe('finding 5: workers fail safe', () => {
    let workerScript = '';
    before(async function () {
      this.timeout(60_000);
      const esbuild = await import('esbuild');
      workerScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-badworker-')), 'misbehavingWorker.js');
      esbuild.buildSync({ entryPoints: [path.join(REPO_ROOT, 'test/fixtures/misbehavingWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    });

    const story = (marker: string) => [STORY_A.replace('Oslo harbour.', `Oslo harbour. ${marker}`), STORY_B];

    it('keeps the good folders, redoes crashed or exited ones here, and reports the ones that ran out of memory or time', async function () {
      this.timeout(120_000);
      const folders: Record<string, string[]> = {
        good1: story(''),
        crashes: story('WORKER_CRASHES'),
        exits: story('WORKER_EXITS'),
        hangs: story('WORKER_HANGS'),
        oom: story('WORKER_RUNS_OUT_OF_MEMORY'),
        throws: story('ENGINE_THROWS'),
        good2: story(''),
      };
      const root = tempTree(Object.entries(folders).flatMap(([name, texts]) => texts.map((t, i) => [`${name}/s${i}.txt`, t] as [string, string])));
      const serial = await runCheck(options(root, ['--format', 'json', '--jobs', '1']), '0.0.0', new Progress(false));
      const outcome = await runCheck(options(root, ['--format', 'json', '--jobs', '2']), '0.0.0', new Progress(false), workerScript, { batchTimeoutMs: 4000, workerHeapMb: 64, batchChars: 1 });
      const result = JSON.parse(outcome.stdout) as CliResult;
      const indexed = new Set(result.documents.map((d) => d.file.split('/')[0]));
      assert.deepEqual([...indexed].sort(), ['crashes', 'exits', 'good1', 'good2']);
      const reasons = new Map(result.skipped.map((s) => [s.file, s.reason]));
      assert.match(reasons.get('hangs/s0.txt') ?? '', /not indexed: a worker thread gave no answer/);
      assert.match(reasons.get('oom/s1.txt') ?? '', /not indexed: a worker thread ran out of memory/);
      assert.match(reasons.get('throws/s0.txt') ?? '', /not indexed: engine failed on purpose/);
      // What was indexed is what the main thread finds for those folders.
      const expected = (JSON.parse(serial.stdout) as CliResult).contradictions.filter((c) => indexed.has(c.file.split('/')[0]));
      assert.deepEqual(result.contradictions.map((c) => c.text), expected.map((c) => c.text));
      assert.doesNotMatch(outcome.stderr, /\n\s+at /, 'no stack trace without --verbose');
      const verbose = await runCheck(options(root, ['--format', 'json', '--jobs', '2', '--verbose']), '0.0.0', new Progress(false), workerScript, { batchTimeoutMs: 4000, workerHeapMb: 64, batchChars: 1 });
      assert.match(verbose.stderr, /story folder throws .*failed \(threw\)[^]*\n\s+at /);
    });

    it('--verbose is documented', () => {
      assert.match(run(['--help']).stdout, /--verbose/);
      assert.match(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'), /--verbose/);
    });
  });

  describe('finding 8: workspace names that are Object.prototype keys', () => {
    it('indexes files and folders named constructor, __proto__ and toString in every format', () => {
      const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
      const root = tempTree(names.flatMap((dir) => names.map((f, i) => [`${dir}/${f}`, i % 2 ? STORY_A : STORY_B] as [string, string])));
      for (const format of ['text', 'json', 'sarif']) {
        const r = run(['check', root, '--format', format, '--include', '**/*', '-q']);
        assert.equal(r.status, 0, `${format}: ${r.stderr}`);
        assert.doesNotMatch(r.stderr, /is not a function/);
      }
      const result = JSON.parse(run(['check', root, '--format', 'json', '--include', '**/*', '-q']).stdout) as CliResult;
      assert.equal(result.documents.length, 16);
      assert.ok(result.contradictions.some((c) => c.file === '__proto__/constructor'));
    });
  });

  describe('finding 9: a root folder that cannot be read', () => {
    it('exits 2 with a message when the folder cannot be listed (simulated EACCES)', async () => {
      const root = tempTree([['a.txt', STORY_A]]);
      const patched = require('node:fs') as { readdirSync: typeof fs.readdirSync };
      const real = patched.readdirSync;
      patched.readdirSync = ((p: fs.PathLike, ...rest: unknown[]) => {
        if (path.resolve(String(p)) === path.resolve(root)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' });
        return (real as (...a: unknown[]) => unknown)(p, ...rest);
      }) as typeof fs.readdirSync;
      try {
        const outcome = await runCheck(options(root), '0.0.0', new Progress(false));
        assert.equal(outcome.exitCode, 2);
        assert.match(outcome.stderr, /cannot read folder .*no permission/);
      } finally {
        patched.readdirSync = real;
      }
    });

    it('exits 2 when the path given is a file', () => {
      assert.equal(run(['check', path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.endsWith('.txt'))!)]).status, 2);
    });
  });

  describe('finding 10: a closed pipe', () => {
    it('exits 0 without an EPIPE message when the reader stops early (| head -c 5)', function (done) {
      this.timeout(60_000);
      const root = tempTree(Array.from({ length: 4 }, (_, f) => nearCopies(15, `s${f}`)).flat());
      const child = spawn('node', [CLI, 'check', root, '--format', 'json', '-q', '--max-per-folder', '0', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => {
        try {
          assert.equal(code, 0, stderr);
          assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
          done();
        } catch (err) {
          done(err);
        }
      });
    });
  });

  describe('finding 12: each file once, and excluded folders not walked', () => {
    it('counts hard links to one file once', () => {
      const root = tempTree([['story/a.txt', STORY_A], ['story/c.txt', STORY_B]]);
      fs.linkSync(path.join(root, 'story/a.txt'), path.join(root, 'story/b.txt'));
      const { corpus, skipped } = loadFolder(root);
      assert.deepEqual(corpus.files(), ['story/a.txt', 'story/c.txt']);
      assert.deepEqual(skipped, [{ file: 'story/b.txt', reason: 'same file as story/a.txt (a hard link to it)' }]);
    });

    it('does not list the folders an exclude glob covers', () => {
      const root = tempTree([['a.txt', STORY_A], ['node_modules/pkg/readme.txt', STORY_B], ['drafts/old/b.txt', STORY_B], ['keep/c.txt', STORY_B]]);
      const patched = require('node:fs') as { readdirSync: typeof fs.readdirSync };
      const real = patched.readdirSync;
      const listed: string[] = [];
      patched.readdirSync = ((p: fs.PathLike, ...rest: unknown[]) => {
        listed.push(path.relative(root, String(p)));
        return (real as (...a: unknown[]) => unknown)(p, ...rest);
      }) as typeof fs.readdirSync;
      try {
        const { corpus } = loadFolder(root, { exclude: ['**/node_modules/**', 'drafts/**'] });
        assert.deepEqual(corpus.files(), ['a.txt', 'keep/c.txt']);
      } finally {
        patched.readdirSync = real;
      }
      assert.ok(!listed.some((p) => p.startsWith('node_modules') || p.startsWith('drafts')), listed.join(', '));
    });
  });

  describe('finding 13: nothing machine-specific in the output', () => {
    it('SARIF names each folder relative to the working folder, never by absolute path', () => {
      const r = run(['check', 'examples/seeds', '--format', 'sarif']);
      assert.equal(r.status, 0, r.stderr);
      const sarif = JSON.parse(r.stdout);
      assert.doesNotMatch(r.stdout, /file:\/\//);
      assert.doesNotMatch(r.stdout, new RegExp(REPO_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const bases = sarif.runs[0].originalUriBaseIds;
      assert.equal(bases.SRCROOT.uri, 'examples/seeds/');
      assert.equal(bases.SRCROOT.uriBaseId, 'WORKDIR');
      assert.equal(bases.WORKDIR.uri, undefined);
    });

    it("the command line's size-limit message names no editor setting", () => {
      const root = tempTree([['big.txt', 'Anna Berg visited Oslo. '.repeat(260_000)], ['a.txt', STORY_A]]);
      const r = run(['check', root, '--format', 'json', '-q']);
      const reason = (JSON.parse(r.stdout) as CliResult).skipped.find((s) => s.file === 'big.txt')?.reason ?? '';
      assert.match(reason, /over the 5\.0 MB size limit$/);
    });
  });
});
