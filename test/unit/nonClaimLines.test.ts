import * as assert from 'node:assert/strict';
import { isNonClaimSentence } from '../../src/core/text/nonClaimLines';
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
    for (const line of ['Photo: Reuters', '(AP Photo/John Doe)', 'Handout', 'AFP/Getty Images', 'Image copyright Getty Images', 'Photograph: Sergei Ilyin/AP', 'File photo', '(Photo released by Kremlin Press Service via AP)']) {
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
      'F-16 crash',
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
