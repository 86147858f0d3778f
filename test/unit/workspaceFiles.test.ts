import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSmallRegularFile, writeFileInsideWorkspace, WorkspaceWriteError } from '../../src/node/workspaceFiles';

describe('workspace files: reading and writing .sourcexref files safely', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-ws-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-out-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('reads a small regular file; says missing when there is none', async () => {
    fs.mkdirSync(path.join(root, '.sourcexref'));
    fs.writeFileSync(path.join(root, '.sourcexref', 'verdicts.json'), '{"version":2}');
    assert.deepEqual(await readSmallRegularFile(root, '.sourcexref/verdicts.json'), { ok: true, text: '{"version":2}' });
    const missing = await readSmallRegularFile(root, '.sourcexref/accepted.json');
    assert.equal(!missing.ok && missing.reason, 'missing');
  });

  it('refuses a symlink to /dev/zero at once', async function () {
    if (!fs.existsSync('/dev/zero')) return this.skip();
    fs.mkdirSync(path.join(root, '.sourcexref'));
    fs.symlinkSync('/dev/zero', path.join(root, '.sourcexref', 'accepted.json'));
    const started = Date.now();
    const read = await readSmallRegularFile(root, '.sourcexref/accepted.json');
    assert.equal(!read.ok && read.reason, 'symlink');
    assert.ok(Date.now() - started < 1000);
  });

  it('refuses a FIFO, a folder and a file over the size limit without reading them', async function () {
    fs.mkdirSync(path.join(root, '.sourcexref'));
    fs.mkdirSync(path.join(root, '.sourcexref', 'names.json'));
    fs.writeFileSync(path.join(root, '.sourcexref', 'verdicts.json'), 'x'.repeat(2048));
    const big = await readSmallRegularFile(root, '.sourcexref/verdicts.json', 1024);
    assert.equal(!big.ok && big.reason, 'too-large');
    const dir = await readSmallRegularFile(root, '.sourcexref/names.json');
    assert.equal(!dir.ok && dir.reason, 'not-regular');
    try {
      execFileSync('mkfifo', [path.join(root, '.sourcexref', 'fifo.json')]);
    } catch {
      return this.skip();
    }
    const fifo = await readSmallRegularFile(root, '.sourcexref/fifo.json');
    assert.equal(!fifo.ok && fifo.reason, 'not-regular');
  });

  it('refuses to read or write through a linked .sourcexref folder, leaving the target untouched', async () => {
    fs.writeFileSync(path.join(outside, 'verdicts.json'), 'secret');
    fs.symlinkSync(outside, path.join(root, '.sourcexref'));
    const read = await readSmallRegularFile(root, '.sourcexref/verdicts.json');
    assert.equal(!read.ok && read.reason, 'symlink');
    await assert.rejects(writeFileInsideWorkspace(root, '.sourcexref/verdicts.json', 'new'), WorkspaceWriteError);
    assert.equal(fs.readFileSync(path.join(outside, 'verdicts.json'), 'utf8'), 'secret');
  });

  it('refuses to write over a symlinked file, and outside the root', async () => {
    fs.mkdirSync(path.join(root, '.sourcexref'));
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'keep');
    fs.symlinkSync(victim, path.join(root, '.sourcexref', 'verdicts.json'));
    await assert.rejects(writeFileInsideWorkspace(root, '.sourcexref/verdicts.json', 'new'), /symbolic link/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'keep');
    await assert.rejects(writeFileInsideWorkspace(root, '../escape.json', 'x'), /not inside/);
    await assert.rejects(writeFileInsideWorkspace(root, path.join(outside, 'abs.json'), 'x'), /not inside/);
    assert.ok(!fs.existsSync(path.join(path.dirname(root), 'escape.json')));
  });

  it('creates missing folders, replaces the file whole and leaves no temp file', async () => {
    await writeFileInsideWorkspace(root, '.sourcexref/verdicts.json', 'one');
    await writeFileInsideWorkspace(root, '.sourcexref/verdicts.json', 'two');
    assert.equal(fs.readFileSync(path.join(root, '.sourcexref', 'verdicts.json'), 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.join(root, '.sourcexref')), ['verdicts.json']);
    assert.ok(fs.lstatSync(path.join(root, '.sourcexref', 'verdicts.json')).isFile());
  });

  it('works when the workspace root itself is reached through a link', async () => {
    const linkedRoot = path.join(outside, 'ws-link');
    fs.symlinkSync(root, linkedRoot);
    await writeFileInsideWorkspace(linkedRoot, 'report.md', '# r');
    assert.equal(fs.readFileSync(path.join(root, 'report.md'), 'utf8'), '# r');
    const read = await readSmallRegularFile(linkedRoot, 'report.md');
    assert.ok(read.ok);
  });
});
