import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { findTimes, recognisesUnwanted, UNWANTED_DATE_SAMPLES } from '../../src/core/mentions/dates/findTimes';
import { isoValueOf } from '../../src/core/mentions/dates/resolveDate';
import { splitSentences } from '../../src/core/text/sentences';
import type { TimeExpression } from '../../src/core/types';

function times(text: string, ref: string | null): TimeExpression[] {
  return findTimes(text, splitSentences(text), ref);
}

/** The one expression whose text contains `needle`. */
function timeOf(text: string, ref: string | null, needle: string): TimeExpression {
  const found = times(text, ref).filter((t) => t.text.includes(needle) || needle.includes(t.text));
  assert.equal(found.length, 1, `one date for ${needle} in ${JSON.stringify(text)}: ${JSON.stringify(found.map((t) => t.text))}`);
  return found[0];
}

function interval(t: TimeExpression): string {
  return `${t.from}..${t.to} ${t.granularity}`;
}

describe('dates: findTimes', () => {
  it('resolves relative months against the reference date', () => {
    assert.equal(interval(timeOf('Last month, the mayor visited the port.', '2023-04-18', 'Last month')), '2023-03-01..2023-03-31 month');
    assert.equal(interval(timeOf('Last month, the mayor visited the port.', '2021-01-05', 'Last month')), '2020-12-01..2020-12-31 month');
    assert.equal(timeOf('Last month, the mayor visited the port.', '2023-04-18', 'Last month').label, 'March 2023');
  });

  it('puts a bare weekday on the most recent such day on or before the reference date', () => {
    assert.equal(interval(timeOf('The ministry said on Tuesday that talks failed.', '2023-04-18', 'Tuesday')), '2023-04-18..2023-04-18 day');
    assert.equal(interval(timeOf('The ministry said on Tuesday that talks failed.', '2023-04-20', 'Tuesday')), '2023-04-18..2023-04-18 day');
    assert.equal(interval(timeOf('A video released early Tuesday, shows the post.', '2019-07-03', 'Tuesday')), '2019-07-02..2019-07-02 day');
    assert.equal(interval(timeOf('Easter was celebrated on Sunday.', '2023-04-18', 'Sunday')), '2023-04-16..2023-04-16 day');
    assert.equal(interval(timeOf('They met last Friday in Rome.', '2023-04-21', 'Friday')), '2023-04-14..2023-04-14 day');
  });

  it('reads month-day dates with and without weekday and year', () => {
    assert.equal(interval(timeOf('Believers celebrated around Sunday April 16th.', '2023-04-18', 'April')), '2023-04-16..2023-04-16 day');
    assert.equal(interval(timeOf('Officials said on Tuesday, April 18th: "yes".', '2023-04-18', 'April')), '2023-04-18..2023-04-18 day');
    assert.equal(interval(timeOf('The image was released on April 18, 2023.', null, 'April')), '2023-04-18..2023-04-18 day');
    assert.equal(interval(timeOf('Published 18th Apr 2023, 13:31 BST', null, 'Apr')), '2023-04-18..2023-04-18 day');
    assert.equal(timeOf('The image was released on April 18, 2023.', null, 'April').label, 'Tue 18 Apr 2023');
  });

  it('puts a month without a year in the past of the document, unless the future is announced', () => {
    assert.equal(interval(timeOf('The regions were annexed in September in a move condemned abroad.', '2023-04-18', 'September')), '2022-09-01..2022-09-30 month');
    assert.equal(interval(timeOf('The city was captured in May after two months of fighting.', '2023-04-18', 'May')), '2022-05-01..2022-05-31 month');
    assert.equal(interval(timeOf('It is his second trip since March.', '2023-04-18', 'March')), '2023-03-01..2023-03-31 month');
    assert.equal(interval(timeOf('The vote will be held in May.', '2023-04-18', 'May')), '2023-05-01..2023-05-31 month');
    assert.equal(interval(timeOf('They annexed the region last September.', '2023-04-18', 'September')), '2022-09-01..2022-09-30 month');
    assert.equal(interval(timeOf('They annexed the region last September.', '2023-09-15', 'September')), '2022-09-01..2022-09-30 month');
  });

  it('reads month-year, part-of-year and "last year" forms', () => {
    assert.equal(interval(timeOf('He was in the port back in March 2022.', null, 'March')), '2022-03-01..2022-03-31 month');
    assert.equal(interval(timeOf('Since the invasion began in Feb. 2022 prices rose.', null, 'Feb')), '2022-02-01..2022-02-28 month');
    assert.equal(interval(timeOf('In November last year, the army retreated.', '2023-04-18', 'November')), '2022-11-01..2022-11-30 month');
    const late = timeOf('The troops retreated late last year.', '2023-04-18', 'last year');
    assert.equal(interval(late), '2022-09-01..2022-12-31 part-of-year');
    assert.equal(late.text, 'late last year');
    assert.equal(late.label, 'late 2022');
    assert.equal(interval(timeOf('Prices fell in mid-March.', '2020-06-01', 'March')), '2020-03-11..2020-03-20 part-of-month');
    assert.equal(interval(timeOf('The plant opened in 2009.', null, '2009')), '2009-01-01..2009-12-31 year');
  });

  it('reads `end of <month>` as the late part of it and drops dates anchored on another year', () => {
    assert.equal(interval(timeOf('The software will ship end of January.', '2009-01-15', 'January')), '2009-01-21..2009-01-31 part-of-month');
    assert.deepEqual(times('He moved there in 1990. On April 18 of that year, he won.', '2009-01-15').map((t) => t.text), ['1990']);
    assert.deepEqual(times('The screen has 1920 x 1200 pixels.', '2009-01-15'), []);
  });

  it('does not read durations or counted years as dates', () => {
    for (const s of ['The town has for eight-and-a-half months been a battlefield.', 'It fell after two months of fierce fighting.',
      'This is his second visit in as many months.', 'He ruled for 10 years.', 'A second later the bomb exploded.', 'They sold 2000 cars.']) {
      assert.deepEqual(times(s, '2023-04-18').map((t) => t.text), [], s);
    }
  });

  it('ignores verbs and names that look like months', () => {
    for (const s of ['He may resign.', 'They joined a march on the capital.', 'Theresa May spoke.']) assert.deepEqual(times(s, '2023-04-18'), [], s);
  });

  it('reads a capitalised `Tomorrow` or `Today` inside a sentence as part of a title, not a date; at its start it is a date', () => {
    assert.deepEqual(times('He acted alongside Tom Cruise in the film Edge of Tomorrow.', '2017-02-26'), []);
    assert.deepEqual(times('She told USA Today that the deal was done.', '2017-02-26'), []);
    assert.equal(interval(timeOf('Today, the court will rule on the appeal.', '2017-02-26', 'Today')), '2017-02-26..2017-02-26 day');
    assert.equal(interval(timeOf('The court said: Tomorrow we will rule.', '2017-02-26', 'Tomorrow')), '2017-02-27..2017-02-27 day');
  });

  it('drops relative dates without a reference date but keeps absolute ones', () => {
    const found = times('Last month he came. On April 18, 2023 he left.', null);
    assert.deepEqual(found.map((t) => t.text), ['April 18, 2023']);
  });

  it('resolves ago, week and season expressions', () => {
    assert.equal(interval(timeOf('Three days ago the bridge fell.', '2023-04-18', 'ago')), '2023-04-15..2023-04-15 day');
    assert.equal(interval(timeOf('Talks resume next week.', '2023-04-19', 'week')), '2023-04-24..2023-04-30 week');
    assert.equal(interval(timeOf('Last summer was hot.', '2023-04-18', 'summer')), '2022-06-01..2022-08-31 season');
  });

  it('gives spans that quote the text exactly', () => {
    const text = 'Since the invasion began in Feb. 2022, “Sunday April 16th” and late last year — then on Tuesday.\nLast month too.';
    const found = times(text, '2023-04-18');
    assert.ok(found.length >= 4);
    for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('does not depend on the time zone of the machine', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      assert.equal(interval(timeOf('It was celebrated on Sunday.', '2023-04-18', 'Sunday')), '2023-04-16..2023-04-16 day');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('dates: chrono parser selection', () => {
  it('drops exactly the parsers that parse an unwanted sample (one regex run each, no full parses)', () => {
    const ref = { instant: new Date(Date.UTC(2023, 3, 18, 12)), timezone: 0 };
    const parsers = chrono.en.configuration.createCasualConfiguration().parsers;
    const slow = parsers.map((p) => UNWANTED_DATE_SAMPLES.some((u) => new chrono.Chrono({ parsers: [p], refiners: [] }).parse(u, ref).length > 0));
    const fast = chrono.en.configuration.createCasualConfiguration().parsers.map((p) => recognisesUnwanted(p));
    assert.deepEqual(fast, slow);
    assert.ok(slow.filter(Boolean).length >= 4, 'duration, time-of-day and ago parsers are dropped');
  });
});

describe('dates: the tense of the clause sets the direction of a date without a year', () => {
  it('resolves a bare month in a past-tense clause into the past, whatever preposition comes before (`captured by …`)', () => {
    const seed = 'Last month, Mr Putin visited the Russian-held Sea of Azov port city of Mariupol, which was captured by Russian troops in May after two months of fierce fighting.';
    assert.equal(interval(timeOf(seed, '2023-04-18', 'May')), '2022-05-01..2022-05-31 month');
    const strike = 'The tension has only been heightened by fatigue from a tumultuous 14-week Hollywood writers strike that ended in February and cost the Los Angeles area economy around $3 billion.';
    assert.equal(interval(timeOf(strike, '2008-04-10', 'February')), '2008-02-01..2008-02-29 month');
  });

  it('resolves a weekday in a past-tense clause to the one before the document date', () => {
    // Dated on a Thursday: `on Tuesday` is two days before, not five days after.
    const arrest = 'Winston Blackmore, 52, and James Oler, 44, were arrested by RCMP on Tuesday, Attorney General Wally Oppal said at a news conference Wednesday.';
    assert.equal(interval(timeOf(arrest, '2009-01-08', 'on Tuesday')), '2009-01-06..2009-01-06 day');
    const poll = 'An opinion poll published by Ethnos newspaper on Sunday said 83 percent disapproved.';
    assert.equal(interval(timeOf(poll, '2008-12-31', 'Sunday')), '2008-12-28..2008-12-28 day');
    // Dated on a Monday: `on Saturday` is the Saturday before.
    assert.equal(interval(timeOf('A suspect was arrested by police on Saturday.', '2023-04-17', 'Saturday')), '2023-04-15..2023-04-15 day');
    // Dated on a Wednesday: the past verb of the date's own part of the clause decides, not a modal before a comma.
    assert.equal(interval(timeOf('By 5:00pm Monday, selection was winding down for the day as five were already picked for the jury.', '2009-01-07', 'Monday')), '2009-01-05..2009-01-05 day');
    assert.equal(interval(timeOf('Flames and smoke were coming from the Wasilla Bible Church Friday evening when firefighters arrived.', '2009-01-07', 'Friday')), '2009-01-02..2009-01-02 day');
    assert.equal(interval(timeOf('Fearful that the revolt would spread, on Nov. 17 the national police moved in with tanks.', '2009-01-07', 'Nov')), '2008-11-17..2008-11-17 day');
    // A denied past before `until`: it did happen by then (a scraped page, dated 2017-09-07).
    assert.equal(interval(timeOf('Hackers breached an Equifax database sometime in May, which Equifax didn’t detect until July 29.', '2017-09-07', 'July')), '2017-07-29..2017-07-29 day');
  });

  it('points forward when the verb after the date, or before it, is in the future tense', () => {
    assert.equal(interval(timeOf('On Friday, the president will address the nation from the Oval Office.', '2009-01-07', 'Friday')), '2009-01-09..2009-01-09 day');
    assert.equal(interval(timeOf('In May, voters will choose a new parliament.', '2023-04-18', 'May')), '2023-05-01..2023-05-31 month');
    // … and still for `is due/set/scheduled to`, and for deadlines without a past verb.
    assert.equal(interval(timeOf('The vote is due to take place in May.', '2023-04-18', 'May')), '2023-05-01..2023-05-31 month');
    assert.equal(interval(timeOf('The talks are scheduled to resume on Friday.', '2009-01-07', 'Friday')), '2009-01-09..2009-01-09 day');
    assert.equal(interval(timeOf("He's expected to be charged with the hit-and-run by noon on Friday.", '2009-01-07', 'Friday')), '2009-01-09..2009-01-09 day');
    assert.equal(interval(timeOf('The hearing has been postponed until March.', '2009-01-07', 'March')), '2009-03-01..2009-03-31 month');
  });
});

describe('dates: ISO 8601 values', () => {
  it('writes a day, week, month, year or span at the precision the text gives', () => {
    const valueOf = (text: string, ref: string | null, needle: string) => isoValueOf(timeOf(text, ref, needle));
    assert.equal(valueOf('The image was released on March 14, 2023.', null, 'March'), '2023-03-14');
    assert.equal(valueOf('He was in the port back in March 2023.', null, 'March'), '2023-03');
    assert.equal(valueOf('The plant was built in 2022.', null, '2022'), '2022');
    assert.equal(valueOf('Prices rose sharply last week.', '2023-03-20', 'last week'), '2023-W11');
    assert.equal(valueOf('Prices rose sharply last week.', '2021-01-05', 'last week'), '2020-W53');
    assert.equal(valueOf('The troops retreated late last year.', '2023-04-18', 'last year'), '2022');
    assert.equal(valueOf('The dam was built in the summer of 2022.', null, 'summer'), '2022-06/2022-08');
    assert.equal(valueOf('Such quakes were common in the 1990s.', null, '1990s'), '1990/1999');
  });
});
