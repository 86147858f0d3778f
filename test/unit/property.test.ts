import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusCollection } from '../../src/core/index/corpusCollection';
import { toCheckResult } from '../../src/core/output/report';
import { FRAGMENTS, IncrementalRun, firstDifference, freshResultJson, loadArticles, stepArbitrary } from '../../scripts/fuzz/corpusModel';
import { randomDocument } from '../../scripts/fuzz/adversarial';
import { spanProblems } from '../../scripts/fuzz/spans';
import { ECB_DIR, SEEDS_DIR } from '../helpers/paths';

/** Unit-suite budget: 40 runs x 25 steps = 1,000 steps. `npm run fuzz` runs many more. */
const RUNS = 40;
const STEPS = 25;

describe('properties of the index (fast-check)', function () {
  this.timeout(120_000);
  const articles = loadArticles(ECB_DIR, SEEDS_DIR);

  it(`incremental equals full after ${RUNS * STEPS} random create/edit/delete/rename steps`, () => {
    let steps = 0;
    fc.assert(
      fc.property(fc.array(stepArbitrary(articles.length), { minLength: STEPS, maxLength: STEPS }), (plan) => {
        const run = new IncrementalRun(articles);
        for (const step of plan) run.apply(step);
        steps += plan.length;
        const incremental = JSON.stringify(toCheckResult(run.corpus));
        const fresh = freshResultJson(run.files);
        assert.equal(incremental === fresh, true, firstDifference(incremental, fresh));
        assert.deepEqual(spanProblems(JSON.parse(incremental), (f) => run.files.get(f)), []);
      }),
      { numRuns: RUNS, seed: 7001 },
    );
    assert.equal(steps, RUNS * STEPS);
  });

  it('gives the same JSON whatever the order files arrive in', () => {
    const files = new Map(articles.slice(0, 8).map((t, i) => [`${i % 2 ? 'b' : 'a'}/src${i}.txt`, t]));
    const expected = freshResultJson(files);
    fc.assert(
      fc.property(fc.shuffledSubarray([...files.keys()], { minLength: files.size, maxLength: files.size }), (order) => {
        assert.equal(freshResultJson(files, order), expected);
      }),
      { numRuns: 15, seed: 7002 },
    );
  });

  it('gives the same JSON whatever the order of events that lead to the same files', () => {
    const names = ['a/x.txt', 'a/y.txt', 'a/z.txt'];
    const target = new Map(names.map((n, i) => [n, articles[i % articles.length]]));
    const expected = freshResultJson(target);
    // Detours: a file first arrives with other text, under another name, or is removed and re-added.
    const detour = fc.record({ file: fc.constantFrom(...names), kind: fc.constantFrom('other-text', 'renamed-in', 'remove-readd'), article: fc.nat(articles.length - 1) });
    fc.assert(
      fc.property(fc.shuffledSubarray(names, { minLength: 3, maxLength: 3 }), fc.array(detour, { maxLength: 6 }), fc.boolean(), (order, detours, queryBetween) => {
        const corpus = new CorpusCollection();
        for (const f of order) corpus.setDocument(f, target.get(f)!);
        for (const d of detours) {
          if (queryBetween) toCheckResult(corpus);
          if (d.kind === 'other-text') corpus.setDocument(d.file, articles[d.article] + FRAGMENTS[d.article % FRAGMENTS.length]);
          if (d.kind === 'renamed-in') {
            corpus.removeDocument(d.file);
            corpus.setDocument('b/tmp.txt', target.get(d.file)!);
            corpus.renameDocument('b/tmp.txt', d.file);
          }
          if (d.kind === 'remove-readd') corpus.removeDocument(d.file);
          corpus.setDocument(d.file, target.get(d.file)!);
        }
        assert.equal(JSON.stringify(toCheckResult(corpus)), expected);
      }),
      { numRuns: 25, seed: 7003 },
    );
  });

  it('reports spans that slice to their text on random Unicode documents', () => {
    fc.assert(
      fc.property(fc.array(randomDocument(), { minLength: 1, maxLength: 3 }), (docs) => {
        const corpus = new CorpusCollection();
        docs.forEach((d, i) => corpus.setDocument(`r/doc${i}.txt`, d));
        const result = toCheckResult(corpus);
        assert.deepEqual(spanProblems(result, (f) => corpus.indexFor(f)?.textOf(f)), []);
      }),
      { numRuns: 150, seed: 7004 },
    );
  });
});
