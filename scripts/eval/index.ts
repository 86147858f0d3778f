// Runs every evaluation part and exits non-zero when one fails. Add a part by appending to PARTS.
import { evaluateContradictions } from './contradictions';
import { evaluateDates } from './dates';
import { evaluateEntities } from './entities';
import type { EvalPart } from './types';

const PARTS: (() => EvalPart | Promise<EvalPart>)[] = [evaluateEntities, evaluateDates, evaluateContradictions];

async function main(): Promise<void> {
  const explain = process.argv.indexOf('--explain');
  if (explain > 0) {
    const { explainEcbFolder } = await import('./entities');
    const { ECB_DIR } = await import('../../test/helpers/paths');
    for (const line of explainEcbFolder(`${ECB_DIR}/${process.argv[explain + 1]}`)) console.log(line);
    return;
  }
  let failed = 0;
  for (const run of PARTS) {
    const part = await run();
    console.log(`\n## ${part.name}: ${part.passed ? 'PASS' : 'FAIL'}`);
    for (const line of part.lines) console.log(line);
    if (!part.passed) failed++;
  }
  console.log(`\n${PARTS.length - failed}/${PARTS.length} parts passed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
