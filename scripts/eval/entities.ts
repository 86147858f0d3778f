// Entity finding and linking against the sample gold and the ECB corpus (see task: issue 3).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { ECB_DIR, GOLD_FILE, SEEDS_DIR } from '../../test/helpers/paths';
import type { EvalPart } from './types';

const MENTION_RECALL_TARGET = 0.95;
const LINK_F1_TARGET = 0.85;
/** Participant and location types; times and generic mentions (`Somebody`, `Internet`) are not names. */
const NAMED_TYPES = new Set(['HUMAN_PART_PER', 'HUMAN_PART_ORG', 'HUMAN_PART_GPE', 'HUMAN_PART_MET', 'HUMAN_PART_VEH', 'HUMAN_PART', 'LOC_GEO', 'LOC_FAC', 'LOC_OTHER', 'NON_HUMAN_PART']);
/** Capitalised only by position: a mention made of these words (`He`, `The company`) is not a name. */
const NOT_NAME_START = /^(?:he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|the|a|an|one|both|all|some|who|which)$/i;

export function loadFolder(dir: string): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    index.setDocument(f, fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  }
  return index;
}

interface GoldEntity {
  name: string;
  mentions: Record<string, string[]>;
}

/** Every gold surface form must be the text of (or contained in) a mention of one entity; entities never merged. */
export function evaluateSeeds(): EvalPart {
  const lines: string[] = [];
  if (!GOLD_FILE) return { name: 'sample entities', passed: true, lines: ['skipped: no gold file'] };
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as { entities: GoldEntity[] };
  const index = loadFolder(SEEDS_DIR);
  const owner = new Map<string, string>();
  let passed = 0;
  for (const g of gold.entities) {
    const ids = new Set<string>();
    const missing: string[] = [];
    for (const [file, forms] of Object.entries(g.mentions)) {
      for (const form of forms) {
        const use = mentionsOfForm(index, file, form);
        if (!use.length) missing.push(`${file}: "${form}"`);
        for (const id of use) ids.add(id);
      }
    }
    const linked = ids.size === 1;
    const id = [...ids][0];
    const clash = linked && owner.has(id) ? owner.get(id) : undefined;
    if (linked && !clash) owner.set(id, g.name);
    const ok = linked && !missing.length && !clash;
    if (ok) passed++;
    const why = missing.length ? `missing ${missing.join(', ')}` : !linked ? `split over ${ids.size} entities: ${[...ids].map((i) => index.entity(i)?.name).join(' / ')}` : clash ? `merged with ${clash}` : '';
    lines.push(`  ${ok ? 'pass' : 'FAIL'} ${g.name}${why ? ` — ${why}` : ''}`);
  }
  lines.unshift(`sample entities: ${passed}/${gold.entities.length} found, linked and kept apart`);
  return { name: 'sample entities', passed: passed === gold.entities.length, lines };
}

/**
 * Entity ids of the mentions a gold form stands for: the mention's own text, the mention with its
 * leading titles (`Russian President Vladimir Putin`, `Mr Putin`), or, for a one-word form, a mention
 * containing it (`Kherson` in `Kherson Region`).
 */
function mentionsOfForm(index: CorpusIndex, file: string, form: string): string[] {
  const doc = index.analysis(file);
  if (!doc) return [];
  const exact = idsOf(index, file, form, doc, false);
  return exact.length || form.includes(' ') ? exact : idsOf(index, file, form, doc, true);
}

function idsOf(index: CorpusIndex, file: string, form: string, doc: NonNullable<ReturnType<CorpusIndex['analysis']>>, inside: boolean): string[] {
  const ids: string[] = [];
  for (const n of doc.names) {
    const withTitles = doc.text.slice(n.fullStart, n.end);
    const cut = withTitles.length - form.length;
    const titled = withTitles.endsWith(form) && (cut === 0 || /\s/.test(withTitles[cut - 1]));
    const hit = inside ? n.text.split(/\s+/).includes(form) : n.text === form || titled;
    if (!hit) continue;
    const linked = index.mentionAt(file, n.start);
    if (linked) ids.push(linked.entity.id);
  }
  return ids;
}

interface GoldMention {
  file: string;
  start: number;
  end: number;
  text: string;
  type: string;
  chain_id: string;
  in_selected_sentence: boolean;
}

export function isNamedGold(m: GoldMention): boolean {
  if (!m.in_selected_sentence || !NAMED_TYPES.has(m.type) || !/^\p{Lu}/u.test(m.text)) return false;
  const words = m.text.split(/\s+/);
  return !(NOT_NAME_START.test(words[0].replace(/['’].*$/, '')) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w)));
}

export interface EcbScores {
  gold: number;
  foundOverlap: number;
  foundExact: number;
  linkTp: number;
  linkFp: number;
  linkFn: number;
  stringTp: number;
  stringFp: number;
  stringFn: number;
  seconds: number;
  bytes: number;
}

/** Mention recall and cross-document pairwise link scores over every ECB story folder. */
export function scoreEcb(ecbDir: string): EcbScores {
  const s: EcbScores = { gold: 0, foundOverlap: 0, foundExact: 0, linkTp: 0, linkFp: 0, linkFn: 0, stringTp: 0, stringFp: 0, stringFn: 0, seconds: 0, bytes: 0 };
  for (const folder of fs.readdirSync(ecbDir).sort()) {
    const dir = path.join(ecbDir, folder);
    if (!fs.existsSync(path.join(dir, 'gold.json'))) continue;
    const gold = (JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { entities: GoldMention[] }).entities.filter(isNamedGold);
    const t0 = process.hrtime.bigint();
    const index = loadFolder(dir);
    index.entities();
    s.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    for (const f of index.files()) s.bytes += index.textOf(f)!.length;
    const found: { g: GoldMention; entity: string; text: string }[] = [];
    for (const g of gold) {
      s.gold++;
      const hit = index.mentionsIn(g.file).find((m) => m.mention.start < g.end && m.mention.end > g.start);
      if (!hit) continue;
      s.foundOverlap++;
      if (hit.mention.start === g.start && hit.mention.end === g.end) s.foundExact++;
      found.push({ g, entity: hit.entity.id, text: hit.mention.text.toLowerCase() });
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const a = found[i];
        const b = found[j];
        if (a.g.file === b.g.file) continue;
        const crossChain = !/^(SINGLETON_|INTRA_)/.test(a.g.chain_id);
        const positive = crossChain && a.g.chain_id === b.g.chain_id;
        const linked = a.entity === b.entity;
        const sameString = a.text === b.text;
        if (positive && linked) s.linkTp++;
        else if (linked) s.linkFp++;
        else if (positive) s.linkFn++;
        if (positive && sameString) s.stringTp++;
        else if (sameString) s.stringFp++;
        else if (positive) s.stringFn++;
      }
    }
  }
  return s;
}

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function evaluateEcb(): EvalPart {
  if (!ECB_DIR) return { name: 'ECB entities', passed: true, lines: ['skipped: no ECB corpus'] };
  const s = scoreEcb(ECB_DIR);
  const recall = s.foundOverlap / s.gold;
  const link = f1(s.linkTp, s.linkFp, s.linkFn);
  const base = f1(s.stringTp, s.stringFp, s.stringFn);
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `named gold mentions: ${s.gold}; recall overlap ${pct(recall)} (target ≥ ${MENTION_RECALL_TARGET}), exact ${pct(s.foundExact / s.gold)}`,
    `cross-document links: P ${pct(link.p)} R ${pct(link.r)} F1 ${pct(link.f)} (target ≥ ${LINK_F1_TARGET}); identical-string baseline F1 ${pct(base.f)}`,
    `speed: ${(s.bytes / 1e6).toFixed(2)} MB in ${s.seconds.toFixed(2)} s for the whole pipeline (${(s.bytes / 1e6 / s.seconds).toFixed(1)} MB/s)`,
  ];
  return { name: 'ECB entities', passed: recall >= MENTION_RECALL_TARGET && link.f >= LINK_F1_TARGET, lines };
}

export function evaluateEntities(): EvalPart {
  const parts = [evaluateSeeds(), evaluateEcb()];
  return { name: 'entities', passed: parts.every((p) => p.passed), lines: parts.flatMap((p) => [`# ${p.name}: ${p.passed ? 'pass' : 'FAIL'}`, ...p.lines]) };
}

/** Debug listing of the cross-document link errors of one ECB folder (`node out/scripts/eval/index.js --explain 12_ecb`). */
export function explainEcbFolder(dir: string): string[] {
  const gold = (JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { entities: GoldMention[] }).entities.filter(isNamedGold);
  const index = loadFolder(dir);
  const lines: string[] = [];
  const byChain = new Map<string, Set<string>>();
  for (const g of gold) {
    const hit = index.mentionsIn(g.file).find((m) => m.mention.start < g.end && m.mention.end > g.start);
    const label = hit ? `${hit.entity.name}#${hit.entity.id}` : 'MISSED';
    if (!hit) lines.push(`  missed: ${g.file} "${g.text}" ${g.type}`);
    if (/^(SINGLETON_|INTRA_)/.test(g.chain_id)) continue;
    let s = byChain.get(g.chain_id);
    if (!s) byChain.set(g.chain_id, (s = new Set()));
    s.add(`${g.text} → ${label}`);
  }
  for (const [chain, set] of byChain) lines.push(`  chain ${chain}: ${[...set].join('; ')}`);
  return lines;
}
