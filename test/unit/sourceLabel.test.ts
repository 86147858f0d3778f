import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/mentions/analyzeDocument';
import { isOpaqueFileName, shorten, sourceLabelOf } from '../../src/core/mentions/sourceLabel';

describe('sourceLabelOf', () => {
  it('takes the outlet after the byline bar', () => {
    const text = 'Putin visits Ukraine for meetings in Kherson\n\nBy Lawrence Richard | Fox News\nRussian President Vladimir Putin visited Ukraine.';
    assert.deepEqual(sourceLabelOf(analyzeDocument('004_04e664bf2e65cfdb.txt', text)), { label: 'Fox News', from: 'outlet' });
  });

  it('takes the byline when no outlet is given', () => {
    const text = 'Vladimir Putin visits occupied territories for second time\n\nBy Jane Bradley\nPublished 18th Apr 2023, 13:31 BST\nThe Kremlin says Putin has visited troops.';
    assert.deepEqual(sourceLabelOf(analyzeDocument('002_6c8fcd09bb78f0a0.txt', text)), { label: 'Jane Bradley', from: 'byline' });
  });

  it('takes the title when the byline names a job, not a person', () => {
    for (const byline of ['By Staff Writer', 'By Our Correspondent', 'By News Desk']) {
      const text = `Polygamist leader charged in Canada\n${byline} | 7 comments\nCanadian police charged the leader of a polygamist commune on Wednesday.`;
      assert.deepEqual(sourceLabelOf(analyzeDocument('36_1ecb.txt', text)), { label: 'Polygamist leader charged in Canada', from: 'title' }, byline);
    }
    const page = 'Skip to main content\nHome | News | World | Sport | Weather\nPolygamist leader charged in Canada\nBy Staff Writer\nCanadian police charged him on Wednesday.';
    assert.deepEqual(sourceLabelOf(analyzeDocument('36_3ecb.txt', page)), { label: 'Polygamist leader charged in Canada', from: 'title' }, 'the page\'s own lines are no title');
    const guardian = 'Putin visits Kherson | World news | The Guardian\nText.';
    assert.equal(sourceLabelOf(analyzeDocument('36_4ecb.txt', guardian)).label, 'Putin visits Kherson | World news | The Guardian');
    const both = analyzeDocument('36_2ecb.txt', 'Headline\nBy Jane Roe and Staff Writers\nText.');
    assert.deepEqual(both.bylineNames, ['Jane Roe']);
  });

  it('takes a wire dateline at the top', () => {
    const text = 'Quake hits Indonesia\nJAKARTA, Indonesia (CNN) -- A strong earthquake struck off the coast on Sunday.';
    assert.equal(sourceLabelOf(analyzeDocument('17_3ecb.txt', text)).label, 'CNN');
  });

  it('falls back to the title, cut at a word boundary', () => {
    const text = 'Angels general manager Tony Reagins confirmed to the Los Angeles Times that he has made an eight-year offer.\nMore text.';
    const label = sourceLabelOf(analyzeDocument('10_2ecb.txt', text));
    assert.equal(label.from, 'title');
    assert.ok(label.label.length <= 48 && label.label.endsWith('…') && !/\s…$/.test(label.label), label.label);
    assert.ok('Angels general manager Tony Reagins confirmed to the'.startsWith(label.label.slice(0, -1)), label.label);
  });

  it('keeps a file name that says something, and a label the user set', () => {
    const doc = analyzeDocument('bbc-putin-visit.txt', 'By Jane Roe | BBC\nText.');
    assert.deepEqual(sourceLabelOf(doc), { label: 'bbc-putin-visit.txt', from: 'file' });
    assert.deepEqual(sourceLabelOf(doc, '  The Draft '), { label: 'The Draft', from: 'user' });
  });

  it('tells opaque file names from telling ones', () => {
    for (const f of ['000_a4f6c19284eff014.txt', '41_1ecb.txt', 'doc-17.txt', '2023-04-18.md']) assert.ok(isOpaqueFileName(f), f);
    for (const f of ['bbc-putin.txt', 'reuters_2023.txt', 'Draft.md']) assert.ok(!isOpaqueFileName(f), f);
  });

  it('shortens at word boundaries', () => {
    assert.equal(shorten('one two three four', 12), 'one two…');
    assert.equal(shorten('short', 12), 'short');
  });
});
