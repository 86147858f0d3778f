// The sample gold (seeds.gold.json): every listed entity is found, its forms linked into one entity, and no
// two gold entities share one (the check of scripts/eval/entities.ts, run with the unit tests).
import * as assert from 'node:assert/strict';
import { evaluateSeeds } from '../../scripts/eval/entities';

describe('sample gold entities', () => {
  it('links every gold entity of the seeds and merges none with another', () => {
    const result = evaluateSeeds();
    assert.ok(result.passed, result.lines.filter((l) => !l.includes(' pass ')).join('\n'));
  });
});
