import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { findDocumentDate } from '../../src/core/mentions/documentDate';
import { splitSentences } from '../../src/core/text/sentences';
import { SEEDS_DIR } from '../helpers/paths';

function dateOf(text: string) {
  const d = findDocumentDate(text, splitSentences(text));
  if (d.span) assert.match(text.slice(d.span.start, d.span.end), /\d/);
  return `${d.date} ${d.source}`;
}

describe('documentDate: findDocumentDate', () => {
  it('takes a header line that follows the headline, but not one deep in the body', () => {
    const headline = 'Internet service in the region was interrupted today when undersea cables in the Mediterranean Sea failed.';
    assert.equal(dateOf(`${headline}\n\ndate 2007-06-18\n\nBody text.`), '2007-06-18 header');
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} says something.`).join('\n');
    assert.equal(dateOf(`${headline}\n${body}\ndate 2007-06-18\n`).endsWith('header'), false);
  });

  it('prefers the header line', () => {
    assert.equal(dateOf(' date 2021-11-02 All Sections\nPublished 3rd Nov 2021, 10:00 GMT\nText.'), '2021-11-02 header');
  });

  it('reads a Published line, also when its date is on the next line', () => {
    assert.equal(dateOf('Headline\nPublished 18th Apr 2023, 13:31 BST\nText on April 2, 2020.'), '2023-04-18 published');
    assert.equal(dateOf('Headline\nPublished\n\nMarch 5, 2019 | 10:02am\nBody.'), '2019-03-05 published');
    assert.equal(dateOf('Headline\nUpdated: 7 June 2016\nBody.'), '2016-06-07 published');
  });

  it('takes the day a page was first put out over the day it was changed', () => {
    assert.equal(dateOf('Headline\nUpdated: 7 June 2016\nPublished: 5 June 2016\nBody.'), '2016-06-05 published');
    assert.equal(dateOf('Headline\nLast modified: 2023-04-20\nApril 18, 2023 10:15am EDT\nBody.'), '2023-04-18 text');
    assert.equal(dateOf('Headline\nLast modified: 2023-04-20\nBody.'), '2023-04-20 published');
  });

  it('falls back to a full date near the top, then to none', () => {
    assert.equal(dateOf('Headline\nA still image taken from video released on April 18, 2023. (Reuters)'), '2023-04-18 text');
    assert.equal(dateOf('Headline\nPublished\nSomething happened back in March 2022 and on Sunday April 16th.'), 'null none');
    assert.equal(dateOf('Nothing dated here, only February 31, 2020.'), 'null none');
  });

  it('takes a full date only from a dateline-like spot, not from body text about the past', () => {
    const body = 'A former official who became the best-known anonymous source of his era, and whose identity stayed secret for decades, died yesterday at home.';
    assert.equal(dateOf(`Headline About A Death\n${body}\nHe died at noon.\nOn Tuesday, Oct. 10, 1972, Washington awoke to the news.`), 'null none');
    assert.equal(dateOf(`Headline\n${body.replace('A former', 'It was on March 11, 2005, that a former')}`), 'null none');
    assert.equal(dateOf(`Headline\nWASHINGTON, June 2, 2005 - ${body}`), '2005-06-02 text');
    assert.equal(dateOf(`Headline\nJune 2, 2005\n${body}`), '2005-06-02 text');
  });

  it('infers an undated source from the folder and resolves its relative dates against it', () => {
    const index = new CorpusIndex();
    for (const f of fs.readdirSync(SEEDS_DIR)) index.setDocument(f, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
    const docs = index.documents();
    const undated = docs.filter((d) => d.date.source === 'inferred');
    assert.ok(undated.length >= 1, 'an undated seed');
    const own = docs.filter((d) => d.date.source !== 'inferred').map((d) => d.date.date);
    for (const d of undated) {
      assert.ok(own.includes(d.date.date), 'inferred date is one of the others');
      assert.ok(d.times.some((t) => t.relative), 'relative dates resolved after inference');
    }
  });
});
