import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { timeFactsOf } from '../../src/core/claims/claimValues';
import { SCALING_PATTERNS, repeatTo } from '../../scripts/fuzz/adversarial';
import { cpuMs, indexOneFile, syntheticNews } from '../../scripts/fuzz/scaling';
import { ECB_DIR, SEEDS_DIR } from '../helpers/paths';

/**
 * The fast version of `npm run fuzz`'s scaling check (issue 16): each pattern at 50 K and 200 K units
 * through the two stages whose scans once read past their window: the per-document analysis (names,
 * times) and the time facts the claims read, timed apart, and the whole pipeline (a line test once looked for the
 * line's start from every sentence of a text without line breaks). Linear work grows ×4; a scan over the whole
 * text per sentence, word or date grows ×16. The limit, ×8, sits between with room for a busy machine.
 * At 200 K, each pattern must also run at least a third as fast as normal news through the whole
 * pipeline (index and report: claims and comparisons too).
 */
const SMALL = 50_000;
const BIG = 200_000;
const MAX_RATIO = 8;
const MIN_SHARE_OF_NORMAL = 1 / 3;
/** Below this a stage is too fast at the big size to tell anything from noise. */
const MEASURABLE_MS = 40;
/** The least the small size's whole pipeline is taken to cost when comparing (it ran in 8 ms, then 22 ms, on one machine). */
const SMALL_FLOOR_MS = 20;

interface StageMs {
  analysis: number;
  timeFacts: number;
}

/** The fastest of three runs, per stage. */
function stagesMs(text: string): StageMs {
  const best: StageMs = { analysis: Infinity, timeFacts: Infinity };
  for (let run = 0; run < 3; run++) {
    let doc!: ReturnType<typeof analyzeDocument>;
    best.analysis = Math.min(best.analysis, cpuMs(() => (doc = analyzeDocument('story/source.txt', text))));
    best.timeFacts = Math.min(best.timeFacts, cpuMs(() => timeFactsOf(doc)));
  }
  return best;
}

/** The fastest of two runs of the whole pipeline on one file. */
function pipelineMs(text: string): number {
  return Math.min(cpuMs(() => indexOneFile(text)), cpuMs(() => indexOneFile(text)));
}

describe('scaling: time grows with the size of one file, not faster (issue 16)', function () {
  this.timeout(120_000);
  let normalMs = 0;

  before(() => {
    // Compile the engine and warm its caches on every pattern first.
    for (const p of SCALING_PATTERNS) stagesMs(repeatTo(p.unit, 5_000));
    normalMs = pipelineMs(repeatTo(syntheticNews(ECB_DIR ?? SEEDS_DIR, BIG), BIG));
  });

  for (const p of SCALING_PATTERNS) {
    it(`${p.name} (${JSON.stringify(p.unit)} repeated)`, () => {
      const small = stagesMs(repeatTo(p.unit, SMALL));
      const big = stagesMs(repeatTo(p.unit, BIG));
      for (const stage of ['analysis', 'timeFacts'] as const) {
        if (big[stage] < MEASURABLE_MS) continue;
        const ratio = big[stage] / Math.max(small[stage], 1);
        assert.ok(ratio <= MAX_RATIO, `${stage}: ${BIG / SMALL}× the size took ${ratio.toFixed(1)}× the time (${small[stage].toFixed(0)} → ${big[stage].toFixed(0)} ms CPU)`);
      }
      const ms = pipelineMs(repeatTo(p.unit, BIG));
      const smallMs = pipelineMs(repeatTo(p.unit, SMALL));
      if (ms >= MEASURABLE_MS) {
        // A few milliseconds at the small size are mostly noise: the ratio is taken over at least SMALL_FLOOR_MS.
        const ratio = ms / Math.max(smallMs, SMALL_FLOOR_MS);
        assert.ok(ratio <= MAX_RATIO, `whole pipeline: ${BIG / SMALL}× the size took ${ratio.toFixed(1)}× the time (${smallMs.toFixed(0)} → ${ms.toFixed(0)} ms CPU)`);
      }
      const share = normalMs / Math.max(ms, 1);
      assert.ok(share >= MIN_SHARE_OF_NORMAL, `${(share * 100).toFixed(0)}% of normal news's throughput (${ms.toFixed(0)} ms vs ${normalMs.toFixed(0)} ms at ${BIG / 1000} K)`);
    });
  }
});
