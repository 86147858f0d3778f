import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { linkEntities } from '../../src/core/entities/linkEntities';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { parseUserNames } from '../../src/core/entities/userNames';
import type { Entity } from '../../src/core/types';
import { SEEDS_DIR } from '../helpers/paths';

function link(files: Record<string, string>, reverse = false, options = {}): Entity[] {
  const entries = Object.entries(files);
  if (reverse) entries.reverse();
  return linkEntities(entries.map(([f, t]) => analyzeDocument(f, t)), options);
}
const entityOf = (entities: Entity[], text: string, file?: string) =>
  entities.filter((e) => e.mentions.some((m) => m.text === text && (!file || m.file === file)));

describe('linkEntities', () => {
  it('links a titled full name, Mr + surname and the bare surname across files', () => {
    const es = link({
      'a.txt': 'Freedonian President Rufus Firefly visited the port.',
      'b.txt': 'Mr Firefly said the visit went well.',
      'c.txt': 'Firefly left on Monday.',
    });
    const e = entityOf(es, 'Rufus Firefly');
    assert.equal(e.length, 1);
    assert.equal(e[0].name, 'Rufus Firefly');
    assert.equal(e[0].type, 'person');
    assert.deepEqual(new Set(e[0].mentions.map((m) => m.file)), new Set(['a.txt', 'b.txt', 'c.txt']));
    assert.ok(e[0].descriptors.includes('Freedonian President'));
  });

  it('merges transliteration variants of a long name', () => {
    const es = link({ 'a.txt': 'President Oleksandr Kovalenskyy spoke.', 'b.txt': 'President Oleksandr Kovalensky spoke.', 'c.txt': 'Kovalenskiy agreed.' });
    assert.equal(entityOf(es, 'Oleksandr Kovalenskyy')[0], entityOf(es, 'Oleksandr Kovalensky')[0]);
  });

  it('merges a place with its generic suffix and an organisation with its demonym prefix', () => {
    const es = link({
      'a.txt': 'Troops moved into the Ostrava region. The National Watch guarded the bridge.',
      'b.txt': 'Shelling hit the Ostrava Region overnight. The Sylvanian National Watch arrived.',
      'c.txt': 'Residents of Ostrava fled.',
    });
    const ostrava = entityOf(es, 'Ostrava');
    assert.equal(ostrava.length, 1);
    assert.ok(ostrava[0].mentions.some((m) => m.text === 'Ostrava Region'));
    assert.equal(ostrava[0].name, 'Ostrava');
    assert.equal(entityOf(es, 'National Watch')[0], entityOf(es, 'Sylvanian National Watch')[0]);
  });

  it('links a quoted unit name to the unit, never to the river of the same name', () => {
    const es = link({
      'a.txt': 'He met the “Harrow” army group near the Harrow River.',
      'b.txt': 'He met the commander of the Harrow Group of Forces.',
    });
    const unit = entityOf(es, 'Harrow Group of Forces')[0];
    const river = entityOf(es, 'Harrow River')[0];
    assert.notEqual(unit, river);
    assert.ok(unit.mentions.some((m) => m.text === 'Harrow'), 'bare quoted name joins the unit');
    assert.ok(!river.mentions.some((m) => m.text === 'Harrow'));
  });

  it('keeps two people sharing a surname apart; the bare surname goes to the one in the document', () => {
    const es = link({
      'a.txt': 'Coach Rufus Firefly praised the team. Firefly smiled.',
      'b.txt': 'Senator Martha Firefly voted no. Firefly explained why.',
    });
    const rufus = entityOf(es, 'Rufus Firefly')[0];
    const martha = entityOf(es, 'Martha Firefly')[0];
    assert.notEqual(rufus, martha);
    assert.ok(rufus.mentions.some((m) => m.text === 'Firefly' && m.file === 'a.txt'));
    assert.ok(martha.mentions.some((m) => m.text === 'Firefly' && m.file === 'b.txt'));
    assert.ok(!rufus.mentions.some((m) => m.file === 'b.txt'));
  });

  it('links an acronym to the one name with those initials', () => {
    const es = link({ 'a.txt': 'Shares of Quantum Widget Systems rose.', 'b.txt': 'Analysts said QWS would grow.' });
    assert.equal(entityOf(es, 'QWS')[0], entityOf(es, 'Quantum Widget Systems')[0]);
  });

  it('ignores a type hinted by a few mentions of a name mostly seen bare (the surname still joins the person)', () => {
    const es = link({
      'a.txt': 'Coach Dorian Quillfeather praised the team.',
      'b.txt': 'Fans waited at Quillfeather. Quillfeather scored twice. Quillfeather smiled. Quillfeather left. Quillfeather returned.',
    });
    const person = entityOf(es, 'Dorian Quillfeather')[0];
    assert.equal(person.type, 'person');
    assert.equal(person.mentions.filter((m) => m.text === 'Quillfeather').length, 5);
  });

  it('does not take a role abbreviation before a surname for an owner (`RB Zorbatt` is the player)', () => {
    const es = link({
      'a.txt': 'Quarterback Kip Zorbatt was hurt on Sunday.',
      'b.txt': 'The Wolves placed RB Zorbatt on injured reserve. The RB market is thin. Zorbatt will miss the game.',
    });
    const kip = entityOf(es, 'Kip Zorbatt')[0];
    assert.ok(kip.mentions.some((m) => m.text === 'Zorbatt' && m.file === 'b.txt'));
    assert.ok(!kip.mentions.some((m) => m.text === 'RB'));
  });

  it('links a bare team word to a name the finder also cut short, but not to two different teams', () => {
    const nestedTeams = link({
      'a.txt': 'The Port Valdora Comets won again.',
      'b.txt': 'Officials said the Valdora Comets would appeal.',
      'c.txt': 'Fans of the Comets celebrated.',
    });
    const full = entityOf(nestedTeams, 'Port Valdora Comets')[0];
    assert.equal(full, entityOf(nestedTeams, 'Valdora Comets')[0]);
    assert.equal(full, entityOf(nestedTeams, 'Comets')[0]);
    const twoTeams = link({
      'a.txt': 'The Port Valdora Comets won again.',
      'b.txt': 'Officials said the Brisa Comets would appeal.',
      'c.txt': 'Fans of the Comets celebrated.',
    });
    assert.notEqual(entityOf(twoTeams, 'Comets')[0], entityOf(twoTeams, 'Port Valdora Comets')[0]);
    assert.notEqual(entityOf(twoTeams, 'Comets')[0], entityOf(twoTeams, 'Brisa Comets')[0]);
  });

  it('links an acronym, with or without hyphens, to a hyphenated compound name', () => {
    const es = link({ 'a.txt': 'Shares of Quimby-Vorster rose.', 'b.txt': 'Analysts said QV would grow.', 'c.txt': 'The deal values Q-V at more.' });
    const qv = entityOf(es, 'Quimby-Vorster')[0];
    assert.equal(entityOf(es, 'QV')[0], qv);
    assert.equal(entityOf(es, 'Q-V')[0], qv);
  });

  it('gives a company word to the person with that surname in documents that name the person', () => {
    const es = link({
      'a.txt': 'Coach Dorian Ford praised the team. Ford smiled.',
      'b.txt': 'Shares of Ford fell as Ford cut jobs.',
    });
    const dorian = entityOf(es, 'Dorian Ford')[0];
    assert.ok(dorian.mentions.some((m) => m.text === 'Ford' && m.file === 'a.txt'));
    assert.ok(!dorian.mentions.some((m) => m.file === 'b.txt'));
  });

  it('links a name with Sr./Jr. to the same name without it', () => {
    const es = link({ 'a.txt': 'The retired agent, V. Dorian Quillfeather Sr., spoke.', 'b.txt': 'Officials said V. Dorian Quillfeather was ill.' });
    assert.equal(entityOf(es, 'V. Dorian Quillfeather Sr.')[0], entityOf(es, 'V. Dorian Quillfeather')[0]);
  });

  it('gives a bare first name to a relative of a named person, the bare surname to the named person', () => {
    const es = link({
      'a.txt': 'Prosecutors say Coach Vorn Quillfeather killed his wife, Zeyna Quillfeather. Quillfeather denies it.',
      'b.txt': 'Zeyna was last seen in May. Quillfeather was arrested.',
    });
    const wife = entityOf(es, 'Zeyna Quillfeather')[0];
    const husband = entityOf(es, 'Vorn Quillfeather')[0];
    assert.notEqual(wife, husband);
    assert.ok(wife.mentions.some((m) => m.text === 'Zeyna'));
    assert.equal(husband.mentions.filter((m) => m.text === 'Quillfeather').length, 2);
  });

  it('links an organisation named with its country first (`United States Federal Reserve`, `US Federal Reserve`) to its name alone', () => {
    const es = link({
      'a.txt': 'The US Federal Reserve has raised its benchmark interest rate by 75 basis points.',
      'b.txt': 'The United States Federal Reserve on Wednesday hiked interest rates. The Federal Reserve said so.',
    });
    const fed = entityOf(es, 'Federal Reserve')[0];
    assert.equal(entityOf(es, 'US Federal Reserve')[0], fed);
    assert.equal(entityOf(es, 'United States Federal Reserve')[0], fed);
  });

  it('links a surname with a particle to the one full name ending with it', () => {
    const one = link({ 'a.txt': 'Police arrested Orsino Lo Vetri on Tuesday.', 'b.txt': 'Lo Vetri hanged himself in his cell.' });
    assert.equal(entityOf(one, 'Lo Vetri')[0], entityOf(one, 'Orsino Lo Vetri')[0]);
    const two = link({ 'a.txt': 'Police arrested Orsino Lo Vetri and Dalia Lo Vetri.', 'b.txt': 'Lo Vetri hanged himself in his cell.' });
    assert.notEqual(entityOf(two, 'Lo Vetri')[0], entityOf(two, 'Orsino Lo Vetri')[0]);
    assert.notEqual(entityOf(two, 'Lo Vetri')[0], entityOf(two, 'Dalia Lo Vetri')[0]);
  });

  it('gives the same result whatever the file order', () => {
    const files = { 'a.txt': 'Freedonian President Rufus Firefly visited the Ostrava region.', 'b.txt': 'Mr Firefly met Ambassador Trentino in Ostrava.', 'c.txt': 'Trentino said the Ostrava Region was calm.' };
    const strip = (es: Entity[]) => es.map((e) => ({ ...e, id: '' }));
    assert.deepEqual(strip(link(files)), strip(link(files, true)));
  });

  it('applies the user names list: forced type and extra aliases', () => {
    const { names, errors } = parseUserNames('[{"name": "Bluebird Collective", "type": "organization", "aliases": ["Bluebirds"]}, {"type": "bad"}]');
    assert.equal(names.length, 1);
    assert.equal(errors.length, 1);
    const es = link({ 'a.txt': 'Members of the Bluebird Collective marched.', 'b.txt': 'The Bluebirds marched again.' }, false, { userNames: names });
    const e = entityOf(es, 'Bluebird Collective')[0];
    assert.equal(e.type, 'organization');
    assert.ok(e.mentions.some((m) => m.text === 'Bluebirds'));
  });

  it('links the sample sources the way the reference answers say', function () {
    if (!fs.existsSync(SEEDS_DIR)) this.skip();
    const index = new CorpusIndex();
    for (const f of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) index.setDocument(f, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8').replace(/^\uFEFF/, ''));
    const es = index.entities();
    const putin = entityOf(es, 'Vladimir Putin');
    assert.equal(putin.length, 1);
    assert.equal(putin[0].type, 'person');
    assert.ok(putin[0].mentions.some((m) => m.text === 'Putin'));
    assert.equal(new Set(putin[0].mentions.map((m) => m.file)).size, 3);
    assert.equal(entityOf(es, 'Volodymyr Zelensky')[0], entityOf(es, 'Volodymyr Zelenskyy')[0]);
    assert.equal(entityOf(es, 'Kherson Region')[0], entityOf(es, 'Kherson')[0]);
    assert.equal(entityOf(es, 'Russian National Guard')[0], entityOf(es, 'National Guard')[0]);
    assert.notEqual(entityOf(es, 'Dnieper River')[0], entityOf(es, 'Dnieper Group of Forces')[0]);
    for (const name of ['Tuesday', 'April', 'Russian', 'Ukrainian']) assert.equal(entityOf(es, name).length, 0, `${name} is not an entity`);
    for (const e of es) for (const m of e.mentions) assert.equal(index.textOf(m.file)!.slice(m.start, m.end), m.text);
  });
});
