// End to end, the user's path: install the packaged VSIX into a fresh code-server, open the seeds workspace
// in chromium, open a source with Quick Open, hover `Putin` with a real mouse move (card must head every
// other source), open the Problems panel (the Mariupol contradiction and its related location), then the
// Explorer's Entities view (Vladimir Putin · 3 sources). Screenshots go to test-results/; the README's copies
// live in media/screenshots/. Run `npm run package` first (npm run test:e2e does).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, assertInstalled, installVsix, launchBrowser, makeSandbox, runMain, startCodeServer } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.SOURCE_XREF_TEST_TIMEOUT_MS || 240_000);
const RESULTS = join(REPO_ROOT, 'test-results');
const FILE_A = '000_a4f6c19284eff014.txt';
const OTHER_FILES = ['002_6c8fcd09bb78f0a0.txt', '004_04e664bf2e65cfdb.txt'];
// The seeds' date contradiction: one source dates Putin's Mariupol visit March 2022, another "Last month".
const PROBLEM = 'Mariupol|March 2022';
const RELATED_FILE = '002_6c8fcd09bb78f0a0.txt';
const RELATED_TEXT = 'Last month';

runMain('e2e', TIMEOUT_MS, async (setBox) => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const vsix = join(REPO_ROOT, `source-xref-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  assertInstalled();
  mkdirSync(RESULTS, { recursive: true });

  // Wrapped lines keep whole paragraphs (and their underlines) on screen in the screenshots.
  const box = makeSandbox('e2e', { 'editor.wordWrap': 'on' });
  setBox(box);
  installVsix(box, vsix);
  const server = await startCodeServer(box);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const failures = [];
  const check = (ok, message, detail) => {
    console.log(`${ok ? '✔' : '✘'} ${message}${ok || detail === undefined ? '' : ` (${JSON.stringify(detail).slice(0, 600)})`}`);
    if (!ok) failures.push(message);
  };

  await page.goto(`${server.base}/?folder=${encodeURIComponent(box.workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The explorer shows the files once the remote extension host and file service are up.
  await page.waitForSelector(`.explorer-folders-view .monaco-list-row`, { timeout: 60_000 });

  await quickOpen(page, FILE_A);
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent.includes('Putin')), null, { timeout: 30_000 });
  check(true, `opened ${FILE_A} with Quick Open`);

  // --- Hover: the headline's `Putin` (line 1), so the card opens downwards with room to spare.
  const hover = await hoverWord(page, 'Putin Visits', 0, 'Putin'.length, OTHER_FILES);
  check(hover.ok, `a hover card on Putin appears and mentions ${OTHER_FILES.join(' and ')}`, hover.text.slice(0, 300));
  const before = await hoverCard(page);
  console.log(`  (before resizing, ${before.headings.filter((h) => h.visible).length} of ${before.headings.length} source headings are inside the card)`);
  // Drag the card's lower edge down, as a user would, until all of it shows without scrolling.
  await enlargeHover(page);
  const card = await hoverCard(page);
  const headingFor = (file) => card.headings.find((h) => new RegExp(`^${escapeRe(file)} · \\d+ mentions?$`).test(h.text));
  for (const file of OTHER_FILES) {
    const h = headingFor(file);
    check(!!h, `hover card has a source heading "${file} · N mentions"`, card.headings.map((x) => x.text));
    check(!!h?.visible, `hover card shows the ${file} heading on screen, not scrolled away`, card.headings);
  }
  check(/^Vladimir Putin · person/.test(card.text), 'hover card is titled "Vladimir Putin · person"', card.text.slice(0, 80));
  check(/\d+ mentions in 3 sources/.test(card.text), 'hover card counts mentions "in 3 sources"', card.text.slice(0, 200));
  check(card.headings.some((h) => h.text.startsWith(`this source (${FILE_A})`)), `hover card heads the current file "this source (${FILE_A})"`, card.headings);
  await page.screenshot({ path: join(RESULTS, 'hover.png') });

  // --- Problems: the Mariupol visit contradiction and, under it, the other source's `Last month` sentence.
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 450);
  // Without the side bar the panel is wide enough for whole messages.
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await runCommand(page, 'View: Focus Problems');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  const want = { problem: PROBLEM, relatedFile: RELATED_FILE, relatedText: RELATED_TEXT };
  const problem = await page
    .waitForFunction(findContradiction, { ...want, wait: true }, { timeout: 20_000 })
    .then((h) => h.jsonValue(), () => page.evaluate(findContradiction, { ...want, wait: false }));
  check(!!problem.marker, 'Problems panel lists the Mariupol visit contradiction (Mariupol / March 2022)', problem.rows);
  check(!!problem.related, `Problems panel lists its related location: the ${RELATED_FILE} line with "${RELATED_TEXT}"`, problem.rows);
  check(!!problem.marker?.startsWith('Warning:'), 'the contradiction is a warning', problem.marker);
  await page.mouse.move(700, 300);
  await page.screenshot({ path: join(RESULTS, 'problems.png') });

  // --- Entities view: Explorer > Entities, the People group open, Vladimir Putin named by all three sources.
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await runCommand(page, 'Source Xref: Show Entities');
  const entitiesPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Entities/ }) });
  const peopleRow = entitiesPane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^People$/ }) });
  await peopleRow.waitFor({ timeout: 20_000 });
  if ((await peopleRow.getAttribute('aria-expanded')) !== 'true') await peopleRow.click();
  check((await peopleRow.getAttribute('aria-expanded')) === 'true', 'Entities view: the People group is expanded');
  const putinRow = entitiesPane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^Vladimir Putin$/ }) });
  const putinDescription = await putinRow
    .locator('.label-description')
    .textContent({ timeout: 10_000 })
    .catch(() => undefined);
  const entityRows = await entitiesPane.locator('.monaco-list-row').allTextContents();
  check(putinDescription !== undefined, 'Entities view has a "Vladimir Putin" row', entityRows);
  check(/^\d+ mentions · 3 sources$/.test(putinDescription ?? ''), 'its description reads "N mentions · 3 sources"', putinDescription);
  // Room for the view: fold the file tree away and drag the side bar's edge wider, as a user would.
  await page.locator('.pane-header', { has: page.locator('.title', { hasText: /^ws$/i }) }).first().click().catch(() => {});
  await widenSideBar(page, 200);
  const putinShown = await putinRow.evaluate((row) => {
    const label = row.querySelector('.monaco-icon-label-container');
    return !!label && label.scrollWidth <= label.clientWidth;
  });
  check(putinShown, 'the "Vladimir Putin" row is shown whole (not cut off)');
  await page.mouse.move(900, 450);
  await page.screenshot({ path: join(RESULTS, 'entities.png') });

  // --- Review (Source Check, verdicts, report): mark the draft, click through its sentences, give a verdict and undo it.
  await reviewSteps(page, check);

  console.log(`e2e: screenshots in ${RESULTS}/hover.png, problems.png, entities.png, source-check.png, source-check-beside.png, verdict.png and report.png`);
  console.log(`e2e: ${failures.length === 0 ? 'passed' : `${failures.length} check(s) failed`}`);
  return failures.length === 0 ? 0 : 1;
});

/**
 * The editor's review path: `Mark as Draft` on the open source (000, the draft), the Source Check view's
 * counts and rows, a click on the disputed Mariupol sentence (reveals it) and a second click (opens the other
 * source beside it), an Accept with a typed reason from the row's inline action (the sentence turns resolved,
 * the Verdicts view lists it), Undo from the Verdicts view, and the report in the Markdown preview.
 */
async function reviewSteps(page, check) {
  const pane = (title) => page.locator('.pane', { has: page.locator('.pane-header .title', { hasText: new RegExp(`^${title}$`, 'i') }) });
  const paneDescription = (title) => pane(title).locator('.pane-header .description').first().textContent({ timeout: 5_000 }).catch(() => '');
  const expand = async (title) => {
    const header = pane(title).locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  };
  const collapse = async (title) => {
    const header = pane(title).locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click().catch(() => {});
  };
  await quickOpen(page, FILE_A);
  await runCommand(page, 'Source Xref: Mark as Draft');
  await collapse('Entities');
  await collapse('Outline');
  await collapse('Timeline');
  await expand('Source Check');
  const rowOf = (title, text) => pane(title).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: text }) }).first();
  const disputed = rowOf('Source Check', 'Trips like these');
  await disputed.waitFor({ timeout: 20_000 }).catch(() => {});
  const counts = await paneDescription('Source Check');
  check(/^\d+ supported · 1 disputed · \d+ not in any source/.test(counts), 'Source Check view: its description counts "N supported · 1 disputed · M not in any source"', counts);
  const rowTexts = await pane('Source Check').locator('.monaco-list-row').allTextContents();
  check(rowTexts.some((t) => /disputed · .+ says/.test(t)), 'Source Check view: the Mariupol sentence is disputed and names who says otherwise', rowTexts);
  check(rowTexts.some((t) => /supported · /.test(t)) && rowTexts.some((t) => /not in any source/.test(t)), 'Source Check view: other sentences are supported or not in any source', rowTexts);

  await disputed.click();
  const selected = await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-overlays .selected-text')].length > 0, null, { timeout: 10_000 }).then(() => true, () => false);
  check(selected, 'a click on the row selects the sentence in the draft');
  await page.waitForTimeout(400);
  await disputed.click();
  const beside = await page.locator('.tabs-container .tab', { hasText: RELATED_FILE }).first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(beside, `a second click opens ${RELATED_FILE} beside the draft`);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(RESULTS, 'source-check-beside.png') });

  // Room for the rows' verdicts: close the other source again and drag the side bar wider.
  await page.locator('.tabs-container .tab', { hasText: RELATED_FILE }).first().locator('.tab-actions .action-label').first().click({ timeout: 5_000 }).catch(() => {});
  await widenSideBar(page, 260);
  // Accept from the row's inline action, with a typed reason.
  await disputed.hover();
  const acceptAction = disputed.locator('.actions .action-label[aria-label^="Accept Discrepancy"]').first();
  await acceptAction.click({ timeout: 5_000 }).catch(async () => {
    await disputed.click({ button: 'right' });
    await page.locator('.context-view .action-label', { hasText: 'Accept Discrepancy' }).first().click({ timeout: 5_000 });
  });
  const input = page.locator('.quick-input-widget input');
  const asked = await input.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  check(asked, 'Accept asks for a reason');
  await input.fill('The draft means the 2022 visit; confirmed with the desk');
  await page.keyboard.press('Enter');
  const resolved = await page
    .waitForFunction(() => /1 resolved/.test([...document.querySelectorAll('.pane-header .description')].map((d) => d.textContent).join(' ')), null, { timeout: 15_000 })
    .then(() => true, () => false);
  check(resolved, 'after the verdict the Source Check counts "1 resolved"', await paneDescription('Source Check'));
  const rowState = (state) =>
    page
      .waitForFunction((want) => [...document.querySelectorAll('.pane .monaco-list-row')].some((r) => (r.getAttribute('aria-label') ?? '').startsWith(`${want}: Trips like these`)), state, { timeout: 10_000 })
      .then(() => true, () => false);
  check(await rowState('Resolved by a verdict'), 'the Mariupol row turns "Resolved by a verdict"');
  await expand('Verdicts');
  const verdictRow = pane('Verdicts').locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^Accepted: / }) }).first();
  const listed = await verdictRow.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(listed, 'the Verdicts view lists "Accepted: … vs …" with its reason', await pane('Verdicts').locator('.monaco-list-row').allTextContents());
  await page.mouse.move(900, 450);
  await page.screenshot({ path: join(RESULTS, 'verdict.png') });

  // Undo from the Verdicts view: the sentence is disputed again.
  await verdictRow.hover();
  await verdictRow.locator('.actions .action-label[aria-label="Undo Verdict"]').first().click({ timeout: 5_000 }).catch(() => {});
  const reopened = await page
    .waitForFunction(() => /1 disputed/.test([...document.querySelectorAll('.pane-header .description')].map((d) => d.textContent).join(' ')), null, { timeout: 15_000 })
    .then(() => true, () => false);
  check(reopened && (await rowState('Disputed')), 'Undo in the Verdicts view makes the sentence disputed again');
  await page.mouse.move(900, 450);
  await page.screenshot({ path: join(RESULTS, 'source-check.png') });

  await runCommand(page, 'Source Xref: Show Contradictions Report');
  const preview = await page.locator('.tabs-container .tab', { hasText: /Preview/ }).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
  check(preview, 'the report opens in the Markdown preview');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(RESULTS, 'report.png') });
  // The report's links open the source at the quoted line (the preview lives in nested webview frames).
  const link = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('a', { hasText: /^line \d+$/ }).last();
  const lineText = await link.textContent({ timeout: 10_000 }).catch(() => '');
  await link.click({ timeout: 10_000 }).catch(() => {});
  const line = Number(/\d+/.exec(lineText ?? '')?.[0] ?? 0);
  const opened = await page
    .waitForFunction((n) => /Ln (\d+)/.exec(document.querySelector('.statusbar')?.textContent ?? '')?.[1] === String(n), line, { timeout: 10_000 })
    .then(() => true, () => false);
  check(line > 0 && opened, `a "line N" link in the report opens the source at that line`, lineText);
}

/**
 * Reads the Problems tree (aria-level 2 = a problem, 3 = its related locations) and finds a problem matching
 * `problem` with a related location in `relatedFile` whose text contains `relatedText`. Runs in the page.
 */
function findContradiction({ problem, relatedFile, relatedText, wait }) {
  const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => ({
    level: r.getAttribute('aria-level'),
    label: r.getAttribute('aria-label') ?? '',
    text: r.textContent ?? '',
  }));
  const pattern = new RegExp(problem);
  let marker;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].level !== '2' || !pattern.test(rows[i].label)) continue;
    marker ??= rows[i].label;
    for (let j = i + 1; j < rows.length && rows[j].level === '3'; j++) {
      if (rows[j].text.startsWith(`${relatedFile}[Ln `) && rows[j].text.includes(relatedText)) return { marker: rows[i].label, related: rows[j].text };
    }
  }
  // While waiting, falsy keeps waitForFunction polling; the final read returns what was there, for the message.
  return wait ? false : { marker, related: undefined, rows: rows.map((r) => `${r.level}: ${r.text}`) };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The visible hover card: its text, and each source heading (a link line) with whether it is inside the card's box. */
async function hoverCard(page) {
  return page.evaluate(() => {
    const hover = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].find((h) => h.getBoundingClientRect().height > 0);
    if (!hover) return { text: '', headings: [] };
    // The card scrolls inside its scrollable element: a heading counts as shown only inside that clip.
    const box = (hover.querySelector('.monaco-scrollable-element') ?? hover).getBoundingClientRect();
    const headings = [...hover.querySelectorAll('a')]
      .filter((a) => /\.\w+\)?$/.test(a.textContent ?? ''))
      .map((a) => {
        const r = a.getBoundingClientRect();
        const line = (a.closest('p') ?? a.parentElement).textContent.replace(/\s+/g, ' ').trim();
        return { text: line, visible: r.height > 0 && r.top >= box.top && r.bottom <= box.bottom };
      });
    return { text: hover.textContent.replace(/\s+/g, ' ').trim(), headings, height: box.height, scrollHeight: hover.querySelector('.monaco-hover-content')?.scrollHeight };
  });
}

/** Drags the primary side bar's right edge (its sash) `by` pixels to the right. */
async function widenSideBar(page, by) {
  const edge = await page.evaluate(() => {
    const r = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    return r ? { x: r.right, y: r.top + r.height / 2 } : undefined;
  });
  if (!edge) return;
  await page.mouse.move(edge.x + 1, edge.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(edge.x + 1 + by, edge.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

/** Drags the south edge (sash) of the visible, resizable hover down by up to `by` pixels. */
async function enlargeHover(page, by = 400) {
  const sash = await page.evaluate(() => {
    const out = [];
    for (const s of document.querySelectorAll('.resizable-hover .monaco-sash, .monaco-resizable-hover .monaco-sash')) {
      const r = s.getBoundingClientRect();
      out.push({ cls: s.className, x: r.x, y: r.y, w: r.width, h: r.height });
    }
    return out;
  });
  const south = sash.find((s) => s.cls.includes('horizontal') && s.w > 0 && s.h > 0 && s.y === Math.max(...sash.filter((t) => t.cls.includes('horizontal')).map((t) => t.y)));
  if (!south) return false;
  const x = south.x + south.w / 2;
  const y = south.y + south.h / 2;
  await page.mouse.move(x, y - 10, { steps: 4 });
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(x, y + by, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  return true;
}

/** Ctrl+P, type the file name, Enter: the way a user opens a file by name. */
async function quickOpen(page, fileName) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
}

/** F1, type the command's title, Enter. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/**
 * Finds `context` in the editor's rendered lines, takes the screen box of the `length` characters at
 * `delta` inside it (a DOM Range over the line's text nodes), and moves the real mouse there, trying a few
 * small offsets, until a visible hover contains every expected string.
 */
async function hoverWord(page, context, delta, length, expected) {
  const box = await page.evaluate(
    ({ context, delta, length }) => {
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        // Monaco may render spaces as no-break spaces; compare with them normalised.
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(context);
        if (at < 0) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        let startSet = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent.length;
          if (!startSet && at + delta < seen + len) {
            range.setStart(node, at + delta - seen);
            startSet = true;
          }
          if (startSet && at + delta + length <= seen + len) {
            range.setEnd(node, at + delta + length - seen);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          seen += len;
        }
      }
      return undefined;
    },
    { context, delta, length },
  );
  if (!box) return { ok: false, text: `"${context}" is not on screen` };
  let text = '';
  const cy = box.y + box.height / 2;
  for (const fx of [0.5, 0.3, 0.7, 0.5]) {
    const x = box.x + box.width * fx;
    await page.mouse.move(x - 40, cy + 40); // a real move onto the word, not a jump
    await page.mouse.move(x, cy, { steps: 8 });
    const ok = await page
      .waitForFunction(
        (want) => {
          const h = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((e) => e.textContent ?? '').join('\n');
          return want.every((w) => h.includes(w));
        },
        expected,
        { timeout: 8_000 },
      )
      .then(() => true, () => false);
    text = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((e) => e.textContent ?? '').join('\n'));
    if (ok) return { ok, text };
  }
  return { ok: false, text };
}
