import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusCollection } from '../../src/core/corpusCollection';
import { indexInParallel } from '../../src/node/parallelIndex';
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
      assert.deepEqual(p[i].documents(), s[i].documents());
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
