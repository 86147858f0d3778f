// Contradictions: the sample gold (one real conflict, eight consistent pairs). The ECB injection test
// that used to run here picked its cases with the near-duplicate detector's own rule (same two words
// around the value), so it measured that rule against itself: removed. Recall and false alarms on
// ECB are measured by the independent benchmark (contra-ecb, score-contra.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Contradiction } from '../../src/core/types';
import { GOLD_FILE, SEEDS_DIR } from '../../test/helpers/paths';
import type { EvalPart } from './types';


function load(dir: string): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) index.setDocument(f, fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  return index;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

interface Gold {
  contradictions: { claim: { file: string; line: number }; contradicted_by: { file: string; line: number } }[];
  not_contradictions: { why: string; a: { file: string; quote: string }; b: { file: string; quote: string } }[];
}

function evaluateSeeds(lines: string[]): boolean {
  if (!GOLD_FILE) {
    lines.push('samples: skipped (no gold file)');
    return true;
  }
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as Gold;
  const index = load(SEEDS_DIR);
  const found = index.contradictions();
  let hits = 0;
  for (const g of gold.contradictions) {
    const hit = found.some((c) => c.file === g.claim.file && lineOf(index.textOf(c.file)!, c.start) === g.claim.line && c.related.some((r) => r.file === g.contradicted_by.file && lineOf(index.textOf(r.file)!, r.start) === g.contradicted_by.line));
    if (hit) hits++;
    else lines.push(`  MISSED ${g.claim.file}:${g.claim.line} vs ${g.contradicted_by.file}:${g.contradicted_by.line}`);
  }
  const sentenceAt = (file: string, quote: string) => {
    const at = index.textOf(file)!.indexOf(quote);
    return index.document(file)!.sentences.find((s) => s.start <= at && at < s.end);
  };
  let flaggedPairs = 0;
  for (const p of gold.not_contradictions) {
    const sa = sentenceAt(p.a.file, p.a.quote);
    const sb = sentenceAt(p.b.file, p.b.quote);
    const inside = (c: Contradiction, file: string, s: typeof sa) => !!s && c.file === file && c.start >= s.start && c.end <= s.end;
    const relatedTo = (c: Contradiction, file: string, s: typeof sa) => !!s && c.related.some((r) => r.file === file && r.start < s.end && s.start < r.end);
    const flagged = found.some((c) => (inside(c, p.a.file, sa) && relatedTo(c, p.b.file, sb)) || (inside(c, p.b.file, sb) && relatedTo(c, p.a.file, sa)));
    if (flagged) {
      flaggedPairs++;
      lines.push(`  FLAGGED consistent pair: ${p.why}`);
    }
  }
  lines.push(`samples: ${hits}/${gold.contradictions.length} contradictions found with related info; ${flaggedPairs}/${gold.not_contradictions.length} consistent pairs flagged; ${found.length} flags in all`);
  return hits === gold.contradictions.length && flaggedPairs === 0;
}

export function evaluateContradictions(): EvalPart {
  const lines: string[] = [];
  const seedsOk = evaluateSeeds(lines);
  lines.push('ECB: measured by /work/shared/bench (score-contra.js on contra-ecb), not here');
  return { name: 'contradictions', passed: seedsOk, lines };
}

// Run alone only when this file is the entry point (in the bundled `npm run eval`, `require.main === module` is true for every part).
if (/contradictions\.js$/.test(process.argv[1] ?? "")) {
  const part = evaluateContradictions();
  console.log(`## ${part.name}: ${part.passed ? 'PASS' : 'FAIL'}\n${part.lines.join('\n')}`);
  process.exitCode = part.passed ? 0 : 1;
}
