// Document dates and date expressions against the sample gold; chrono and prefilter speed on ECB (issue 3, dates).
import * as chrono from 'chrono-node';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { dateStats, findTimes } from '../../src/core/mentions/dates/findTimes';
import { findOrdinals, findQuantities } from '../../src/core/mentions/numbers';
import { splitSentences } from '../../src/core/text/sentences';
import type { DocumentAnalysis } from '../../src/core/types';
import { ECB_DIR, GOLD_FILE, SEEDS_DIR } from '../../test/helpers/paths';
import type { EvalPart } from './types';

/** Which expressions the gold notes name, per file prefix; values are the gold `dates` values (day or month). */
const EXPECTED: { file: string; phrase: RegExp; value: string }[] = [
  { file: '004', phrase: /\bTuesday\b/g, value: '2023-04-18' },
  { file: '000', phrase: /Tuesday, April 18th/g, value: '2023-04-18' },
  { file: '000', phrase: /Sunday April 16th/g, value: '2023-04-16' },
  { file: '002', phrase: /(?<=celebrated on )Sunday/g, value: '2023-04-16' },
  { file: '002', phrase: /Last month/g, value: '2023-03' },
  { file: '000', phrase: /last September/g, value: '2022-09' },
  { file: '002', phrase: /(?<=in )September/g, value: '2022-09' },
  { file: '004', phrase: /(?<=in )September/g, value: '2022-09' },
  { file: '000', phrase: /February 2022/g, value: '2022-02' },
  { file: '004', phrase: /Feb\. 2022/g, value: '2022-02' },
];

function loadFolder(dir: string): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) index.setDocument(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  return index;
}

/** `2023-03` means the whole month, `2023-04-18` that day. */
function matches(from: string, to: string, value: string): boolean {
  if (value.length === 10) return from === value && to === value;
  const [y, m] = value.split('-').map(Number);
  return from === `${value}-01` && to === `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function checkSeeds(lines: string[]): boolean {
  if (!GOLD_FILE) {
    lines.push('skipped: no gold file');
    return true;
  }
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as { dates: { value: string }[] };
  const goldValues = new Set(gold.dates.map((d) => d.value));
  const docs = loadFolder(SEEDS_DIR).documents();
  const byPrefix = (p: string) => docs.find((d) => path.basename(d.file).startsWith(p)) as DocumentAnalysis;
  let ok = true;
  const expectDate = (p: string, source: string) => {
    const d = byPrefix(p);
    const good = d.date.date === '2023-04-18' && d.date.source === source;
    ok &&= good;
    lines.push(`${good ? 'ok  ' : 'FAIL'} document date ${p}: ${d.date.date} (${d.date.source}), expected 2023-04-18 (${source})`);
  };
  expectDate('002', 'header');
  expectDate('004', 'header');
  expectDate('000', 'inferred');
  let passed = 0;
  let total = 0;
  for (const e of EXPECTED) {
    if (!goldValues.has(e.value)) lines.push(`note: ${e.value} is not among the gold date values`);
    const doc = byPrefix(e.file);
    e.phrase.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = e.phrase.exec(doc.text))) {
      total++;
      const [start, end] = [m.index, m.index + m[0].length];
      const t = doc.times.find((x) => x.start < end && start < x.end);
      const good = !!t && matches(t.from, t.to, e.value);
      if (good) passed++;
      else ok = false;
      lines.push(`${good ? 'ok  ' : 'FAIL'} ${e.file} "${m[0]}" → ${t ? `${t.from}..${t.to} (${t.label}, "${t.text}")` : 'no date'}; gold ${e.value}`);
    }
  }
  lines.push(`date expressions: ${passed}/${total} resolve as the gold states`);
  return ok && total > 0;
}

function ecbTexts(): string[] {
  if (!ECB_DIR) return [];
  const out: string[] = [];
  for (const d of fs.readdirSync(ECB_DIR).sort()) {
    const dir = path.join(ECB_DIR, d);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return out;
}

function seconds(run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function measureEcb(lines: string[]): void {
  const texts = ecbTexts();
  if (texts.length === 0) {
    lines.push('ECB speed: skipped (no corpus)');
    return;
  }
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const sentences = texts.map((t) => splitSentences(t));
  const ref = '2009-01-15';
  const instant = { instant: new Date(Date.UTC(2009, 0, 15, 12)), timezone: 0 };
  const rawChrono = seconds(() => texts.forEach((t, i) => sentences[i].forEach((s) => chrono.en.casual.parse(t.slice(s.start, s.end), instant))));
  // One untimed pass first: the 30 MB target is about steady state, not JIT warm-up.
  texts.forEach((t, i) => findTimes(t, sentences[i], ref) && findQuantities(t, sentences[i]) && findOrdinals(t, sentences[i]));
  dateStats(true);
  let found = 0;
  const ours = seconds(() => texts.forEach((t, i) => (found += findTimes(t, sentences[i], ref).length)));
  const stats = dateStats(true);
  let quantities = 0;
  const nums = seconds(() => texts.forEach((t, i) => (quantities += findQuantities(t, sentences[i]).length + findOrdinals(t, sentences[i]).length)));
  lines.push(`ECB: ${mb.toFixed(2)} MB, ${stats.sentences} sentences`);
  lines.push(`chrono casual on every sentence: ${(mb / rawChrono).toFixed(2)} MB/s`);
  lines.push(`prefilter sends ${stats.sentencesParsed}/${stats.sentences} sentences (${((100 * stats.sentencesParsed) / stats.sentences).toFixed(1)}%) to chrono, ${(stats.charsParsed / 1e3).toFixed(0)} k chars in trigger windows`);
  lines.push(`findTimes: ${(mb / ours).toFixed(2)} MB/s, ${found} date expressions`);
  lines.push(`findQuantities+findOrdinals: ${(mb / nums).toFixed(2)} MB/s, ${quantities} found`);
}

export function evaluateDates(): EvalPart {
  const lines: string[] = [];
  const passed = checkSeeds(lines);
  measureEcb(lines);
  return { name: 'dates and numbers', passed, lines };
}
