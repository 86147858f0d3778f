import { headNounAfter, lemmatizeNoun } from '../text/lemma';
import { RATE_AFTER } from './valueWords';

/**
 * The words around a value that scope it → patterns read by valueFrames.ts: another, earlier instance (`The last such
 * patch`), a part or a whole (`Of the 23 pirates arrested,`, `In the sixth,`, `eight of their last 10`), a streak or a
 * running count, a time in one role, a day that dates a statement (`police said Saturday`), what a rate is per, a
 * unit made another by its modifier (`basis points`), the count's own verb after an auxiliary.
 */

/**
 * `came two months after`, `comes just days after`, `followed a week after`: what follows names an earlier event, whose
 * figures are not this story's. Read in the EARLIER_REACH characters before a value.
 */
export const EARLIER_EVENT = /\b(?:came|comes|coming|follows|followed|happened|occurred)\s+(?:(?:just|only|barely|nearly|almost|about|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?)\s+after\b/i;
export const EARLIER_REACH = 160;

/** `The last such patch was released on Oct. 23`, `the previous record`: an instance before the one the story tells. */
export const PREVIOUS_INSTANCE = /\b(?:the\s+last\s+such|the\s+previous|a\s+previous)\s+[a-z]/i;

/**
 * `Cisco first struck a deal to buy Acacia for $2.6 billion`, `initially reported a magnitude of 5.6`, `had originally
 * offered`: a value since superseded, of an earlier instance than the story's. Only in the value's own clause (no
 * `;` or `, and` between): `first announced the plan in March, and on Monday said 500 jobs would go` is today's 500.
 */
export const SUPERSEDED_BEFORE = /\b(?:first|initially|originally)\s+(?:[a-z]+ed|struck|made|set|put|sought|bought|sold|won|paid|bid|gave|took|held|met|told|said|began)\b(?![^;]*(?:;|,\s+(?:and|but|while|then|before|after|when|which)\b))/i;

/** `after just 66 days`, `after 44 days`: the time that passed before the event. */
export const ELAPSED_BEFORE = /\bafter\s+(?:(?:just|only|barely|nearly|almost|about|some|over|more\s+than|less\s+than)\s+)?$/i;

/** `Of the 23 pirates arrested,`, `Out of the 12 victims,`: an opening on a whole, whose parts the sentence then counts. */
export const WHOLE_OPENING = /^\s*(?:of|out\s+of)\s+(?:the|those|these|its|their)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b[^,;]{0,60},/i;

/** `In the sixth,`, `During the first half,`, `By the third round,`: an opening on one part of a game, fight or race. */
export const PART_OPENING = /^\s*(?:in|during|by|after)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last|opening|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:round|quarter|half|inning|innings|period|set|frame|lap|stage|leg))?\s*,/i;

/** A count right before `out of` / `of` and this value: `56 out of 59`, `29 of 34`. */
export const DENOMINATOR_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand))\s+(?:out\s+)?of\s+(?:(?:the|their|its|his|her)\s+)?(?:(?:last|first|past|previous|next)\s+)?$/i;

/** Units of a time in one role (`four seasons as director`). */
export const ROLE_UNITS = new Set(['year', 'season', 'term', 'month', 'decade']);
/** After a count of time: `as` + a role (`seasons as the team's director`), not `as well`, `as many`, `as a result`. */
export const ROLE_AFTER = /^[\s-]*(?:(?:[a-z-]+\s+)?(?:years?|seasons?|terms?|months?|decades?)\s+)?as\s+(?!well\b|of\b|many\b|much\b|long\b|soon\b|a\s+result\b|part\b)/i;

/** A number word or figure followed by `other`, `more`...: `two other rifles`, `three more people`. */
export const PART_OF = /^(?:[$£€]?[\d.,]+|[A-Za-z-]+)\s+(?:other|more|additional|further)\b(?!\s+than\b)/i;

/** Units of a count that runs while a story does, and the words after it that say so (`five days of rioting`, `eight days ago`). */
export const RUNNING_UNITS = new Set(['day', 'night', 'week', 'month', 'year', 'hour']);
export const RUNNING_AFTER = /^\s*(?:of|ago|into|since|running|straight|in\s+a\s+row)\b/i;

/** `a three-game losing streak`, `an 11-match unbeaten run`: a streak, which grows while it lasts. */
export const STREAK_AFTER = /^[\s-]*(?:(?:[a-z]+-)?(?:game|match|fight|race|day|week|season)s?\s+)?(?:(?:losing|winning|unbeaten|undefeated|winless|scoring|hitting)\s+)?streak\b|^[\s-]*(?:(?:[a-z]+-)?(?:game|match)s?\s+)?(?:losing|winning|unbeaten|undefeated|winless)\s+run\b/i;

/**
 * A verb of saying right before a day (`authorities said Saturday`, `told reporters on Friday`, `said in a statement on
 * Monday`) or right after it (`Police on Saturday said`): the day dates the statement, not the event.
 */
export const SAID_BEFORE = /\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})|said\s+(?:in|at|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:on\s+|late\s+|early\s+)?$/;
export const SAID_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:said|says|told)\b/;
/** How far before or after a day SAID_BEFORE and SAID_AFTER read. */
export const SAID_REACH = 40;

/** `each`, `per` or `every` and what leads to the noun after it (`for each of the 12 `, `per `). */
const PER_NOUN = /\b(?:each|per|every)\s+(?:of\s+)?(?:(?:the|their|its|his|her|those|these)\s+)?(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:(?:additional|other|more|remaining)\s+)?/i;

/**
 * A rate read in the text after the value: undefined if none, else the noun it is per, lemmatised (`victim` in
 * ` murder for each of the 12 victims`), or null when no noun follows (`a day`).
 */
export function rateAfter(after: string): string | null | undefined {
  if (!RATE_AFTER.test(after)) return undefined;
  const per = PER_NOUN.exec(after);
  if (!per) return null;
  const found = headNounAfter(after, per.index + per[0].length, false);
  return found ? lemmatizeNoun(found.noun.toLowerCase()) : null;
}

/** Words that make another unit of the unit after them (`basis points`, `square miles`, `cubic metres`, `light years`). */
export const UNIT_MODIFIERS = new Set(['basis', 'square', 'sq', 'cubic', 'light']);

/** Only an auxiliary between a count and the verb after it: `were`, `have been`, `are reportedly`. */
export const AUXILIARY_ONLY = /^\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|have|has|had)\s+(?:(?:also|reportedly|seriously|critically|badly|slightly|still|now|all)\s+)?$/i;
