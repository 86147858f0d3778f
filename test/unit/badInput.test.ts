import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeSource, normaliseLineEndings } from '../../src/core/text/decode';
import { toCheckResult } from '../../src/core/output/report';
import { loadFolder } from '../../src/node/loadFolder';
import { spanProblems } from '../../scripts/fuzz/spans';

const GOOD = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday.\nMrs Merkel said 40 people attended.\n';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sx-bad-'));
}

function write(dir: string, rel: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), data);
}

function utf16(text: string, bigEndian: boolean, bom = true): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (bigEndian) le.swap16();
  return le;
}

describe('bad input: loadFolder on a folder nobody curated', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips each bad file with a specific reason and still indexes every good one', () => {
    write(dir, 'good.txt', GOOD);
    write(dir, 'empty.txt', '');
    write(dir, 'blank.txt', ' \n\t\r\n');
    write(dir, 'nul.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x48]));
    write(dir, 'report.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 0x41)]));
    write(dir, 'cyrillic.txt', Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed, 0x20, 0xf1, 0xea, 0xe0, 0xe7, 0xe0, 0xeb, 0x2e]));
    write(dir, 'utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    write(dir, 'huge.txt', Buffer.alloc(6 * 1024 * 1024, 0x61));
    write(dir, 'latin1.txt', Buffer.from('Fran\xe7ois Hollande met \x93Mr Putin\x94 in K\xf6ln.\n', 'latin1'));
    write(dir, 'utf16le.txt', utf16(GOOD, false));
    write(dir, 'utf16be.txt', utf16(GOOD, true));
    write(dir, 'utf16-nobom.txt', utf16(GOOD, false, false));
    write(dir, 'bom.txt', `\uFEFF${GOOD}`);
    write(dir, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const { corpus, skipped, notices } = loadFolder(dir);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons['empty.txt'], /empty file/);
    assert.match(reasons['blank.txt'], /only whitespace/);
    assert.match(reasons['nul.txt'], /binary file \(NUL byte/);
    assert.match(reasons['report.txt'], /PDF document/);
    assert.match(reasons['cyrillic.txt'], /not UTF-8.*legacy encoding/);
    assert.match(reasons['utf32.txt'], /UTF-32/);
    assert.match(reasons['huge.txt'], /6\.0 MB, over the 5\.0 MB size limit/);
    assert.equal(reasons['image.png'], undefined, 'files outside the include globs are not mentioned');
    assert.equal(skipped.length, 7, JSON.stringify(skipped));

    assert.deepEqual(corpus.files(), ['bom.txt', 'good.txt', 'latin1.txt', 'utf16-nobom.txt', 'utf16be.txt', 'utf16le.txt']);
    for (const f of ['bom.txt', 'utf16le.txt', 'utf16be.txt', 'utf16-nobom.txt']) assert.equal(corpus.indexFor(f)!.textOf(f), GOOD, f);
    assert.equal(corpus.indexFor('latin1.txt')!.textOf('latin1.txt'), 'François Hollande met “Mr Putin” in Köln.\n');
    assert.deepEqual(notices.map((n) => n.file), ['latin1.txt', 'utf16-nobom.txt']);
    assert.match(notices[0].reason, /read as Latin-1/);
  });

  it('honours a smaller size limit before reading the file', () => {
    write(dir, 'a.txt', GOOD);
    write(dir, 'b.txt', GOOD.repeat(100));
    const { corpus, skipped } = loadFolder(dir, { maxBytes: 1000 });
    assert.deepEqual(corpus.files(), ['a.txt']);
    assert.match(skipped[0].reason, /over the 0\.0 MB size limit|size limit/);
  });

  it('cuts symlink loops, keeps links inside the folder and does not follow links out of it', function () {
    const outside = tempDir();
    try {
      write(outside, 'secret.txt', GOOD);
      write(dir, 'story/a.txt', GOOD);
      try {
        fs.symlinkSync('..', path.join(dir, 'story', 'loop'));
      } catch {
        this.skip(); // no symlinks on this machine (Windows without developer mode)
      }
      fs.symlinkSync(path.join(dir, 'story'), path.join(dir, 'alias'));
      fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
      fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'story', 'leak.txt'));
      fs.symlinkSync(outside, path.join(dir, 'elsewhere'));
      fs.symlinkSync('a.txt', path.join(dir, 'story', 'z-copy.txt'));

      const { corpus, skipped } = loadFolder(dir);
      assert.deepEqual(corpus.files(), ['story/a.txt'], 'each real file inside the folder once');
      const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
      assert.match(reasons['story/loop'], /symlink loop/);
      assert.match(reasons['alias'], /same folder as story/);
      assert.match(reasons['self.txt'], /symlink loop/);
      assert.match(reasons['dangling.txt'], /broken symlink/);
      assert.match(reasons['story/leak.txt'], /symlink to a file outside the indexed folder/);
      assert.match(reasons['elsewhere'], /symlink to a folder outside the indexed folder/);
      assert.match(reasons['story/z-copy.txt'], /same file as story\/a.txt/);
      assert.equal(skipped.length, 7, JSON.stringify(skipped));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('does not throw when a file is deleted, replaced by a folder or unreadable while indexing', () => {
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) write(dir, name, GOOD);
    // Pull files away between the directory listing and the read.
    // The module object itself (a namespace import is read-only), so loadFolder sees the patch.
    const patched = require('node:fs') as { openSync: typeof fs.openSync };
    const realOpen = patched.openSync;
    patched.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
      const p = String(file);
      if (p.endsWith('b.txt') && fs.existsSync(p)) fs.rmSync(p);
      if (p.endsWith('c.txt') && fs.statSync(p).isFile()) {
        fs.rmSync(p);
        fs.mkdirSync(p);
      }
      return (realOpen as (...a: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync;
    try {
      const { corpus, skipped } = loadFolder(dir);
      assert.deepEqual(corpus.files(), ['a.txt', 'd.txt']);
      const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
      assert.match(reasons['b.txt'], /deleted or renamed while indexing/);
      assert.match(reasons['c.txt'], /not a regular file|became a folder/);
    } finally {
      patched.openSync = realOpen;
    }
  });

  it('reports a FIFO instead of blocking on it', function () {
    write(dir, 'a.txt', GOOD);
    try {
      require('node:child_process').execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    } catch {
      this.skip();
    }
    const { corpus, skipped } = loadFolder(dir);
    assert.deepEqual(corpus.files(), ['a.txt']);
    assert.deepEqual(skipped, [{ file: 'pipe.txt', reason: 'not a regular file (FIFO, socket or device)' }]);
  });

  it('loads 10,000 files in 100 folders', function () {
    this.timeout(60_000);
    for (let f = 0; f < 100; f++) {
      fs.mkdirSync(path.join(dir, `story${f}`));
      for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `story${f}`, `s${i}.txt`), `Source ${i} of story ${f}: Angela Merkel visited Paris.\n`);
    }
    const started = Date.now();
    const { corpus, skipped } = loadFolder(dir);
    const elapsed = Date.now() - started;
    assert.equal(corpus.files().length, 10_000);
    assert.equal(corpus.indexes().length, 100);
    assert.deepEqual(skipped, []);
    // Reported, not asserted: timing belongs to `npm run fuzz`, not to unit tests.
    if (process.env.SX_VERBOSE) console.log(`      loadFolder: 10,000 files in ${elapsed} ms`);
  });
});

describe('bad input: decoding and offsets', () => {
  it('strips a UTF-8 BOM: offsets count from the first character after it', () => {
    const dir = tempDir();
    try {
      write(dir, 'bom.txt', `\uFEFF${GOOD}`);
      write(dir, 'plain.txt', GOOD);
      const { corpus } = loadFolder(dir);
      const result = toCheckResult(corpus);
      const byFile = (f: string) => result.entities.flatMap((e) => e.mentions).filter((m) => m.file === f).map(({ start, end, text }) => ({ start, end, text }));
      assert.ok(byFile('plain.txt').length > 0, 'the engine finds names in the sample');
      assert.deepEqual(byFile('bom.txt'), byFile('plain.txt'), 'a BOM shifts no offset');
      assert.deepEqual(spanProblems(result, (f) => corpus.indexFor(f)?.textOf(f)), []);
      const merkel = byFile('bom.txt').find((m) => m.text.includes('Merkel'));
      assert.equal(merkel?.start, 0, 'the first name starts at offset 0, not 1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps CRLF line endings so offsets match the editor, and spans never swallow the CR', () => {
    const crlf = GOOD.replace(/\n/g, '\r\n');
    const decoded = decodeSource(Buffer.from(crlf));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, crlf);
    const dir = tempDir();
    try {
      write(dir, 'crlf.txt', crlf);
      const { corpus } = loadFolder(dir);
      const result = toCheckResult(corpus);
      assert.deepEqual(spanProblems(result, (f) => corpus.indexFor(f)?.textOf(f)), []);
      const mentions = result.entities.flatMap((e) => e.mentions);
      assert.ok(mentions.length > 0);
      for (const m of mentions) assert.ok(!m.text.includes('\r'), `${m.text} holds a CR`);
      const second = mentions.find((m) => m.start > crlf.indexOf('\r\n'));
      assert.ok(second, 'a name on the second line');
      assert.equal(second.start, crlf.indexOf(second.text, crlf.indexOf('\r\n')), 'CRLF counts as two code units');
      for (const s of corpus.indexFor('crlf.txt')!.document('crlf.txt')!.sentences) assert.ok(!/[\r\n]/.test(crlf.slice(s.start, s.end)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('normalises mixed line endings the way VS Code does', () => {
    assert.deepEqual(normaliseLineEndings('a\r\nb\nc\r\n'), { text: 'a\r\nb\r\nc\r\n', normalisedTo: 'CRLF' });
    assert.deepEqual(normaliseLineEndings('a\nb\r\nc\n'), { text: 'a\nb\nc\n', normalisedTo: 'LF' });
    assert.deepEqual(normaliseLineEndings('a\rb\rc'), { text: 'a\r\nb\r\nc', normalisedTo: 'CRLF' });
    assert.deepEqual(normaliseLineEndings('a\r\nb\r\n'), { text: 'a\r\nb\r\n' });
    const decoded = decodeSource(Buffer.from('Paris.\r\nLondon.\nRome.\r\n'));
    assert.ok(decoded.ok && decoded.text === 'Paris.\r\nLondon.\r\nRome.\r\n' && /mixed line endings/.test(decoded.notice ?? ''));
  });

  it('keeps mostly-UTF-8 text as UTF-8 when a few bytes are broken', () => {
    const bytes = Buffer.concat([Buffer.from('José Ramos met Zoë in Köln.'), Buffer.from([0x93]), Buffer.from(' Truncated: '), Buffer.from('é').subarray(0, 1)]);
    const decoded = decodeSource(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, 'utf-8');
    assert.ok(decoded.text.startsWith('José Ramos met Zoë in Köln.\uFFFD'));
    assert.match(decoded.notice ?? '', /2 invalid byte/);
  });

  it('refuses bytes that are not Windows-1252 either, and corrupt UTF-16', () => {
    const undef = decodeSource(Buffer.from([0x41, 0x20, 0xe9, 0x81, 0x42, 0x20, 0x43, 0x44, 0x45, 0x46]));
    assert.ok(!undef.ok && /byte 0x81 at 3/.test(undef.reason));
    const odd = decodeSource(Buffer.concat([utf16('Paris', false), Buffer.from([0x41])]));
    assert.ok(!odd.ok && /UTF-16LE file is corrupt/.test(odd.reason));
    const gz = decodeSource(Buffer.from([0x1f, 0x8b, 8, 0]));
    assert.ok(!gz.ok && /gzip/.test(gz.reason));
    const bomOnly = decodeSource(Buffer.from([0xef, 0xbb, 0xbf]));
    assert.ok(!bomOnly.ok && /byte-order mark/.test(bomOnly.reason));
  });
});
