import { isNonClaimSpan } from '../text/nonClaimLines';
import { EventWords, eventWordsIn } from './events';
import type { DocumentAnalysis } from '../types';

/**
 * A document's sentences → what both its claims (clauses.ts) and its value frames (valueFrames.ts) read
 * of each one: its event words, and whether it is page furniture (text/nonClaimLines.ts). Scanned once
 * for both readers, and kept for the documents scanned last (a folder's claims and frames are read one
 * pass after the other).
 */
export interface SentenceScan {
  /** The event words of every sentence, sentence after sentence. */
  words: EventWords;
  /** Per sentence (its position in `doc.sentences`), where its words start in `words`; one more entry ends the last. */
  firstWord: Int32Array;
  /** Per sentence: NOT_ASKED, or whether it is furniture (FURNITURE) or a statement (STATEMENT). */
  furniture: Uint8Array;
}

const NOT_ASKED = 0;
const FURNITURE = 1;
const STATEMENT = 2;

/** How many recently scanned documents are kept (a folder's worth, usually: bounded, so memory is too). */
const RECENT_SCANS = 1024;
const recentScans = new Map<DocumentAnalysis, SentenceScan>();

export function sentenceScanOf(doc: DocumentAnalysis): SentenceScan {
  let scan = recentScans.get(doc);
  if (!scan) {
    scan = scanSentences(doc);
    if (recentScans.size >= RECENT_SCANS) recentScans.delete(recentScans.keys().next().value!);
    recentScans.set(doc, scan);
  }
  return scan;
}

function scanSentences(doc: DocumentAnalysis): SentenceScan {
  const words = new EventWords();
  const sentences = doc.sentences;
  const firstWord = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) {
    firstWord[s] = words.count;
    eventWordsIn(doc.text, sentences[s].start, sentences[s].end, words);
  }
  firstWord[sentences.length] = words.count;
  return { words, firstWord, furniture: new Uint8Array(sentences.length) };
}

/** `isNonClaimSpan` over sentence `s` of `doc` (a timestamp, credit, code or address line), asked once per sentence. */
export function isFurnitureAt(doc: DocumentAnalysis, scan: SentenceScan, s: number): boolean {
  let answer = scan.furniture[s];
  if (answer === NOT_ASKED) {
    const sentence = doc.sentences[s];
    scan.furniture[s] = answer = isNonClaimSpan(doc.text, sentence.start, sentence.end) ? FURNITURE : STATEMENT;
  }
  return answer === FURNITURE;
}
