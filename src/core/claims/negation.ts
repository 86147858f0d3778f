import { CharCode, isWhiteSpaceAt } from '../text/charCodes';

/**
 * Polarity of an event word: negated when a negator sits shortly before it in the same clause
 * (`did not visit`, `has never visited`, `no visit`, `denied visiting`).
 */

/** A negator, then (group 1 or 2) what stands between it and the event word. */
const NEGATOR_BEFORE =
  /\b(?:not|never|no|without|neither|nor|denied|denies|deny|denying|refused\s+to|failed\s+to|ruled\s+out)\b([^,;:.]{0,30})$|n['’]t\b([^,;:.]{0,30})$/i;
/** A determiner or a verb in -ing (not `being`) between the negator and the event word. */
const GOVERNED_ELSEWHERE = /\b(?:the|his|her|their|its|this|these|those|our|your)\b|\b(?!being\b)[a-z]{3,}ing\b/i;

/** `textBefore` is the clause text from its start up to the event word. */
export function isNegatedBefore(textBefore: string): boolean {
  // Only look back a few words so a negator in an earlier phrase does not leak in.
  const window = lastWords(textBefore, 5);
  const negator = NEGATOR_BEFORE.exec(window);
  if (!negator) return false;
  // The negator governs another word when a verb or a determiner stands between: `not treating the death as
  // suspicious`, `refused to discuss the visit` (the death and the visit are not denied).
  if (GOVERNED_ELSEWHERE.test(negator[1] ?? negator[2])) return false;
  // `not only`, `no longer than`, `not just` do not negate the event.
  return !/\b(?:not\s+only|not\s+just|no\s+doubt|no\s+longer|never\s+before)\b/i.test(window);
}


/** `text.split(/\s+/).slice(-count).join(' ')`, reading only the end of `text`. */
function lastWords(text: string, count: number): string {
  let from = 0;
  let runs = 0;
  // Whether every space run kept in the tail is one plain space: then it needs no rewriting.
  let plain = true;
  for (let i = text.length; i > 0; ) {
    if (!isWhiteSpaceAt(text, i - 1)) {
      i--;
      continue;
    }
    if (++runs === count) {
      from = i;
      break;
    }
    const runEnd = i;
    while (i > 0 && isWhiteSpaceAt(text, i - 1)) i--;
    if (runEnd - i !== 1 || text.charCodeAt(i) !== CharCode.Space) plain = false;
  }
  const tail = text.slice(from);
  return runs > 0 && !plain ? tail.replace(/\s+/g, ' ') : tail;
}

/** Any negator in a sentence: when both sides have one, it only moved (`I don't feel we were` = `I feel we weren't`). */
export function hasNegator(sentence: string): boolean {
  return /\b(?:not|never|no|neither|nor|without)\b|n['’]t\b/i.test(sentence);
}
