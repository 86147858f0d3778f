import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { findOrdinals } from '../../src/core/mentions/numbers';
import { splitSentences } from '../../src/core/text/sentences';
import { frameFolder, oneValueChanged } from '../../src/core/conflicts/frameFolder';
import { frame, framesOf, qualifier } from '../helpers/frames';

/**
 * What keeps two values that look alike from being one fact, read on news sentences (each case with a look-alike
 * that stays comparable): another player, a statement's day against the event's, a streak, a part of a game, a rate
 * of another thing, the count's own verb, a stretch counted from the start.
 */

describe('frame qualifiers: a player known by a short form is a subject', () => {
  it('`Vaughn` (of `Deonta Vaughn`, also a town) and `Tyler Hansbrough` are two players', () => {
    const texts = ['Cincinnati was led by Deonta Vaughn. Vaughn finished with 16 points and nine rebounds.', 'Tyler Hansbrough finished the game with 20 points and nine rebounds.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '16 points'), frame(fs, '20 points'), texts), 'other subject');
  });
  it('the town in a surname does not make the player a place', () => {
    const index = new CorpusIndex();
    index.setDocument('a.txt', 'Cincinnati was led by Deonta Vaughn. Vaughn finished with 16 points and nine rebounds.\n');
    const vaughn = index.entities().find((e) => e.name === 'Deonta Vaughn');
    assert.ok(vaughn);
    assert.notEqual(vaughn.type, 'place');
  });
  it('a one-word town with a place noun before it stays a place (`Co Limerick` / `Limerick`)', () => {
    const index = new CorpusIndex();
    index.setDocument('a.txt', 'She grew up in Co Limerick. Limerick is a city in Ireland.\n');
    assert.equal(index.entities().find((e) => e.name.includes('Limerick'))?.type, 'place');
  });
});

describe('frame qualifiers: the day of a statement is not the day of the event', () => {
  it('`authorities said Saturday` / `damage was done … Friday night`', () => {
    const texts = ['Damage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday.', 'An estimated one million dollars in damage was done to Wasilla Bible Church Friday night, in a fire.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, 'Saturday'), frame(fs, 'Friday'), texts), 'other event');
  });
  it('`coach Sean Payton said at practice on Wednesday` dates the statement', () => {
    const fs = framesOf('Coach Sean Payton said at practice on Wednesday that the team decided to put Bush on injured reserve.');
    assert.equal(frame(fs, 'Wednesday').saidOn, true);
  });
  it('two days of the event itself stay comparable: `died on Friday` / `died Thursday`', () => {
    const texts = ['Mark Felt, the informant known as Deep Throat, died on Friday.', 'W. Mark Felt, the FBI official known as Deep Throat, died Thursday at the age of 95.'];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, 'Friday').saidOn, false);
    assert.equal(qualifier(fs, frame(fs, 'Friday'), frame(fs, 'Thursday'), texts), null);
  });
});

describe('frame qualifiers: streaks, parts of a game and stretches from the start', () => {
  it('`a three-game losing streak` grows while it lasts; `missed three games` does not', () => {
    const fs = framesOf('The team is on a three-game losing streak and last in the Atlantic Division.', 'Bush missed three games earlier this season.');
    assert.equal(frame(fs, 'three-game').running, true);
    assert.equal(frame(fs, 'three games').running, false);
  });
  it('`eight of their last 10 games`: 10 is the whole, not a count of games lost', () => {
    const fs = framesOf('The Sixers are last in the Atlantic after losing eight of their last 10 games.');
    assert.equal(frame(fs, '10').denominator, true);
  });
  it('`In the sixth, he landed one punch` is one round, not the fight', () => {
    const texts = ['Klitschko landed 178 punches to just 30 for Rahman.', 'In the sixth, he landed one punch.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '178 punches'), frame(fs, 'one punch'), texts), 'part of the event');
    assert.equal(frame(framesOf('In the end, he landed one punch.'), 'one punch').inPart, false);
  });
  it('`their first two drives` is a stretch from the start, not a rank; `their second drive` is one', () => {
    const text = 'The Jaguars scored touchdowns on their first two drives. On their second drive, the Jaguars scored again. It was the first 2008 debate. She was the first one to arrive. The first 100 days went fast.';
    const found = findOrdinals(text, splitSentences(text)).map((o) => o.text);
    assert.deepEqual(found, ['second', 'first', 'first']);
  });
});

describe('frame qualifiers: rates of other things', () => {
  it('`for each of the 12 victims` / `for each of the three additional survivors`', () => {
    const texts = ['Holmes faced two counts of first-degree murder for each of the 12 victims.', 'He was found guilty of two counts of second-degree murder for each of the three additional survivors.'];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, 'first-degree').rateOf, 'victim');
    assert.equal(frame(fs, 'second-degree').rateOf, 'survivor');
    assert.equal(qualifier(fs, frame(fs, 'first-degree'), frame(fs, 'second-degree'), texts), 'rate');
  });
  it('two rates per the same thing stay comparable', () => {
    const texts = ['Holmes faced two counts of first-degree murder for each of the 12 victims.', 'Holmes was charged with two counts of second-degree murder for each of the victims.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, 'first-degree'), frame(fs, 'second-degree'), texts), null);
  });
});

describe('value frames: a count is about its own verb', () => {
  it('`killed and at least 40 people were injured` counts injuries', () => {
    const fs = framesOf('Atururi said a 10-year-old girl was killed and at least 40 people were injured in the earthquakes.');
    assert.equal(frame(fs, 'at least 40 people').event, 'injure');
  });
  it('`killed at least 40 people` still counts deaths', () => {
    const fs = framesOf('The earthquakes killed at least 40 people and injured hundreds.');
    assert.equal(frame(fs, 'at least 40 people').event, 'kill');
  });
});

describe('value frames: another unit, and parts of a whole named first', () => {
  it('`75 basis points` is not `0.75 points`, `50 square miles` not `50 miles`', () => {
    const fs = framesOf('The Fed raised its benchmark rate by 75 basis points on Wednesday.', 'Fed hikes US interest rate 0.75 points, biggest since 1994.', 'The fire burned 50 square miles of forest.', 'It is about 50 miles from the city.');
    assert.notEqual(frame(fs, '75 basis points').head, frame(fs, '0.75 points').head);
    assert.notEqual(frame(fs, '50 square miles').head, frame(fs, 'about 50 miles').head);
    assert.equal(frame(fs, '0.75 points').head, frame(framesOf('It raised the rate by 0.5 percentage points.'), '0.5 percentage points').head);
  });
  it('`Of the 23 pirates arrested, 12 are reported to be Somali`: 12 is a part, 23 the whole', () => {
    const fs = framesOf('Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.', 'Officials said 12 pirates were arrested.');
    assert.equal(frame(fs, '12', 'a.txt').sameHeadInSentence, true);
    assert.equal(frame(fs, '23 pirates').sameHeadInSentence, false);
    assert.equal(frame(fs, '12 pirates').sameHeadInSentence, false);
  });
});

describe('frame qualifiers: ages, elapsed time and earlier instances', () => {
  it('an age of a named person is not compared with an age of nobody named (`The 23-year-old Bush` / `The 81-year old is at home`)', () => {
    const texts = ['The 23-year-old Bush will miss the final two games with a sprained left knee.', 'The 81-year old is at home, and will miss the trip to Detroit.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '23-year-old'), frame(fs, '81-year'), texts), 'other subject');
  });
  it('look-alike kept: two ages of nobody named stay comparable (`the 46-year-old musician` / `The 69-year-old Irish singer`)', () => {
    const texts = ['The 46-year-old musician was in London for a recording session when she died.', 'The 69-year-old Irish singer was in London to record vocals.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '46-year-old'), frame(fs, '69-year-old'), texts), null);
  });
  it('`44 days after taking over` and `after just 66 days in Downing Street` both count the days in office', () => {
    const texts = ['Liz Truss has resigned as prime minister just 44 days after taking over from Boris Johnson.', 'Liz Truss has announced that she will resign as prime minister after just 66 days in Downing Street.'];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, '66 days').elapsed, true);
    assert.notEqual(qualifier(fs, frame(fs, '44 days'), frame(fs, '66 days'), texts), 'offset from another event');
    // Look-alike kept: a wait is no elapsed time (`nine days before the inauguration` / `in about 30 days`).
    const waits = ['The vote comes nine days before the inauguration.', 'The vote comes in about 30 days.'];
    const ws = framesOf(...waits);
    assert.equal(qualifier(ws, frame(ws, 'nine days'), frame(ws, 'about 30 days'), waits), 'offset from another event');
  });
  it('`The last such patch … was released on Oct. 23` is an earlier instance', () => {
    const fs = framesOf('The last such out-of-band patch was released on Oct. 23.', 'The patch was released on Oct. 23.');
    assert.equal(frame(fs, 'Oct. 23', 'a.txt').earlier, true);
    assert.equal(frame(fs, 'Oct. 23', 'b.txt').earlier, false);
  });
});

describe('frame alignment: one list told twice with one value changed', () => {
  it('`₹15 lakh …, ₹2 lakh … and ₹50,000` / `₹10 lakh …, ₹2 lakh … and ₹50,000`: one statement, one amount changed', () => {
    const fs = framesOf(
      'He said an ex-gratia amount will be provided: ₹15 lakh in the event of death, ₹2 lakh for grievous injuries and ₹50,000 for minor injuries.',
      'The railway minister announced an ex-gratia of ₹10 lakh to the kin of the deceased, ₹2 lakh towards grievous and ₹50,000 for minor injuries.',
    );
    assert.equal(oneValueChanged(frame(fs, '15 lakh'), frame(fs, '10 lakh'), frameFolder(fs)), true);
  });
  it('look-alike kept apart: two sentences that share two values but state others only one of them has', () => {
    const fs = framesOf(
      'He played in just 10 games this year, rushing for 404 yards and two touchdowns while catching 52 passes for 440 yards.',
      'There is nothing wrong with nine touchdowns in 10 games, and 404 yards is no small total.',
    );
    assert.equal(oneValueChanged(frame(fs, 'two touchdowns'), frame(fs, 'nine touchdowns'), frameFolder(fs)), false);
  });
});

describe('value frames: `not … until` dates what happened', () => {
  it('`which Equifax didn’t detect until July 22` is the day of the detection; `closed until Friday` is a bound', () => {
    const fs = framesOf("Hackers breached the database in May, which Equifax didn't detect until July 22.", 'The office is closed until Friday.');
    assert.equal(frame(fs, 'July 22').kind, 'month');
    assert.equal(fs.some((f) => f.valueText === 'Friday'), false);
  });
});

describe('frame qualifiers: a running count is no sign of another event', () => {
  it('`After 46 days of testimony, the jury of eleven women and three men` / `The jury of nine women and three men … over two days`', () => {
    const texts = [
      'After 46 days of emotional testimony, the jury of eleven women and three men found Holmes guilty of all charges.',
      'The jury of nine women and three men delivered the verdict after deliberating for about 12 hours over two days.',
    ];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, '46 days').running, true);
    assert.notEqual(qualifier(fs, frame(fs, 'eleven women'), frame(fs, 'nine women'), texts), 'several values differ');
  });
  it('look-alike kept apart: two lines of figures that differ in two counts that do not run', () => {
    const texts = ['Smith completed 28 of 41 passes for 329 yards in the win.', 'Smith completed 19 of 30 passes for 214 yards in the win.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '329 yards'), frame(fs, '214 yards'), texts), 'several values differ');
  });
});

describe('frame qualifiers: a part counts what its whole counts', () => {
  it('`made 9 of 14 field goals`: the 9 counts field goals, the 14 is the whole', () => {
    const fs = framesOf('Hansbrough made 9 of 14 field goals and finished with 25 points.');
    assert.equal(frame(fs, '9').head, frame(fs, '14').head);
    assert.equal(frame(fs, '14').denominator, true);
  });
  it('`three of the five suspects` counts suspects; `one of the 10 largest banks` is no count', () => {
    const fs = framesOf('Police said three of the five suspects were arrested on Monday. It is one of the 10 largest banks in the country.');
    assert.equal(frame(fs, 'three').head, 'suspect');
    assert.equal(fs.some((f) => f.valueText.startsWith('one')), false);
  });
  it('a number and another noun after it keeps its own noun (`12 points of 20 shots`)', () => {
    const fs = framesOf('He scored 12 points of his own in 20 minutes.');
    assert.equal(frame(fs, '12').head, 'point');
  });
  it('the whole is set aside when counting changed values: `28 of 41 passes for 214 yards` / `28 passes for 329 yards, ran for two yards`', () => {
    const texts = ['Smith completed 28 of 41 passes for 214 yards and a touchdown.', 'Smith, who completed 28 passes for 329 yards, ran for two yards to give Denver a 14-0 lead.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '214 yards'), frame(fs, '329 yards'), texts), null);
  });
  it('two lines of figures still differ in several values: `28 of 41 passes for 214 yards` / `19 passes for 329 yards`', () => {
    const texts = ['Smith completed 28 of 41 passes for 214 yards and a touchdown.', 'Jones completed 19 passes for 329 yards and three touchdowns.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '214 yards'), frame(fs, '329 yards'), texts), 'several values differ');
  });
});

describe('frame events: a fire is a blaze', () => {
  it('`control the fire which broke out` and `tackled the blaze` tell of one event', () => {
    const fs = framesOf('More than 30 firefighters were trying to control the fire which broke out in the roof.', 'More than 50 firefighters tackled the blaze which began on the roof of the store.');
    assert.equal(frame(fs, 'More than 30').event, 'burn');
    assert.equal(frame(fs, 'More than 50').event, 'burn');
  });
});

describe('frame qualifiers: one nation’s body is not another’s', () => {
  it('`The Indian navy has captured 23 pirates` / `the British Royal Navy had captured eight pirates`', () => {
    const texts = ['The Indian navy has captured 23 Somalian pirates.', 'Early November, the British Royal Navy had captured eight pirates, who were handed over to Kenya.'];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, '23').closest, 'body:indian navy');
    assert.equal(qualifier(fs, frame(fs, '23'), frame(fs, 'eight'), texts), 'other subject');
  });
  it('a people’s adjective alone is no body (`23 Somali pirates` / `eight Somali pirates` stay comparable)', () => {
    const texts = ['Navy commandos captured 23 Somali pirates on Saturday.', 'Navy commandos captured eight Somali pirates on Saturday.'];
    const fs = framesOf(...texts);
    assert.equal(frame(fs, '23').closest, null);
    assert.equal(qualifier(fs, frame(fs, '23'), frame(fs, 'eight'), texts), null);
  });
});

describe('frame qualifiers: a value since superseded', () => {
  it('`Cisco first struck a deal … for $2.6 billion` is an earlier instance; `agreed to buy … for $4.5 billion` is not', () => {
    const fs = framesOf('Cisco first struck a deal to buy Acacia for $2.6 billion in July 2019.', 'Cisco agreed to buy Acacia for $4.5 billion on Thursday.');
    assert.equal(frame(fs, '$2.6').earlier, true);
    assert.equal(frame(fs, '$4.5').earlier, false);
  });
  it('only in its own clause: `first announced the plan in March, and on Monday said 500 jobs would go`', () => {
    const fs = framesOf('The company first announced the plan in March, and on Monday said 500 jobs would go.', 'The agency initially reported a magnitude of 5.6.');
    assert.equal(frame(fs, '500').earlier, false);
    assert.equal(frame(fs, '5.6').earlier, true);
  });
});

describe('frame qualifiers: a count in a neighbouring place', () => {
  it('`killed 13 people in the neighboring Qinghai Province` / `had killed 105 people in the province`', () => {
    const texts = ['The earthquake that rattled a county in Gansu Province has killed 13 people in the neighboring Qinghai Province, officials said.', 'They said the quake had killed 105 people in the province and injured nearly 400 others.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '13 people'), frame(fs, '105 people'), texts), 'other place');
  });
  it('the same place named on both sides stays comparable: `13 people in the neighboring Qinghai Province` / `in Qinghai, 15 people died`', () => {
    const texts = ['The earthquake in Gansu Province has killed 13 people in the neighboring Qinghai Province, officials said.', 'In Qinghai, 15 people have been reported dead after the quake.'];
    const fs = framesOf(...texts);
    assert.notEqual(qualifier(fs, frame(fs, '13 people'), frame(fs, '15 people'), texts), 'other place');
  });
});
