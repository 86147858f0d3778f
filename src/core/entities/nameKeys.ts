import { CharCode, isAsciiLower, isDigit } from '../text/charCodes';
import { BoundedMemo } from '../util/boundedMemo';

/** String keys under which name variants meet: exact-ish (`key`) and spelling-tolerant (`skeleton`). */

const COMBINING_MARK = /\p{M}/gu;

/** Case, quotes, dots and spacing removed; a leading `the` dropped (`The Kremlin` = `Kremlin`). */
export function nameKey(text: string): string {
  if (plainAscii(text)) {
    // ASCII without dots, backticks or extra white space: NFC, the replacements and trim change nothing.
    const lower = text.toLowerCase();
    return lower.startsWith('the ') ? lower.replace(/^the (?=\S+ \S)/, '') : lower;
  }
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the (?=\S+ \S)/, '');
}

/** Printable ASCII other than `.` and `` ` ``, words separated by single spaces, none at either end. */
function plainAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === CharCode.Space || text.charCodeAt(n - 1) === CharCode.Space) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Space) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c <= CharCode.Space || c > CharCode.Tilde || c === CharCode.Period || c === CharCode.BackTick) return false;
  }
  return true;
}

/**
 * Transliteration-tolerant form of one word: diacritics gone, y/j → i, doubled letters single,
 * so `Zelenskyy`/`Zelensky`/`Zelenski` share one skeleton.
 */
export function skeleton(word: string): string {
  // Most words are their own skeleton: no lookup (nor hashing the word) for them.
  if (ownSkeleton(word)) return word;
  return skeletons.get(word, computeSkeleton);
}

/**
 * Whether `computeSkeleton` leaves `word` as it is: lowercase ASCII letters and digits only, no `y`/`j`, no
 * letter doubled, no ending it rewrites (`-tre`, `-our`, `-ence`, `-ie`).
 */
function ownSkeleton(word: string): boolean {
  const n = word.length;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (!(isAsciiLower(c) || isDigit(c)) || c === CharCode.y || c === CharCode.j || c === prev) return false;
    prev = c;
  }
  return !(word.endsWith('tre') || word.endsWith('our') || word.endsWith('ence') || word.endsWith('ie'));
}

/** Skeletons per word: the same words recur across a folder's names and across folders. */
/** Bounded: a folder's name vocabulary is far smaller; a long session just starts over. */
const skeletons = new BoundedMemo<string>(100_000);
const NON_ASCII = /[^\x00-\x7f]/;

function computeSkeleton(word: string): string {
  // NFD leaves ASCII text as it is: only other text needs normalising.
  return (NON_ASCII.test(word) ? word.normalize('NFD').replace(COMBINING_MARK, '') : word)
    .toLowerCase()
    .replace(/tre$/, 'ter')
    .replace(/our$/, 'or')
    .replace(/ence$/, 'ense')
    .replace(/[yj]/g, 'i')
    .replace(/ie$/, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/[^a-z0-9]/g, '');
}

/** True when `a` and `b` differ by exactly one insertion, deletion or substitution. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Initials of the significant words (`Advanced Micro Devices` → `amd`). */
export function initials(tokens: readonly string[]): string {
  let out = '';
  for (const token of tokens) {
    for (const t of token.includes('-') ? token.split('-') : [token]) {
      if (t && !INITIALS_SKIPPED.has(t)) out += t[0];
    }
  }
  return out;
}

const INITIALS_SKIPPED = new Set(['of', 'and', 'the', 'for', 'de', '&']);
