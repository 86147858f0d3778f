/**
 * A word → its lemma or stem, and a noun phrase → its head noun. `lemmatizeNoun`: rule-based English
 * plural → singular, fast enough to run on every counted noun (compromise would do more but runs at
 * ~0.2 MB/s). `wordStem`: a crude stem for comparing wording across sources. Verb forms onto the event
 * lexicon are lemmatised in claims/events.ts, which needs the lexicon to choose (see `lemmatize` there).
 */

import { BoundedMemo } from '../util/boundedMemo';

const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', people: 'person', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', oxen: 'ox', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', wolves: 'wolf',
  shelves: 'shelf', thieves: 'thief', leaves: 'leaf', loaves: 'loaf', selves: 'self', calves: 'calf',
  criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media', police: 'police',
  indices: 'index', matrices: 'matrix', analyses: 'analysis', crises: 'crisis', theses: 'thesis', bases: 'base',
  dies: 'die', ties: 'tie', lies: 'lie', pies: 'pie', movies: 'movie', cookies: 'cookie', series: 'series',
  species: 'species', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', deer: 'deer', news: 'news',
  troops: 'troop', forces: 'force', houses: 'house', horses: 'horse', courses: 'course', sources: 'source',
  pounds: 'pound', euros: 'euro', dollars: 'dollar', kilos: 'kilo', photos: 'photo', pianos: 'piano', radios: 'radio',
};

/** Words ending in `s` that are already singular. */
const SINGULAR_S = /(?:ss|us|is|ics|news|series|species|gas|bus|yes|this|its|was|has|always|perhaps|whereas)$/;

export function lemmatizeNoun(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w === 'men' ? 'man' : w;
  // Own keys only: `constructor` is no irregular plural (the object's prototype would answer a function).
  const irregular = Object.prototype.hasOwnProperty.call(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (irregular) return irregular;
  // Compounds keep their first part and lemmatise the head: `sons-in-law` is rare, `air-strikes` common.
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) return w.slice(0, dash + 1) + lemmatizeNoun(w.slice(dash + 1));
  if (SINGULAR_S.test(w)) return w;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/(?:[^aeiou]o)es$/.test(w)) return w.slice(0, -2); // heroes, potatoes
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Words that end a noun phrase after a number (`183,000 troops were …`, `two of the …`). */
const STOP = new Set((
  'the a an of in on at to for from by with about as than that which who whom whose this these those and or but nor so yet if then ' +
  'there here it its he she they we you i his her their our my your is are was were be been being has have had do does did will ' +
  'would can could should may might must not no most less into onto over under after before since until while during per each ' +
  'every some any all both either neither also just only even still already very too such what when where why how said says say ' +
  'told ago later earlier more worth along across around near through within without against between among toward towards ' +
  'behind beyond inside outside including like via amid despite except off out up down upon among whom ' +
  // Adverbs without -ly (`the third meeting ever for`, `two years now`): never the noun a value counts.
  'ever again alone instead ahead away together apart now today tonight yesterday tomorrow altogether anymore anyway'
).split(' '));
/** Common verbs whose past or present form does not end in -ed/-s and so looks like a noun (`one capital fell`). */
const VERB = new Set((
  'fell fled left rose won lost met gave got held kept led ran saw sent spent stood struck took went came began became broke ' +
  'brought built bought caught chose drew drove flew fought found grew hit hurt knew meant paid put rode sat set shot sold sought ' +
  'spoke stole swore taught thought threw understood wore wrote remain remains died live lived work remained say tell run'
).split(' '));
/** Modifiers that may sit between a number and its noun but are never the noun (`three more days`). */
const MODIFIER = new Set('other additional extra further separate new successive consecutive straight'.split(' '));

/** Sticky, so reset before each use (module level: bundlers turn a `\p{…}` literal into `new RegExp(…)` per call). */
const PHRASE_WORD = /\s*(-?)\s?([\p{L}][\p{L}'’]*(?:-[\p{L}]+)*)/uy;
const DETERMINER = /\s*(?:the|these|those|his|her|their|our)\b/iy;

/**
 * The head noun of the noun phrase starting at `from` (`two young women` → `women`), or null.
 * With `ofPhrase`, the phrase is `of the …` after a vague amount (`hundreds of people`).
 */
export function headNounAfter(body: string, from: number, ofPhrase: boolean): { noun: string; end: number } | null {
  const re = PHRASE_WORD;
  re.lastIndex = from;
  let head: { noun: string; end: number; plural: boolean } | null = null;
  let words = 0;
  if (ofPhrase) {
    const det = DETERMINER;
    det.lastIndex = from;
    if (det.exec(body)) re.lastIndex = det.lastIndex;
  }
  let m: RegExpExecArray | null;
  while (words < 4 && (m = re.exec(body))) {
    let word = m[2];
    // A hyphen before a function word is a dash (`three young men-all cousins-died`): the phrase ends there.
    const dash = dashBeforeFunctionWord(word);
    if (dash > 0) word = word.slice(0, dash);
    const lower = word.toLowerCase();
    if (m[1] && words > 0) break;
    if (STOP.has(lower) || (head && VERB.has(lower))) break;
    // A plural noun ends its phrase (`two nights stuck`, `4 miles southeast`, `three people dead`), unless
    // another plural follows it as in a compound (`sports cars`, `arms dealers`).
    if (head && head.plural && !isPluralNoun(lower)) break;
    if (/['’]s$/.test(lower)) break;
    // A capitalised word after the noun starts something else (`two countries Russia …`); but an acronym between a
    // singular word and a lowercase noun qualifies that noun (`the first nationwide UAW strike`).
    if (head && /^[A-Z]/.test(word)) {
      if (head.plural || !ACRONYM.test(word) || !nounFollows(body, re.lastIndex, 1)) break;
      words++;
      continue;
    }
    // `killed`, `stationed`, `fighting`: a verb or participle after the noun ends the phrase; but a participle between
    // a singular noun and another noun makes one compound (`one rocket propelled grenade launcher`).
    if (head && /(?:ed|ing|ly)$/.test(lower) && !(lower.endsWith('ed') && !head.plural && nounFollows(body, re.lastIndex))) break;
    words++;
    if (MODIFIER.has(lower)) continue;
    // A plural possessive measures what follows (`60 days' notice`, `three years’ experience`): it is the head.
    const possessive = /s['’]$/.test(lower);
    head = { noun: word.replace(/['’]$/, ''), end: dash > 0 ? m.index + m[0].length - (m[2].length - dash) : re.lastIndex, plural: isPluralNoun(lower) };
    if (dash > 0 || possessive) break;
  }
  // A lone adverb or participle is no noun (`he first visited`, `two wounded`).
  if (head && words === 1 && /(?:ly|ed)$/.test(head.noun.toLowerCase())) return null;
  if (head && /ly$/.test(head.noun.toLowerCase())) return null;
  return head && { noun: head.noun, end: head.end };
}

/** The lowercase word right after a phrase word, alone or with more of the phrase after it (read by `nounFollows`). */
const NEXT_WORD = /^\s+([a-z]+)\b/;
const NEXT_WORD_AND_MORE = /^\s+([a-z]+)\s+[a-z]/;
/** An acronym: `UAW`, `U.S.`, `NATO`. */
const ACRONYM = /^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,3})$/;

/**
 * A lowercase content word (no function word, verb or participle) right after `at`, then more of the phrase
 * (`words` = 1: the word alone suffices).
 */
function nounFollows(body: string, at: number, words: 1 | 2 = 2): boolean {
  const next = (words === 1 ? NEXT_WORD : NEXT_WORD_AND_MORE).exec(body.slice(at, at + 40));
  return next !== null && !STOP.has(next[1]) && !VERB.has(next[1]) && !/(?:ed|ing|ly)$/.test(next[1]);
}

/** A plural noun: its singular differs from it (`nights`, `men`, `people`; not `news`, `police`, `series`). */
function isPluralNoun(lower: string): boolean {
  return lemmatizeNoun(lower) !== lower && !/(?:ed|ing|ly)$/.test(lower);
}

/** Where a hyphen starts a dash in `word` (`men-all`, `cousins-who`): before a function word; else -1. */
function dashBeforeFunctionWord(word: string): number {
  for (let i = word.indexOf('-'); i > 0; i = word.indexOf('-', i + 1)) {
    const next = word.slice(i + 1).split('-', 1)[0].toLowerCase();
    if (STOP.has(next)) return i;
  }
  return -1;
}

/** News text repeats a small vocabulary: stems are remembered, bounded. */
const stemMemo = new BoundedMemo<string>(50_000);

/**
 * A crude stem of one lower-case word for comparing wording across sources: plural → singular
 * (`lemmatizeNoun`), then `-ing`/`-ed` and a final `e` cut, so `arrested`, `arrests` and `arrest`, or
 * `fired` and `fire`, meet. Not a lemma (`fir`): only ever compared with other stems.
 */
export function wordStem(lower: string): string {
  return stemMemo.get(lower, stemUncached);
}

function stemUncached(lower: string): string {
  let w = lemmatizeNoun(lower);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // `stopped` → `stopp` → `stop`: a doubled last consonant left by the cut.
  const n = w.length;
  if (n > 4 && w[n - 1] === w[n - 2] && !'aeiousl'.includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}
