import {
  COUNTRY_TABLE, DEMONYMS, EVENT_PLURALS, FACILITY_HEADS, FIRST_NAMES, FUNCTION_WORDS, GENERIC_PLACE_HEADS, LAST_NAMES, ORG_NAMES, ORG_SUFFIXES, PEOPLE_ENDING, PLACE_NAMES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, SEATS_OF_GOVERNMENT,
  foldName, isKnownOrganization, isKnownPlace, isTitleHead, undotted,
} from './nameRules';
import type { EntityType } from '../../types';

/** Words of a sentence by index: the name finder keeps them as offsets and makes strings on demand. */
export interface WordView {
  /** The word as written. */
  word(i: number): string;
  /** The word is two to six capital letters (`NATO`). */
  isAcronym(i: number): boolean;
  lower(i: number): string;
  cap(i: number): boolean;
  /** The word was followed by `'s` (`in Kathina's home`: the name owns the place, it is not one). */
  isPossessive(i: number): boolean;
}

const ARTICLE = /^(the|a|an)$/;
const SPACES = /\s+/;


/**
 * Type of one mention (words [from, to) of `w`) from its own words and its immediate context: the word
 * before it (-1 when none) and the words after it up to `end` (the sentence's end); voted over the folder
 * later. Evidence, strongest first: a title before it; a known organisation or sports team; a lowercase
 * noun after it (`Kherson region`, `Hamas militants`, `Obama administration`); a known place; name nouns
 * inside it; an appositive role or age (`Majed Hamdan, an AP photographer`); a given name; a place
 * preposition before it; a verb of saying after a multi-word name.
 */
export function guessTypeHint(w: WordView, from: number, to: number, descriptors: string[], before: number, end: number, commaAfter = false, sentenceStart = before): EntityType {
  if (descriptors.length > 0 && descriptors.some((d) => d.split(SPACES).some((x) => isTitleHead(undotted(x.toLowerCase()))))) return 'person';
  // Most names are one word: no array or joined copy for them.
  const first = undotted(w.lower(from));
  let lowers: string[] | undefined;
  let last = first;
  let whole = first;
  if (to - from > 1) {
    lowers = [];
    for (let i = from; i < to; i++) lowers.push(undotted(w.lower(i)));
    last = lowers[lowers.length - 1];
    whole = lowers.join(' ');
  }
  const folded = foldName(whole);
  // `People.com`, `Kremlin.ru`: a website, named for the organisation that runs it.
  if (WEB_ADDRESS.test(whole)) return 'organization';
  if (isKnownOrganization(folded) || SEATS_OF_GOVERNMENT.has(folded) || (lowers !== undefined && sportsTeam(lowers))) return 'organization';
  // A one-word town from the gazetteer is often also a surname (`Bush`, `Palin`): typed when the entity is
  // built, after surnames have found their people; the shorter lexicon of well-known places counts here.
  const place = lowers ? isKnownPlace(folded) : PLACE_NAMES.has(folded) || (COUNTRY_TABLE.has(folded) && allCapitals(w.word(from)));
  // A given name first, or a lone surname: `Obama administration` is the person's, not an organisation.
  const personWord = lowers ? FIRST_NAMES.has(first) && !place : LAST_NAMES.has(first) || FIRST_NAMES.has(first);
  const after = to < end ? to : -1;
  // Context right after the name outranks word lists: `Kherson region`, `Jabalya refugee camp`, `the Dnieper army group`.
  if (after >= 0 && !commaAfter && !w.cap(after)) {
    const noun = headNounAfter(w, after, end);
    if (noun !== undefined && !FACILITIES.has(noun)) {
      if (GENERIC_PLACE_HEADS.has(noun)) return 'place';
      // `Woodburn police`, `Surrey firefighters`, `Gaza residents`: the people serving or living in a place.
      if (LOCAL_PEOPLE.has(noun)) return personWord ? 'other' : 'place';
      if (ORG_SUFFIXES.has(noun) && !PLACE_SUFFIXES.has(w.lower(after))) return personWord ? 'other' : 'organization';
      // `Gaza militants` come from a place; `Hamas militants` belong to an organisation.
      if (MEMBERS.has(noun)) return personWord ? 'other' : place ? 'place' : 'organization';
    }
  }
  // `Top-ranked North Carolina`, `a 91-73 victory over Evansville`, `Evansville defenders`: a team named for its place.
  // `the Tar Heels beat visiting Evansville`: a plural nickname in the same contexts.
  if ((place || isKnownPlace(folded) || PLURAL.test(last)) && sportsContext(w, to, before, end, sentenceStart)) return 'organization';
  if (place) return 'place';
  // `the Tigers`, `the Reds`, `the Foxes`: a plural word capitalised after a lowercase `the` is a team, party or band.
  if (!lowers && pluralAfterThe(w, from, before, sentenceStart)) return 'organization';
  // An armed force or the government named alone (`the Navy`, `the Army`, `the Government`).
  if (!lowers && before > sentenceStart && INSTITUTIONS.has(first)) return 'organization';
  // `striker Mo Salah`, `actor Denzel Washington`, `Hamas leader Ismail Haniyeh`: a role noun right before a name.
  if (before >= sentenceStart && !w.cap(before) && ROLES_BEFORE_NAME.has(w.lower(before)) && personShaped(lowers ?? [first])) return 'person';
  // `told the Daily Mail`, `according to the Evening Standard`, `the Fort Myers News-Press reported`: a news outlet.
  if (namedAsOutlet(w, to, before, end, sentenceStart) && !(lowers !== undefined && FIRST_NAMES.has(first))) return 'organization';
  // A legislature: `Congress`, `Parliament`, `the House of Commons`, `the Texas House`, `the State Legislature`.
  if (LEGISLATURES.has(last) || (lowers !== undefined && first === 'house' && lowers[1] === 'of')) return 'organization';
  if (lowers) {
    // `His Majesty`, `Her Royal Highness`, `His Excellency`: a royal or a dignitary addressed by rank.
    if ((first === 'his' || first === 'her') && lowers.some((l) => HONORIFICS.has(l))) return 'person';
    // The head before `of`: `Federal Bureau of Investigation`, `Sea of Azov`.
    const of = lowers.indexOf('of');
    const head = of > 0 ? lowers[of - 1] : '';
    // `checked into Promises Treatment Center`, `a fire at Wasilla Bible Church`: the building, a place.
    if (FACILITY_HEADS.has(last) && afterFacilityPreposition(w, before, sentenceStart)) return 'place';
    // A body `for` a purpose is an organisation, a centre too (`Center for Volcanology`, `Institute for Fiscal Studies`).
    const forAt = lowers.indexOf('for');
    const purposeHead = forAt > 0 ? lowers[forAt - 1] : '';
    if (ORG_SUFFIXES.has(purposeHead) || purposeHead === 'center' || purposeHead === 'centre') return 'organization';
    if (ORG_SUFFIXES.has(last) || ORG_SUFFIXES.has(head) || COMPANY_HEADS.has(last) || hyphenedSuffix(last)) return 'organization';
    if (PLACE_SUFFIXES.has(last) || PLACE_SUFFIXES.has(head)) return 'place';
    // `Northern California`, `Eastern Ukraine`: a part of a known place.
    if (COMPASS.has(first) && isKnownPlace(foldName(lowers.slice(1).join(' ')))) return 'place';
    if (DEMONYMS.has(first)) return 'organization';
    // `T-Mobile USA`, `Air France`: a company's branch or brand in a country.
    if (COUNTRY_TABLE.has(last) && !lowers.includes('of') && !COMPASS.has(first) && !isKnownPlace(foldName(lowers.slice(0, -1).join(' '))) && !FIRST_NAMES.has(first)) return 'organization';
  }
  if (commaAfter && after >= 0) {
    // An age (`Torii Hunter, 33,`) or an appositive role (`Jane Roe, the secretary of …`, `Majed Hamdan, an AP photographer`).
    if (AGE.test(w.word(after)) && !(after + 1 < end && UNITS.has(w.lower(after + 1))) && !place && !isKnownPlace(folded)) return 'person';
    if (appositiveRole(w, after, end)) return 'person';
  }
  if (lowers && lowers.length === 2 && PLACE_PREFIXES.has(first) && !PLURAL.test(last)) return 'place';
  // A given name first (`France` in `France Telecom` only with a known surname after it).
  if (lowers && lowers.length <= 4 && FIRST_NAMES.has(first) && !lowers.some((l) => ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l)) && (!PLACE_NAMES.has(first) || LAST_NAMES.has(last))) return 'person';
  if (!lowers && LAST_NAMES.has(first)) return 'person';
  if (!lowers && w.isAcronym(from)) return 'organization';
  // `the town of Khan Yunis`, `the Gaza City neighbourhood of Zeitun`.
  if (before >= 0 && before - 1 >= sentenceStart && w.lower(before) === 'of' && GENERIC_PLACE_HEADS.has(w.lower(before - 1)) && !FIRST_NAMES.has(first)) return 'place';
  // `her husband Todd`, `his son Liam`: a relative's first name after the kinship word (a full name there stays
  // untyped, so the relative claims only the first name beside the named person with that surname).
  if (!lowers && before >= 0 && !w.cap(before) && KIN.has(w.lower(before)) && !place) return 'person';
  // `in Khan Younis`, `near Bakhmut`: a place, unless the name looks like a person's or an organisation's.
  if (before >= 0 && !w.cap(before) && PLACE_PREPOSITIONS.has(w.lower(before)) && !w.isPossessive(to - 1) && (!lowers || (!FIRST_NAMES.has(first) && !lowers.some((l) => ORG_SUFFIXES.has(l) || FUNCTION_WORDS.has(l))))) return 'place';
  // `Wladimir Klitschko said`: two or three plain words before a verb of saying.
  if (lowers && lowers.length <= 3 && !commaAfter && after >= 0 && SAYING.has(w.lower(after)) && !lowers.some((l) => FUNCTION_WORDS.has(l) || PLACE_NAMES.has(l) || ORG_NAMES.has(l))) return 'person';
  return 'other';
}

/** Words right before a team's name (`beat Evansville`, `top-ranked North Carolina`, `visiting Evansville`). */
const TEAM_BEFORE = new Set(['beat', 'beats', 'beating', 'defeated', 'defeat', 'defeats', 'edged', 'routed', 'trounced', 'visiting', 'host', 'hosts', 'hosted', 'top-ranked', 'unbeaten', 'undefeated']);
/** Words two before a team's name with `over` or `against` between (`victory over`, `game against`). */
const TEAM_CONTEST = new Set(['victory', 'win', 'wins', 'triumph', 'upset', 'loss', 'losses', 'defeat', 'game', 'games', 'match', 'matchup', 'rivalry', 'series']);
/** Nouns right after a team's name (`North Carolina coach`, `Evansville defenders`). */
/** Verbs right after a team's name (`the Tar Heels beat …`, `North Carolina cruised`). */
const TEAM_AFTER = new Set(['beat', 'beats', 'defeated', 'routed', 'edged', 'rallied', 'cruised', 'trounced', 'outscored', 'clinched']);
const TEAM_NOUNS = new Set(['coach', 'coaches', 'defenders', 'defense', 'defence', 'offense', 'players', 'player', 'roster', 'squad', 'teammates', 'quarterback', 'basketball', 'football', 'baseball', 'hockey', 'soccer', 'fans', 'starters', 'bench', 'lineup',
  'manager', 'boss', 'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain', 'skipper', 'forward', 'forwards', 'academy']);
/** Words that name a legislature, alone or last (`Congress`, `the Texas House` is `house` only after a state: left to context). */
const LEGISLATURES = new Set(['congress', 'parliament', 'senate', 'legislature', 'knesset', 'duma', 'bundestag', 'majlis', 'storting', 'riksdag', 'seanad', 'dail']);
/** Words before `from` / `to` when a player changes clubs (`signed from Leicester`, `his move to Juventus`). */
const TRANSFER_WORDS = new Set(['signed', 'signing', 'joined', 'joins', 'join', 'move', 'moved', 'moving', 'transfer', 'transferred', 'switch', 'loan', 'loaned', 'sold']);
/** A season record or a score (`10-0`, `91-73`). */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * Words before `the` and a name that cite a news outlet as the source of a statement (`told the …`, `according
 * to the …`, `in an interview with the …`, `wrote in the …`). A person's name takes no `the`.
 */
const CITED_BEFORE_THE = new Set(['told', 'tells', 'telling', 'according to', 'reported by', 'quoted by', 'cited by', 'obtained by', 'published by', 'seen by', 'interview with', 'interviews with', 'spoke to', 'speaking to', 'talking to', 'talked to', 'wrote in', 'writing in', 'published in', 'quoted in', 'report in', 'article in', 'column in', 'op-ed in', 'editorial in', 'letter to']);
/** Verbs after `the` and a name that make it the outlet reporting (`the Times reported`). */
const OUTLET_AFTER = new Set(['reported', 'reports', 'reporting', 'quoted', 'cited', 'published', 'revealed']);

/** `the` before the name, and a citing phrase before it or a verb of reporting after the name. */
function namedAsOutlet(w: WordView, to: number, before: number, end: number, sentenceStart: number): boolean {
  if (before < sentenceStart || w.lower(before) !== 'the' || (w.cap(before) && before > sentenceStart)) return false;
  if (to < end && !w.cap(to) && OUTLET_AFTER.has(w.lower(to))) return true;
  if (before === sentenceStart) return false;
  const one = w.lower(before - 1);
  if (CITED_BEFORE_THE.has(one)) return true;
  return before - 2 >= sentenceStart && CITED_BEFORE_THE.has(`${w.lower(before - 2)} ${one}`);
}

/** Words of at most four that could be a person's name: none a function word, an organisation's or a place's noun. */
function personShaped(lowers: readonly string[]): boolean {
  return lowers.length <= 4 && !lowers.some((l) => FUNCTION_WORDS.has(l) || ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l) || COMPANY_HEADS.has(l));
}

/** One capitalised word that names an institution (an armed force, a government) when written alone mid-sentence. */
const INSTITUTIONS = new Set(['navy', 'army', 'marines', 'military', 'government', 'cabinet', 'treasury', 'police', 'coastguard']);

/** Singulars ending in s (`the Acropolis`, `the Marcos`) and decades (`the Fifties`). */
const NOT_PLURAL_AFTER_THE = /(?:as|is|us|os)$|^(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies$/;

/** A plural word (not a people, a following or an event) after a lowercase `the` in mid-sentence. */
function pluralAfterThe(w: WordView, at: number, before: number, sentenceStart: number): boolean {
  if (before <= sentenceStart || w.lower(before) !== 'the' || w.cap(before) || w.isAcronym(at)) return false;
  const word = w.lower(at);
  return PLURAL.test(word) && !NOT_PLURAL_AFTER_THE.test(word) && !LAST_NAMES.has(word) && !FIRST_NAMES.has(word) && !PEOPLE_ENDING.test(word) && !EVENT_PLURALS.has(word) && !DEMONYMS.has(word) && !DEMONYMS.has(word.slice(0, -1));
}

/** A place name used for the sports team named after it. */
function sportsContext(w: WordView, to: number, before: number, end: number, sentenceStart: number): boolean {
  if (before >= 0) {
    const b = w.lower(before);
    if (TEAM_BEFORE.has(b) || b.endsWith('-ranked')) return true;
    if ((b === 'over' || b === 'against') && before - 1 >= sentenceStart && TEAM_CONTEST.has(w.lower(before - 1))) return true;
    // `signed from Leicester`, `a move to Juventus`: a player changes clubs.
    if ((b === 'from' || b === 'to') && before - 1 >= sentenceStart && TRANSFER_WORDS.has(w.lower(before - 1))) return true;
    // `No. 1 North Carolina`
    if (/^\d{1,2}$/.test(b) && before - 1 >= sentenceStart && /^no\.?$/.test(w.lower(before - 1))) return true;
  }
  if (to < end) {
    const a = w.lower(to);
    if (TEAM_NOUNS.has(a) || TEAM_AFTER.has(a) || SCORE.test(a)) return true;
  }
  return false;
}

/** The noun a name modifies: the first or second lowercase word after it (`refugee camp`, `army group`). */
function headNounAfter(w: WordView, after: number, end: number): string | undefined {
  const one = w.lower(after);
  if (GENERIC_PLACE_HEADS.has(one) || ORG_SUFFIXES.has(one) || MEMBERS.has(one) || FACILITIES.has(one) || LOCAL_PEOPLE.has(one)) return one;
  // `Timmons gave police …`: a verb between, not a modifier (`army group`, `refugee camp`).
  if (ARTICLE.test(one) || one === 'and' || one === 'or' || VERB_SHAPE.test(one) || NOT_MODIFIERS.has(one) || after + 1 >= end || w.cap(after + 1)) return undefined;
  const two = w.lower(after + 1);
  return GENERIC_PLACE_HEADS.has(two) || ORG_SUFFIXES.has(two) || MEMBERS.has(two) || FACILITIES.has(two) || LOCAL_PEOPLE.has(two) ? two : undefined;
}

/** Past tenses and third persons: verbs, never a modifier of the noun after them. */
const VERB_SHAPE = /(?:ed|es)$/;
/** Common verbs and function words that sit between a name and a noun without modifying it. */
const NOT_MODIFIERS = new Set(['gave', 'gives', 'told', 'tells', 'said', 'says', 'asked', 'has', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'met', 'sent', 'led', 'left', 'took', 'takes', 'made', 'makes', 'got', 'gets', 'hit', 'saw', 'sees', 'became', 'becomes', 'won', 'wins', 'lost', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'than', 'that', 'who', 'which', 'not', 'also', 'and', 'or', 'but']);

/**
 * After `Name,`: an optional article, at most three other words (`AP`, `hospital`), then a title or a
 * role (`photographer`, `official`, `resident`).
 */
function appositiveRole(w: WordView, after: number, end: number): boolean {
  let i = after;
  if (ARTICLE.test(w.lower(i))) i++;
  for (let n = 0; n < 4 && i < end; n++, i++) {
    const l = w.lower(i);
    if (isTitleHead(l) || PERSON_ROLES.has(l)) return true;
    if (FUNCTION_WORDS.has(l) || SAYING.has(l)) return false;
  }
  return false;
}

/** Lowercase nouns for the members of an organisation after its name (`Hamas militants`, `Fatah officials`). */
const MEMBERS = new Set(['militants', 'militant', 'fighters', 'gunmen', 'members', 'member', 'leaders', 'leader', 'leadership', 'officials', 'lawmakers', 'activists', 'supporters', 'spokesman', 'spokeswoman', 'executives', 'employees', 'staff', 'shareholders', 'loyalists', 'operatives', 'commanders']);
const FACILITY_PREPOSITIONS = new Set(['at', 'in', 'into', 'inside', 'outside', 'near', 'from', 'to', 'entered']);

/** `into Promises Treatment Center`, `to the Mayo Clinic`: a preposition of place, then maybe `the`, before a name. */
function afterFacilityPreposition(w: WordView, before: number, sentenceStart: number): boolean {
  if (before < 0 || w.cap(before)) return false;
  let b = before;
  if (w.lower(b) === 'the' && b - 1 >= sentenceStart) b--;
  return FACILITY_PREPOSITIONS.has(w.lower(b));
}
/** Plural heads of company names (`Shavlik Technologies`, `Arbor Networks`). */
const COMPANY_HEADS = new Set(['technologies', 'networks', 'solutions', 'software', 'semiconductor', 'semiconductors', 'electronics', 'pictures', 'studios', 'records', 'foods', 'airways', 'telecom', 'logistics', 'therapeutics', 'biosciences', 'dynamics']);
/** Nouns of address after `His` / `Her` (`His Majesty the King`, `Her Royal Highness`). */
const HONORIFICS = new Set(['majesty', 'highness', 'excellency', 'holiness', 'grace', 'eminence', 'lordship', 'ladyship', 'honour', 'honor']);
/** Kinship words before a relative's name (`her husband Todd`). */
const KIN = new Set(['husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'widow', 'widower', 'partner']);
/** A web address as a name (`People.com`, `Kremlin.ru`). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|co\.uk|ru|de|fr|info|io)$/u;
/** Lowercase nouns for the police, the fire service or the residents of a place after its name (`Woodburn police`). */
const LOCAL_PEOPLE = new Set(['police', 'policemen', 'firefighters', 'residents', 'townspeople', 'villagers']);
/** Buildings named after a place or a person (`Jabalya school`, `Asma elementary school`): no type for the name. */
const FACILITIES = new Set(['school', 'schools', 'hospital', 'clinic', 'mosque', 'church', 'camp', 'airport', 'station', 'stadium', 'prison', 'hotel', 'home', 'house', 'building', 'compound', 'crossing', 'checkpoint', 'bridge', 'road', 'highway', 'street']);
/** Roles that make `Name, a …` a person. */
const PERSON_ROLES = new Set(['photographer', 'official', 'resident', 'witness', 'doctor', 'surgeon', 'nurse', 'teacher', 'student', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'widow', 'lawyer', 'member', 'leader', 'worker', 'survivor', 'victim', 'owner', 'analyst', 'professor', 'researcher', 'expert', 'economist', 'editor', 'columnist', 'correspondent', 'founder', 'veteran', 'farmer', 'neighbor', 'neighbour', 'friend', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'boy', 'girl', 'man', 'woman']);
/** Lowercase nouns for what a person does, right before their name (`striker Mo Salah`, `singer Dolores O'Riordan`). */
const ROLES_BEFORE_NAME = new Set([
  // Not kin (`his wife, Zeyna Quillfeather` stays untyped: the relative claims only her first name, see KIN).
  ...[...PERSON_ROLES].filter((r) => !KIN.has(r) && !['member', 'owner', 'boy', 'girl', 'man', 'woman', 'friend'].includes(r)),
  'actor', 'actress', 'singer', 'songwriter', 'rapper', 'musician', 'guitarist', 'drummer', 'comedian', 'director', 'producer', 'author', 'writer',
  'novelist', 'poet', 'artist', 'painter', 'designer', 'model', 'dancer', 'chef', 'star', 'journalist', 'reporter', 'spokesman', 'spokeswoman',
  'spokesperson', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'pitcher', 'batsman', 'bowler', 'boxer', 'golfer',
  'player', 'coach', 'manager', 'teammate', 'suspect', 'defendant', 'prosecutor', 'attorney', 'detective', 'officer', 'sergeant', 'activist',
  'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'investor', 'astronaut', 'pilot', 'captain',
]);

/** First words of place names (`Mount Cook`, `Lake Tahoe`, `Fort Worth`). */
const PLACE_PREFIXES = new Set(['mount', 'mt', 'lake', 'cape', 'fort', 'port', 'isle', 'gulf', 'bay', 'river']);
/** An age after a comma (`Jane Roe, 33,`). */
const AGE = /^(?:[1-9]\d?|1[01]\d)$/;
/** `US`, `U.S.`, `UK`: a country's short name in capitals (never the pronoun `us`). */
function allCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Words that name a part of a place (`Southern France`, `West Germany`). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'mainland', 'rural', 'coastal']);
/** Units after a number that make it a distance or a count, not an age (`Gadera, 17 miles from Tel Aviv`). */
const UNITS = new Set(['miles', 'mile', 'km', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'yards', 'percent', 'per', 'points', 'minutes', 'hours', 'days', 'weeks', 'months', 'people', 'dead', 'killed']);
/** Verbs of saying right after a speaker's name. */
const SAYING = new Set(['said', 'says', 'told', 'spoke', 'added', 'explained', 'wrote', 'insisted', 'recalled', 'admitted', 'testified']);

/** A last word of hyphened parts ending in an organisation's noun (`Fort Myers News-Press`, `Star-Tribune`). */
function hyphenedSuffix(last: string): boolean {
  const dash = last.lastIndexOf('-');
  return dash > 0 && ORG_SUFFIXES.has(last.slice(dash + 1));
}

/**
 * A city or region followed by a plural nickname (`Los Angeles Angels`, `Indianapolis Colts`,
 * `Philadelphia 76ers`; `of Anaheim` after it ignored): a sports team.
 */
function sportsTeam(lowers: readonly string[]): boolean {
  const of = lowers.indexOf('of');
  const n = of > 0 ? of : lowers.length;
  if (n < 2) return false;
  const nickname = lowers[n - 1];
  if (!PLURAL.test(nickname) || ORG_SUFFIXES.has(nickname) || PLACE_SUFFIXES.has(nickname) || GENERIC_PLACE_HEADS.has(nickname)) return false;
  const city = n === 2 ? lowers[0] : lowers.slice(0, n - 1).join(' ');
  return isKnownPlace(foldName(city)) && !isKnownPlace(foldName(n === lowers.length ? lowers.join(' ') : lowers.slice(0, n).join(' ')));
}
const PLURAL = /^[\p{L}\d]+[^s]s$/u;
