import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { isIdentifierNumber } from '../../src/core/claims/valueWords';
import { explainPair, findFrameConflicts, FRAME_FEATURES, sameFactScore } from '../../src/core/conflicts/frameAlignment';
import { mentionsPerFile } from '../../src/core/conflicts/crossCheck';
import { valueFramesOf } from '../../src/core/claims/valueFrames';
import { forEachCandidatePair } from '../../src/core/conflicts/frameBlocking';
import { frameFolder } from '../../src/core/conflicts/frameFolder';

/**
 * False alarms the value-frame alignment must not raise, one real-looking news pair each. Each pair
 * was flagged by the earlier wording rules (near-duplicate sentences differing in one value).
 */

function flags(a: string, b: string): string[] {
  const index = new CorpusIndex();
  index.setDocument('a.txt', ` date 2023-04-18\n${a}\n`);
  index.setDocument('b.txt', ` date 2023-04-18\n${b}\n`);
  return index.contradictions().map((c) => `${c.kind}: ${c.message}`);
}

describe('frame alignment: identifiers are not quantities', () => {
  it('a street block number', () => {
    assert.deepEqual(flags('A man was robbed at gunpoint in the 1200 block of Main Street late Tuesday, police said.', 'A woman was robbed at gunpoint in the 400 block of Main Street late Tuesday, police said.'), []);
  });
  it("a gun's calibre", () => {
    assert.deepEqual(flags('Officers recovered a .38-caliber revolver from the car after the chase, police said.', 'Officers recovered a .45-caliber pistol from the car after the chase, police said.'), []);
  });
  it('a flight number', () => {
    assert.deepEqual(flags('Passengers on flight 253 from Amsterdam to Detroit subdued the man, officials said.', 'Passengers on flight 188 from Amsterdam to Detroit subdued the man, officials said.'), []);
  });
  it('isIdentifierNumber reads the words around the number', () => {
    const at = (text: string, n: string) => isIdentifierNumber(text, text.indexOf(n), text.indexOf(n) + n.length);
    assert.equal(at('in the 1200 block of Main Street', '1200'), true);
    assert.equal(at('a .38-caliber handgun', '38'), true);
    assert.equal(at('aboard Flight 253 to Detroit', '253'), true);
    assert.equal(at('call 0800 555 111 now', '555'), true);
    assert.equal(at('more than 1200 people were evacuated', '1200'), false);
  });
});

describe('frame alignment: qualifiers that separate two values', () => {
  it('a running total against one raid', () => {
    assert.deepEqual(flags('So far police have made 20 arrests in connection with the riots in the capital, officials said.', 'Police made five arrests in connection with the riots in the capital on Tuesday, officials said.'), []);
  });
  it("two teams' offers", () => {
    assert.deepEqual(flags('The New York Yankees offered Mark Teixeira an eight-year contract worth $180 million, the newspaper reported.', 'The Los Angeles Angels offered Mark Teixeira an eight-year contract worth $160 million, the newspaper reported.'), []);
  });
  it('two earthquakes in different places', () => {
    assert.deepEqual(flags('A magnitude 6.1 earthquake struck off the coast of Sumatra on Sunday, the US Geological Survey said.', 'A magnitude 7.6 earthquake struck off the coast of Papua on Sunday, the US Geological Survey said.'), []);
  });
  it('several values of one sentence that all differ', () => {
    assert.deepEqual(flags('Smith completed 28 of 41 passes for 329 yards in the win, the team said.', 'Smith completed 19 of 30 passes for 214 yards in the win, the team said.'), []);
  });
});

describe('frame alignment: one changed value still conflicts', () => {
  it('a reworded sentence with one count changed', () => {
    const found = flags('Somali pirates recently seized a Saudi supertanker loaded with $100 million of crude oil.', 'Pirates have become increasingly brazen, seizing a Saudi supertanker loaded with $200 million worth of crude oil.');
    assert.ok(found.some((f) => f.startsWith('number:')), JSON.stringify(found));
  });
});

/** The disputed facts' names of the contradictions between two dated one-sentence sources. */
function factsOf(date: string, a: string, b: string): (string | undefined)[] {
  const index = new CorpusIndex();
  index.setDocument('a.txt', ` date ${date}\n${a}\n`);
  index.setDocument('b.txt', ` date ${date}\n${b}\n`);
  const found = index.contradictions();
  assert.ok(found.length > 0, 'no contradiction');
  return found.map((c) => c.fact);
}

describe('frame alignment: what a message names the disputed fact', () => {
  const cases: { title: string; date: string; a: string; b: string; fact: string }[] = [
    {
      title: 'a blaze (`the fire which broke out`) is not named a dismissal: the counted noun leads instead',
      date: '2023-04-18',
      a: 'More than 30 firefighters have been trying to control the fire which broke out in the roof of the store on Friday.',
      b: 'More than 50 firefighters have been trying to control the fire that broke out in the roof of the store on Friday night.',
      fact: 'Firefighter',
    },
    {
      title: '`two undersea cables` / `three undersea cables` is about cables, not the loss of access the sentence opens with',
      date: '2008-12-19',
      a: 'Millions of people across the Middle East and Asia have lost access to the internet after two undersea cables in the Mediterranean suffered severe damage.',
      b: 'Millions of people across the Middle East and Asia lost access to the internet after three undersea cables in the Mediterranean were damaged.',
      fact: 'Cable',
    },
    {
      title: 'names the counted thing as written, not the synonym it is compared by (`strike`, compared as `attack`)',
      date: '2019-09-16',
      a: 'The union said the walkout is the third nationwide strike at General Motors since 2007.',
      b: 'The union said the walkout is the first nationwide strike at General Motors since 2007.',
      fact: 'Strike',
    },
    {
      title: 'a measure of something named after `of` is about that thing (`15 years of probation`)',
      date: '2011-01-10',
      a: 'The judge sentenced him to five years in prison but allowed him to accept 15 years of probation instead of more prison time.',
      b: 'The judge sentenced him to five years in prison but allowed him to accept 10 years of probation instead of more prison time.',
      fact: 'Probation',
    },
    {
      title: 'look-alike kept: what follows a count of people\'s `of` is their group, not the fact (`Killing`)',
      date: '2009-01-05',
      a: 'An Israeli strike on the house killed at least seven members of the extended Daya family on Monday.',
      b: 'An Israeli strike on the house killed at least 12 members of the extended Daya family on Monday.',
      fact: 'Killing',
    },
    {
      title: 'look-alike kept: a count of people is named by its event (`Killing`)',
      date: '2023-04-18',
      a: 'At least 30 people were killed when the bridge collapsed during the evening rush hour on Wednesday.',
      b: 'At least 40 people were killed when the bridge collapsed during the evening rush hour on Wednesday.',
      fact: 'Killing',
    },
  ];
  for (const { title, date, a, b, fact } of cases) {
    it(title, () => assert.deepEqual([...new Set(factsOf(date, a, b))], [fact]));
  }
});

describe('frame alignment: the same bound on both sides is one figure hedged alike', () => {
  it('`more than 40 firefighters` / `more than 60 firefighters` in reworded sentences conflict', () => {
    const found = flags(
      'More than 40 firefighters battled the warehouse fire in the industrial park on Sunday night.',
      'More than 60 firefighters battled the blaze, which broke out in the warehouse roof on Sunday night.',
    );
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /^number: .*More than 40 firefighters.*More than 60 firefighters/);
  });
  it('the fitted score counts the same hedge on both sides as evidence of one fact', () => {
    const features = FRAME_FEATURES.map(() => 0.5);
    const hedged = features.slice();
    hedged[FRAME_FEATURES.indexOf('sameBound')] = 1;
    features[FRAME_FEATURES.indexOf('sameBound')] = 0;
    assert.ok(sameFactScore(hedged) > sameFactScore(features));
  });
  it('a bound on another head noun is not the same figure (`more than 200 residents`)', () => {
    assert.deepEqual(flags('More than 40 firefighters battled the blaze at the warehouse on Sunday night.', 'More than 200 residents were evacuated from homes near the warehouse on Sunday night.'), []);
  });
  it('firefighters and police officers, both `more than`, are two counts', () => {
    assert.deepEqual(
      flags(
        'More than 40 firefighters battled the blaze at the warehouse on Sunday night, the fire service said.',
        'More than 60 police officers sealed off the streets around the warehouse on Sunday night, the fire service said.',
      ),
      [],
    );
  });
});

describe('claims: a fronted participial phrase owns only the values inside it', () => {
  it('`Born in Nashville, … began a career … in 1950` is not a birth year against `Born in 1923 in Nashville`', () => {
    assert.deepEqual(
      flags(
        'Born in Nashville, Page left her job as a schoolteacher and secretary to begin a career in modeling in 1950.',
        'Born in 1923 in Nashville, Tennessee, Bettie Mae Page was one of six children from an impoverished family.',
      ),
      [],
    );
  });

  it('a birth year inside the phrase still conflicts with another source', () => {
    const found = flags(
      'Born in 1923 in Nashville, Tennessee, Bettie Mae Page was one of six children from an impoverished family.',
      'Born in 1925 in Nashville, Tennessee, Bettie Mae Page was one of six children from a poor family.',
    );
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /^date: /);
  });
});

describe('frame alignment: time in one role is part of a career', () => {
  it("`four seasons as the team's director` does not contradict `19 seasons with the team`", () => {
    assert.deepEqual(
      flags(
        'DiLeo has spent 19 seasons with the 76ers and was promoted to senior vice president in 2003.',
        "He spent four seasons as the team's director of personnel before being promoted to senior vice president in 2003.",
      ),
      [],
    );
  });
});

describe('frame alignment: explainPair reads a pair as the index does', () => {
  it('its conflicts are exactly the pairs findFrameConflicts flags (an owner’s age, a count, a qualified pair)', () => {
    const texts = [
      ' date 2015-06-08\nRichard Matt, 48, and David Sweat, 34, were discovered missing from the Clinton Correctional Facility, officials said.\nMore than 50 firefighters tackled the blaze at the store on Friday.\nPolice said a total of 20 people have been arrested so far in the investigation of the riots.\n',
      ' date 2015-06-08\nDavid Sweat, 51, has been described as dangerous by the governor of New York.\nMore than 30 firefighters tackled the blaze at the store on Friday.\nPolice said five people have been arrested in the investigation of the riots.\n',
    ];
    const index = new CorpusIndex();
    texts.forEach((t, i) => index.setDocument(`${'ab'[i]}.txt`, t));
    const docs = index.files().map((f) => index.analysis(f)!);
    const mentions = mentionsPerFile(index.entities());
    const frames = docs.flatMap((d) => valueFramesOf(d, mentions.get(d.file) ?? []));
    const folder = frameFolder(frames, (file) => index.textOf(file));
    const key = (file: string, start: number, otherFile: string, otherStart: number) => [`${file}:${start}`, `${otherFile}:${otherStart}`].sort().join('|');
    const explained = new Set<string>();
    const verdicts: string[] = [];
    forEachCandidatePair(frames, (a, b) => {
      const { verdict } = explainPair(a, b, folder);
      verdicts.push(verdict);
      if (verdict.startsWith('conflict')) explained.add(key(a.file, a.valueSpan.start, b.file, b.valueSpan.start));
    });
    const flagged = new Set(findFrameConflicts(docs, mentions).map((c) => key(c.file, c.valueSpan!.start, c.related[0].file, c.related[0].valueSpan!.start)));
    assert.deepEqual([...explained].sort(), [...flagged].sort());
    assert.ok(flagged.size >= 2, JSON.stringify(verdicts));
    assert.ok(verdicts.includes("conflict (owner's age)"), JSON.stringify(verdicts));
    assert.ok(verdicts.some((v) => v.startsWith('qualified')), JSON.stringify(verdicts));
  });
});
