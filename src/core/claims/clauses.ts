import { CharCode, isWhiteSpaceAt } from '../text/charCodes';
import { triggerAt, type EventTrigger } from './events';
import { isFurnitureAt, SentenceReader, sentenceScanOf, type SentenceScan } from './sentenceScan';
import type { DocumentAnalysis, Span } from '../types';

/**
 * A document's sentences → their clauses that hold event words (`clausePlans`). Sentences are cut at
 * semicolons, colons, dashes and commas before a relative or contrastive word, so each event word
 * reads the names and values of its own clause, not of a neighbouring one.
 */

export interface ClausePlan extends Clause {
  triggers: EventTrigger[];
}

/**
 * Clauses with event words per sentence (text-only; the claim cache above keeps their result).
 * A clause without one yields no claim, so it is left out.
 */
export function clausePlans(doc: DocumentAnalysis): ClausePlan[][] {
  // The event words of every sentence first (shared with the value frames): most sentences without one need no clauses.
  const scan = sentenceScanOf(doc, SentenceReader.Claims);
  // A loop and a module function, not a closure per document (V8 optimises closures made per call again and again).
  const out: ClausePlan[][] = [];
  for (let s = 0; s < doc.sentences.length; s++) out.push(sentencePlans(doc, scan, s));
  return out;
}

/** The clause plans of sentence `s` of `doc`. */
function sentencePlans(doc: DocumentAnalysis, scan: SentenceScan, s: number): ClausePlan[] {
  const text = doc.text;
  const words = scan.words;
  const sentence = doc.sentences[s];
  const last = scan.firstWord[s + 1];
  // Timestamps, credits, codes and addresses hold values but state nothing.
  if (scan.firstWord[s] === last || isFurnitureAt(doc, scan, s)) return NO_PLANS;
  let plans: ClausePlan[] = NO_PLANS;
  let k = scan.firstWord[s];
  for (const clause of clausesOf(text, sentence.start, sentence.end)) {
    while (k < last && words.starts[k] < clause.start) k++;
    let triggers: EventTrigger[] | undefined;
    for (; k < last && words.starts[k] < clause.end; k++) {
      const t = triggerAt(text, clause.start, clause.end, words, k);
      if (t) (triggers ??= []).push(t);
    }
    if (triggers) {
      if (plans === NO_PLANS) plans = [];
      plans.push({ start: clause.start, end: clause.end, relative: clause.relative, triggers });
    }
  }
  return plans;
}
/** Shared by every sentence without a clause plan: never changed. */
const NO_PLANS: ClausePlan[] = [];

const CLAUSE_BREAK = /;|:\s|,\s+(?=(?:which|who|whom|whose|where|when|while|but|although|though|whereas|however|and\s+(?:then\s+)?(?:he|she|they|it)\b)\b)|\s+(?=(?:while|although|though|whereas)\b)|\s[—–-]{1,2}\s/g;
/** At a clause's first character after spaces (sticky, so a clause costs no copy of the rest of the sentence). */
const RELATIVE_START = /\s*(?:,\s*)?(?:which|who|whom|whose|that|where)\b/iy;
function relativeAt(body: string, from: number): boolean {
  RELATIVE_START.lastIndex = from;
  return RELATIVE_START.test(body);
}

export interface Clause extends Span {
  relative: boolean;
}

function clausesOf(text: string, start: number, end: number): Clause[] {
  const body = text.slice(start, end);
  const out: Clause[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(body))) {
    const cut = m.index + m[0].length;
    if (cut - from > 3) pushTrimmed(text, out, start + from, start + m.index, relativeAt(body, from));
    from = cut;
  }
  pushTrimmed(text, out, start + from, end, relativeAt(body, from));
  return out;
}

/** Trim spaces and leading commas so spans quote cleanly; empty clauses are left out. */
function pushTrimmed(text: string, out: Clause[], s: number, e: number, relative: boolean): void {
  while (s < e && isSpaceOrComma(text, s)) s++;
  while (e > s && isSpaceOrComma(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e, relative });
}
/** `/[\s,]/` */
const isSpaceOrComma = (text: string, i: number) => text.charCodeAt(i) === CharCode.Comma || isWhiteSpaceAt(text, i);

