/**
 * `.sourcexref/verdicts.json` text (or the older `accepted.json`) → the reader's verdicts on
 * disagreements, kinds ignored per file, and source labels; and back. Why: a verdict is a reviewer's
 * decision that must outlive the session, apply to both sides of a disagreement, and be reviewable in
 * version control. Sides are stored as file name + quote (never offsets); a stored quote matches a
 * side whose sentence contains it, so verdicts given on a clause (the old file) still apply.
 * Parsing is tolerant: a hand-edited or broken file yields what can be read, never an exception.
 */
import { fileNameOf } from '../text/fileName';
import { MAX_KEY_TEXT, normaliseQuote, type Disagreement, type DisagreementSide } from './disagreements';

/** `accepted`: the difference is acceptable; `sideRight`: one side is right; `note`: a comment, still open. */
export type VerdictKind = 'accepted' | 'sideRight' | 'note';

export interface VerdictSide {
  file: string;
  quote: string;
}

export interface Verdict {
  code: string;
  sides: [VerdictSide, VerdictSide];
  verdict: VerdictKind;
  /** For `sideRight`: the file name of the side that is right. */
  right?: string;
  reason: string;
  author: string;
  /** ISO time. */
  at: string;
}

export interface VerdictData {
  version: 2;
  verdicts: Verdict[];
  /** File name → codes (`xref.date`) not reported in that file. */
  ignored: Record<string, string[]>;
  /** File name → the label the user gave the source. */
  labels: Record<string, string>;
  /** Story folder (relative to the workspace folder, `''` for its root) → file name of the draft under review. */
  drafts: Record<string, string>;
}

const KINDS: readonly VerdictKind[] = ['accepted', 'sideRight', 'note'];
/** Past this many entries the rest of a file is ignored: it is hand-editable, so it may be anything. */
const MAX_ENTRIES = 10_000;
const MAX_QUOTE = 2000;

export function emptyVerdicts(): VerdictData {
  return { version: 2, verdicts: [], ignored: Object.create(null), labels: Object.create(null), drafts: Object.create(null) };
}

/** Reads `verdicts.json` (version 2) or the older `accepted.json` (version 1, migrated). */
export function parseVerdicts(json: string): VerdictData {
  const out = emptyVerdicts();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return out;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const obj = raw as Record<string, unknown>;
  if (Array.isArray(obj.verdicts)) {
    for (const e of obj.verdicts.slice(0, MAX_ENTRIES)) {
      const v = verdictOf(e);
      if (v) out.verdicts.push(v);
    }
  }
  // Version 1 (`accepted.json`): { accepted: [{ code, file, quote, otherFile, otherQuote, reason, acceptedAt }] }.
  if (Array.isArray(obj.accepted)) {
    for (const e of obj.accepted.slice(0, MAX_ENTRIES)) {
      if (!e || typeof e !== 'object') continue;
      const r = e as Record<string, unknown>;
      if (!isText(r.code) || !isText(r.file) || !isText(r.quote) || !isText(r.otherFile) || !isText(r.otherQuote)) continue;
      out.verdicts.push({
        code: r.code,
        sides: [side(r.file, r.quote), side(r.otherFile, r.otherQuote)],
        verdict: 'accepted',
        reason: typeof r.reason === 'string' ? r.reason : '',
        author: typeof r.author === 'string' ? r.author : '',
        at: typeof r.acceptedAt === 'string' ? r.acceptedAt : '',
      });
    }
  }
  copyRecord(obj.ignored, out.ignored, (codes) => (Array.isArray(codes) ? codes.filter(isText) : undefined));
  copyRecord(obj.labels, out.labels, (label) => (isText(label) ? label.slice(0, 200) : undefined));
  copyRecord(obj.drafts, out.drafts, (file) => (isText(file) ? fileNameOf(file) : undefined));
  return out;
}

export function serialiseVerdicts(data: VerdictData): string {
  return `${JSON.stringify({ version: 2, verdicts: data.verdicts, ignored: { ...data.ignored }, labels: { ...data.labels }, drafts: { ...data.drafts } }, null, 2)}\n`;
}

/** A new verdict on `d`, quoting both whole sentences. */
export function verdictFor(d: Disagreement, fields: Pick<Verdict, 'verdict' | 'reason' | 'author' | 'at' | 'right'>): Verdict {
  const quote = (s: DisagreementSide) => side(fileNameOf(s.file), flat(s.sentence.text));
  const v: Verdict = { code: d.code, sides: [quote(d.sides[0]), quote(d.sides[1])], verdict: fields.verdict, reason: fields.reason, author: fields.author, at: fields.at };
  if (fields.verdict === 'sideRight' && fields.right) v.right = fileNameOf(fields.right);
  return v;
}

/** True when a verdict closes the disagreement (a note leaves it open). */
export function closes(v: Verdict | undefined): boolean {
  return !!v && v.verdict !== 'note';
}

/** Fast lookups over one VerdictData. */
export class VerdictBook {
  /** `code` + sorted file names → verdicts on that pair of files (few per pair). */
  private readonly byFiles = new Map<string, Verdict[]>();

  constructor(readonly data: VerdictData) {
    for (const v of data.verdicts) {
      const k = filesKey(v.code, v.sides[0].file, v.sides[1].file);
      const list = this.byFiles.get(k);
      if (list) list.push(v);
      else this.byFiles.set(k, [v]);
    }
  }

  /** The latest verdict on `d`, on whichever side it was given. */
  verdictOn(d: Pick<Disagreement, 'code' | 'sides'>): Verdict | undefined {
    const [a, b] = d.sides;
    const list = this.byFiles.get(filesKey(d.code, fileNameOf(a.file), fileNameOf(b.file)));
    if (!list) return undefined;
    let found: Verdict | undefined;
    for (const v of list) {
      const straight = covers(v.sides[0], a) && covers(v.sides[1], b);
      if ((straight || (covers(v.sides[0], b) && covers(v.sides[1], a))) && (!found || v.at >= found.at)) found = v;
    }
    return found;
  }

  isIgnored(file: string, code: string): boolean {
    const codes = lookup(this.data.ignored, fileNameOf(file));
    return !!codes && codes.includes(code);
  }

  labelOf(file: string): string | undefined {
    return lookup(this.data.labels, fileNameOf(file));
  }

  draftOf(folder: string): string | undefined {
    return lookup(this.data.drafts, folder);
  }
}

/** Removes the verdicts `matches` selects; returns how many went. */
export function removeVerdicts(data: VerdictData, matches: (v: Verdict) => boolean): number {
  const before = data.verdicts.length;
  data.verdicts = data.verdicts.filter((v) => !matches(v));
  return before - data.verdicts.length;
}

/** Same verdict entry (as stored): used to undo exactly the one a reader picked. */
export function sameVerdict(a: Verdict, b: Verdict): boolean {
  return a.code === b.code && a.at === b.at && a.verdict === b.verdict && a.sides.every((s, i) => s.file === b.sides[i].file && s.quote === b.sides[i].quote);
}

/** A stored side covers a disagreement side of the same file whose sentence contains its quote. */
function covers(stored: VerdictSide, side: DisagreementSide): boolean {
  if (stored.file !== fileNameOf(side.file)) return false;
  const quote = normaliseQuote(stored.quote);
  return quote.length > 0 && normaliseQuote(side.sentence.text.slice(0, MAX_KEY_TEXT)).includes(quote);
}

function filesKey(code: string, a: string, b: string): string {
  return a <= b ? `${code}\u0000${a}\u0000${b}` : `${code}\u0000${b}\u0000${a}`;
}

function verdictOf(e: unknown): Verdict | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const r = e as Record<string, unknown>;
  if (!isText(r.code) || !Array.isArray(r.sides) || r.sides.length !== 2) return undefined;
  const sides = r.sides.map((s) => (s && typeof s === 'object' && isText((s as VerdictSide).file) && isText((s as VerdictSide).quote) ? side((s as VerdictSide).file, (s as VerdictSide).quote) : undefined));
  if (!sides[0] || !sides[1]) return undefined;
  const verdict = KINDS.includes(r.verdict as VerdictKind) ? (r.verdict as VerdictKind) : 'note';
  const v: Verdict = { code: r.code, sides: [sides[0], sides[1]], verdict, reason: str(r.reason), author: str(r.author), at: str(r.at) };
  if (verdict === 'sideRight' && isText(r.right)) v.right = fileNameOf(r.right);
  return v;
}

function side(file: string, quote: string): VerdictSide {
  return { file: fileNameOf(file), quote: quote.slice(0, MAX_QUOTE) };
}

function copyRecord<T>(from: unknown, to: Record<string, T>, value: (x: unknown) => T | undefined): void {
  if (!from || typeof from !== 'object' || Array.isArray(from)) return;
  let n = 0;
  for (const [k, raw] of Object.entries(from as Record<string, unknown>)) {
    if (++n > MAX_ENTRIES) break;
    const v = value(raw);
    if (v !== undefined) to[k] = v;
  }
}

/** Own properties only: `constructor` or `__proto__` as a file name is just a name. */
function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isText(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0;
}

function str(x: unknown): string {
  return typeof x === 'string' ? x.slice(0, MAX_QUOTE) : '';
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
