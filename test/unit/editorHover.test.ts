// The editor's pure pieces behind hovers, Set Source Date, file guards, Restricted Mode and packaging.
// Inputs are written from what users and hostile repositories put in files, not from the code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { analyzeDocument } from '../../src/core';
import { isInsideRoots, readRefusal } from '../../src/vscode/fileGuards';
import { agreementText, distinctLabels, escapeHoverText, plainSnippet, sentenceSnippet } from '../../src/vscode/hoverText';
import { compareNatural } from '../../src/vscode/naturalOrder';
import { isIsoDate, sourceDateEdit } from '../../src/vscode/sourceDateEdit';
import { RESTRICTED_KEYS, trustedValue } from '../../src/vscode/trustedSetting';
import { REPO_ROOT } from '../helpers/paths';

/** Renders like VS Code's hover (marked, GitHub flavour) and returns the HTML. */
const render = (md: string) => marked.parseInline(md, { gfm: true }) as string;
const unescapeHtml = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The words a snippet shows, markup and `…` removed. */
const wordsOf = (md: string) => unescapeHtml(render(md).replace(/<\/?strong>/g, '')).replace(/…/g, ' ').split(/\s+/).filter(Boolean);

describe('editor: hover text', () => {
  it('escapes source text so nothing renders as icon, strikethrough, link, autolink, emphasis or HTML', () => {
    const hostile = 'Done $(check) ~~not~~ see https://evil.example/a?b=1, www.example.com or ask a@b.com [x](command:workbench.action.terminal.new) <img src=x> *em* _u_ `code` # 183,000 troops';
    const html = render(escapeHoverText(hostile));
    assert.doesNotMatch(html, /<(a|del|s|em|strong|code|img|h\d)\b/, html);
    assert.equal(unescapeHtml(html), hostile);
  });

  it('cuts a long sentence at word boundaries around the focus, never mid-word, and bolds the focus', () => {
    const text =
      'According to information provided by Kremlin officials on Tuesday, April 18th: "Russian President Vladimir Putin has visited Ukraine\'s Kherson and Luhansk regions to meet with military commanders."';
    const focus = { start: text.indexOf('Vladimir Putin'), end: text.indexOf('Vladimir Putin') + 'Vladimir Putin'.length };
    const all = new Set(text.split(/\s+/));
    for (const max of [40, 60, 80, 100]) {
      const md = sentenceSnippet(text, { start: 0, end: text.length }, focus, max);
      assert.match(md, /\*\*Vladimir Putin\*\*/);
      const words = wordsOf(md);
      assert.ok(all.has(words[0]) && all.has(words[words.length - 1]), `${max}: ${md}`);
      assert.ok(md.startsWith('…') && md.endsWith('…'), md);
      assert.ok(words.join(' ').length <= max + 2, `${max}: ${words.join(' ')}`);
    }
    assert.equal(wordsOf(sentenceSnippet(text, { start: 0, end: text.length }, focus, 500)).join(' '), text);
  });

  it('gives tree rows the same cut with the mention highlighted', () => {
    const text = 'Ukraine says it has deployed over 183,000 troops along the southern front, officials in Kyiv told reporters on Monday.';
    const focus = { start: text.indexOf('183,000'), end: text.indexOf('183,000') + 7 };
    const row = plainSnippet(text, { start: 0, end: text.length }, focus, 50);
    assert.ok(row.focus && row.text.slice(row.focus[0], row.focus[1]) === '183,000', JSON.stringify(row));
    for (const w of row.text.replace(/…/g, '').split(' ')) assert.ok(text.split(' ').includes(w), w);
  });

  it('names the sources that agree or disagree, and tells two sources with one label apart', () => {
    const bbc = { label: 'BBC', fileName: 'a.txt' };
    const fox = { label: 'Fox News', fileName: 'b.txt' };
    assert.equal(agreementText([bbc, fox], []), '✓ supported by BBC, Fox News');
    assert.equal(agreementText([], [bbc]), '✗ disputed by BBC');
    assert.equal(agreementText([bbc, fox, bbc, fox], [], 2), '✓ supported by BBC, Fox News and 2 more');
    assert.deepEqual(
      distinctLabels([bbc, { label: 'BBC', fileName: 'c.txt' }, fox]).map((s) => s.label),
      ['BBC (a.txt)', 'BBC (c.txt)', 'Fox News'],
    );
  });

  it('orders story folders naturally', () => {
    const folders = ['20', '10_copy', '1_ecb', '11', '10', '2'];
    assert.deepEqual([...folders].sort(compareNatural), ['1_ecb', '2', '10', '10_copy', '11', '20']);
  });
});

describe('editor: Set Source Date', () => {
  const undated = 'Officials in Kyiv said on Tuesday that the bridge had reopened.\n\nTraffic resumed by the evening.\n';

  it('adds a date line the engine reads, so a weekday in an undated source resolves', () => {
    const before = analyzeDocument('/w/seeds/s/a.txt', undated);
    assert.equal(before.date.date, null);
    assert.ok(!before.times.some((t) => /Tuesday/.test(t.text)), 'unresolved before');
    const e = sourceDateEdit(undated, '2023-04-20');
    const after = undated.slice(0, e.start) + e.newText + undated.slice(e.end);
    const analysed = analyzeDocument('/w/seeds/s/a.txt', after);
    assert.deepEqual([analysed.date.date, analysed.date.source], ['2023-04-20', 'header']);
    const tuesday = analysed.times.find((t) => /Tuesday/.test(t.text));
    assert.ok(tuesday?.relative, JSON.stringify(analysed.times));
    assert.equal(tuesday.from, '2023-04-18');
    assert.ok(!analysed.title || !/date/.test(after.slice(analysed.title.start, analysed.title.end)), 'the date line is not the title');
  });

  it('changes the date of an existing header line instead of adding a second one', () => {
    const text = ' date 2023-04-18 All Sections\nHeadline here\n\nBody on Monday.\n';
    const e = sourceDateEdit(text, '2024-01-05');
    const after = text.slice(0, e.start) + e.newText + text.slice(e.end);
    assert.equal(after, ' date 2024-01-05 All Sections\nHeadline here\n\nBody on Monday.\n');
  });

  it('accepts real calendar days only', () => {
    assert.ok(isIsoDate('2024-02-29'));
    for (const bad of ['2023-02-29', '2023-13-01', '18/04/2023', '2023-4-18', '']) assert.ok(!isIsoDate(bad), bad);
  });
});

describe('editor: file guards', () => {
  it('refuses links, devices and big files before reading', () => {
    const MB = 1024 * 1024;
    // names.json -> /dev/zero: a link to a character device of size 0.
    assert.match(readRefusal({ isFile: false, isSymbolicLink: true, size: 0 }, MB, { allowLinks: false }) ?? '', /symbolic link/);
    assert.match(readRefusal({ isFile: false, isSymbolicLink: false, size: 0 }, MB, { allowLinks: true }) ?? '', /not a regular file/);
    assert.match(readRefusal({ isFile: true, isSymbolicLink: false, size: 2 * MB }, MB, { allowLinks: true }) ?? '', /larger than 1 MB/);
    assert.equal(readRefusal({ isFile: true, isSymbolicLink: true, size: 10 }, MB, { allowLinks: true }), undefined);
    assert.equal(readRefusal({ isFile: true, isSymbolicLink: false, size: MB }, MB, { allowLinks: false }), undefined);
  });

  it('keeps resolved paths inside the workspace roots, not in a sibling with the same prefix', () => {
    assert.ok(isInsideRoots('/home/u/ws/seeds/a.txt', ['/home/u/ws'], '/'));
    assert.ok(!isInsideRoots('/home/u/ws-secrets/a.txt', ['/home/u/ws'], '/'));
    assert.ok(!isInsideRoots('/etc/passwd', ['/home/u/ws'], '/'));
    assert.ok(isInsideRoots('/b/x.txt', ['/a', '/b/'], '/'));
  });
});

describe('editor: Restricted Mode settings', () => {
  const inspected = { defaultValue: ['**/seeds/**/*.txt'], globalValue: undefined, workspaceValue: ['**/*'] };

  it('ignores workspace values of restricted settings while the workspace is untrusted', () => {
    assert.deepEqual(trustedValue('include', inspected, false, []), ['**/seeds/**/*.txt']);
    assert.deepEqual(trustedValue('include', { ...inspected, globalValue: ['mine/**'] }, false, []), ['mine/**']);
    assert.deepEqual(trustedValue('include', inspected, true, []), ['**/*']);
    assert.equal(trustedValue('maxFileSizeMB', { defaultValue: 5, workspaceValue: 100000 }, false, 5), 5);
    assert.equal(trustedValue('hover.enabled', { defaultValue: true, workspaceValue: false }, false, true), false);
  });

  it('package.json declares the same keys as restrictedConfigurations', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const declared: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    assert.deepEqual([...declared].sort(), RESTRICTED_KEYS.map((k) => `sourceXref.${k}`).sort());
    for (const key of declared) assert.ok(pkg.contributes.configuration.properties[key], `${key} is not a setting`);
  });
});

describe('editor: packaging', () => {
  it('packages the README with its images as https links, the only images the extension details page loads', () => {
    // VS Code renders the details page with `img-src https: data:` and drops relative image paths, so an image
    // shipped inside the VSIX never shows there: vsce must rewrite the README's image links to where they are hosted.
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const script: string = pkg.scripts.package;
    assert.doesNotMatch(script, /--no-rewrite-relative-links/);
    assert.match(script, /--baseImagesUrl https:\/\/\S+/);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(/^https:/.test(image) || fs.existsSync(path.join(REPO_ROOT, image)), `${image} is missing`);
  });

  it('the Entities view shows only where the extension runs, and its welcome text has no Markdown it cannot render', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const view = pkg.contributes.views.explorer.find((v: { id: string }) => v.id === 'sourceXref.entities');
    assert.equal(view.when, 'sourceXref.active');
    for (const w of pkg.contributes.viewsWelcome) assert.doesNotMatch(w.contents, /`/, w.contents);
  });
});
