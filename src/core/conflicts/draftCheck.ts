/**
 * A draft (a rewritten or machine-written article) + how the other sources stand towards each of its
 * sentences + the folder's disagreements → one verdict per sentence (supported, disputed, resolved,
 * not in any source, or not a claim), and why: an editor checks a draft sentence by sentence against
 * its sources, and needs to see at once which sentences no source backs. Headlines, bylines, datelines
 * and page chrome are kept apart as "not a claim" so they never count as unsupported.
 */
import { FUNCTION_WORDS } from '../mentions/names/nameRules';
import { fileNameOf } from '../text/fileName';
import { lemmatizeNoun } from '../text/lemma';
import type { DocumentView, SentenceSupport, SpanRef } from '../types';
import type { Disagreement } from './disagreements';

export type DraftVerdict = 'supported' | 'disputed' | 'resolved' | 'notFound' | 'notClaim';

export interface DraftSentence extends SpanRef {
  index: number;
  verdict: DraftVerdict;
  /** Supporting sentences, at most one per source, the closest wording first. */
  supportedBy: SpanRef[];
  /** Disagreements with a side in this sentence; for `resolved` all have a closing verdict. */
  disagreements: Disagreement[];
  /** Why a sentence is not a claim (`title`, `byline`, `dateline`, `repeat`, `headline`, `fragment`). */
  notClaimBecause?: string;
}

export interface DraftCheck {
  file: string;
  sentences: DraftSentence[];
  counts: Record<DraftVerdict, number>;
}

/** Display order of the verdict groups. */
export const DRAFT_VERDICTS: readonly DraftVerdict[] = ['disputed', 'notFound', 'supported', 'resolved', 'notClaim'];

/**
 * Checks `doc` sentence by sentence. `support` is the index's `supportFor(doc.file)`; `disagreements`
 * are the folder's (any not touching the draft are ignored); `isClosed` says whether a verdict closed one.
 */
export function checkDraft(doc: DocumentView, support: readonly SentenceSupport[], disagreements: readonly Disagreement[], isClosed: (d: Disagreement) => boolean): DraftCheck {
  const supportBySentence = new Map(support.map((s) => [s.sentence, s]));
  const touching = disagreements.filter((d) => d.sides.some((s) => s.file === doc.file));
  const seen = new Set<string>();
  const counts: Record<DraftVerdict, number> = { supported: 0, disputed: 0, resolved: 0, notFound: 0, notClaim: 0 };
  const sentences: DraftSentence[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const flatText = text.replace(/\s+/g, ' ').trim();
    const repeat = seen.has(flatText.toLowerCase());
    seen.add(flatText.toLowerCase());
    const mine = touching.filter((d) => d.sides.some((side) => side.file === doc.file && side.start < s.end && s.start < side.end));
    const base = { file: doc.file, start: s.start, end: s.end, text, index: s.index, disagreements: mine };
    const notClaimBecause = mine.length ? undefined : repeat ? 'repeat' : notClaimReason(doc, s.start, s.end, flatText);
    // The engine's support is claim to claim (same subject and event); a sentence says more than its claim, so a
    // supporting sentence must also share some of its wording, or the draft's extra detail would pass as supported.
    const supported = closestPerSource(flatText, supportBySentence.get(s.index)?.supportedBy ?? [], doc.file);
    let verdict: DraftVerdict;
    if (mine.length) verdict = mine.every(isClosed) ? 'resolved' : 'disputed';
    else if (notClaimBecause) verdict = 'notClaim';
    else verdict = supported.length ? 'supported' : 'notFound';
    counts[verdict]++;
    sentences.push({ ...base, verdict, supportedBy: verdict === 'notClaim' ? [] : supported, notClaimBecause });
  }
  return { file: doc.file, sentences, counts };
}

/** `14 supported · 1 disputed · 5 not in any source` (zero groups left out, except the first three). */
export function draftSummary(counts: Record<DraftVerdict, number>): string {
  const parts = [`${counts.supported} supported`, `${counts.disputed} disputed`, `${counts.notFound} not in any source`];
  if (counts.resolved) parts.push(`${counts.resolved} resolved`);
  if (counts.notClaim) parts.push(`${counts.notClaim} not claims`);
  return parts.join(' · ');
}

export const VERDICT_TITLES: Record<DraftVerdict, string> = {
  supported: 'Supported',
  disputed: 'Disputed',
  resolved: 'Resolved by a verdict',
  notFound: 'Not in any source',
  notClaim: 'Not claims (headlines, bylines, page text)',
};

/**
 * The default draft of a folder when none is marked: the one source without a date of its own (no
 * header, no published line), else the one newest source; none when that is not a single file.
 */
export function defaultDraftOf(docs: readonly Pick<DocumentView, 'file' | 'date'>[]): string | undefined {
  if (docs.length < 2) return undefined;
  const undated = docs.filter((d) => d.date.source === 'none' || d.date.source === 'inferred');
  if (undated.length === 1) return undated[0].file;
  const dated = docs.filter((d) => d.date.date);
  if (dated.length !== docs.length) return undefined;
  const newest = dated.reduce((max, d) => (d.date.date! > max ? d.date.date! : max), '');
  const atNewest = dated.filter((d) => d.date.date === newest);
  return atNewest.length === 1 ? atNewest[0].file : undefined;
}

/** At most this many words make a line a fragment (`World`, `Expand / Collapse search`, `Published`). */
const FRAGMENT_WORDS = 5;
/** A byline line is short: `By Jane Roe and John Doe, Staff Writers`. */
const BYLINE_WORDS = 10;
const ENDS_LIKE_PROSE = /[.!?:;"'”’)\]]$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LONG_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Why a sentence is page furniture rather than a statement, or undefined when it reads as a statement. */
function notClaimReason(doc: DocumentView, start: number, end: number, flatText: string): string | undefined {
  const overlaps = (span: { start: number; end: number } | undefined) => !!span && span.start < end && start < span.end;
  const words = flatText.match(WORD) ?? [];
  const prose = ENDS_LIKE_PROSE.test(flatText);
  // A first line that reads as a sentence (many wire stories open with the lede, no headline) is a claim.
  if (overlaps(doc.title) && !prose) return 'title';
  // `By Saturday, at least 6,000 sites were infected.` is a sentence, not a byline.
  if (overlaps(doc.byline) && (!prose || words.length <= BYLINE_WORDS)) return 'byline';
  if (doc.date.span && overlaps(doc.date.span) && flatText.length < 80) return 'dateline';
  if (words.length < 3) return 'fragment';
  if (prose) return undefined;
  if (words.length <= FRAGMENT_WORDS) return 'fragment';
  // A headline: no closing punctuation and most longer words capitalised (Title Case).
  const long = words.filter((w) => LONG_WORD.test(w));
  if (long.length && long.filter((w) => CAPITALISED.test(w)).length / long.length >= 0.6) return 'headline';
  return undefined;
}

/** A supporting sentence shares at least this many content words (lemmas) with the draft's sentence. */
const MIN_SHARED_WORDS = 3;
/** Reporting verbs and auxiliaries: shared by any two news sentences, so they say nothing about support. */
const REPORTING_WORDS = new Set(['said', 'says', 'told', 'have', 'been', 'being', 'according']);

/** One supporting sentence per other source (one sharing enough wording), the one sharing most words with `text` first. */
function closestPerSource(text: string, refs: readonly SpanRef[], own: string): SpanRef[] {
  if (refs.length === 0) return [];
  const words = contentWords(text);
  const best = new Map<string, { ref: SpanRef; score: number }>();
  for (const ref of refs) {
    if (ref.file === own) continue;
    const theirs = contentWords(ref.text);
    let shared = 0;
    for (const w of theirs) if (words.has(w)) shared++;
    if (shared < MIN_SHARED_WORDS) continue;
    const score = shared / Math.sqrt(Math.max(1, theirs.size));
    const current = best.get(ref.file);
    if (!current || score > current.score) best.set(ref.file, { ref, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (fileNameOf(a.ref.file) < fileNameOf(b.ref.file) ? -1 : 1)).map((x) => x.ref);
}

const HAS_DIGIT = /\d/;

/** Figures, and lemmas of the words of four letters or more that are not function words (input capped). */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.slice(0, 2000).toLowerCase().match(WORD) ?? []) {
    const w = raw.replace(/['’]s?$/, '');
    // Figures count whatever their length (`4 p.m.`, `23 pirates`): they are what a sentence is checked for.
    if (HAS_DIGIT.test(w)) out.add(w);
    else if (w.length >= 4 && !FUNCTION_WORDS.has(w) && !REPORTING_WORDS.has(w)) out.add(lemmatizeNoun(w));
  }
  return out;
}
