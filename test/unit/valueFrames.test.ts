import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { frameFolder } from '../../src/core/conflicts/frameFolder';
import { statedElsewhere } from '../../src/core/conflicts/frameQualifiers';
import { frame, framesOf, paired, qualifier } from '../helpers/frames';
import { FRAME_FEATURES, frameFeatures } from '../../src/core/conflicts/frameAlignment';

/**
 * What a value frame says about its value (head noun, event, governing verb, scope words), which frames
 * are paired, and which qualifiers separate them: read on real-news-style sentences, one source per text.
 */

describe('value frames: the noun a count counts', () => {
  it('a hyphen followed by a space, as scraped pages break words, still joins the number to its unit (`an eight- storey building`)', () => {
    const fs = framesOf('More than 86 people were killed when an eight- storey building housing five garment factories collapsed.', 'An eight-storey building housing garment factories collapsed.');
    assert.equal(frame(fs, 'eight-', 'a.txt').head, frame(fs, 'eight-storey', 'b.txt').head);
    assert.notEqual(frame(fs, 'eight-', 'a.txt').head, null);
  });
  it('an adverb after the noun is not the noun (`the third meeting ever for a US president`)', () => {
    const fs = framesOf('It is the third meeting ever for a US president and a North Korean leader.', 'Two years now the talks have stalled.');
    assert.equal(frame(fs, 'third').head, 'meeting');
    assert.equal(frame(fs, 'Two').head, 'year');
  });
  it('an acronym between an adjective and a noun qualifies the noun (`the first nationwide UAW strike since 2007`)', () => {
    const fs = framesOf('This is the first nationwide UAW strike since 2007.', 'It was the first time Obama visited the country.', 'He is the second overall pick in the draft.');
    assert.equal(frame(fs, 'first', 'a.txt').head, frame(framesOf('It is the third nationwide strike at GM in 12 years.'), 'third').head);
    // Look-alikes kept: a name after the noun starts something else; `overall` stays part of the phrase.
    assert.equal(frame(fs, 'first', 'b.txt').head, 'time');
    assert.equal(frame(fs, 'second').head, 'pick');
  });
  it('a participle between a singular noun and another noun makes one compound: `one rocket propelled grenade launcher`', () => {
    const fs = framesOf('The cache included seven AK-47 rifles, one rocket propelled grenade launcher and three other rifles.', 'One man killed in the blast was a guard.');
    assert.equal(frame(fs, 'one', 'a.txt').head, 'launcher');
    // Look-alike kept: a participle before a function word ends the phrase.
    assert.equal(frame(fs, 'One', 'b.txt').head, 'man');
  });
  it('two counts of one noun in two clauses are no list (`36 people had died …, which killed at least 130 people`)', () => {
    const fs = framesOf(
      'Officials said at least 36 people had died, making it the deadliest wildfire since the 2018 Camp Fire, which killed at least 130 people.',
      'Police seized seven assault rifles, two other rifles and a launcher.',
    );
    assert.equal(frame(fs, 'at least 130').sameHeadInSentence, false);
    // Look-alike kept: a list in one clause is one (`seven assault rifles, two other rifles`).
    assert.equal(frame(fs, 'seven').sameHeadInSentence, true);
  });
  it('reads `for each of` far enough after the count to make it a rate (a scraped page)', () => {
    const fs = framesOf('Similarly, he was found guilty on two counts of attempted first-degree murder for each of the 67 survivors who were injured.');
    assert.equal(frame(fs, 'two').rate, true);
  });
  it('two sentences stating another value alike agree on it (`three men` in both): the feature `valueAgree`', () => {
    const fs = framesOf('After 46 days of testimony, the jury of eleven women and three men found Holmes guilty.', 'The jury of nine women and three men delivered the verdict.', 'The panel of nine women heard the case.');
    const folder = frameFolder(fs);
    const at = FRAME_FEATURES.indexOf('valueAgree');
    assert.equal(frameFeatures(frame(fs, 'eleven'), frame(fs, 'nine', 'b.txt'), folder)[at], 1);
    assert.equal(frameFeatures(frame(fs, 'eleven'), frame(fs, 'nine', 'c.txt'), folder)[at], 0);
  });
  it('a plural noun ends the phrase: `two nights stuck`, `4 miles southeast`, `three people dead`', () => {
    const fs = framesOf('The climber survived two nights stuck in an ice cave on the mountain.', 'The epicentre was 4 miles southeast of the town.', 'Police found three people dead inside the house.');
    assert.equal(frame(fs, 'two').head, 'night');
    assert.equal(frame(fs, '4').head, 'mile');
    assert.equal(frame(fs, 'three').head, 'person');
  });
  it('a hyphen before a function word is a dash: `three young men-all cousins-died`', () => {
    const fs = framesOf('Three young men-all cousins-died when the school was shelled.');
    assert.equal(frame(fs, 'Three').head, 'man');
  });
  it('compounds of two plurals keep the last noun (`two sports cars`), and a compound head its first noun', () => {
    const fs = framesOf('Thieves took two sports cars from the showroom.', 'The battery lasts up to 2,000 recharge cycles.');
    assert.equal(frame(fs, 'two').head, 'car');
    const cycles = frame(fs, 'up');
    assert.equal(cycles.head, 'cycle');
    assert.equal(cycles.modifier, 'recharge');
  });
  it('synonymous heads compare as one: `vote` / `election`, `trip` / `visit`', () => {
    const fs = framesOf('It was the second parliamentary vote in the country since independence.', 'Voters took part in the first parliamentary election since independence.');
    const [a, b] = [frame(fs, 'second'), frame(fs, 'first')];
    assert.equal(a.head, b.head);
    assert.ok(paired(fs, a, b));
  });
});

describe('frame blocking: which frames are paired', () => {
  it('a compound head meets its first noun named alone: `2,000 recharge cycles` / `1,000 recharges`', () => {
    const fs = framesOf('The company says the battery keeps its capacity for up to 2,000 recharge cycles.', 'The new battery allows up to 1,000 recharges over its lifespan.');
    assert.ok(paired(fs, frame(fs, 'up', 'a.txt'), frame(fs, 'up', 'b.txt')));
  });
  it('look-alike: different heads that share no noun are never paired (`recharge cycles` / `laptops`)', () => {
    const fs = framesOf('The company says the battery keeps its capacity for up to 2,000 recharge cycles.', 'The company says it sold up to 1,000 laptops over the holiday.');
    assert.equal(paired(fs, frame(fs, 'up', 'a.txt'), frame(fs, 'up', 'b.txt')), false);
  });
});

describe('value frames: the event a day or month dates is in its own phrase', () => {
  it('an event word past a comma is not dated by the weekday', () => {
    const fs = framesOf('Athens was calm Wednesday after eight days of rioting, sparked by the police killing of a teenager.');
    assert.equal(frame(fs, 'Wednesday').event, null);
  });
  it('nor one that starts another clause after it (`Thursday and the coach said`)', () => {
    const fs = framesOf('The striker tweaked his knee last Thursday and the coach said he would miss two games.');
    assert.notEqual(frame(fs, 'Thursday').event, 'say');
  });
  it('the verb before the day, or right after it, is dated', () => {
    const fs = framesOf('Police arrested the man at his home on Tuesday.', 'The ministry on Thursday announced a new rule for federal projects.', "Friday's attack killed two soldiers.");
    assert.equal(frame(fs, 'Tuesday').event, 'arrest');
    assert.equal(frame(fs, 'Thursday').event, 'say');
    assert.equal(frame(fs, 'Friday').event, 'attack');
  });
  it('look-alike kept: `arrested Tuesday` and `said Friday` date two events', () => {
    const fs = framesOf('Police arrested the man at his home on Tuesday.', 'Police said Friday that the man had been questioned.');
    assert.equal(qualifier(fs, frame(fs, 'Tuesday'), frame(fs, 'Friday')), 'other event');
  });
});

describe('value frames: a count is about what happened, not who reported it', () => {
  it('`Reports are that seven women were inside … the fire`: the event is the fire', () => {
    const fs = framesOf('Reports are that seven women were inside the building at the time of the fire.');
    assert.equal(frame(fs, 'seven').event, 'burn');
  });
  it('a reporting verb stays when nothing else happens in the sentence', () => {
    const fs = framesOf('The governor said that 1,000 tents were ready in case they were needed.');
    assert.equal(frame(fs, '1,000').event, 'say');
  });
});

describe('value frames: the verb that governs a count', () => {
  it('no verb governs a count of days before another event (`seven days before a playoff game`)', () => {
    const fs = framesOf('The receiver was arrested on suspicion of drunk driving on Tuesday morning, seven days before a key playoff game.', 'The receiver has been arrested on suspicion of drink-driving five days before a key playoff game.');
    const [a, b] = [frame(fs, 'seven'), frame(fs, 'five')];
    assert.equal(a.governor, null);
    assert.equal(b.governor, null);
    assert.notEqual(qualifier(fs, a, b), 'other verb');
  });
  it('a verb past a comma does not govern the count', () => {
    const fs = framesOf('Firefighters kept working, 40 engines were sent to the scene.');
    assert.equal(frame(fs, '40').governor, null);
  });
  it('two verbs do not part one statement whose other value is stated alike (`recorded at` / `monitored at`, `105.34 degrees` in both)', () => {
    const fs = framesOf(
      'The epicentre of the quake was recorded at 43.8 degrees north latitude and 105.34 degrees east longitude.',
      'According to the China Earthquake Networks Center, the epicenter was monitored at 29.2 degrees north latitude and 105.34 degrees east longitude.',
    );
    const [a, b] = [frame(fs, '43.8'), frame(fs, '29.2')];
    assert.notEqual(a.governor, b.governor);
    assert.equal(qualifier(fs, a, b), null);
  });
  it('look-alike kept: a weekday both sentences name is no sign of one statement (`needed nine points` / `posting 20 points`)', () => {
    const fs = framesOf(
      'The senior needed nine points in the game against Evansville on Thursday night to pass Ford for the record.',
      'Hansbrough passed Ford for the top spot while posting 20 points in the victory against Evansville on Thursday night.',
    );
    assert.equal(qualifier(fs, frame(fs, 'nine'), frame(fs, '20')), 'other verb');
  });
  it('look-alike kept: `missed four games` / `played in 10 games` are two acts', () => {
    const fs = framesOf('The guard missed four games with a sprained ankle this season.', 'The guard played in 10 games with a sprained ankle this season.');
    assert.equal(qualifier(fs, frame(fs, 'four'), frame(fs, '10')), 'other verb');
  });
});

describe('value frames: running counts of time', () => {
  it('a count of years does not grow while a story is reported (`15 years of probation` / `10 years of probation`)', () => {
    const fs = framesOf(
      'Judge Pat Priest did sentence DeLay to five years for the money laundering conviction, but allowed DeLay to take 15 years of probation instead on that charge.',
      'He also sentenced him to five years in prison on the money laundering charge but allowed DeLay to accept 10 years of probation instead of more prison time.',
    );
    const [a, b] = [frame(fs, '15'), frame(fs, '10')];
    assert.equal(a.running, true);
    assert.equal(qualifier(fs, a, b), null);
  });
  it('look-alike kept: a count of days may have grown between undated reports (`three days of rioting` / `five days of riots`)', () => {
    const fs = framesOf(
      'The killing of the boy by police sparked three days of rioting across the country.',
      'The fatal shooting of the boy by police sparked five days of riots across the country.',
    );
    assert.equal(qualifier(fs, frame(fs, 'three'), frame(fs, 'five')), 'running count');
  });
  it('dated reports: a count of days grows by the days between them, not more', () => {
    const fs = framesOf(
      'Published 8th Dec 2008\nAthens was calm after three days of rioting sparked by the killing of a teenager.',
      'Published 10th Dec 2008\nAthens was calm after five days of rioting sparked by the killing of a teenager.',
      'Published 9th Dec 2008\nAthens was calm after eight days of rioting sparked by the killing of a teenager.',
    );
    assert.equal(qualifier(fs, frame(fs, 'three'), frame(fs, 'five')), 'reports of other days');
    assert.equal(qualifier(fs, frame(fs, 'three'), frame(fs, 'eight')), null);
  });
});

describe('value frames: scope words belong to the value’s own clause', () => {
  it('`so far` in another clause does not make an offer a running total', () => {
    const fs = framesOf('The Angels are believed to have offered at least $160 million, matching the highest offer so far reported for the player.');
    assert.equal(frame(fs, 'at').cumulative, false);
  });
  it('an adjective `combined` is no total (`a combined company would bring in $300 million`)', () => {
    const fs = framesOf('Executives predict the combined company would bring in an additional $300 million in revenue.');
    assert.equal(frame(fs, '$300').cumulative, false);
  });
  it('look-alikes kept: `So far, …`, `a total of`, `a combined 20`', () => {
    const fs = framesOf('So far, police have made 20 arrests in the capital.', 'Police have made a total of 35 arrests in the capital.', 'The two teams scored a combined 12 goals.');
    assert.equal(frame(fs, '20').cumulative, true);
    assert.equal(frame(fs, '35').cumulative, true);
    assert.equal(frame(fs, '12').cumulative, true);
  });
});

describe('value frames: parts of a list, ranges and conversions', () => {
  it('two ends of a range are not parts of one count', () => {
    const fs = framesOf('The offer is believed to be worth at least $160 million and possibly as much as $180 million.', 'The offers were in the $140 million to $160 million range.');
    assert.equal(frame(fs, 'at').sameHeadInSentence, false);
    assert.equal(frame(fs, '$140').sameHeadInSentence, false);
  });
  it('two lengths measure two things, they do not add up', () => {
    const fs = framesOf('The epicentre was about 85 miles from the city and the quake occurred at a depth of 22 miles.');
    assert.equal(frame(fs, 'about').sameHeadInSentence, false);
  });
  it('look-alike kept: two sums of money in one sentence are parts of the haul', () => {
    const fs = framesOf('The robbers took $2 million in cash and $1 million in jewellery from the vault.');
    assert.equal(frame(fs, '$2').sameHeadInSentence, true);
  });
  it('an amount restated in brackets is read, approximate, and no second item of a list', () => {
    const fs = framesOf('Robbers stole diamonds valued at 85 million euros ($108 million) from the store.');
    const converted = frame(fs, '$108');
    assert.equal(converted.value, 108e6);
    assert.equal(converted.comparator, '~');
    assert.equal(converted.sameHeadInSentence, false);
  });
  it('look-alike: a converted amount does not contradict the original amount stated elsewhere', () => {
    const index = new CorpusIndex();
    index.setDocument('a.txt', 'Damage to the church was estimated at $US1 million ($1.52 million), authorities said.\n');
    index.setDocument('b.txt', 'Damage to the church was estimated at $1 million, authorities said Saturday.\n');
    assert.deepEqual(index.contradictions().map((c) => c.message), []);
  });
});

describe('value frames: deadlines and bare months', () => {
  it('`by April 30` is a deadline frame, separated from a date something happened', () => {
    const fs = framesOf('Service should be back to normal by April 30, the company said.', 'Service was cut on April 2 when two cables were damaged.');
    const due = frame(fs, 'April 30');
    assert.equal(due.deadline, true);
    assert.equal(qualifier(fs, due, frame(fs, 'April 2')), 'deadline');
  });
  it('two deadlines compare', () => {
    const fs = framesOf('Service should be back to normal by April 30, the company said.', 'Service should be restored to normal by December 31, the company said.');
    assert.equal(qualifier(fs, frame(fs, 'April'), frame(fs, 'December')), null);
  });
  it('`in late May` is a month even without a document date; `may` and `by May` are not', () => {
    const fs = framesOf("It's due to ship in late May, when the new software ships.", 'The package may ship soon, a statement by May said.');
    assert.equal(frame(fs, 'May').value, 5);
    assert.equal(fs.filter((f) => f.file === 'b.txt' && f.kind === 'month').length, 0);
  });
  it('a month frame with a day keys on the day too (`Dec. 25` and `Dec. 31` are two values)', () => {
    const fs = framesOf('It could be operating by Dec. 25 and back to normal by Dec. 31.');
    assert.notEqual(frame(fs, 'Dec. 25').valueKey, frame(fs, 'Dec. 31').valueKey);
  });
});

describe('value frames: a distance is about the place it is measured from', () => {
  it('`13 miles east of Cloverdale` and `four miles southwest of Cobb` are about two places', () => {
    const fs = framesOf('The quake was centered two miles from The Geysers and 13 miles east of Cloverdale.', 'A smaller quake was centered two miles east of The Geysers and four miles southwest of Cobb.');
    const [a, b] = [frame(fs, '13'), frame(fs, 'four')];
    assert.ok(paired(fs, a, b), 'two distances in miles are compared');
    assert.equal(qualifier(fs, a, b), 'other subject');
  });
  it('the name next to a date is not what the date is about: `A US jury on Monday` / `A South Carolina jury on Thursday`', () => {
    const fs = framesOf(
      'A US jury on Monday found the disbarred lawyer Alex Murdaugh guilty of murdering his wife and son.',
      'A South Carolina jury on Thursday found the former lawyer Richard "Alex" Murdaugh guilty of killing his wife and son.',
      'The South Carolina governor said on Friday that the verdict was fair.',
    );
    assert.equal(qualifier(fs, frame(fs, 'Monday'), frame(fs, 'Thursday')), null);
  });
  it('look-alike: two distances from one place are not separated by it', () => {
    const fs = framesOf('The quake was centered two miles from The Geysers, officials said.', 'The quake was centered 4 miles southeast of The Geysers, officials said.');
    assert.notEqual(qualifier(fs, frame(fs, 'two'), frame(fs, '4')), 'other subject');
  });
});

describe('value frames: a live page counts as of its clock time', () => {
  it('`10:41 GMT: Police say 2 people were detained` and `14:05 GMT: … 5 people` are two moments of one count', () => {
    const texts = ['10:41 GMT: Police say 2 people were detained in Creston.', '14:05 GMT: Police say 5 people were detained in Creston.'];
    const fs = framesOf(...texts);
    assert.equal(qualifier(fs, frame(fs, '2'), frame(fs, '5'), texts), 'count at another clock time');
  });
  it('look-alikes kept: the same entry time, a number before a colon, and an unstamped pair are compared', () => {
    const same = ['10:41 GMT: Police say 2 people were detained in Creston.', '10:41 GMT: Police say 5 people were detained in Creston.'];
    const fsSame = framesOf(...same);
    assert.notEqual(qualifier(fsSame, frame(fsSame, '2'), frame(fsSame, '5'), same), 'count at another clock time');
    const plain = ['Police say 2 people were detained in Creston.', 'Police say 5 people were detained in Creston.'];
    const fsPlain = framesOf(...plain);
    assert.equal(qualifier(fsPlain, frame(fsPlain, '2'), frame(fsPlain, '5'), plain), null);
    assert.notEqual(qualifier(fsPlain, frame(fsPlain, '2'), frame(fsPlain, '5')), 'count at another clock time');
    const listed = ['3: Police say 2 people were detained in Creston.', '4: Police say 5 people were detained in Creston.'];
    const fsListed = framesOf(...listed);
    assert.notEqual(qualifier(fsListed, frame(fsListed, '2'), frame(fsListed, '5'), listed), 'count at another clock time');
  });
});

describe('value frames: a speaker is not the subject', () => {
  it('`Bill Shaikin, the reporter who wrote the story, says the team offered…`: no subject to set against another', () => {
    const fs = framesOf(
      'Bill Shaikin, the reporter who wrote the story, says the team was believed to have offered at least $100 million.',
      'Owner Arte Moreno presented the offer, which is believed to be worth at least $160 million.',
    );
    const [a, b] = [frame(fs, 'at', 'a.txt'), frame(fs, 'at', 'b.txt')];
    assert.equal(a.subject, null);
    assert.notEqual(qualifier(fs, a, b), 'other subject');
  });
  it('an age is about the name next to it, not the first name of the sentence', () => {
    const fs = framesOf(
      'Police have identified the victims as 61-year-old Katherine Gomes, mother of the suspect, and 31-year-old Robyn Mendes.',
      'Police said 61-year-old Kathryn Gomes and 48-year-old Robyn Mendes are the victims.',
    );
    const [a, b] = [frame(fs, '31-year-old'), frame(fs, '48-year-old')];
    assert.equal(a.closest, b.closest, 'both ages name Robyn Mendes');
    assert.equal(qualifier(fs, a, b), null);
  });
  it('look-alike kept: ages of two people named next to them are about two people', () => {
    const fs = framesOf('Police identified the victim as 31-year-old Robyn Mendes.', 'Police identified the victim as 48-year-old Katherine Gomes.');
    assert.equal(qualifier(fs, frame(fs, '31-year-old'), frame(fs, '48-year-old')), 'other subject');
  });
  it('look-alike kept: two teams that each make an offer are two subjects', () => {
    const fs = framesOf(
      'The New York Yankees offered the first baseman an eight-year contract worth $180 million, the newspaper reported.',
      'The Los Angeles Angels offered the first baseman an eight-year contract worth $160 million, the newspaper reported.',
    );
    assert.equal(qualifier(fs, frame(fs, '$180'), frame(fs, '$160')), 'other subject');
  });
});

describe('value frames: a lead is one moment of a game', () => {
  it('`a 31-24 lead` and `a 14-0 lead` are not compared; a final score is', () => {
    const fs = framesOf('The Colts returned an interception 35 yards for a touchdown and a 31-24 lead late in the game.', 'The Jaguars scored again on their second drive, jumping to a 14-0 lead.', 'The Colts sealed a 31-24 win over the Jaguars.');
    assert.equal(fs.filter((f) => f.file !== 'c.txt' && f.valueText.includes('-')).length, 0);
    assert.equal(frame(fs, '31-24', 'c.txt').head, 'score win');
  });
});

describe('frame qualifiers: a value stated elsewhere is about the same thing', () => {
  it('`four days` in the other sentence does not state `four jurors`', () => {
    const fs = framesOf('Four jurors who spoke at the news conference said they worked hard to reach a verdict.', 'The two jurors who held out said the panel deliberated for four days.');
    assert.equal(statedElsewhere(frame(fs, 'Four'), frame(fs, 'two'), frameFolder(fs)), false);
  });
  it('look-alike kept: `four jurors` stated elsewhere in the other sentence is a list aligned on the wrong item', () => {
    const fs = framesOf('Four jurors who spoke at the news conference said they worked hard to reach a verdict.', 'Two jurors left early and four jurors spoke at the news conference.');
    assert.equal(statedElsewhere(frame(fs, 'Four', 'a.txt'), frame(fs, 'Two', 'b.txt'), frameFolder(fs)), true);
  });
  it('several values differ only when they count the same things (`80%` has nothing to differ from)', () => {
    const fs = framesOf('The battery keeps 80% of its capacity over up to 2,000 recharge cycles, the company said.', 'The battery allows up to 1,000 recharges for more than three times the lifespan of older batteries.');
    assert.notEqual(qualifier(fs, frame(fs, 'up', 'a.txt'), frame(fs, 'up', 'b.txt')), 'several values differ');
  });
});

describe('value frames: the words of a sentence', () => {
  it('a hyphenated word counts as its parts: `second-degree murder` and `first degree murder` share `degree`', () => {
    const fs = framesOf('Police charged Sharron Smith with two counts of second-degree murder.', 'Sharron Smith was charged with two counts of first degree murder.');
    const a = frame(fs, 'second-degree', 'a.txt');
    const b = frame(fs, 'first', 'b.txt');
    const shared = a.words.filter((w) => b.words.includes(w));
    assert.ok(shared.includes(b.words.find((w) => w.startsWith('degre'))!), `shared: ${shared.join(' ')}`);
    assert.ok(!a.words.some((w) => w.includes('-')), a.words.join(' '));
  });
});

describe('value frames: what keeps two counts on web pages apart (read on scraped news)', () => {
  it('deaths and injuries are counted apart: `killed at least 15 people` / `At least 18 people are also injured`', () => {
    const fs = framesOf(
      'Heavy rain triggered flash floods that killed at least 15 people and injured several others.',
      'At least 34 people have died and 16 are missing after the floods. At least 18 people are also injured.',
    );
    assert.equal(qualifier(fs, frame(fs, 'at least 15'), frame(fs, 'At least 18')), 'other outcome');
    // Look-alike kept: killed and died are one outcome.
    assert.equal(qualifier(fs, frame(fs, 'at least 15'), frame(fs, 'At least 34')), null);
  });
  it('a figure of the earlier event a story is said to follow (`came two months after floods … killing at least 21`)', () => {
    const fs = framesOf(
      'The disaster came just two months after heavy rains triggered a landslide in the province, killing at least 21 people.',
      'Flash floods killed at least 37 people in the province, officials said.',
    );
    assert.equal(qualifier(fs, frame(fs, 'at least 21'), frame(fs, 'at least 37')), 'other time');
  });
  it('`till now`, `thus far` make a running total', () => {
    const fs = framesOf('The quake has till now killed 116 people in two provinces.', 'The quake killed 13 people in the neighbouring province.');
    assert.equal(qualifier(fs, frame(fs, '116'), frame(fs, '13')), 'running total');
  });
  it('`for each of the 12 victims` makes a rate', () => {
    const fs = framesOf('Holmes was found guilty on two counts of first-degree murder for each of the 12 victims.');
    assert.equal(frame(fs, 'two').rate, true);
  });
  it('a year before the source\'s own is another time: `The party won six seats in 2010` in a 2015 report', () => {
    const fs = framesOf(' date 2015-05-08\nThe party won six seats in 2010.', ' date 2015-05-08\nThe party won 56 seats in the election.');
    assert.equal(qualifier(fs, frame(fs, 'six'), frame(fs, '56')), 'other time');
    // Look-alike kept: the same year as the report is not another time.
    const now = framesOf(' date 2015-05-08\nThe party won six seats in 2015.', ' date 2015-05-08\nThe party won 56 seats in the election.');
    assert.equal(qualifier(now, frame(now, 'six'), frame(now, '56')), null);
  });
  it('two lists of one head that agree on another item are one list, item for item (`five years … 10 years of probation`)', () => {
    const fs = framesOf(
      'On the charge of money laundering, DeLay was sentenced to seven years but that was probated for 10 years.',
      'Judge Pat Priest did sentence DeLay to five years for the money laundering conviction, but allowed DeLay to take 10 years of probation instead on that charge.',
    );
    assert.equal(qualifier(fs, frame(fs, 'seven years'), frame(fs, 'five years')), null);
    // Look-alike kept: a list on one side only is still a part of it (`213 stores` / `142 stores, in addition to the 46 stores`).
    const one = framesOf(
      'The company said it would close 213 unprofitable stores near yearend.',
      'The company also announced it would close 142 unprofitable stores near the end of the year, in addition to the 46 stores it had already identified.',
    );
    assert.equal(qualifier(one, frame(one, '213'), frame(one, '142')), 'part of a list');
  });
  it('a past year in one sentence is no other time when both name the same month or day (`convicted last November`)', () => {
    const fs = framesOf(
      ' date 2016-05-03\nThe judge ordered Silver, convicted last November on nine counts of corruption, to begin serving his sentence on July 1.',
      ' date 2016-05-03\nSilver, who first came to office in 1977, was convicted last November on seven counts of bribery, corruption and extortion.',
    );
    assert.equal(qualifier(fs, frame(fs, 'nine counts'), frame(fs, 'seven counts')), null);
    // The look-alike kept, a past year and no shared month or day, is the test below (`won six seats in 2010`).
  });
  it('the whole a part is counted out of: `56 out of 59 seats`', () => {
    const fs = framesOf('The SNP won 56 out of 59 seats in Scotland.', 'The SNP won six seats in Scotland.');
    assert.equal(frame(fs, '59').denominator, true);
    assert.equal(frame(fs, '56').denominator, false);
    assert.equal(qualifier(fs, frame(fs, '59'), frame(fs, 'six')), 'part and whole');
  });
});

describe('value frames: the head of a measure', () => {
  it('a plural possessive is the head: `60 days’ notice` counts days, as `90 days of notice` does', () => {
    const fs = framesOf('Staff will get 60 days’ notice regardless of legal obligations.', 'Staff will get 90 days of notice and six months of healthcare.');
    assert.equal(frame(fs, '60').head, 'day');
    assert.equal(frame(fs, '90').head, 'day');
  });
  it('`successive`, `consecutive`, `straight` describe the count: `six successive defeats` counts defeats', () => {
    const fs = framesOf('After two draws and six successive defeats, the win lifted them. They had lost four consecutive games and three straight matches.');
    assert.equal(frame(fs, 'six').head, 'defeat');
    assert.equal(frame(fs, 'four').head, 'game');
  });
});
