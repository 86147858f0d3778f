import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { findTimes, recognisesUnwanted, UNWANTED_DATE_SAMPLES } from '../../src/core/mentions/dates/findTimes';
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
