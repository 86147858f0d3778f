// Entities across the sources of one story, on news-style sentences written for these tests: sports teams
// called by nickname and home, people by first name, facilities and places by context, organisations by
// their heads; and the look-alikes that must stay apart.
import * as assert from 'node:assert/strict';
import { linkEntities } from '../../src/core/entities/linkEntities';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import type { Entity } from '../../src/core/types';

function link(files: Record<string, string>): Entity[] {
  return linkEntities(Object.entries(files).map(([f, t]) => analyzeDocument(f, t)));
}
const entityWith = (entities: Entity[], text: string) => entities.find((e) => e.mentions.some((m) => m.text === text));

describe('entities across a story', () => {
  describe('sports teams', () => {
    it('links a team, its nickname and its home used for the team in match reports', () => {
      const es = link({
        'a.txt': 'The Denver Broncos beat the Oakland Raiders 24-20 on Sunday. Denver coach John Fox praised his defense.',
        'b.txt': 'Denver rallied from a 14-point deficit, and the Broncos (9-3) have now won five straight games.',
        'c.txt': 'The Broncos host San Diego next week.',
      });
      const team = entityWith(es, 'Denver Broncos');
      assert.ok(team);
      assert.equal(team.type, 'organization');
      assert.equal(team.name, 'Denver Broncos');
      assert.equal(entityWith(es, 'Broncos'), team);
      assert.equal(entityWith(es, 'Denver'), team);
    });

    it('links a nickname of two words to its team', () => {
      const es = link({
        'a.txt': 'The North Carolina Tar Heels open their season against Kentucky on Friday.',
        'b.txt': 'The Tar Heels lost only two starters from last year, and their coach expects a deep run.',
      });
      assert.ok(entityWith(es, 'Tar Heels'));
      assert.equal(entityWith(es, 'Tar Heels'), entityWith(es, 'North Carolina Tar Heels'));
      assert.equal(entityWith(es, 'Jayhawks'), entityWith(es, 'Kansas Jayhawks'));
    });

    it('keeps a city apart from its team when the story uses it as a place', () => {
      const es = link({
        'a.txt': 'A snowstorm hit Denver on Monday, and flights in Denver were cancelled.',
        'b.txt': 'Schools across Denver closed, and the Denver Broncos moved practice indoors.',
      });
      const city = entityWith(es, 'Denver');
      assert.equal(city?.type, 'place');
      assert.notEqual(city, entityWith(es, 'Denver Broncos'));
    });
  });

  describe('people', () => {
    it('links a first name to the person whose surname ends like a plural (`Parsons`, `Thomas`)', () => {
      const es = link({
        'a.txt': 'Prosecutors say Dontae Parsons fired the shot that killed the boy.',
        'b.txt': 'Parsons pleaded not guilty on Monday. His lawyer said Dontae was at home that night.',
        'c.txt': 'Relatives of Kaylani Thomas packed the courtroom. Thomas was 9. Kaylani loved to draw, her aunt said.',
      });
      const shooter = entityWith(es, 'Dontae Parsons');
      assert.equal(shooter?.type, 'person');
      assert.equal(entityWith(es, 'Parsons'), shooter);
      assert.equal(entityWith(es, 'Dontae'), shooter);
      assert.equal(entityWith(es, 'Kaylani'), entityWith(es, 'Kaylani Thomas'));
      assert.notEqual(entityWith(es, 'Kaylani'), shooter);
    });

    it('gives a first name shared by two people to the one each document names', () => {
      const es = link({
        'a.txt': 'Witnesses said Dontae Simmons ran from the scene. Dontae was arrested two weeks later.',
        'b.txt': 'Dontae Simmons appeared in court on Tuesday, and Dontae said nothing.',
        'c.txt': 'Dontae Harris, a neighbour, told the jury what he saw. Dontae said he heard two shots.',
      });
      const simmons = entityWith(es, 'Dontae Simmons');
      const harris = entityWith(es, 'Dontae Harris');
      assert.notEqual(simmons, harris);
      const inC = (e?: Entity) => e?.mentions.filter((m) => m.file === 'c.txt' && m.text === 'Dontae').length ?? 0;
      const inA = (e?: Entity) => e?.mentions.filter((m) => m.file === 'a.txt' && m.text === 'Dontae').length ?? 0;
      assert.equal(inC(harris), 1);
      assert.equal(inA(simmons), 1);
    });
  });

  describe('types from context', () => {
    it('types a town from its police, and keeps the town apart from its police department', () => {
      const es = link({
        'a.txt': 'A Brookfield police officer was wounded on Friday, and the Brookfield Police Department asked for help.',
        'b.txt': 'Brookfield police said the suspect fled on foot.',
      });
      assert.equal(entityWith(es, 'Brookfield')?.type, 'place');
      assert.notEqual(entityWith(es, 'Brookfield'), entityWith(es, 'Brookfield Police Department'));
      assert.equal(entityWith(es, 'Brookfield Police Department')?.type, 'organization');
    });

    it('types a treatment centre checked into as a place, with its short name and its town-prefixed name', () => {
      const es = link({
        'a.txt': 'The singer has checked into Serenity Recovery Center, her publicist said.',
        'b.txt': 'She entered the Serenity Recovery Center on Monday. Serenity is popular with celebrities.',
        'c.txt': 'Her spokesman confirmed she was at Oceanside Serenity Recovery Center in Oceanside, California.',
      });
      const centre = entityWith(es, 'Serenity Recovery Center');
      assert.equal(centre?.type, 'place');
      assert.equal(entityWith(es, 'Serenity'), centre);
      assert.equal(entityWith(es, 'Oceanside Serenity Recovery Center'), centre);
      // The town is not the centre named after it.
      assert.notEqual(entityWith(es, 'Oceanside'), centre);
    });

    it('keeps a research centre that publishes a study an organisation', () => {
      const es = link({ 'a.txt': 'A survey by the Brennan Research Center found that most voters approve.', 'b.txt': 'The Brennan Research Center said the margin of error was three points.' });
      assert.equal(entityWith(es, 'Brennan Research Center')?.type, 'organization');
    });

    it('types companies from their plural heads and websites, a part of a known place, a relative after a kinship word', () => {
      const es = link({
        'a.txt': 'The flaw was found by Veltrix Technologies, and Corvane Networks confirmed it on Monday.',
        'b.txt': 'A spokesman told Celebwatch.com that the actress was resting.',
        'c.txt': 'A strong storm hit Northern Arizona on Sunday.',
        'd.txt': 'The governor, her husband Rolf and their children attended the service.',
      });
      assert.equal(entityWith(es, 'Veltrix Technologies')?.type, 'organization');
      assert.equal(entityWith(es, 'Corvane Networks')?.type, 'organization');
      assert.equal(entityWith(es, 'Celebwatch.com')?.type, 'organization');
      assert.equal(entityWith(es, 'Northern Arizona')?.type, 'place');
      assert.equal(entityWith(es, 'Rolf')?.type, 'person');
    });
  });

  describe('short forms', () => {
    it('links clipped forms to the one longer name they cut (`Indy`, `Jags`, `T-Mo`)', () => {
      const es = link({
        'a.txt': 'The Titans beat the Jaguars 24-17 in Nashville on Sunday, and the Jaguars fell to 3-9.',
        'b.txt': 'Fans in Indy will remember the game. The team flies home to Indianapolis, and Indianapolis hosts Houston next.',
        'c.txt': 'On Sunday the Jags quarterback was sacked five times.',
        'd.txt': 'T-Mobile officials said the phone sold out in T-Mobile stores, and some T-Mo customers waited for hours.',
      });
      assert.equal(entityWith(es, 'Jags'), entityWith(es, 'Jaguars'));
      assert.equal(entityWith(es, 'Indy'), entityWith(es, 'Indianapolis'));
      assert.equal(entityWith(es, 'T-Mo'), entityWith(es, 'T-Mobile'));
    });

    it('does not take a plural word or a given name for a clipping', () => {
      const es = link({
        'a.txt': 'Facebook said on Monday that it would change its privacy settings. Facebook users complained.',
        'b.txt': 'New Faces, a talent agency, said it had left Facebook.',
        'c.txt': 'The photos were first posted on Dannimodel.com, and Danni herself declined to comment.',
        'd.txt': 'Dannimodel.com has since been taken down.',
      });
      assert.notEqual(entityWith(es, 'Faces') ?? null, entityWith(es, 'Facebook'));
      assert.notEqual(entityWith(es, 'Danni') ?? null, entityWith(es, 'Dannimodel.com'));
    });

    it('keeps a capitalised `In` inside a company name in prose, not in a title-case headline', () => {
      const es = link({
        'a.txt': 'The carrier announced a deal with Research In Motion today, and RIM shares rose.',
        'b.txt': 'Colts Rally In Fourth Quarter To Beat Titans',
      });
      assert.equal(entityWith(es, 'Research In Motion')?.type, 'organization');
      assert.equal(entityWith(es, 'RIM'), entityWith(es, 'Research In Motion'));
      assert.equal(entityWith(es, 'Rally In Fourth Quarter'), undefined);
      assert.equal(entityWith(es, 'Colts Rally In Fourth Quarter'), undefined);
    });
  });

  describe('spans', () => {
    it('splits a plain word the story writes on its own off a longer name (`Firefox Web browser`)', () => {
      const text = 'Mozilla patched a hole in its Mozilla Firefox Web browser on Tuesday.';
      const es = link({
        'a.txt': text,
        'b.txt': 'Mozilla Firefox is used by millions. Users of Mozilla Firefox should update, and Mozilla Firefox will restart.',
        'c.txt': 'Attackers planted code on Web sites, and any Web page could infect a visitor. Web users were warned.',
      });
      const firefox = entityWith(es, 'Mozilla Firefox');
      const web = entityWith(es, 'Web');
      assert.ok(firefox && web);
      assert.notEqual(firefox, web);
      const inA = (e: Entity) => e.mentions.filter((m) => m.file === 'a.txt').map((m) => [m.text, text.slice(m.start, m.end)]);
      assert.deepEqual(inA(firefox), [['Mozilla Firefox', 'Mozilla Firefox']]);
      assert.deepEqual(inA(web), [['Web', 'Web']]);
    });
  });
});
