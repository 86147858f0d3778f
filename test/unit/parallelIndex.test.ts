import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { CorpusIndex, SNAPSHOT_PACKING, type FolderSnapshot } from '../../src/core/index/corpusIndex';
import { pack, unpack } from '../../src/core/index/plainDataCodec';
import { indexInParallel, workerHeapLimitMb } from '../../src/node/parallelIndex';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

describe('parallel cold indexing', () => {
  it('gives the same analyses, entities and contradictions as the main thread', async function () {
    this.timeout(60000);
    // Worker threads load a file: bundle the worker entry the way the benchmark does.
    const esbuild = await import('esbuild');
    const workerScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-worker-')), 'analyzeWorker.js');
    esbuild.buildSync({ entryPoints: [path.join(REPO_ROOT, 'src/node/analyzeWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
    // Two story folders, so batches span folders; one undated copy borrows its folder's date.
    const docs = seeds.flatMap((f) => {
      const text = fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8').replace(/^\uFEFF/, '');
      return [
        { file: `one/${f}`, text },
        { file: `two/${f}`, text: text.replace(/\b(date|Published)\b[^\n]*\n/g, '\n') },
      ];
    });
    const serial = new CorpusCollection();
    for (const d of docs) serial.setDocument(d.file, d.text);
    const parallel = await indexInParallel(docs, { workerScript, workers: 2, batchChars: 1 });
    assert.deepEqual(parallel.files(), serial.files());
    const p = parallel.indexes();
    const s = serial.indexes();
    assert.equal(p.length, 2);
    for (let i = 0; i < s.length; i++) {
      // Views leave name candidates out (a restored folder does not keep them); full analyses find them again.
      const view = (index: CorpusIndex) => index.documents().map((d) => ({ ...d, names: undefined }));
      assert.deepEqual(view(p[i]), view(s[i]));
      for (const f of s[i].files()) assert.deepEqual(p[i].analysis(f), s[i].analysis(f));
      assert.deepEqual(p[i].entities(), s[i].entities());
      assert.deepEqual(p[i].contradictions(), s[i].contradictions());
      for (const f of s[i].files()) assert.deepEqual(p[i].supportFor(f), s[i].supportFor(f));
    }
    assert.ok(s[0].entities().length > 5);
    assert.ok(s[0].contradictions().length > 0);
    // A restored folder keeps working incrementally: an edit relinks it like the serial one.
    const edited = docs[0];
    const text = `${edited.text}\nOfficials said 12 people were questioned on Monday.\n`;
    parallel.setDocument(edited.file, text);
    serial.setDocument(edited.file, text);
    assert.deepEqual(parallel.indexFor(edited.file)!.entities(), serial.indexFor(edited.file)!.entities());
    assert.deepEqual(parallel.indexFor(edited.file)!.contradictions(), serial.indexFor(edited.file)!.contradictions());
  });
});

describe('worker heap limit', () => {
  it('stays low for news-sized folders and grows with a large folder, far above what indexing it keeps', () => {
    assert.equal(workerHeapLimitMb(0), 512);
    assert.equal(workerHeapLimitMb(100_000), 512);
    // A 25 MB folder keeps ~25 bytes a character alive while it is indexed (~600 MB).
    assert.ok(workerHeapLimitMb(25_000_000) >= 2.5 * 600);
    assert.ok(workerHeapLimitMb(50_000_000) > workerHeapLimitMb(25_000_000));
  });
});

describe('folder snapshots', () => {
  const docs = [
    { file: 'story/a.txt', text: 'date 2023-04-18\nPrime Minister Anna Berg visited Oslo on Monday. Ms Berg met 40 workers.\n' },
    { file: 'story/b.txt', text: 'date 2023-04-19\nAnna Berg visited Oslo on Tuesday, meeting 40 workers at the harbour.\n' },
  ];
  const snapshotOf = (list: typeof docs) => {
    const source = new CorpusIndex();
    for (const d of list) source.setDocument(d.file, d.text);
    // Packed and unpacked the way it crosses from a worker thread.
    return { source, snapshot: unpack<FolderSnapshot>(pack(source.snapshot(), SNAPSHOT_PACKING), { shareEmptyArrays: true }) };
  };

  it('restores to the same answers without analysing or linking again', () => {
    const { source, snapshot } = snapshotOf(docs);
    const target = new CorpusIndex();
    assert.equal(target.restore(snapshot, new Map(docs.map((d) => [d.file, d.text]))), true);
    assert.deepEqual(target.entities(), source.entities());
    assert.deepEqual(target.contradictions(), source.contradictions());
    assert.ok(source.contradictions().length > 0, 'the two sources disagree on the weekday');
  });

  it('reads one restored document, then relinks after an edit like an index that analysed everything', () => {
    const { source, snapshot } = snapshotOf(docs);
    const target = new CorpusIndex();
    assert.equal(target.restore(snapshot, new Map(docs.map((d) => [d.file, d.text]))), true);
    const view = (index: CorpusIndex, file: string) => ({ ...index.document(file)!, names: undefined });
    assert.deepEqual(view(target, docs[1].file), view(source, docs[1].file));
    // Read again (from the cache of recently read analyses, or unpacked again): the same answer.
    assert.deepEqual(view(target, docs[1].file), view(source, docs[1].file));
    const newer = docs[0].text.replace('Monday', 'Sunday');
    target.setDocument(docs[0].file, newer);
    source.setDocument(docs[0].file, newer);
    assert.deepEqual(view(target, docs[0].file), view(source, docs[0].file));
    assert.deepEqual(target.entities(), source.entities());
    assert.deepEqual(target.contradictions(), source.contradictions());
    assert.deepEqual(target.supportFor(docs[1].file), source.supportFor(docs[1].file));
  });

  it('keeps a text edited while the snapshot was being built, and relinks with it', () => {
    const { snapshot } = snapshotOf(docs);
    const target = new CorpusIndex();
    const newer = docs[1].text.replace('Tuesday', 'Monday');
    target.setDocument(docs[1].file, newer);
    assert.equal(target.restore(snapshot, new Map(docs.map((d) => [d.file, d.text]))), false);
    assert.equal(target.textOf(docs[1].file), newer);
    const expected = new CorpusIndex();
    expected.setDocument(docs[0].file, docs[0].text);
    expected.setDocument(docs[1].file, newer);
    assert.deepEqual(target.entities(), expected.entities());
    assert.deepEqual(target.contradictions(), expected.contradictions());
  });
});
