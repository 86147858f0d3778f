import { isLineWithoutStop, isNonClaimSpan, lastStatementIndex } from '../text/nonClaimLines';
import { EventWords, eventWordsIn } from './events';
import type { DocumentAnalysis } from '../types';

/**
 * A document's sentences → what both its claims (clauses.ts) and its value frames (valueFrames.ts) read
 * of each one: its event words, and whether it is page furniture (text/nonClaimLines.ts). Scanned once
 * for both readers, and let go once both have read it (it never keeps a document alive).
 */
export interface SentenceScan {
  /** The event words of every sentence, sentence after sentence. */
  words: EventWords;
  /** Per sentence (its position in `doc.sentences`), where its words start in `words`; one more entry ends the last. */
  firstWord: Int32Array;
  /** Per sentence: NOT_ASKED, or whether it is furniture (FURNITURE) or a statement (STATEMENT). */
  furniture: Uint8Array;
  /** The readers (SentenceReader bits) that have taken it. */
  readers: number;
  /** The last sentence ending with a stop (the story's end), or -1: read on the first furniture question. */
  lastStatement: number | undefined;
}

/** Who reads a scan: when both have, it is dropped. */
export const enum SentenceReader {
  Claims = 1,
  Frames = 2,
}
const BOTH_READERS = SentenceReader.Claims | SentenceReader.Frames;

const NOT_ASKED = 0;
const FURNITURE = 1;
const STATEMENT = 2;

/** Scans one reader has taken and the other has not yet (weakly held: a document dropped takes its scan along). */
const pendingScans = new WeakMap<DocumentAnalysis, SentenceScan>();

/** The scan of `doc` for `reader`: the one the other reader left, else a new one left for it. */
export function sentenceScanOf(doc: DocumentAnalysis, reader: SentenceReader): SentenceScan {
  let scan = pendingScans.get(doc);
  if (!scan || scan.readers & reader) {
    scan = scanSentences(doc);
    pendingScans.set(doc, scan);
  }
  scan.readers |= reader;
  if (scan.readers === BOTH_READERS) pendingScans.delete(doc);
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
  return { words, firstWord, furniture: new Uint8Array(sentences.length), readers: 0, lastStatement: undefined };
}

/** Below the story, a line of at most this many words without a stop is the page's (a list of other headlines). */
const TRAILER_LINE_WORDS = 14;

/**
 * Whether sentence `s` of `doc` is furniture, asked once per sentence: `isNonClaimSpan` (a timestamp, credit,
 * code, address, counter or link line), or a line without a stop below the story's last sentence.
 */
export function isFurnitureAt(doc: DocumentAnalysis, scan: SentenceScan, s: number): boolean {
  let answer = scan.furniture[s];
  if (answer === NOT_ASKED) {
    const sentence = doc.sentences[s];
    scan.lastStatement ??= lastStatementIndex(doc.text, doc.sentences);
    const trailer = scan.lastStatement >= 0 && s > scan.lastStatement && isLineWithoutStop(doc.text, sentence.start, sentence.end, TRAILER_LINE_WORDS);
    scan.furniture[s] = answer = trailer || isNonClaimSpan(doc.text, sentence.start, sentence.end) ? FURNITURE : STATEMENT;
  }
  return answer === FURNITURE;
}
