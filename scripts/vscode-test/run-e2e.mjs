// End to end, the user's path: install the packaged VSIX into a fresh code-server, open the seeds workspace
// in chromium, open a source with Quick Open, hover `Putin` with a real mouse move (one line per other source,
// no scroll bar), open the Problems panel (the Mariupol contradiction and its related location), then the
// Explorer's Entities view (Vladimir Putin · 3 sources); then (editorSteps) a number's hover, the mention rows,
// the code link opening the README section, and the details page's README images. Screenshots go to
// test-results/; the README's copies live in media/screenshots/. Run `npm run package` first (npm run test:e2e does).
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
  const hover = await hoverWord(page, 'Putin Visits', 0, 'Putin'.length, ['mentions in 3 sources']);
  check(hover.ok, 'a hover card on Putin appears and counts "mentions in 3 sources"', hover.text.slice(0, 300));
  // Each other source is one line: a link named by the source's label, its file name as the tooltip.
  const card = await hoverCard(page);
  for (const file of OTHER_FILES) {
    const line = card.sources.find((s) => s.title === file);
    check(!!line, `hover card has a line for ${file} (a link with it as tooltip)`, card.sources);
    check(!!line?.visible, `the ${file} line is inside the card without scrolling or resizing`, card.sources);
    check(!!line && /^[^·]+ · \d+ mentions?( — .*)?$/.test(line.text) && !line.text.startsWith(file), `the ${file} line reads "<label> · N mentions — quote", labelled by the source, not its file name`, line?.text);
    check(!!line && line.height < 2 * line.lineHeight, `the ${file} line fits on one line`, line);
  }
  check(!card.scrolls, 'the hover card needs no scroll bar', { height: card.height, scrollHeight: card.scrollHeight });
  check(/^Vladimir Putin · person · \d+ mentions in 3 sources/.test(card.text), 'hover card is titled "Vladimir Putin · person · N mentions in 3 sources"', card.text.slice(0, 120));
  check(/This source: /.test(card.text), 'hover card starts with the hovered sentence ("This source: …")', card.text.slice(0, 300));
  check(card.links.some((a) => /^… all \d+ mentions$/.test(a.text)), 'hover card ends with a "… all N mentions" link', card.links);
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

  await editorSteps(page, check);
  // --- Review (Source Check, verdicts, report): mark the draft, click through its sentences, give a verdict and undo it.
  await reviewSteps(page, check).catch(async (e) => {
    await page.screenshot({ path: join(RESULTS, 'review-failed.png') });
    throw e;
  });

  console.log(`e2e: screenshots in ${RESULTS}/: hover.png, problems.png, entities.png, number-hover.png, entity-mentions.png, code-link.png, details.png, source-check.png, source-check-beside.png, verdict.png, report.png`);
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
  // The previous steps end on the extension's details page (a webview that keeps the keyboard focus): close
  // every editor from the editor area's own menu, then open the draft afresh.
  await page.locator('.part.editor .tabs-container .tab', { hasText: '.txt' }).first().click().catch(() => {});
  await page.waitForTimeout(300);
  await page.locator('.part.editor .tabs-container .tab', { hasText: 'Extension:' }).first().locator('.tab-actions .action-label').first().click().catch(() => {});
  await page.waitForTimeout(300);
  await quickOpen(page, FILE_A);
  await page.waitForTimeout(500);
  await runCommand(page, 'Source Xref: Mark as Draft').catch(async (e) => {
    await page.screenshot({ path: join(RESULTS, 'review-start-failed.png') });
    throw e;
  });
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

/**
 * The visible hover card: its text, its links, and each source line (a list item whose link carries a file
 * name as tooltip) with whether it is inside the card's box and its height against the line height.
 */
async function hoverCard(page) {
  return page.evaluate(() => {
    const hover = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].find((h) => h.getBoundingClientRect().height > 0);
    if (!hover) return { text: '', sources: [], links: [] };
    // The card scrolls inside its scrollable element: a line counts as shown only inside that clip.
    const scroller = hover.querySelector('.monaco-scrollable-element') ?? hover;
    const box = scroller.getBoundingClientRect();
    const content = hover.querySelector('.monaco-hover-content') ?? hover;
    const anchors = [...hover.querySelectorAll('a')];
    const sources = anchors
      .filter((a) => /\.\w+$/.test(a.getAttribute('title') ?? ''))
      .map((a) => {
        const item = a.closest('li') ?? a.closest('p') ?? a.parentElement;
        const r = item.getBoundingClientRect();
        return {
          title: a.getAttribute('title'),
          text: item.textContent.replace(/\s+/g, ' ').trim(),
          visible: r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
          height: r.height,
          lineHeight: parseFloat(getComputedStyle(item).lineHeight) || 20,
        };
      });
    const links = anchors.map((a) => ({ text: a.textContent.replace(/\s+/g, ' ').trim(), title: a.getAttribute('title') }));
    return { text: hover.textContent.replace(/\s+/g, ' ').trim(), sources, links, height: box.height, scrollHeight: content.scrollHeight, scrolls: content.scrollHeight > box.height + 2 };
  });
}

/**
 * The steps of issue 15 part B, after the original walk: a number's hover card, the Entities view's mention
 * rows (the sentence, the source's label), the Problems panel's code link opening the README section, and
 * the extension's details page showing the README's images.
 */
async function editorSteps(page, check) {
  // --- Number hover: 183,000 troops in the Fox News source.
  await quickOpen(page, NUMBER_FILE);
  await page.waitForFunction((t) => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(t)), NUMBER_TEXT, { timeout: 30_000 }).catch(() => {});
  await revealText(page, NUMBER_TEXT);
  const numberHover = await hoverWord(page, NUMBER_TEXT, 0, 7, ['number', 'counts troops']);
  check(numberHover.ok, `hovering "${NUMBER_TEXT}" shows a number card that says what it counts ("counts troops")`, numberHover.text.slice(0, 300));
  await page.waitForTimeout(400); // the card fades in
  await page.screenshot({ path: join(RESULTS, 'number-hover.png') });
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 450);

  // --- Entities view: a mention row is the sentence, described by the source's label, file:line in the tooltip.
  await runCommand(page, 'Source Xref: Show Entities');
  const entitiesPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Entities/ }) });
  const putinRow = entitiesPane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^Vladimir Putin$/ }) });
  await putinRow.waitFor({ timeout: 20_000 }).catch(() => {});
  // A click on the row reveals the first mention; the twistie expands it.
  if ((await putinRow.getAttribute('aria-expanded').catch(() => null)) !== 'true') await putinRow.locator('.monaco-tl-twistie').click().catch(() => {});
  await page.waitForTimeout(500);
  const mentionRows = await entitiesPane.locator('.monaco-list-row[aria-level="4"], .monaco-list-row[aria-level="3"]').evaluateAll((rows) =>
    rows
      .map((r) => ({ name: r.querySelector('.label-name')?.textContent ?? '', description: r.querySelector('.label-description')?.textContent ?? '' }))
      .filter((r) => /Putin/.test(r.name) && r.name.split(' ').length > 3),
  );
  check(mentionRows.length > 0, 'Entities view: Vladimir Putin expands to mention rows that show their sentence', mentionRows);
  check(mentionRows.every((r) => !/\.txt:\d+/.test(r.name) && !!r.description), 'mention rows are labelled by the sentence and described by the source, not "file.txt:line"', mentionRows.slice(0, 4));
  // Tree tooltips are workbench hovers, not title attributes: hover the first mention row and read it.
  const firstMention = entitiesPane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: mentionRows[0]?.name ?? '\u0000' }) }).first();
  await firstMention.hover().catch(() => {});
  const tooltip = await page
    .waitForFunction(() => [...document.querySelectorAll('.workbench-hover, .monaco-hover')].map((h) => h.textContent ?? '').find((t) => /\.txt:\d+/.test(t)), null, { timeout: 8_000 })
    .then((h) => h.jsonValue(), () => undefined);
  check(/^\S+\.txt:\d+$/.test((tooltip ?? '').trim()), 'a mention row\'s tooltip is "file.txt:line"', tooltip);
  await page.mouse.move(900, 450);
  await page.screenshot({ path: join(RESULTS, 'entity-mentions.png') });

  // --- Problems: the code link (`xref.date`) opens the shipped README at that code's section.
  await runCommand(page, 'View: Focus Problems');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  const code = page.locator('.markers-panel .monaco-list-row a', { hasText: /^xref\.\w+$/ }).first();
  const codeText = await code.textContent({ timeout: 10_000 }).catch(() => undefined);
  check(!!codeText, 'a problem shows its code as a link', codeText);
  if (codeText) {
    await code.click();
    const opened = await page
      .waitForFunction((c) => {
        const tab = [...document.querySelectorAll('.tabs-container .tab.active')].map((t) => t.textContent ?? '').join(' ');
        const lines = [...document.querySelectorAll('.editor-instance .view-line')].map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
        return /readme\.md/i.test(tab) && lines.some((l) => l.trim() === `### ${c}`);
      }, codeText, { timeout: 15_000 })
      .then(() => true, () => false);
    const errors = await page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((n) => n.textContent));
    check(opened, `clicking ${codeText} opens the extension's README at "### ${codeText}"`);
    check(!errors.some((e) => /not found|unable to open|cannot open/i.test(e ?? '')), 'no "file not found" error', errors);
    await page.screenshot({ path: join(RESULTS, 'code-link.png') });
  }
  await runCommand(page, 'View: Hide Panel');

  // --- The extension's details page (Extensions view → Source Xref) shows the README with its images.
  // VS Code loads only https images there (CSP `img-src https: data:`; relative paths are dropped), so the
  // package links them to the repository's host (package.json `--baseImagesUrl`). This machine is offline:
  // the browser is served the repository's own files for that host, as the host would serve them.
  const hostBase = imagesBaseUrl();
  const served = [];
  await page.context().route(`${hostBase}**`, (route) => {
    const file = join(REPO_ROOT, decodeURI(new URL(route.request().url()).pathname.slice(new URL(hostBase).pathname.length)));
    served.push(file.slice(REPO_ROOT.length + 1));
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  await runCommand(page, 'Extensions: Show Installed Extensions');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Source Xref' }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  const images = await waitForReadmeImages(page, 30_000);
  check(images.length >= 3 && images.every((i) => i.src.startsWith(hostBase)), `the details page has the README screenshots as https images under ${hostBase}`, images);
  check(images.length > 0 && images.every((i) => i.loaded), 'every README image loads (no broken images)', { images, served });
  await page.screenshot({ path: join(RESULTS, 'details.png') });
}

/** The `--baseImagesUrl` of the package script, with a trailing slash. */
function imagesBaseUrl() {
  const script = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts.package;
  const base = /--baseImagesUrl\s+(\S+)/.exec(script)?.[1];
  if (!base) throw new Error('the package script sets no --baseImagesUrl');
  return base.endsWith('/') ? base : `${base}/`;
}

const NUMBER_FILE = '004_04e664bf2e65cfdb.txt';
const NUMBER_TEXT = '183,000 troops';

/** Puts the first editor line containing `text` on screen (Ctrl+F, Escape). */
async function revealText(page, text) {
  await page.keyboard.press('Control+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

/** Polls the details page's README (a webview: nested frames) for its images and whether each loaded. */
async function waitForReadmeImages(page, ms) {
  const deadline = Date.now() + ms;
  let found = [];
  while (Date.now() < deadline) {
    found = [];
    for (const frame of page.frames()) {
      const imgs = await frame
        .evaluate(() => (document.querySelector('h1')?.textContent?.includes('Source Xref') ? [...document.querySelectorAll('img')].map((i) => ({ src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0 })) : []))
        .catch(() => []);
      found.push(...imgs.filter((i) => /screenshots/.test(i.src ?? '')));
    }
    if (found.length >= 3 && found.every((i) => i.loaded)) return found;
    await page.waitForTimeout(500);
  }
  return found;
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
