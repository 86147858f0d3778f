import * as assert from 'node:assert/strict';
import { isNonClaimSentence, isNonClaimSpan } from '../../src/core/text/nonClaimLines';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { linkEntities } from '../../src/core/entities/linkEntities';
import { mentionsPerFile } from '../../src/core/conflicts/crossCheck';

describe('nonClaimLines: page furniture is not a claim', () => {
  it('recognises timestamp and metadata lines', () => {
    for (const line of [
      'UPDATED: FRIDAY, MAY 3, 2019, 10:15 AM',
      'Last updated at 09:40 GMT',
      'Posted 6/2/2011 8:12 PM',
      'Published 18th Apr 2023, 13:31 BST',
      'Posted by Jane Doe on 6/2/2011 at 8:12 PM',
      'First published on Tue 18 Apr 2023 06.12 BST',
      'Tuesday, 18 April 2023 10:15',
    ]) assert.equal(isNonClaimSentence(line), true, line);
  });

  it('recognises credits and captions', () => {
    for (const line of [
      'Photo: Reuters', '(AP Photo/John Doe)', 'Handout', 'AFP/Getty Images', 'Image copyright Getty Images', 'Photograph: Sergei Ilyin/AP', 'File photo', '(Photo released by Kremlin Press Service via AP)',
      // A wire caption ends on its full date, however long it is.
      'The wreckage of a car lies in a village affected by a flash flood in Tanah Datar, West Sumatra, Indonesia, Sunday, May 12, 2024.',
      'Rescuers search for victims at the site of the collapsed building in Savar, near Dhaka, Bangladesh, Thursday, April 25, 2013. (AP Photo/Kevin Frayer)',
    ]) {
      assert.equal(isNonClaimSentence(line), true, line);
    }
  });

  it('recognises identifiers, codes and addresses', () => {
    for (const line of [
      'ISBN 978-3-16-148410-0',
      'AB-1234/2023 X7',
      'Case No. 2:11-cv-01234',
      'https://www.example.com/news/world-europe-65309839',
      'press@example.org',
      '1600 Pennsylvania Avenue NW, Washington, DC 20500',
      '221B Baker Street, London NW1 6XE',
      'Tel: +44 20 7946 0000',
      'P.O. Box 1234',
    ]) assert.equal(isNonClaimSentence(line), true, line);
  });

  it('recognises reader counters and links to other stories', () => {
    for (const line of [
      'By Jane Doe | 12 comments',
      'Share this article: 2,345 shares',
      '101 users online',
      'Follow us: 77 followers',
      '1.2k views',
      'Related: 5 things to know about the polygamy case',
      'Read more: Quake kills 40 in Iran',
      'Most popular | Obama picks 3 new advisers',
      'Watch: 7 moments from the debate',
      'Next story: 3 dead in Iran quake',
      'Gallery: 12 photos',
      'Reading time: 4 min',
      '5 min read',
      '700 people are talking about this',
    ]) assert.equal(isNonClaimSentence(line), true, line);
  });

  it('recognises what a page says of itself: copyright, its age, subscription prompts', () => {
    for (const line of [
      'Copyright © 2008 The Associated Press.',
      '(c) 2008 Reuters. All rights reserved.',
      'This article is more than 14 years old',
      'This story originally appeared in The Guardian on 5 December 2008.',
      'Subscribe for $1 a week',
      'Get 2 months free',
      'Save 30% on a subscription',
      'You have 3 free articles left this month',
      'Sign up for our newsletter',
    ]) assert.equal(isNonClaimSentence(line), true, line);
  });

  it("recognises widgets' lines: market tickers, the weather, an embedded post's signature", () => {
    for (const line of ['DOW 8,635.42 -2.1%', 'NASDAQ 1,552.10 +0.8%', 'FTSE 100 4,321.9 −35.2', 'London 4°C Partly cloudy', '— Jane Doe (@janedoe) December 5, 2008']) {
      assert.equal(isNonClaimSentence(line), true, line);
    }
  });

  it('recognises a numbered list of headlines, not numbered points of a story', () => {
    const text = 'Most Popular\n1. Obama picks 3 new advisers\n2. Stocks fall 4 percent on Friday\n\nThe findings:\n1. Five people were killed on Sunday.\n';
    const at = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const;
    assert.equal(isNonClaimSpan(text, ...at('Obama picks 3 new advisers')), true);
    assert.equal(isNonClaimSpan(text, ...at('Stocks fall 4 percent on Friday')), true);
    assert.equal(isNonClaimSpan(text, ...at('Five people were killed on Sunday.')), false);
  });

  it('reads no claim in the unnumbered headlines listed below a story', () => {
    const page = (n: number) => ` date 2008-12-05\nPolice charged the leader of a polygamist commune on Wednesday.\n\nMost Popular\nStocks fall ${n} percent on Friday\nQuake kills ${n * 10} in Iran\n`;
    const index = new CorpusIndex();
    index.setDocument('a.txt', page(3));
    index.setDocument('b.txt', page(4));
    assert.deepEqual(index.contradictions().map((c) => c.text), []);
  });

  it('flags nothing between two copies of a story whose counters and link lists differ', () => {
    const page = (comments: number, shares: number, advisers: number, story: string) =>
      ` date 2008-12-05\nPolygamist leader charged\nBy Staff Writer | ${comments} comments\n\n${story}\n\nShare this article: ${shares} shares\n` +
      `Related: ${advisers + 3} things to know about polygamy\nMost Popular\n1. Obama picks ${advisers} new advisers\n2. Stocks fall ${advisers} percent on Friday\n${comments + 90} users online\n`;
    const index = new CorpusIndex();
    index.setDocument('a.txt', page(7, 21, 3, 'Canadian police charged the leader of a polygamist commune with practising polygamy on Wednesday.'));
    index.setDocument('b.txt', page(14, 42, 4, 'The leader of a polygamist commune in British Columbia was charged with practising polygamy on Wednesday, police said.'));
    assert.deepEqual(index.contradictions().map((c) => c.text), []);
  });

  it('keeps real news sentences, including short ones with dates, times, credits words and addresses', () => {
    for (const line of [
      'Published in 1998, the book sold three million copies.',
      'The criminal charges were filed Tuesday in Creston, British Columbia.',
      'Last month, Mr Putin visited the Russian-held Sea of Azov port city of Mariupol.',
      'The quake struck at 10:15 AM on Friday.',
      'Photographs released by the Kremlin showed Mr Putin in Kherson.',
      'A handout photo showed the damaged ship.',
      'He lived at 221B Baker Street for years.',
      'Updated figures showed 12 people died on Sunday.',
      'It is his second visit since March 2022.',
      'Police said 2 men were arrested.',
      'The company announced the deal on Friday, May 3, 2019.',
      'F-16 crash',
      'Shares of Hewlett-Packard fell 3 percent on Tuesday.',
      'The agency received nearly 300,000 comments on the proposal.',
      'The video drew 2 million views, the company said.',
      'More than 30 firefighters battled the blaze.',
      'Related charges were filed on Friday.',
      'Watch the 2 minutes of video',
      'The company offered a free trial of its software to 2,000 schools.',
      'This report was released on Tuesday by the UN.',
      'Subscribers to the service rose 12 percent last year.',
      'The Dow fell 2.1% on Monday.',
      'Temperatures fell to -17°C overnight, police said.',
      'Quake Kills 40 In Iran',
    ]) assert.equal(isNonClaimSentence(line), false, line);
  });

  it('keeps such lines out of the claims of a source', () => {
    const text = 'Putin visits troops\nUPDATED: FRIDAY, MAY 3, 2019, 10:15 AM\n(Photo released by Kremlin Press Service via AP)\nPutin visited troops in Kherson on Monday.\n';
    const doc = analyzeDocument('a.txt', text);
    const entities = linkEntities([doc]);
    const claims = extractClaims(doc, mentionsPerFile(entities).get('a.txt') ?? []);
    const lines = claims.map((c) => text.slice(c.sentenceSpan.start, c.sentenceSpan.end));
    assert.ok(lines.some((l) => l.startsWith('Putin visited')), JSON.stringify(lines));
    assert.ok(!lines.some((l) => /UPDATED|Photo/.test(l)), JSON.stringify(lines));
  });
});
