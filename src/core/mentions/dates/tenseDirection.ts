/**
 * The words around a date that has no year (`in May`, `on Saturday`) → whether it points into the past or
 * the future of the document's date, read from the tense of its clause. News reports the past, so a past
 * verb (`was captured … in May`, `arrested … on Saturday`) or no cue at all means the past; `will`, modals,
 * `is due/set/scheduled to`, `next` point forward (`coming` right before a date is read by findTimes). The verb nearest to the date decides, first
 * looking back to the start of its clause, then forward to the end of it (`On Friday, the president will …`).
 * Prepositions such as `by` say nothing about tense (`captured by Russian troops in May`), except
 * `by`/`until` right before the date when no verb decides (`has until May to respond`).
 */

export type TenseDirection = 'past' | 'future';

/** How much of the sentence is read on each side of the date. */
const BEFORE_CHARS = 120;
const AFTER_CHARS = 100;

/**
 * `before` is the text of the sentence up to the date, `after` the text right after it. Returns null when
 * nothing in the clause says which way (the caller then keeps news's default, the past).
 */
export function directionOfClause(before: string, after: string): TenseDirection | null {
  const back = clauseBefore(before.slice(-BEFORE_CHARS));
  const words = back.match(WORD_RE) ?? [];
  const deadline = WEAK_FUTURE_BEFORE.test(back);
  const deferredTo = DEFERRED_TO_BEFORE.test(back);
  // First the words since the last comma (`…would spread, on Nov. 17 the police moved`), then the rest of the
  // clause after the date, then the words before that comma.
  const commaAt = back.lastIndexOf(',');
  const nearWords = commaAt >= 0 ? (back.slice(commaAt + 1).match(WORD_RE) ?? []).length : words.length;
  const scanBack = (from: number, to: number): TenseDirection | null => {
    for (let i = from - 1; i >= to; i--) {
      // `postponed until May`, `delayed to June`: moved ahead, whatever the tense of the move.
      if (deferredTo && DEFERRAL_WORDS.has(words[i].toLowerCase())) return 'future';
      const cue = cueOf(words, i);
      if (cue) return cue;
    }
    return null;
  };
  const near = scanBack(words.length, words.length - nearWords);
  if (near) return near;
  const ahead = clauseAfter(after.slice(0, AFTER_CHARS)).match(WORD_RE) ?? [];
  for (let i = 0; i < ahead.length; i++) {
    const cue = cueOf(ahead, i);
    if (cue) return cue;
  }
  return scanBack(words.length - nearWords, 0) ?? (deadline ? 'future' : null);
}

const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?/g;
/** Where a clause starts: the end of the previous sentence or clause, or a relative pronoun after a comma. */
const CLAUSE_START_RE = /[.;:!?()"“”]|,\s*(?:which|who|whom|whose|where|while|but|although|though|whereas)\b/gi;
const CLAUSE_END_RE = /[.;:!?()"“”]/;
/** `until May`, `by Friday`: a deadline, ahead of the document unless the clause's verb says otherwise. */
const WEAK_FUTURE_BEFORE = /\b(?:by|until|till)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$/i;
const DEFERRED_TO_BEFORE = /\b(?:until|till|to)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$/i;

function clauseBefore(text: string): string {
  let from = 0;
  CLAUSE_START_RE.lastIndex = 0;
  for (let m = CLAUSE_START_RE.exec(text); m; m = CLAUSE_START_RE.exec(text)) from = m.index + m[0].length;
  return text.slice(from);
}

function clauseAfter(text: string): string {
  const m = CLAUSE_END_RE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const FUTURE_WORDS = new Set([
  'will', 'shall', 'would', 'could', 'should', 'might', 'must', 'won’t', "won't", 'next', 'upcoming', 'due', 'scheduled', 'slated',
  'planned', 'planning', 'plans', 'expected', 'expects', 'poised', 'intends', 'aims', 'hopes', 'tomorrow',
]);
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'been', 'said', 'told', 'went', 'came', 'got', 'met', 'took', 'began', 'fled', 'won', 'lost', 'left', 'fell', 'saw',
  'gave', 'made', 'found', 'sent', 'held', 'struck', 'killed', 'caught', 'brought', 'bought', 'sold', 'paid', 'spoke', 'wrote',
  'became', 'broke', 'chose', 'drove', 'flew', 'led', 'ran', 'rose', 'stole', 'threw', 'wore', 'yesterday', 'ago', 'earlier', 'previously',
  // Denied pasts: `didn't detect until July 29` happened by then.
  "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t', "hadn't", 'hadn’t',
]);
/** Words ending in -ed that are not past forms. */
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'breed', 'greed', 'shed', 'hundred', 'sacred', 'wicked', 'naked', 'kindred', 'bed', 'red', 'wed']);
/** Verbs that move an event later: a date after `until`/`to` then lies ahead. */
const DEFERRAL_WORDS = new Set(['postponed', 'delayed', 'adjourned', 'deferred', 'rescheduled', 'extended', 'moved', 'pushed']);
const MODALS = new Set(['will', 'shall', 'would', 'should', 'could', 'might', 'must']);
/** Past forms of auxiliaries: the tense itself, whatever modal came before (`would have been`). */
const AUXILIARY_PAST = new Set(['was', 'were', 'had', 'did', 'been']);
/** After these a participle is not a past (`will be held`, `to be completed`, `being reviewed`). */
const INFINITIVE_BE = new Set(['be', 'being']);

function cueOf(words: readonly string[], i: number): TenseDirection | null {
  const word = words[i];
  // Capitalised words are names (`United`, `Ahmed`), except at the start of the clause.
  if (i > 0 && word[0] !== word[0].toLowerCase()) return null;
  const w = word.toLowerCase();
  if (/['’]ll$/.test(w)) return 'future';
  if (w === 'set' || w === 'going') return /^to$/i.test(words[i + 1] ?? '') ? 'future' : null;
  // `is to be held`, but not `is to blame`.
  if (w === 'is' || w === 'are') return /^to$/i.test(words[i + 1] ?? '') && !/^blame$/i.test(words[i + 2] ?? '') ? 'future' : null;
  if (FUTURE_WORDS.has(w)) return 'future';
  const participle = PAST_WORDS.has(w) || (w.length >= 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (!participle) return null;
  if (w !== 'been' && INFINITIVE_BE.has((words[i - 1] ?? '').toLowerCase())) return null;
  // `should have service restored by December 31`: a modal shortly before governs the participle.
  if (!AUXILIARY_PAST.has(w)) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (MODALS.has(words[k].toLowerCase())) return 'future';
  }
  return 'past';
}
