import * as assert from 'node:assert/strict';
import { MAX_SENTENCE, splitSentences } from '../../src/core/text/sentences';
import type { Sentence } from '../../src/core/types';

/** The splitter as it was written with a line regex, `trim` and `\s` tests: the hand-written one must agree. */
function referenceSplit(text: string): Sentence[] {
  const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'st', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'u.s', 'u.k', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'approx', 'rev', 'fr', 'msgr', 'adm', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt', 'det', 'insp', 'supt', 'hon', 'pres', 'gens']);
  const clockGoesOn = /^\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|ist|local|eastern|central|pacific|mountain|today|tomorrow|yesterday|tonight)(?![A-Za-z])/i;
  const out: Sentence[] = [];
  let paragraph = 0;
  let blankRun = false;
  const lineRe = /[^\r\n]*(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    const base = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    if (line.trim() === '') {
      if (!blankRun && out.length > 0) paragraph++;
      blankRun = true;
      continue;
    }
    blankRun = false;
    let start = 0;
    const push = (s: number, e: number) => {
      while (s < e && /\s/.test(line[s])) s++;
      while (e > s && /\s/.test(line[e - 1])) e--;
      while (e - s > MAX_SENTENCE) {
        let cut = s + MAX_SENTENCE;
        while (cut > s + MAX_SENTENCE / 2 && line[cut] !== ' ') cut--;
        if (line[cut] !== ' ') cut = s + MAX_SENTENCE - (/[\uD800-\uDBFF]/.test(line[s + MAX_SENTENCE - 1]) ? 1 : 0);
        push(s, cut);
        s = cut;
        while (s < e && /\s/.test(line[s])) s++;
      }
      if (e > s) out.push({ start: base + s, end: base + e, index: out.length, paragraph });
    };
    const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;
    let b: RegExpExecArray | null;
    while ((b = re.exec(line))) {
      const end = b.index + b[0].length;
      const rawLastWord = /[A-Za-z.]*$/.exec(line.slice(Math.max(start, b.index - 64), b.index))![0];
      const lastWord = rawLastWord.toLowerCase();
      if (b[0] === '.' && (abbreviations.has(lastWord) || /^[a-z]$/i.test(lastWord) || /^[A-Z](?:\.[A-Z])+$/.test(rawLastWord))) continue;
      if (b[0] === '.' && (lastWord === 'a.m' || lastWord === 'p.m') && clockGoesOn.test(line.slice(end))) continue;
      push(start, end);
      start = end;
    }
    push(start, line.length);
    if (lineRe.lastIndex >= text.length) break;
  }
  return out;
}

describe('splitSentences', () => {
  it('agrees with the regex-based splitter on LF, CRLF, CR and odd white space', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const words = ['The', 'mayor', 'said', 'Mr.', 'Smith', 'U.S.', 'a.', 'e.g.', 'Dr.', 'A.', '3.5', '"Yes."', 'No!', 'Why?', '(Reuters)', 'it.', 'Jan.', '[1]', 'J.J.', 'p.m.', 'Friday', 'EST', 'Rev.'];
    const gaps = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', ' \n \n', '\u00a0', '\u2028', '\ufeff\n', '\n\u3000\n', '. ', '! ', '.\n', ''];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = Math.floor(rand() * 30);
      for (let k = 0; k < n; k++) text += words[Math.floor(rand() * words.length)] + gaps[Math.floor(rand() * gaps.length)];
      assert.deepEqual(splitSentences(text), referenceSplit(text), JSON.stringify(text));
    }
    const long = 'word '.repeat(900) + 'x'.repeat(2500) + '\r\n' + 'y'.repeat(4100);
    assert.deepEqual(splitSentences(long), referenceSplit(long));
  });

  it('initials and a clock time followed by its day do not end a sentence (`J.J. Redick`, `at 10:24 a.m. Friday and charged`)', () => {
    const texts = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(texts('Smith was arrested around 10:24 a.m. Friday and charged with two counts of first degree murder.'), ['Smith was arrested around 10:24 a.m. Friday and charged with two counts of first degree murder.']);
    assert.deepEqual(texts('J.J. Redick scored 21 points. The game ended at 9 p.m. EST on Sunday.'), ['J.J. Redick scored 21 points.', 'The game ended at 9 p.m. EST on Sunday.']);
    assert.deepEqual(texts('The Rev. Larry Smith led the service. Adm. Bill Gortney spoke.'), ['The Rev. Larry Smith led the service.', 'Adm. Bill Gortney spoke.']);
  });
  it('look-alike kept: a clock time at the end of a sentence still ends it (`at 10 a.m. The police said`)', () => {
    const t = 'The shop opened at 10 a.m. The police arrived an hour later.';
    assert.equal(splitSentences(t).length, 2);
  });
});

describe('splitSentences: a scraped page\'s date stamp', () => {
  it('` date 2021-09-16 6.0 magnitude earthquake … kills 2` is a stamp, then a headline', () => {
    const t = ' date 2021-09-16 6.0 magnitude earthquake in Sichuan kills 2, injures 3\nAt least two people died.';
    assert.deepEqual(splitSentences(t).map((s) => t.slice(s.start, s.end)), ['date 2021-09-16', '6.0 magnitude earthquake in Sichuan kills 2, injures 3', 'At least two people died.']);
  });
});
