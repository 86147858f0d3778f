import { CharCode } from '../../text/charCodes';
import * as gazetteer from './gazetteer';
import * as lexicon from './nameLexicon';
import { commonWordFilter, commonWordHashes } from './commonWords';
import { WordFilter } from '../../text/wordFilter';
import { lemmatizeNoun } from '../../text/lemma';

/** Word lists shared by the name finder, the typer and the alias linker (all lowercase). */
const words = (s: string): Set<string> => new Set(s.split(' ').filter(Boolean));

export const FIRST_NAMES = words(lexicon.firstNameWords);
export const LAST_NAMES = words(lexicon.lastNameWords);
export const PLACE_NAMES = words(lexicon.placeWords);
export const ORG_NAMES = words(lexicon.organizationWords);
export const DEMONYMS = words(lexicon.demonymWords + ' american british european african asian arab western eastern soviet english irish scottish welsh french dutch spanish danish swedish finnish polish turkish kurdish flemish cornish');
export const DATE_WORDS = words(lexicon.dateWordWords + ' january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight christmas easter');
/** Function words: never a name on their own, and never the first word of one at sentence start. */
export const FUNCTION_WORDS = words(
  lexicon.functionWordWords +
    ' according after although last next prior all many several both few other another first second third new more because before but during each every following if in meanwhile most once since so some such that the then there these this those though thus while yet yes no not now its it',
);
/** Spelled numbers and interjections: never a name, even capitalised (`Nine`, `SEVENTEEN`, `Wow`). */
export const NEVER_NAMES = words(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty' +
    ' thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens' +
    ' oh ah aha wow hey hi hello ok okay yeah yes no nope please thanks sorry alas ouch oops hmm um uh well amen bravo',
);
/** Page furniture that starts lines of scraped news pages. */
export const BOILERPLATE = words('published updated posted comment comments share expand collapse search sections section advertisement read more related image photo video copyright subscribe sign log menu home world');

/** Titles and roles: seen before a person's name, kept as descriptors, never part of the name. */
export const TITLES = words(
  lexicon.honorificWords +
    ' mr mrs ms miss dr prof sir dame lord lady president vice prime minister premier chancellor secretary' +
    ' senator sen rep representative congressman congresswoman governor gov mayor ambassador judge justice' +
    ' king queen prince princess pope cardinal bishop archbishop rev reverend father sheikh emir sultan' +
    ' general gen colonel col major maj captain capt lieutenant lt sergeant sgt commander admiral marshal corporal private brigadier' +
    ' chief director chairman chairwoman chair spokesman spokeswoman spokesperson ceo cfo coo cto gm vp coach manager officer detective inspector constable' +
    ' attorney prosecutor sheriff trooper surgeon qb rb wr' +
    ' deputy acting former interim foreign defence defense interior finance state first lady head assistant associate executive senior',
);
/** Words that only qualify a title (`Defence Minister`, `Vice President`), not a name either. */
const TITLE_HEADS = words(
  'mr mrs ms miss dr prof sir dame lord lady president premier chancellor secretary senator sen rep representative congressman congresswoman' +
    ' governor gov mayor ambassador judge justice king queen prince princess pope cardinal bishop archbishop rev reverend sheikh emir sultan' +
    ' minister general gen colonel col major maj captain capt lieutenant lt sergeant sgt commander admiral marshal corporal brigadier' +
    ' chief director chairman chairwoman spokesman spokeswoman spokesperson ceo cfo coo cto gm vp coach manager officer detective inspector constable' +
    ' attorney prosecutor sheriff deputy trooper surgeon qb rb wr speaker leader assemblyman assemblywoman pm mullah imam councillor councilman councilwoman lawmaker commissioner magistrate' +
    ' actor actress singer rapper star model author writer reporter journalist anchor producer filmmaker comedian player quarterback pitcher striker forward guard',
);
/** `lower` without one final period. */
export function undotted(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === CharCode.Period ? lower.slice(0, -1) : lower;
}
export function isTitleHead(lower: string): boolean {
  const plain = undotted(lower);
  return TITLE_HEADS.has(plain) || (plain.includes('-') && hyphenatedTitle(plain));
}
/** Words that make a hyphenated title of a title head (`Secretary-General`, `President-elect`, `ex-minister`). */
const TITLE_PARTS = words('elect designate general vice ex deputy assistant acting');
/** A hyphenated title: a title head with parts that only qualify it. */
function hyphenatedTitle(lower: string): boolean {
  const parts = lower.split('-');
  return parts.some((p) => TITLE_HEADS.has(p)) && parts.every((p) => TITLE_HEADS.has(p) || TITLE_PARTS.has(p));
}
export function isTitleWord(lower: string): boolean {
  const plain = undotted(lower);
  return TITLES.has(plain) || (plain.includes('-') && hyphenatedTitle(plain));
}

/** Nouns that end (or follow) organisation names. */
export const ORG_SUFFIXES = words(
  lexicon.orgSuffixWords +
    ' guard guards forces force navy army command battalion brigade regiment corps troops militia council ministry party parliament' +
    ' senate congress assembly court cabinet government administration group alliance league team club fc association federation' +
    ' agency committee commission news press post times journal tribune network channel broadcasting airlines bank exchange' +
    ' survey patrol weekly daily' +
    ' inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh organisation organization institute foundation fund',
);
/** Plural names of events, not groups (`Academy Awards`, `Winter Meetings`). */
export const EVENT_PLURALS = new Set(['awards', 'games', 'championships', 'series', 'finals', 'playoffs', 'meetings', 'talks', 'elections']);
/** A people or a following, not a group that acts as one (`Athenians`, `Orthodox Christians`, `Zionists`). */
export const PEOPLE_ENDING = /(?:ans|ists|ites)$/;
/** Nouns that end (or follow) place names. */
export const PLACE_SUFFIXES = words(
  lexicon.placeSuffixWords + ' region regions oblast province provinces state states city cities town county district river sea ocean lake island islands mountains valley peninsula bay gulf strait coast border port' +
    ' station courthouse resort plaza square harbor harbour mine village township upazila terminal pier dam canal volcano highway avenue boulevard road',
);
/** Words after a bare name that make it a place (`in the Kherson region`). */
export const GENERIC_PLACE_HEADS = words('region regions oblast province provinces governorate state county district districts city cities town towns village villages area territory republic river sea neighborhood neighbourhood suburb quarter');
/** Of those, the heads that name the same place as the bare name (`Kherson Region` = `Kherson`; `Gaza City` is not `Gaza`). */
export const SAME_PLACE_HEADS = words('region regions oblast province provinces governorate');
/** Last words of names of buildings that are also institutions (`Promises Treatment Center`, `Wasilla Bible Church`). */
export const FACILITY_HEADS = words('center centre church cathedral chapel mosque synagogue temple hospital clinic stadium arena mall hotel motel casino prison jail');
/** Lowercase joiners allowed inside a name when capitalised words follow. */
export const CONNECTORS = words('of de del della di da du la le van von der den bin al el y for');
export const PLACE_PREPOSITIONS = words('in at near from across outside inside throughout into towards toward');
export const ABBREVIATIONS = words('mr mrs ms dr prof st jr sr co corp inc ltd gen col lt sgt capt maj gov sen rep rev mt ft no vs');
export const TIME_ZONES = words('bst gmt est edt cst cdt mst mdt pst pdt utc cet cest et pt');
/** Seats of government named for the government itself (`the Kremlin said`): organisations, not places. */
export const SEATS_OF_GOVERNMENT = new Set(['kremlin', 'white house', 'pentagon', 'downing street', 'number 10', 'elysee', 'elysee palace', 'whitehall', 'blue house', 'zhongnanhai', 'quai d\'orsay', 'foggy bottom']);
/** Legal-form words after a company name (`Microsoft Corp.` = `Microsoft`). */
export const CORPORATE_SUFFIXES = words('inc corp co ltd llc plc ag sa gmbh nv bv limited corporation company holdings group');

const table = (s: string): Set<string> => new Set(s.split('|'));
/** Places of one or more words (countries, cities, regions): lowercase, accents and dots removed (`foldName`). */
export const PLACE_TABLE = table(gazetteer.placeTable);
/** Countries and their short names (`foldName`): `usa`, `uk`, `saudi arabia`. */
export const COUNTRY_TABLE = table(gazetteer.countryTable);
/** Organisations and sports teams of more than one word (`foldName`). */
export const ORGANIZATION_TABLE = table(gazetteer.organizationTable);
/** One-word company names and tickers (`foldName`): only for names nothing in the text typed (`Ford` may be a person). */
export const COMPANY_NAMES = table(gazetteer.companyTable);

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII_CHAR = /[^\x00-\x7f]/;
const DOTS = /\./g;
/** The form the tables hold: `lowers` joined by spaces, without dots or accents (`São Paulo` → `sao paulo`). */
export function foldName(lowers: string): string {
  const plain = NON_ASCII_CHAR.test(lowers) ? lowers.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[’‘]/g, "'") : lowers;
  return plain.includes('.') ? plain.replace(DOTS, '') : plain;
}
/** Bits of a `FilteredSet`'s bitmap (32 KB): about one in eleven set for the gazetteer's ~24,000 places. */
const FILTER_BITS = 18;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** A hash of all of a word's characters, for `FilteredSet` (names are short: a dozen multiplications). */
function filterBit(word: string): number {
  let h = word.length;
  for (let i = 0; i < word.length; i++) h = Math.imul(h, 31) + word.charCodeAt(i);
  return (h ^ (h >>> FILTER_BITS)) & FILTER_MASK;
}

/**
 * A large set of strings behind a bitmap: ~96% of the names looked up are no known place, and the bitmap
 * (small enough to stay in cache) rules most of them out without reaching into a table of thousands of
 * strings spread over the heap, where each probe costs a cache miss.
 */
class FilteredSet {
  private readonly bits = new Int32Array(1 << (FILTER_BITS - 5));

  constructor(private readonly words: ReadonlySet<string>) {
    for (const w of words) {
      const b = filterBit(w);
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  has(word: string): boolean {
    const b = filterBit(word);
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0 && this.words.has(word);
  }
}

/** Both place lists in one set: names are looked up far more often than found, and a miss then costs one lookup. */
const KNOWN_PLACES = new FilteredSet(new Set([...PLACE_TABLE, ...PLACE_NAMES]));
/** Both organisation lists in one set. */
const KNOWN_ORGANIZATIONS = new Set([...ORGANIZATION_TABLE, ...ORG_NAMES]);
/** A known place (`Saudi Arabia`, `Bakhmut`) in either word list. */
export function isKnownPlace(folded: string): boolean {
  return KNOWN_PLACES.has(folded);
}
/** Common English words (WordNet), as a Bloom filter decoded on first use: only names no other rule typed ask. */
const COMMON_WORDS = new WordFilter(commonWordFilter, commonWordHashes);
/** `word` (lower case) or its singular is a common English word (`mine`, `stations`), not only a name (0.1% of other words too). */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.mayHold(word) || COMMON_WORDS.mayHold(lemmatizeNoun(word));
}
/** A known organisation in either word list. */
export function isKnownOrganization(folded: string): boolean {
  return KNOWN_ORGANIZATIONS.has(folded);
}
