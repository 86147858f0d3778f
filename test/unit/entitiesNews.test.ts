// Entities on real news sentences (taken from the ECB stories and the samples as inputs): right types from
// gazetteers and context, no common words or page chrome as names, spelling variants and acronyms merged,
// different places kept apart, titles kept out of names.
import * as assert from 'node:assert/strict';
import { linkEntities } from '../../src/core/entities/linkEntities';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { findNames } from '../../src/core/mentions/names/findNames';
import { splitSentences } from '../../src/core/text/sentences';
import type { Entity } from '../../src/core/types';

function link(files: Record<string, string>): Entity[] {
  return linkEntities(Object.entries(files).map(([f, t]) => analyzeDocument(f, t)));
}
const entityWith = (entities: Entity[], text: string) => entities.find((e) => e.mentions.some((m) => m.text === text));
const names = (text: string) => findNames(text, splitSentences(text));

describe('entities on real news', () => {
  describe('types', () => {
    it('islands, rivers and armed groups from WordNet: `Maui`, `Sumatra`, `Irrawaddy` are places, `Hezbollah` an organisation', () => {
      const es = link({
        'a.txt': 'The fire swept through Maui on Tuesday. Floods hit Sumatra as the Irrawaddy rose.',
        'b.txt': 'Officials blamed Hezbollah for the blast.',
      });
      assert.equal(entityWith(es, 'Maui')?.type, 'place');
      assert.equal(entityWith(es, 'Sumatra')?.type, 'place');
      assert.equal(entityWith(es, 'Irrawaddy')?.type, 'place');
      assert.equal(entityWith(es, 'Hezbollah')?.type, 'organization');
    });

    it('a full name of words no dictionary holds is a person\'s, whatever its origin (`Rishi Sunak`, `Naby Keita`, `Abul Khayer`)', () => {
      const es = link({
        'a.txt': 'Rishi Sunak, who lost out to Ms Truss, is the favourite, according to party officials.',
        'b.txt': 'Liverpool brought on Naby Keita in the second half.\nA spokesman said Abul Khayer was rescued from the rubble.',
      });
      assert.equal(entityWith(es, 'Rishi Sunak')?.type, 'person');
      assert.equal(entityWith(es, 'Naby Keita')?.type, 'person');
      assert.equal(entityWith(es, 'Abul Khayer')?.type, 'person');
    });

    it('a title before a name leaves a person (`Speaker Sheldon Silver`, `Majority Leader Tom DeLay`), and a given name alone is a person (`Liam`)', () => {
      const es = link({ 'a.txt': 'Former Speaker Sheldon Silver was sentenced on Tuesday.\nHouse Majority Leader Tom DeLay left in 2006.\nHis son Liam, 12, survived. Liam was taken to hospital.' });
      assert.equal(entityWith(es, 'Sheldon Silver')?.type, 'person');
      assert.equal(entityWith(es, 'Tom DeLay')?.type, 'person');
      assert.equal(entityWith(es, 'Liam')?.type, 'person');
    });

    it('a legislature is an organisation (`in Congress`, `the House of Commons`), a club a player moves from is one (`signed from Leicester`)', () => {
      const es = link({ 'a.txt': 'DeLay served 22 years in Congress.\nThe Conservatives won a majority in the House of Commons.\nMaguire signed from Leicester for a record fee.' });
      assert.equal(entityWith(es, 'Congress')?.type, 'organization');
      assert.equal(entityWith(es, 'House of Commons')?.type, 'organization');
      assert.equal(entityWith(es, 'Leicester')?.type, 'organization');
    });

    it('a news outlet cited with `the` is an organisation (`told the Daily Mail`, `the Vancouver Sun reported`), a person told is not', () => {
      const es = link({ 'a.txt': 'Her brother told the Daily Mail she had been unwell.\nThe Vancouver Sun reported the deal on Friday.\nHe later told Dolores Kapur the news.\nThe figure is according to the Evening Standard.' });
      assert.equal(entityWith(es, 'Daily Mail')?.type, 'organization');
      assert.equal(entityWith(es, 'Vancouver Sun')?.type, 'organization');
      assert.equal(entityWith(es, 'Evening Standard')?.type, 'organization');
      assert.notEqual(entityWith(es, 'Dolores Kapur')?.type, 'organization');
    });

    it('a name in a list takes the type its listed neighbours share (`Fort Myers, Orlando and Daytona Beach`), not from a mixed list', () => {
      const es = link({
        'a.txt': 'The warning covers Tampa, Fort Myers, Orlando and Daytona Beach.\nThe quake shook Linxia, Jishishan and Dongxiang.\nThe fund paid Acme Corp, Zorvath and Paris.',
        'b.txt': 'Rescuers worked in Linxia overnight. Aid arrived in Jishishan. The storm hit Tampa.',
      });
      assert.equal(entityWith(es, 'Orlando')?.type, 'place');
      assert.equal(entityWith(es, 'Dongxiang')?.type, 'place');
      assert.equal(entityWith(es, 'Zorvath')?.type ?? 'other', 'other');
    });

    it('a plural word capitalised after `the` is a team or party (`the Tigers`), an armed force alone an organisation (`the Navy`); not a people, a decade or a singular in s', () => {
      const es = link({ 'a.txt': 'Maguire scored twice against the Tigers on Saturday.\nHe served in the Navy for a decade.\nTourists climbed to the Acropolis.\nThe song was a hit in the Fifties.\nAid was sent by the Americans.' });
      assert.equal(entityWith(es, 'Tigers')?.type, 'organization');
      assert.equal(entityWith(es, 'Navy')?.type, 'organization');
      for (const name of ['Acropolis', 'Fifties', 'Americans']) assert.notEqual(entityWith(es, name)?.type, 'organization', name);
    });

    it('a role noun right before a name makes a person (`striker Mo Salah`, `actor Denzel Washington`), not before an organisation\'s name', () => {
      const es = link({ 'a.txt': 'Liverpool striker Mo Salah scored twice.\nThe film starred actor Denzel Washington.\nShe hired lawyer Acme Holdings Group to fight it.' });
      assert.equal(entityWith(es, 'Mo Salah')?.type, 'person');
      assert.equal(entityWith(es, 'Denzel Washington')?.type, 'person');
      assert.notEqual(entityWith(es, 'Acme Holdings Group')?.type, 'person');
    });

    it('a plural name is a group (`the Red Devils`, `Fitch Ratings`, `the Cavs`), not words at a line\'s start (`Firefighters`) or a person (`Bill Ayers`)', () => {
      const es = link({ 'a.txt': 'Maguire joined the Red Devils on Monday.\nFitch Ratings cut the outlook.\nThe Cavs lost again.\nFirefighters battled the blaze.\nBill Ayers spoke to reporters.\nOrthodox Christians celebrated Easter.' });
      assert.equal(entityWith(es, 'Red Devils')?.type, 'organization');
      assert.equal(entityWith(es, 'Fitch Ratings')?.type, 'organization');
      assert.equal(entityWith(es, 'Cavs')?.type, 'organization');
      assert.notEqual(entityWith(es, 'Firefighters')?.type, 'organization');
      assert.notEqual(entityWith(es, 'Bill Ayers')?.type, 'organization');
      assert.notEqual(entityWith(es, 'Orthodox Christians')?.type, 'organization');
    });

    it('a station, a square, a resort or a mine is a place (`Shalimar Station`, `Foley Square`, `Sago Mine`)', () => {
      const es = link({ 'a.txt': 'The train left Shalimar Station at 3.20pm.\nProtesters gathered in Foley Square.\nThe blast at the Sago Mine trapped 13 miners.' });
      for (const name of ['Shalimar Station', 'Foley Square', 'Sago Mine']) assert.equal(entityWith(es, name)?.type, 'place', name);
    });

    it('a title of office left on a name still leaves a person (`Fed Chair Jerome Powell`), not a show or a road (`Private Practice`, `State Route`)', () => {
      const es = link({ 'a.txt': 'Fed Chair Jerome Powell said the rise was unusually large.\nShe starred in Private Practice for six seasons.\nThe crash closed State Route 9.' });
      assert.equal(entityWith(es, 'Fed Chair Jerome Powell')?.type ?? entityWith(es, 'Jerome Powell')?.type, 'person');
      assert.notEqual(entityWith(es, 'Private Practice')?.type, 'person');
      assert.notEqual(entityWith(es, 'State Route')?.type, 'person');
    });

    it('a company\'s one-word name is an organisation when nothing else types it (`Broadcom`), a given name stays a person (`Simon`)', () => {
      const es = link({ 'a.txt': 'Analysts expect Broadcom to raise its offer.\nHis brother Simon, 40, was not hurt.' });
      assert.equal(entityWith(es, 'Broadcom')?.type, 'organization');
      assert.equal(entityWith(es, 'Simon')?.type, 'person');
    });

    it('look-alikes kept: names with an English word or a place first are not made people (`Jeju Air`, `Sago Mine`, `Bad Bunny`)', () => {
      const es = link({ 'a.txt': 'The Jeju Air plane crashed on Sunday.\nThe blast at the Sago Mine trapped 13 miners.\nBad Bunny topped the charts again.' });
      for (const name of ['Jeju Air', 'Sago Mine', 'Bad Bunny']) assert.notEqual(entityWith(es, name)?.type, 'person', name);
    });

    it('types states, provinces and the nations of the UK from the gazetteer (`Virginia`, `Gansu`, `Britain`)', () => {
      const es = link({ 'a.txt': 'The blast trapped 13 miners in Virginia.\nThe quake shook Gansu overnight.\nBritain sent aid.' });
      for (const name of ['Virginia', 'Gansu', 'Britain']) assert.equal(entityWith(es, name)?.type, 'place', name);
    });

    it('types countries of several words from the gazetteer, not from a demonym-like first word', () => {
      const es = link({
        'a.txt': 'Internet Service Providers (ISPs) throughout the region, including those in United Arab Emirates, Kuwait and Saudi Arabia, also reported problems.',
      });
      assert.equal(entityWith(es, 'Saudi Arabia')?.type, 'place');
      assert.equal(entityWith(es, 'United Arab Emirates')?.type, 'place');
    });

    it('types a city followed by a plural nickname as a sports team, and the person after its GM as a person', () => {
      const found = names(
        "With last night's news from Los Angeles Angels GM Tony Reagins that the team has made an eight-year contract offer (dollars undisclosed) to 1B Mark Teixeira, the trade rumor being reported is likely caput.",
      );
      const reagins = found.find((n) => n.text === 'Tony Reagins');
      assert.ok(reagins, found.map((n) => n.text).join(' | '));
      assert.equal(reagins.typeHint, 'person');
      assert.deepEqual(reagins.descriptors, ['Los Angeles Angels GM']);
      assert.equal(found.find((n) => n.text === 'Los Angeles Angels')?.typeHint, 'organization');
    });

    it('keeps a person a person when news writes `the Obama administration`, which is an organisation', () => {
      const es = link({
        'a.txt': 'CNN medical reporter Dr. Sanjay Gupta has been approached by the Obama administration to fill the post of U.S. Surgeon General, CNN officials confirmed Tuesday.',
        'b.txt': "CNN's management confirmed yesterday that Dr Gupta had been approached by the Obama team.",
        'c.txt': 'Barack Obama has asked the CNN medical correspondent Dr Sanjay Gupta to join his fledgling administration as the US surgeon general, according to reports.',
      });
      assert.equal(entityWith(es, 'Barack Obama')?.type, 'person');
      // The administration and the team are bodies named after him: organisations of their own.
      assert.equal(entityWith(es, 'Obama administration')?.type, 'organization');
      assert.equal(entityWith(es, 'Obama team')?.type, 'organization');
      assert.notEqual(entityWith(es, 'Obama team'), entityWith(es, 'Barack Obama'));
    });

    it('types an organisation from its members after it, a place from `in` before it, a person from a role after a comma', () => {
      const es = link({
        'a.txt': 'Two Hamas militants were among the dead, both part of a rocket-launching cell.',
        'b.txt': 'The agency said Israel launched its attacks in response to rocket attacks by Hamas militants.',
        'c.txt': 'Clashes were continuing in Zeitun, and there were reports of airstrikes on the southern cities of Khan Younis and Rafah.',
        'd.txt': 'Majed Hamdan, an Associated Press photographer, said that at the local hospital he saw parents in grief.',
      });
      assert.equal(entityWith(es, 'Hamas')?.type, 'organization');
      assert.equal(entityWith(es, 'Zeitun')?.type, 'place');
      assert.equal(entityWith(es, 'Majed Hamdan')?.type, 'person');
    });

    it('types a brand followed by a country as an organisation, and the whole brand with it, but not a part of a country', () => {
      const es = link({
        'a.txt': 'T-Mobile USA has just confirmed the numerous rumors that it will introduce the latest model in the BlackBerry Curve series next month.',
        'b.txt': "T-Mobile's new phone will be released in Southern France too.",
      });
      assert.equal(entityWith(es, 'T-Mobile USA')?.type, 'organization');
      assert.equal(entityWith(es, "T-Mobile"), entityWith(es, 'T-Mobile USA'));
      assert.notEqual(entityWith(es, 'Southern France')?.type, 'organization');
    });

    it('reads a demonym before a person as a descriptor (`American Hasim Rahman`)', () => {
      const found = names('Wladimir Klitschko defended his IBF heavyweight crown with ease after stopping American Hasim Rahman after 44 seconds of the seventh round.');
      const rahman = found.find((n) => n.text === 'Hasim Rahman');
      assert.ok(rahman, found.map((n) => n.text).join(' | '));
      assert.notEqual(rahman.typeHint, 'organization');
    });
  });

  describe('no junk', () => {
    it('drops sentence-initial common words and spelled numbers the folder never capitalises mid-sentence', () => {
      const es = link({
        'a.txt': 'Earlier, hundreds of schoolchildren holding candles gathered peacefully outside the parliament building in Athens and at the site where Grigoropoulos was shot.',
        'b.txt': 'Nine assault rifles, a grenade launcher, 13 fully loaded magazines and a GPS receiver were seized from the pirates, the Navy spokesman said.',
        'c.txt': 'Doctors at the hospital said the boy died. Grigoropoulos was 15.',
      });
      for (const word of ['Earlier', 'Nine', 'Doctors']) assert.equal(entityWith(es, word), undefined, word);
      assert.ok(entityWith(es, 'Athens'));
      assert.ok(entityWith(es, 'Grigoropoulos'));
    });

    it('finds no names in menu lines, photo credits and wire tags', () => {
      const text =
        ' date 2023-04-18 Expand / Collapse search\nWorld\n\n' +
        'Russian President Vladimir Putin visits the national guard headquarters in the Luhansk Region, Russian-controlled Ukraine, in this still image taken from handout video released on April 18, 2023. (Kremlin.ru/Handout via REUTERS)\n';
      const found = names(text).map((n) => n.text);
      for (const chrome of ['Expand', 'Collapse', 'Kremlin.ru', 'Handout', 'REUTERS']) assert.ok(!found.includes(chrome), found.join(' | '));
      assert.ok(found.includes('Vladimir Putin'));
      assert.ok(found.includes('Ukraine'));
    });
  });

  describe('page furniture below the story', () => {
    it("finds no names in a page's links and buttons after the story's last sentence", () => {
      const text =
        'Earthquake in China kills 19\nBy Diarmuid O\'Dea\nA magnitude 6.5 earthquake hit the central China city of Guangyuan in Sichuan province.\n\n' +
        'Older Post Newer Post\nNo comments:\nPost a Comment\nNext Story\nAfternoon Update\nNation & World\n';
      const found = names(text).map((n) => n.text);
      for (const chrome of ['Older Post Newer Post', 'Comment', 'Story', 'Afternoon Update', 'World']) assert.ok(!found.some((f) => f.includes(chrome)), found.join(' | '));
      assert.ok(found.includes('Guangyuan'));
      assert.ok(found.includes('Sichuan'));
    });
    it('look-alike kept: a source without a full sentence keeps the names of its lines', () => {
      const found = names('Putin Visits Military Headquarters in Occupied Eastern Ukraine\nKherson Region\n').map((n) => n.text);
      assert.ok(found.some((f) => f.includes('Kherson')), found.join(' | '));
    });
  });

  describe('variants and look-alikes', () => {
    it('merges transliterations of one place and keeps the city apart from the territory it is named after', () => {
      const es = link({
        'a.txt': 'In an earlier Israeli strike in the Zeitoun neighborhood of Gaza City, at least 12 members of the extended Daya family were killed.',
        'b.txt': 'An airstrike in the Gaza City neighbourhood of Zeitun left one armed militant dead and three wounded, medics said.',
        'c.txt': 'Tanks and troops also moved on the southern town of Khan Yunis.',
        'd.txt': "Israeli troops and tanks moved into Gaza's second largest city, Khan Younis, for the first time today.",
      });
      assert.ok(entityWith(es, 'Zeitoun'));
      assert.equal(entityWith(es, 'Zeitoun'), entityWith(es, 'Zeitun'));
      assert.equal(entityWith(es, 'Khan Younis'), entityWith(es, 'Khan Yunis'));
      assert.notEqual(entityWith(es, 'Gaza'), entityWith(es, 'Gaza City'));
    });

    it('links an acronym to its expansion and the country-adjective spelling of it', () => {
      const es = link({
        'a.txt': 'The United Nations on Wednesday denied Israel Defense Forces claims that there were Palestinian militants in the Gaza school bombed by Israel on Tuesday.',
        'b.txt': 'The IDF on Tuesday released video footage from 2007 showing Palestinian militants firing from the school compound.',
        'c.txt': 'Mr Ging said the United Nations gave specific GPS co-ordinates to Israeli Defence Forces commanders.',
      });
      const idf = entityWith(es, 'IDF');
      assert.ok(idf);
      assert.equal(entityWith(es, 'Israel Defense Forces'), idf);
      assert.equal(entityWith(es, 'Israeli Defence Forces'), idf);
      assert.notEqual(entityWith(es, 'Israel'), idf);
    });

    it('links a name with one plain word after it to the name the folder mostly writes without it', () => {
      const es = link({
        'a.txt': 'Microsoft today issued an emergency update to plug a critical security hole present in all versions of its Internet Explorer Web browser.',
        'b.txt': 'Microsoft on Wednesday issued an out-of-band emergency patch for a zero-day Internet Explorer vulnerability.',
        'c.txt': 'Internet Explorer can then quit unexpectedly while in an exploitable state.',
        'd.txt': 'Microsoft released an emergency patch to fix a flaw allowing hackers to hijack Internet Explorer browsers.',
      });
      assert.ok(entityWith(es, 'Internet Explorer'));
      assert.equal(entityWith(es, 'Internet Explorer Web'), entityWith(es, 'Internet Explorer'));
    });

    it('never takes the first word of a hyphenated modifier as a name (`United` of `United Nations-run`)', () => {
      const es = link({
        'a.txt': 'No militants were inside a United Nations-run school attacked by Israeli forces in Gaza, leaving 40 people dead, the UN says.',
        'b.txt': 'The United Nations Relief and Works Agency said 40 people died.',
      });
      assert.equal(entityWith(es, 'United'), undefined);
      assert.ok(entityWith(es, 'United Nations Relief and Works Agency'));
    });
  });

  describe('titles', () => {
    it('keeps a hyphenated title out of the name, keeps the given name whole and links the bare surname', () => {
      const es = link({
        'a.txt': 'United Nations Secretary-General Ban Ki-moon today spoke out against the attacks on three clearly-marked United Nations schools.',
        'b.txt': 'Civilians "are seeking sanctuary in UNRWA schools because they have no other place to go," Mr. Ban said in a statement.',
      });
      const ban = entityWith(es, 'Ban Ki-moon');
      assert.ok(ban, es.map((e) => e.name).join(' | '));
      assert.equal(ban.type, 'person');
      assert.equal(entityWith(es, 'Ban'), ban);
      assert.ok(ban.descriptors.some((d) => d.includes('Secretary-General')));
      assert.notEqual(entityWith(es, 'United Nations'), ban);
    });

    it('ends a titled person before `of` and finds the organisation after it', () => {
      const found = names('President-elect Obama may name Dr. Sanjay Gupta of Emory University and CNN as his Surgeon General.').map((n) => n.text);
      assert.ok(found.includes('Sanjay Gupta'), found.join(' | '));
      assert.ok(found.includes('Emory University'), found.join(' | '));
    });
  });
});
