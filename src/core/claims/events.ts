/**
 * Rule-based event lexicon: surface words are lemmatised and mapped to a small set of event
 * families, so `visited`, `trip` and `appearance` all compare as `visit`.
 */

import { ASCII_CASE_OFFSET, CharCode } from '../text/charCodes';
import { BoundedMemo } from '../util/boundedMemo';

const FAMILIES: Record<string, string[]> = {
  visit: ['visit', 'trip', 'travel', 'journey', 'appearance', 'tour'],
  capture: ['capture', 'seize', 'seizure', 'take', 'occupy', 'conquer'],
  annex: ['annex', 'annexation'],
  kill: ['kill', 'murder', 'slay', 'assassinate', 'execute'],
  die: ['die', 'death', 'dead'],
  injure: ['injure', 'wound', 'hurt'],
  shoot: ['shoot', 'shooting', 'gun'],
  release: ['release', 'free', 'unveil', 'launch', 'debut'],
  retreat: ['retreat', 'withdraw', 'withdrawal', 'pull'],
  attack: ['attack', 'strike', 'bomb', 'bombing', 'raid', 'invade', 'invasion', 'assault', 'airstrike', 'shell'],
  meet: ['meet', 'meeting', 'talk', 'summit'],
  say: ['say', 'announce', 'announcement', 'tell', 'state', 'report', 'confirm', 'claim', 'declare'],
  arrest: ['arrest', 'detain', 'apprehend', 'capture'],
  charge: ['charge', 'indict', 'accuse'],
  sentence: ['sentence', 'jail', 'imprison', 'convict'],
  sign: ['sign', 'agree', 'agreement', 'deal', 'contract'],
  offer: ['offer', 'bid', 'propose', 'proposal'],
  hire: ['hire', 'appoint', 'appointment', 'name', 'nominate', 'nomination', 'select', 'choose'],
  fire: ['fire', 'dismiss', 'sack', 'oust'],
  // `fire` the noun is a blaze (`the fire which broke out`, `damaged by fire`), see eventFamilyAt.
  burn: ['burn', 'blaze', 'inferno', 'wildfire', 'bushfire'],
  resign: ['resign', 'resignation', 'quit', 'step'],
  win: ['win', 'victory', 'beat', 'defeat', 'clinch'],
  lose: ['lose', 'loss'],
  score: ['score', 'goal'],
  buy: ['buy', 'acquire', 'acquisition', 'purchase', 'takeover'],
  sell: ['sell', 'sale'],
  crash: ['crash', 'collide', 'collision'],
  quake: ['earthquake', 'quake', 'tremor', 'temblor'],
  erupt: ['erupt', 'eruption'],
  elect: ['elect', 'election', 'vote', 're-elect'],
  rescue: ['rescue', 'evacuate', 'evacuation'],
  fight: ['fight', 'fighting', 'battle', 'clash'],
  hit: ['hit', 'slam', 'rock', 'jolt'],
  play: ['play', 'match', 'game'],
  marry: ['marry', 'wed', 'wedding', 'engage', 'engagement'],
  divorce: ['divorce', 'split'],
  born: ['born', 'birth'],
  award: ['award', 'honor', 'honour', 'prize'],
  open: ['open', 'opening'],
  close: ['close', 'closure', 'shut'],
  congratulate: ['congratulate'],
};

/**
 * Nouns two reports use for one thing (`the second parliamentary vote` / `the first parliamentary
 * election`, `two trips` / `two visits`): each maps onto the first of its group, so a value frame's
 * head compares on what is counted, not on the word chosen for it.
 */
const HEAD_SYNONYMS: string[][] = [
  ['election', 'vote', 'poll', 'ballot'],
  ['visit', 'trip', 'journey', 'tour'],
  ['attack', 'strike', 'raid', 'assault', 'airstrike', 'air-strike', 'bombing'],
  ['meeting', 'talk', 'summit'],
  ['game', 'match'],
  ['earthquake', 'quake', 'tremor', 'temblor'],
  ['agreement', 'deal', 'contract', 'accord', 'pact'],
  ['offer', 'bid', 'proposal'],
  ['victory', 'win'],
  ['defeat', 'loss'],
  ['acquisition', 'purchase', 'takeover'],
  ['crash', 'collision'],
  ['fight', 'battle', 'clash'],
  ['wedding', 'marriage'],
  ['award', 'prize'],
  ['film', 'movie'],
  ['soldier', 'troop'],
  ['ship', 'vessel'],
  ['plane', 'aircraft', 'airliner', 'jet'],
];
const CANONICAL_HEAD = new Map<string, string>();
for (const group of HEAD_SYNONYMS) for (const noun of group) CANONICAL_HEAD.set(noun, group[0]);

/** The noun a lemmatised head stands for among its synonyms (`vote` → `election`), else the head itself. */
export function canonicalHead(head: string): string {
  return CANONICAL_HEAD.get(head) ?? head;
}

/** Families whose time is when a report came out, not when the event happened. */
export const REPORTING_FAMILIES = new Set(['say']);

/** Families whose place slot holds one value: two different places for one such event conflict. */
export const SINGLE_PLACE_FAMILIES = new Set(['die', 'born', 'arrest', 'crash', 'quake']);

const IRREGULAR: Record<string, string> = {
  took: 'take', taken: 'take', met: 'meet', said: 'say', told: 'tell', won: 'win', lost: 'lose',
  struck: 'strike', shot: 'shoot', fought: 'fight', sold: 'sell', bought: 'buy', beaten: 'beat',
  chose: 'choose', chosen: 'choose', quit: 'quit', hit: 'hit', wed: 'wed', stepped: 'step', dying: 'die', died: 'die',
  shut: 'shut', freed: 'free', slain: 'slay', slew: 'slay', hurt: 'hurt', bombed: 'bomb', withdrew: 'withdraw',
  withdrawn: 'withdraw', travelled: 'travel', traveled: 'travel', travelling: 'travel', traveling: 'travel',
  began: 'begin', held: 'hold', fled: 'flee', left: 'leave', went: 'go', came: 'come', made: 'make', ran: 'run',
  married: 'marry', occupied: 'occupy', rocked: 'rock', injuries: 'injury', deaths: 'death', votes: 'vote',
};

const LEMMA_TO_FAMILY = new Map<string, string>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const w of words) if (!LEMMA_TO_FAMILY.has(w)) LEMMA_TO_FAMILY.set(w, family);
}

/** `take` and a few other light verbs only count with an object that makes them an event. */
const LIGHT_VERB_BLOCKERS: Record<string, RegExp> = {
  // `take` is a light verb: only `take control`, `took over`, `took Kherson`, `took both ... under its control`.
  take: /^(?!\s+(?:over\b|back\b|control\b|[A-Z])|[^.;]{0,40}\bcontrol\b)/,
  // Participles used as adjectives (`occupied territories`, `injured man`) are not events.
  occupy: /^\s+[a-z]+(?<!\s(?:the|a|an|by|by|in|on|since|for|until|after|before|from|and|parts?|most|much))\b/,
  injure: /^\s+(?!(?:the|a|an|by|in|at|on|when|during|and|as|after|while)\b)[a-z]+\b/,
  wound: /^\s+(?!(?:the|a|an|by|in|at|on|when|during|and|as|after|while)\b)[a-z]+\b/,
  step: /^(?!\s+down\b)/i,
  pull: /^(?!\s+(?:out|back)\b)/i,
  name: /^(?!\s+(?:as\b|the\s+new\b|head\b|coach\b|manager\b|chief\b|ceo\b|president\b))/i,
  state: /^(?!\s*(?:that\b|,))/i,
  free: /^\s+(?:agent|agency|of|to|kick|throw|market|trade)\b/i,
  play: /^\s+(?:a\s+role|down)\b/i,
  fire: /^(?!\s+(?:as\b|the\b|him\b|her\b|them\b|[A-Z]))/,
  hit: /^\s+(?:\.\d|\d)/,
  open: /^\s+(?:to|up)\b/i,
  close: /^\s+(?:to|by)\b/i,
  deal: /^\s+with\b/i,
};

/** News text repeats a small vocabulary: remember lemmas, bounded so odd input cannot grow it without end. */
const LEMMA_MEMO_LIMIT = 50_000;
const lemmaMemo = new BoundedMemo<string>(LEMMA_MEMO_LIMIT);

/**
 * Lemma of one lower-case word onto the event lexicon: irregulars, then common inflections, keeping a
 * candidate only when the lexicon knows it (`seized` → `seize`, `visits` → `visit`; other words come
 * back unchanged). This is a second lemmatiser next to text/lemma.ts on purpose: that one turns any
 * plural noun into its singular and stems words for comparing wording, without a lexicon; this one
 * needs the lexicon to choose between `-ed` cuts (`rated` → `rate`, `raided` → `raid`) and so lives
 * with it.
 */
export function lemmatize(word: string): string {
  return lemmaMemo.get(word, lemmatizeUncached);
}

function lemmatizeUncached(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (LEMMA_TO_FAMILY.has(w)) return w;
  const candidates: string[] = [];
  if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (w.endsWith('ings')) candidates.push(w.slice(0, -4), w.slice(0, -4) + 'e');
  for (const c of candidates) if (LEMMA_TO_FAMILY.has(c)) return c;
  return w;
}

export function eventFamily(word: string): string | undefined {
  return LEMMA_TO_FAMILY.get(lemmatize(word));
}

export interface EventTrigger {
  start: number;
  end: number;
  lemma: string;
  family: string;
  /** `was captured by`, `were killed`: the grammatical subject is the patient. */
  passive: boolean;
  /** Used as a noun (`the visit`, `his trip`) rather than a verb. */
  nominal: boolean;
}

const NOUN_SIGNALS = /(?:\b(?:a|an|the|his|her|their|its|this|that|these|those|rare|first|second|third|last|recent|latest)|[a-z]['’]s?)\s+(?:[a-z-]+\s+)?$/i;

/** Most words are no event: one bounded memo lookup per word instead of lemma plus family lookups. */
const eventWordMemo = new BoundedMemo<{ lemma: string; family: string } | null>(LEMMA_MEMO_LIMIT);

function eventWordUncached(word: string): { lemma: string; family: string } | null {
  const lemma = lemmatize(word);
  const family = LEMMA_TO_FAMILY.get(lemma);
  return family ? { lemma, family } : null;
}

/**
 * Cheap test before the memo lookup, from how `lemmatize` works: a word whose lemma has a family
 * is an irregular form of it, or starts with the lemma less its last letter (the lemma is the word,
 * a prefix of it, or a prefix plus the `y`/`e` it adds after cutting `ies`/`ied`/`ing`/`ings`).
 * Forms are filed under the lower-cased first three characters of such words: those of the lemma,
 * and for a three-letter lemma also its first two and `i` (`die` from `diing`).
 */
interface EventForm {
  /** The lemma less its last letter (a prefix of the word), or the irregular word itself; without its first letter. */
  rest: string;
  /** An irregular form: the whole word. */
  length?: number;
}
const PREFIX_ALPHABET = 27; // a-z, then '-'
const eventForms: (EventForm[] | undefined)[] = new Array(26 * 26 * PREFIX_ALPHABET);
const prefixCode = (c: number) => (c === CharCode.Dash ? 26 : (c | ASCII_CASE_OFFSET) - CharCode.a);
const prefixIndex = (a: number, b: number, c: number) => (prefixCode(a) * 26 + prefixCode(b)) * PREFIX_ALPHABET + prefixCode(c);
let prefixFilter = true;
{
  const file = (w: string, third: number, form: EventForm) => (eventForms[prefixIndex(w.charCodeAt(0), w.charCodeAt(1), third)] ??= []).push(form);
  const usable = (w: string) => w.length >= 3 && /^[a-z][a-z][a-z-]/.test(w);
  for (const w of LEMMA_TO_FAMILY.keys()) {
    if (!usable(w)) prefixFilter = false;
    else {
      file(w, w.charCodeAt(2), { rest: w.slice(1, -1) });
      if (w.length === 3) file(w, CharCode.i, { rest: w.slice(1, -1) });
    }
  }
  for (const w of Object.keys(IRREGULAR)) {
    if (!LEMMA_TO_FAMILY.has(IRREGULAR[w])) continue;
    if (!usable(w)) prefixFilter = false;
    else file(w, w.charCodeAt(2), { rest: w.slice(1), length: w.length });
  }
}

/** Whether the word `text[start, end)` (`[A-Za-z][a-z]+(?:-[a-z]+)?`) may have an event lemma. */
function mayBeEvent(text: string, start: number, end: number): boolean {
  if (!prefixFilter) return true;
  // Every event lemma and irregular form has three letters or more.
  if (end - start < 3) return false;
  const forms = eventForms[prefixIndex(text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(start + 2))];
  if (!forms) return false;
  for (const f of forms) {
    if (f.length !== undefined ? end - start === f.length && text.startsWith(f.rest, start + 1) : end - start > f.rest.length && text.startsWith(f.rest, start + 1)) return true;
  }
  return false;
}

/** Every lemma with a family and every irregular form of one, for tests. */
export function eventLexiconForms(): string[] {
  return [...LEMMA_TO_FAMILY.keys(), ...Object.keys(IRREGULAR).filter((w) => LEMMA_TO_FAMILY.has(IRREGULAR[w]))];
}

/** `mayBeEvent` on a whole word, for tests. */
export function mayBeEventWord(word: string): boolean {
  return mayBeEvent(word, 0, word.length);
}

const isLower = (c: number) => c >= CharCode.a && c <= CharCode.z;
const isLetter = (c: number) => isLower(c) || (c >= CharCode.A && c <= CharCode.Z);

/** Event words in `text` (a clause), offsets relative to `base`. */
export function findEventTriggers(text: string, base = 0): EventTrigger[] {
  return eventTriggersIn(text, 0, text.length, base);
}

/**
 * Event words of `text` between `start` and `end`, read as if that range were the whole text,
 * offsets shifted by `shift`. Words are `[A-Za-z][a-z]+(?:-[a-z]+)?`, scanned by hand so that
 * words which cannot be events cost no string.
 */
export function eventTriggersIn(text: string, start: number, end: number, shift = 0): EventTrigger[] {
  const words = new EventWords();
  eventWordsIn(text, start, end, words);
  const out: EventTrigger[] = [];
  for (let k = 0; k < words.count; k++) {
    const t = triggerAt(text, start, end, words, k, shift);
    if (t) out.push(t);
  }
  return out;
}

/** Words of a text range with an event lemma, before the checks that depend on where a clause starts and ends. */
export class EventWords {
  count = 0;
  starts: number[] = [];
  ends: number[] = [];
  hyphens: boolean[] = [];
  events: { lemma: string; family: string }[] = [];
  push(start: number, end: number, hyphen: boolean, event: { lemma: string; family: string }): void {
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.hyphens[k] = hyphen;
    this.events[k] = event;
  }
}

/**
 * Appends to `sink` the words of `text[start, end)` whose lemma has an event family. A word never
 * spans a clause break, so the words of a sentence are those of its clauses: `triggerAt` then reads
 * each as `eventTriggersIn` over its clause would.
 */
export function eventWordsIn(text: string, start: number, end: number, sink: EventWords): void {
  let i = start;
  while (i + 1 < end) {
    const first = text.charCodeAt(i);
    if (!isLetter(first) || !isLower(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    let e = i + 2;
    while (e < end && isLower(text.charCodeAt(e))) e++;
    let hyphen = false;
    if (e + 1 < end && text.charCodeAt(e) === CharCode.Dash && isLower(text.charCodeAt(e + 1))) {
      hyphen = true;
      e += 2;
      while (e < end && isLower(text.charCodeAt(e))) e++;
    }
    const wordStart = i;
    i = e;
    // Most words cannot be events: they cost no string and no memo lookup.
    if (!mayBeEvent(text, wordStart, e)) continue;
    const event = eventWordMemo.get(text.slice(wordStart, e), eventWordUncached);
    if (event) sink.push(wordStart, e, hyphen, event);
  }
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$/i;
/** `/(?:ed|en|wn|t)$/.test(text.slice(start, end))` */
function hasPassiveEnding(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === CharCode.t) return end - start >= 1;
  if (end - start < 2) return false;
  const before = text.charCodeAt(end - 2);
  return (last === CharCode.d && before === CharCode.e) || (last === CharCode.n && (before === CharCode.e || before === CharCode.w));
}

/**
 * The family of word `k` of `words` in the clause `text[start, end)`: undefined for a light verb (`take`, `fire`,
 * `play`) whose next words make it no event (`fire engines`, `took part`). `fire` and `fires` are the noun, a blaze
 * (`burn`: `the fire which broke out`, `damaged by fire Friday`), unless a verb's auxiliary comes before (`to fire
 * the coach`, `will fire him`); `opened fire` and `returned fire` are shooting, `under fire` no event.
 */
export function eventFamilyAt(text: string, start: number, end: number, words: EventWords, k: number): string | undefined {
  const { lemma, family } = words.events[k];
  const blocker = LIGHT_VERB_BLOCKERS[lemma];
  if (blocker === undefined) return family;
  if (lemma === 'fire' && isFireNoun(text, words.starts[k], words.ends[k])) {
    const before = text.slice(Math.max(start, words.starts[k] - 24), words.starts[k]);
    if (FIRE_AS_VERB_BEFORE.test(before)) return blocker.test(text.slice(words.ends[k], Math.min(end, words.ends[k] + 40))) ? undefined : family;
    if (OPEN_FIRE_BEFORE.test(before)) return 'shoot';
    return UNDER_FIRE_BEFORE.test(before) ? undefined : 'burn';
  }
  return blocker.test(text.slice(words.ends[k], Math.min(end, words.ends[k] + 40))) ? undefined : family;
}
/** `fire` or `fires` as written (any case), not `fired` or `firing`. */
function isFireNoun(text: string, from: number, to: number): boolean {
  const length = to - from;
  return length === 4 || (length === 5 && (text.charCodeAt(to - 1) | ASCII_CASE_OFFSET) === CharCode.s);
}
const FIRE_AS_VERB_BEFORE = /\b(?:to|will|would|could|should|can|must|may|might|did|didn't|not|n't|refused\s+to)\s+$/i;
const OPEN_FIRE_BEFORE = /\b(?:open|return)(?:ed|s|ing)?\s+$/i;
const UNDER_FIRE_BEFORE = /\b(?:under|cease)\s+$/i;

/** Word `k` of `words` as an event of the clause `text[start, end)`, or undefined. */
export function triggerAt(text: string, start: number, end: number, words: EventWords, k: number, shift = 0): EventTrigger | undefined {
  const wordStart = words.starts[k];
  const e = words.ends[k];
  // Capitalised words mid-sentence are names (`Visits` in a headline still counts at line start).
  if (text.charCodeAt(wordStart) <= CharCode.Z && wordStart > start && (words.hyphens[k] || e - wordStart < 3 || text.charCodeAt(e - 1) !== CharCode.s)) return undefined;
  const { lemma } = words.events[k];
  const family = eventFamilyAt(text, start, end, words, k);
  if (family === undefined) return undefined;
  const before = text.slice(Math.max(start, wordStart - 40), wordStart);
  // The word's ending first (`/(?:ed|en|wn|t)$/` on its characters): most event words are no participle.
  const passive = hasPassiveEnding(text, wordStart, e) && PASSIVE_BEFORE.test(before);
  return { start: wordStart + shift, end: e + shift, lemma, family, passive, nominal: NOUN_SIGNALS.test(before) };
}
