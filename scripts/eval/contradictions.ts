// Contradictions: the sample gold (one real conflict, eight consistent pairs) and, on ECB, an
// injection test (change a fact two articles share, expect it caught and tied to the other
// article) plus unedited folders as controls (false flags per 100 sentences). Task: issue 4.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Contradiction } from '../../src/core/types';
import { ECB_DIR, GOLD_FILE, SEEDS_DIR } from '../../test/helpers/paths';
import type { EvalPart } from './types';

const CAUGHT_TARGET = 0.8;
const FALSE_FLAGS_PER_100_TARGET = 0.5;
const INJECTIONS_PER_FOLDER = 8;

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

// ---- ECB injection ----

type FactKind = 'number' | 'weekday' | 'month' | 'ordinal';
const SPELLED = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const FACT_RE = new RegExp(`\\b(?:\\d[\\d,.]*\\d|\\d|${SPELLED.join('|')}|${WEEKDAYS.join('|')}|${MONTHS.filter((m) => m !== 'May').join('|')}|${ORDINALS.join('|')})\\b`, 'gi');

function kindOf(token: string): FactKind {
  const t = token.toLowerCase();
  if (WEEKDAYS.some((w) => w.toLowerCase() === t)) return 'weekday';
  if (MONTHS.some((m) => m.toLowerCase() === t)) return 'month';
  if (ORDINALS.includes(t)) return 'ordinal';
  return 'number';
}

/** A different value of the same kind, written the same way. */
function changed(token: string): string {
  const keepCase = (s: string) => (/^[A-Z]/.test(token) ? s[0].toUpperCase() + s.slice(1) : s);
  const t = token.toLowerCase();
  const spelled = SPELLED.indexOf(t);
  if (spelled >= 0) return keepCase(SPELLED[(spelled + 3) % SPELLED.length]);
  const weekday = WEEKDAYS.findIndex((w) => w.toLowerCase() === t);
  if (weekday >= 0) return WEEKDAYS[(weekday + 2) % 7];
  const month = MONTHS.findIndex((m) => m.toLowerCase() === t);
  if (month >= 0) return MONTHS[(month + 4) % 12] === 'May' ? MONTHS[(month + 5) % 12] : MONTHS[(month + 4) % 12];
  const ordinal = ORDINALS.indexOf(t);
  if (ordinal >= 0) return keepCase(ORDINALS[(ordinal + 1) % ORDINALS.length]);
  const digits = token.replace(/,/g, '');
  if (/\./.test(digits)) return (Number(digits) * 2 + 1).toFixed(digits.split('.')[1].length);
  const n = Number(digits) * 2 + 3;
  return token.includes(',') ? n.toLocaleString('en-US') : String(n);
}

interface Fact {
  file: string;
  start: number;
  end: number;
  token: string;
  context: string;
}

function factsOf(file: string, text: string): Fact[] {
  const out: Fact[] = [];
  for (const line of text.split('\n').reduce<{ start: number; text: string }[]>((acc, l) => {
    const start = acc.length ? acc[acc.length - 1].start + acc[acc.length - 1].text.length + 1 : 0;
    acc.push({ start, text: l });
    return acc;
  }, [])) {
    FACT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FACT_RE.exec(line.text))) {
      const token = m[0];
      if (/^(?:19|20)\d\d$/.test(token)) continue; // years are dates written as numbers; kept out for clarity
      // Changing these would write an impossible or meaningless value, not a rival fact: clock times
      // (`12:45` -> `27:45`), days of a month (`April 47`), model names (`AK-47`), phone numbers.
      const left = line.text.slice(Math.max(0, m.index - 12), m.index);
      const right = line.text.slice(m.index + token.length, m.index + token.length + 2);
      if (/\d:$/.test(left) || /^:\d/.test(right)) continue;
      if (/^\d/.test(token) && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$/.test(left)) continue;
      if (/^\d/.test(token) && /[A-Za-z]-$/.test(left)) continue;
      if (/^\d/.test(token) && (/^0\d/.test(token) || /\d\s$/.test(left) || /^\s\d/.test(right))) continue;
      const before = line.text.slice(0, m.index).toLowerCase().match(/[a-z0-9$%']+/g)?.slice(-2) ?? [];
      const after = line.text.slice(m.index + token.length).toLowerCase().match(/[a-z0-9$%']+/g)?.slice(0, 2) ?? [];
      if (before.length < 2 || after.length < 1) continue;
      out.push({ file, start: line.start + m.index, end: line.start + m.index + token.length, token, context: `${before.join(' ')} _ ${after.join(' ')}` });
    }
  }
  return out;
}

interface InjectionResult {
  kind: FactKind;
  caught: boolean;
  detectedKind?: string;
  note: string;
  /** Missed only: the edited sentence and the other article's sentence. */
  sentences?: string[];
}

function injectFolder(dir: string): { results: InjectionResult[]; sentences: number; controls: Contradiction[]; index: CorpusIndex } {
  const index = load(dir);
  const baseline = index.contradictions();
  const sentences = index.documents().reduce((n, d) => n + d.sentences.length, 0);
  const files = index.files();
  const byContext = new Map<string, Fact[]>();
  for (const f of files) for (const fact of factsOf(f, index.textOf(f)!)) byContext.set(`${fact.token.toLowerCase()}|${fact.context}`, [...(byContext.get(`${fact.token.toLowerCase()}|${fact.context}`) ?? []), fact]);
  const candidates = [...byContext.values()]
    .filter((list) => new Set(list.map((f) => f.file)).size >= 2)
    .map((list) => [list[0], list.find((f) => f.file !== list[0].file)!] as const)
    .sort((a, b) => (a[0].file + a[0].start < b[0].file + b[0].start ? -1 : 1));
  // Spread the picks over kinds so months, weekdays and ordinals are not crowded out by numbers.
  const picks: (readonly [Fact, Fact])[] = [];
  for (const kind of ['ordinal', 'weekday', 'month', 'number'] as FactKind[]) {
    for (const c of candidates.filter((c) => kindOf(c[0].token) === kind)) {
      if (picks.length >= INJECTIONS_PER_FOLDER) break;
      if (picks.filter((p) => kindOf(p[0].token) === kind).length >= INJECTIONS_PER_FOLDER / 2) break;
      picks.push(c);
    }
  }
  const results: InjectionResult[] = [];
  for (const [a, b] of picks) {
    const original = index.textOf(a.file)!;
    const replacement = changed(a.token);
    const edited = original.slice(0, a.start) + replacement + original.slice(a.end);
    const editEnd = a.start + replacement.length;
    const ties = (c: Contradiction, text: (f: string) => string) =>
      (c.file === a.file && c.start <= a.start && editEnd <= c.end && c.related.some((r) => r.file === b.file && r.start <= b.start && b.end <= r.end)) ||
      (c.file === b.file && c.start <= b.start && b.end <= c.end && c.related.some((r) => r.file === a.file && r.start <= a.start && a.start < r.end && text(r.file).length >= 0));
    const already = baseline.some((c) => ties(c, (f) => index.textOf(f)!));
    const originalAnalysis = index.analysis(a.file)!;
    index.setDocument(a.file, edited);
    const after = index.contradictions();
    const hit = after.find((c) => ties(c, (f) => index.textOf(f)!));
    const sentenceAround = (file: string, offset: number) => {
      const s = index.document(file)!.sentences.find((x) => x.start <= offset && offset < x.end);
      return s ? index.textOf(file)!.slice(s.start, s.end) : '';
    };
    const missedSentences = hit ? undefined : [sentenceAround(a.file, a.start), sentenceAround(b.file, b.start)];
    // Restore without analysing the original again.
    index.setAnalyzedDocument(a.file, original, originalAnalysis);
    const kind = kindOf(a.token);
    const snippet = edited.slice(Math.max(0, a.start - 50), editEnd + 30).replace(/\s+/g, ' ');
    if (already) continue;
    const other = index.textOf(b.file)!;
    const otherSnippet = other.slice(Math.max(0, b.start - 50), b.end + 30).replace(/\s+/g, ' ');
    results.push({ kind, caught: !!hit, detectedKind: hit?.kind, sentences: missedSentences, note: `${path.basename(dir)}/${a.file} "${a.token}"→"${replacement}" vs ${b.file}: …${snippet}…\n        other: …${otherSnippet}…` });
  }
  return { results, sentences, controls: baseline, index };
}

function evaluateEcb(lines: string[]): boolean {
  if (!ECB_DIR) {
    lines.push('ECB: skipped (corpus not found)');
    return true;
  }
  const folders = fs.readdirSync(ECB_DIR).filter((d) => fs.statSync(path.join(ECB_DIR!, d)).isDirectory()).sort();
  const results: InjectionResult[] = [];
  let sentences = 0;
  const controls: { c: Contradiction; folder: string; index: CorpusIndex }[] = [];
  const started = Date.now();
  for (const folder of folders) {
    const r = injectFolder(path.join(ECB_DIR, folder));
    if (process.env.EVAL_VERBOSE) process.stderr.write(`${folder}: ${r.results.filter((x) => x.caught).length}/${r.results.length} caught, ${r.controls.length} control flags, ${r.sentences} sentences\n`);
    results.push(...r.results);
    sentences += r.sentences;
    controls.push(...r.controls.map((c) => ({ c, folder, index: r.index })));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const caught = results.filter((r) => r.caught).length;
  const rate = results.length ? caught / results.length : 0;
  lines.push(`ECB injection: ${caught}/${results.length} injected conflicts caught (${(rate * 100).toFixed(1)}%, target ≥${CAUGHT_TARGET * 100}%) in ${folders.length} folders, ${seconds}s`);
  for (const kind of ['number', 'weekday', 'month', 'ordinal'] as FactKind[]) {
    const of = results.filter((r) => r.kind === kind);
    const detected = new Map<string, number>();
    for (const r of of) if (r.detectedKind) detected.set(r.detectedKind, (detected.get(r.detectedKind) ?? 0) + 1);
    lines.push(`  ${kind.padEnd(8)} ${of.filter((r) => r.caught).length}/${of.length} caught; reported as ${[...detected].map(([k, n]) => `${k} ${n}`).join(', ') || '-'}`);
  }
  const missed = results.filter((r) => !r.caught);
  if (process.env.EVAL_VERBOSE) for (const r of missed) lines.push(`    missed ${r.kind}: ${r.note}`);
  if (process.env.EVAL_MISSED_JSON) fs.writeFileSync(process.env.EVAL_MISSED_JSON, JSON.stringify(missed, null, 1));
  else if (missed.length) lines.push(`  (EVAL_VERBOSE=1 lists the ${missed.length} missed injections)`);

  const per100 = sentences ? (controls.length / sentences) * 100 : 0;
  lines.push(`ECB controls: ${controls.length} flags in ${sentences} sentences = ${per100.toFixed(2)} per 100 sentences (target ≤${FALSE_FLAGS_PER_100_TARGET}; each conflict counts once per side)`);
  const byKind = new Map<string, number>();
  for (const { c } of controls) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  lines.push(`  by kind: ${[...byKind].sort().map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  for (const { c, folder, index } of controls.slice(0, process.env.EVAL_VERBOSE ? 40 : 0)) {
    lines.push(`    [${c.kind}] ${folder}/${c.file} ${c.message}\n       "${c.text.slice(0, 160)}"\n       vs "${c.related[0].text.slice(0, 160)}" (${c.related[0].file}, line ${lineOf(index.textOf(c.related[0].file)!, c.related[0].start)})`);
  }
  return rate >= CAUGHT_TARGET && per100 <= FALSE_FLAGS_PER_100_TARGET;
}

export function evaluateContradictions(): EvalPart {
  const lines: string[] = [];
  const seedsOk = evaluateSeeds(lines);
  const ecbOk = evaluateEcb(lines);
  return { name: 'contradictions', passed: seedsOk && ecbOk, lines };
}

// Run alone only when this file is the entry point (in the bundled `npm run eval`, `require.main === module` is true for every part).
if (/contradictions\.js$/.test(process.argv[1] ?? "")) {
  const part = evaluateContradictions();
  console.log(`## ${part.name}: ${part.passed ? 'PASS' : 'FAIL'}\n${part.lines.join('\n')}`);
  process.exitCode = part.passed ? 0 : 1;
}
