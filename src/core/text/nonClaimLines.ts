/**
 * One sentence's text → whether it is page furniture rather than a statement. Such lines hold dates and numbers
 * that differ between copies of a story without anyone disagreeing, so they must never become claims:
 * - a timestamp or metadata line (`UPDATED: FRIDAY, MAY 3, 2019, 10:15 AM`, `Posted 6/2/2011 8:12 PM`);
 * - a photo credit or caption (`Photo: Reuters`, `(AP Photo/John Doe)`, `Handout`, a line ending `…, Sunday, May 12, 2024.`);
 * - an identifier or code (`ISBN 978-…`, a URL) or a postal address;
 * - a reader counter (`By Jane Doe | 12 comments`, `2,345 shares`, `4 min read`);
 * - a link to another story (`Related: 5 things to know about …`, a numbered headline under `Most Popular`);
 * - the page speaking of itself (`Copyright © 2008 AP`, `This article is more than 14 years old`, `Subscribe for $1 a week`);
 * - a widget's line (a ticker `DOW 8,635.42 -2.1%`, the weather `London 4°C`, a post's signature `— Jane Doe (@janedoe) …`).
 * `lastStatementIndex` and `isLineWithoutStop` tell the short lines below a story's last sentence (its page's
 * buttons and other stories' headlines). Read from what a line looks like, never from a list of sites.
 */

/** Furniture is short; longer sentences are statements (and are not worth the regexes). */
const MAX_CHARS = 160;

/** Whether `text` (one sentence) is a timestamp, credit, caption, identifier or address line. */
export function isNonClaimSentence(text: string): boolean {
  // A photo caption may be long; it ends on its full date (read on the last characters only).
  if (CAPTION_DATE_END_RE.test(text.length > CAPTION_TAIL ? text.slice(-CAPTION_TAIL) : text)) return true;
  if (text.length > MAX_CHARS) return false;
  const line = text.trim();
  if (!line) return false;
  return isTimestampLine(line) || isCreditLine(line) || isCodeLine(line) || isAddressLine(line) || isCounterLine(line) || isLinkLine(line) || isPageNoticeLine(line) || isWidgetLine(line);
}

/**
 * Whether `text[start, end)`, a sentence, is furniture: `isNonClaimSentence` of it, or an item of a numbered
 * list of headlines (`1. Obama picks three new advisers`, split off its number by the sentence finder).
 */
export function isNonClaimSpan(text: string, start: number, end: number): boolean {
  return end - start <= MAX_CHARS && (isNonClaimSentence(text.slice(start, end)) || isNumberedHeadline(text, start, end));
}

/**
 * A wire photo's caption ends on the day, month, date and year after a comma (`The wreckage of a car lies in a village
 * … West Sumatra, Indonesia, Sunday, May 12, 2024.`, with or without `(AP Photo/…)`): prose says `on Sunday`.
 */
const CAPTION_DATE_END_RE = /,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*\.?\s*(?:\([^()]*\)\s*\.?\s*)?$/;
const CAPTION_TAIL = 120;

/** Nouns a page counts its readers' doings with: `12 comments`, `2,345 shares`, `77 followers`. */
const COUNTER_RE = /\d\s*(?:k\s+)?(?:comments?|repl(?:y|ies)|shares?|likes?|views?|reads|followers?|subscribers?|retweets?|reactions?|claps?|upvotes?|(?:users?|people|readers|visitors)\s+(?:online|reading|viewing|are\s+talking)|min(?:ute)?s?\s+read)\b|^\W*reading\s+time\b/i;

/** A short line without a verb that counts readers' comments, shares, likes, views or followers. */
function isCounterLine(line: string): boolean {
  // The counter's own words (`700 people are talking about this`) are no verb of a statement.
  return DIGIT_RE.test(line) && COUNTER_RE.test(line) && whitespaceRuns(line, 12) <= 11 && !hasClauseVerb(line.replace(COUNTER_RE, ' '));
}

/** Labels that open a link to another story: `Related:`, `Read more:`, `Most popular |`, `Watch:`. */
const LINK_LABEL_RE = /^\W*(?:related(?:\s+(?:stories|articles|news|coverage|content|links|topics))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more(?:\s+(?:stories|news|coverage))?|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:popular|read|viewed|shared|emailed)|top\s+stories|latest(?:\s+(?:news|stories))?|watch|listen|sponsored(?:\s+content)?|promoted|advertisement|you\s+may\s+also\s+like|don'?t\s+miss|editor'?s\s+picks?|further\s+reading|up\s+next|in\s+other\s+news|(?:next|previous|prev)(?:\s+(?:story|article|post))?|gallery|slideshow|video|podcast)\s*[:|»>]/i;

function isLinkLine(line: string): boolean {
  return LINK_LABEL_RE.test(line);
}

/** A copyright line: `Copyright © 2008 The Associated Press`, `(c) 2008 Reuters`, `All rights reserved`. */
const COPYRIGHT_RE = /^\W*(?:copyright\b|©|\(c\)\s*\d)|\ball rights reserved\b/i;
/** The page speaking of itself: `This article is more than 14 years old`, `This story originally appeared in …`. */
const PAGE_ITSELF_RE = /^\W*this\s+(?:article|story|page|post|piece|content)\s+(?:is|was|has|had|first|originally|contains|appeared|may)\b/i;
/** A paywall or newsletter prompt: `Subscribe for $1 a week`, `You have 3 free articles left`, `Get 2 months free`. */
const PROMPT_RE = /\bsubscri(?:be|bers?|ption)\b|\bfree\s+(?:articles?|trial|stories)\b|\b(?:articles?|stories)\s+left\b|\bsign\s+up\b|\bnewsletters?\b|\d+\s+(?:days?|weeks?|months?)\s+(?:free|for\s+\$)|\d+%\s+off\b/i;
/** A prompt speaks to the reader: it opens with an imperative or `you`. */
const PROMPT_LEAD_RE = /^\W*(?:subscribe|sign\s+up|get|save|join|try|start|register|log\s*in|become|support|unlock|enjoy|you(?:'ve|\s+have|\s+can|\s+are))\b/i;
/** A prompt is short. */
const PROMPT_WORDS = 14;

/** A copyright line, a notice about the page itself, or a subscription prompt: what the page says of itself. */
function isPageNoticeLine(line: string): boolean {
  if (COPYRIGHT_RE.test(line) || PAGE_ITSELF_RE.test(line)) return true;
  return PROMPT_LEAD_RE.test(line) && PROMPT_RE.test(line) && whitespaceRuns(line, PROMPT_WORDS) < PROMPT_WORDS;
}

/** A signed change (`-2.1%`, `+0.8`, `−35.2`): what market tickers show. */
const SIGNED_CHANGE_RE = /(?:^|\s)[+\-−]\d[\d,]*(?:\.\d+)?%?(?=\s|$)/;
/** A lower-case word of three letters or more: prose (`in`, `of` may stand in a ticker's name). */
const PROSE_WORD_RE = /(?:^|[^\p{L}])\p{Ll}{3,}/u;
/** A temperature (`4°C`, `39 °F`). */
const TEMPERATURE_RE = /\d\s*°\s*[CF]\b/;
/** The signature of an embedded post: a dash, a name and a handle in brackets (`— Jane Doe (@janedoe) …`). */
const POST_SIGNATURE_RE = /^\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)/;
/** A widget's line is short. */
const WIDGET_WORDS = 8;

/** A market ticker (capitals, figures and signed changes, no prose), a weather line, or an embedded post's signature. */
function isWidgetLine(line: string): boolean {
  if (POST_SIGNATURE_RE.test(line)) return true;
  if (!DIGIT_RE.test(line) || whitespaceRuns(line, WIDGET_WORDS) >= WIDGET_WORDS) return false;
  if (TEMPERATURE_RE.test(line) && !hasClauseVerb(line)) return true;
  return SIGNED_CHANGE_RE.test(line) && !PROSE_WORD_RE.test(line);
}

/** A sentence that ends with a stop (closing quotes and brackets allowed after it). */
export const ENDS_WITH_STOP_RE = /[.!?]["'”’)]*\s*$/;
/** A word: a letter, then letters, apostrophes, dots or hyphens (`O'Dea`, `U.S.`, `well-known`). */
export const WORD_RE = /\p{L}[\p{L}'’.-]*/gu;

/**
 * The index of a source's last sentence ending with a stop: the story's end, below which a page has its links,
 * buttons and lists of other headlines. -1 when no sentence has one (a list of headlines, a title alone).
 */
export function lastStatementIndex(text: string, sentences: readonly { start: number; end: number }[]): number {
  for (let i = sentences.length - 1; i >= 0; i--) if (ENDS_WITH_STOP_RE.test(text.slice(sentences[i].start, sentences[i].end))) return i;
  return -1;
}

/** Whether `text[start, end)` has at most `maxWords` words and ends without a stop: below the story, the page's own line. */
export function isLineWithoutStop(text: string, start: number, end: number, maxWords: number): boolean {
  if (end - start > MAX_CHARS) return false;
  const line = text.slice(start, end);
  if (ENDS_WITH_STOP_RE.test(line)) return false;
  let words = 0;
  for (const _ of line.matchAll(WORD_RE)) if (++words > maxWords) return false;
  return true;
}

/** `1. `, `2) ` opening a line. */
const LIST_NUMBER_RE = /^[ \t]*\d{1,2}[.)][ \t]+$/;
/** The most characters a list number (`12. `, with the spaces before it) takes before its item. */
const LIST_NUMBER_MAX = 6;
/** A headline ends without a stop. */
const SENTENCE_STOP_RE = /[.!?:;]["'”’)]*\s*$/;
/** A listed headline has at most this many words. */
const HEADLINE_WORDS = 14;

/**
 * A sentence that is a whole line after a list number (`1. `) and ends without a stop: a headline in a list of
 * links (`Most Popular` / `1. Obama picks 3 new advisers`). Numbered points of a story are sentences and end
 * with a stop.
 */
function isNumberedHeadline(text: string, start: number, end: number): boolean {
  // Both scans stay within a few characters of the sentence: a text without line breaks must not be read
  // from its start (or to its end) once per sentence.
  const before = text.slice(Math.max(0, start - LIST_NUMBER_MAX - 1), start);
  const number = before.slice(before.lastIndexOf('\n') + 1);
  if (number.length > LIST_NUMBER_MAX || !LIST_NUMBER_RE.test(number)) return false;
  const after = text.slice(end, end + MAX_CHARS);
  const lineEnd = after.indexOf('\n');
  if (lineEnd < 0 && end + MAX_CHARS < text.length) return false;
  const line = text.slice(start, lineEnd < 0 ? end + after.length : end + lineEnd);
  return !SENTENCE_STOP_RE.test(line) && whitespaceRuns(line.trim(), HEADLINE_WORDS) < HEADLINE_WORDS;
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** Tokens a date or time is written with: numbers, ordinals, month and weekday names, am/pm, time zones. */
const DATE_TOKEN_RE = new RegExp(
  `^(?:\\d{1,4}(?:st|nd|rd|th)?|\\d{1,4}(?:[/.-]\\d{1,4}){1,2}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|${MONTH}|${WEEKDAY})\\.?$`,
  'i',
);
/** Time zones are written in capitals (`BST`, `GMT`, `EDT`); lower-case `at` or `but` are words. */
const TIME_ZONE_RE = /^(?:[A-Z]{1,2}[SD]?T|UTC|Z)$/;
const DATE_OR_TIME_RE = new RegExp(`\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(?:${MONTH})\\b\\.?\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:${MONTH})\\b|\\b(?:19|20)\\d\\d\\b`, 'i');
/** Words a metadata line opens with. */
const METADATA_LEAD_RE = /^\W*(?:(?:last|first)\s+)?(?:updated|modified|edited|posted|published|created|filed|released|date[d]?|timestamp|time)\b/i;
/** Words metadata lines put between a label and its value. */
const METADATA_FILLERS = new Set(['last', 'first', 'updated', 'modified', 'edited', 'posted', 'published', 'created', 'filed', 'released', 'date', 'dated', 'timestamp', 'time', 'on', 'at', 'by', 'and', 'the', 'of', 'in', 'local', 'et', 'pt']);

/** The parts of a timestamp line between separators (spaces, commas, bars, brackets, dashes). */
const TIMESTAMP_TOKEN_RE = /[^\s,|;()\u2013\u2014]+/g;

/**
 * A line made of a metadata label (`Updated`, `Posted`, `Published`) and a date or time, or of a date and
 * time alone; a byline's name (`Posted by Jane Doe on …`) may stand in it. Any other lower-case word makes
 * it a sentence (`Published in 1998, the book sold …`).
 */
function isTimestampLine(line: string): boolean {
  // Every date or time is written with a digit: most lines have none, and skip the date pattern.
  if (!DIGIT_RE.test(line) || !DATE_OR_TIME_RE.test(line)) return false;
  const labelled = METADATA_LEAD_RE.test(line);
  let dateTokens = 0;
  // The tokens are read one at a time: a statement is told by one of its first words.
  TIMESTAMP_TOKEN_RE.lastIndex = 0;
  for (let match = TIMESTAMP_TOKEN_RE.exec(line); match; match = TIMESTAMP_TOKEN_RE.exec(line)) {
    const token = match[0];
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (!word) continue;
    if (DATE_TOKEN_RE.test(word) || TIME_ZONE_RE.test(word)) {
      dateTokens++;
      continue;
    }
    if (METADATA_FILLERS.has(word.toLowerCase())) continue;
    // A name (`by Jane Doe`) is allowed after a label; any other word makes it a statement.
    if (labelled && /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && word !== word.toUpperCase()) continue;
    return false;
  }
  return dateTokens >= 2 || (labelled && dateTokens >= 1);
}

/** `Photo: Reuters`, `Image copyright Getty Images`, `Picture by Jane Doe`. */
const CREDIT_LABEL_RE = /^\W*(?:photo(?:graph)?s?|pictures?|images?|pics?|video|graphics?|illustrations?|credits?|captions?|courtesy|source)(?:\s+(?:copyright|credit|courtesy|by|of|from|source))?\s*(?:[:/|©]|\bby\b|\bcopyright\b|\bcourtesy\b)/i;
/** `(AP Photo/John Doe)`, `(Reuters/Jane Roe)`: a whole line in brackets, with a slash between names. */
const BRACKETED_CREDIT_RE = /^[([]\s*[\p{Lu}][^()[\]]{0,80}\/[^()[\]]{1,60}[)\]]$/u;
/** `(Photo released by the Kremlin via AP)`: a whole line in brackets naming a photo or handout. */
const BRACKETED_RE = /^[([][^()[\]]{2,120}[)\]]$/;
/** Words credits are made of. */
const CREDIT_WORD_RE = /\b(?:handout|images?|photos?|photographs?|pictures?|photographer|courtesy|stringer|pool|file)\b/i;

function isCreditLine(line: string): boolean {
  if (CREDIT_LABEL_RE.test(line) && line.split(/\s+/).length <= 12 && !hasClauseVerb(line.replace(CREDIT_LABEL_RE, ''))) return true;
  if (BRACKETED_CREDIT_RE.test(line) && line.split(/\s+/).length <= 10) return true;
  if (BRACKETED_RE.test(line) && CREDIT_WORD_RE.test(line) && line.split(/\s+/).length <= 12) return true;
  // `Handout`, `AFP/Getty Images`, `File photo`: a few words, one of them a credit word, nothing lower-case besides.
  // The credit word is asked for first: most lines have none, and then need no word list.
  if (!CREDIT_WORD_RE.test(line)) return false;
  const words = line.replace(/[()[\].,;:]/g, ' ').split(/[\s/]+/).filter(Boolean);
  if (words.length <= 5) {
    return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:via|and|of|the|for|by|photo|images?|file|handout|courtesy|pool)$/i.test(w));
  }
  return false;
}

/** A lower-case word that reads as a verb of a statement (`said`, `was`, `visited`). */
function hasClauseVerb(text: string): boolean {
  return /\b(?:is|are|was|were|has|have|had|said|says|will)\b|\b[a-z]{3,}ed\b/.test(text);
}

const URL_OR_EMAIL_RE = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
/** `ISBN 978-3-16-148410-0`, `Ref: AB-1234/2023`, `Case No. 2:11-cv-01234`, `ID: 12345`. */
const CODE_LABEL_RE = /^\W*(?:isbn|issn|doi|id|ref(?:erence)?|case|file|order|item|code|serial|ticket|invoice|reg(?:istration)?|no|number)\b\.?\s*(?:no\.?|number|#)?\s*[:#.]?\s*[\p{L}\p{N}][\p{L}\p{N}:/.-]*\d[\p{L}\p{N}:/.-]*$/iu;

/** A URL, an e-mail address, a labelled identifier, or a line of code-like tokens (letters mixed with digits). */
function isCodeLine(line: string): boolean {
  if (URL_OR_EMAIL_RE.test(line)) return true;
  // A code (labelled ones too) holds a digit, and a line of more than six tokens is no code line: both read without splitting.
  if (!DIGIT_RE.test(line)) return false;
  if (CODE_LABEL_RE.test(line)) return true;
  if (whitespaceRuns(line, 6) > 5) return false;
  const tokens = line.split(/\s+/);
  const codes = tokens.filter((t) => /\d/.test(t) && (/\p{L}/u.test(t) || /\d[/:.#-]\d.*[/:.#-]/.test(t)) && !DATE_TOKEN_RE.test(t.replace(/[.,;]$/, ''))).length;
  // Any lower-case word makes it a phrase (`F-16 crash`), not a code.
  return codes >= 1 && codes * 2 >= tokens.length && !/(?:^|[^\p{L}])\p{Ll}{3,}/u.test(line);
}

const DIGIT_RE = /\d/;
/** Runs of `\s` characters in `line`, counted up to one past `most`: `line.split(/\s+/)` has one part more. */
function whitespaceRuns(line: string, most: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < line.length && runs <= most; i++) {
    const space = isRegExpSpace(line.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** Whether the code unit is one `\s` matches: white space (tab, vertical tab, form feed, space separators, BOM) or a line terminator. */
function isRegExpSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const STREET_WORD = '(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|highway|hwy|court|ct|terrace|parkway|plaza)';
/** `1600 Pennsylvania Avenue NW, Washington, DC 20500`, `221B Baker Street, London NW1 6XE`. */
const STREET_ADDRESS_RE = new RegExp(`^\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}\\d][\\p{L}'’.-]*\\s+){1,4}${STREET_WORD}\\b\\.?`, 'iu');
/** `P.O. Box 123`, `Tel: +44 20 7946 0000`, `Fax (555) 123-4567`. */
const CONTACT_RE = /^\W*(?:p\.?\s*o\.?\s*box\s+\d+|(?:tel|telephone|phone|fax|mobile)\b\.?\s*[:.]?\s*\+?[\d\s().-]{6,}$)/i;

/** A street address or contact line: a street number and street word, or a P.O. box, phone or fax label; no verb. */
function isAddressLine(line: string): boolean {
  if (CONTACT_RE.test(line)) return true;
  return STREET_ADDRESS_RE.test(line) && line.split(/\s+/).length <= 16 && !hasClauseVerb(line) && !/\b(?:in|at|on)\s+\p{Ll}/u.test(line);
}
