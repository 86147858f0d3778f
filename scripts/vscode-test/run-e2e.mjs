// End to end, the user's path: install the packaged VSIX into a fresh code-server, open the seeds workspace
// in chromium, open a source with Quick Open, hover `Putin` with a real mouse move, then open the
// Problems panel. Screenshots go to test-results/. Run `npm run package` first (npm run test:e2e does).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, assertInstalled, installVsix, launchBrowser, makeSandbox, runMain, startCodeServer } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.SOURCE_XREF_TEST_TIMEOUT_MS || 240_000);
const RESULTS = join(REPO_ROOT, 'test-results');
const FILE_A = '000_a4f6c19284eff014.txt';
const OTHER_FILES = ['002_6c8fcd09bb78f0a0.txt', '004_04e664bf2e65cfdb.txt'];

runMain('e2e', TIMEOUT_MS, async (setBox) => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const vsix = join(REPO_ROOT, `source-xref-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  assertInstalled();
  mkdirSync(RESULTS, { recursive: true });

  const box = makeSandbox('e2e');
  setBox(box);
  installVsix(box, vsix);
  const server = await startCodeServer(box);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const failures = [];
  const check = (ok, message) => {
    console.log(`${ok ? '✔' : '✘'} ${message}`);
    if (!ok) failures.push(message);
  };

  await page.goto(`${server.base}/?folder=${encodeURIComponent(box.workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The explorer shows the files once the remote extension host and file service are up.
  await page.waitForSelector(`.explorer-folders-view .monaco-list-row`, { timeout: 60_000 });

  await quickOpen(page, FILE_A);
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent.includes('Putin')), null, { timeout: 30_000 });
  check(true, `opened ${FILE_A} with Quick Open`);

  const hover = await hoverWord(page, 'Vladimir Putin', 'Vladimir '.length, 'Putin'.length, OTHER_FILES);
  await page.screenshot({ path: join(RESULTS, 'hover.png') });
  check(hover.ok, `hover on Putin names ${OTHER_FILES.join(' and ')}${hover.ok ? '' : ` (hover text: ${JSON.stringify(hover.text.slice(0, 300))})`}`);

  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Focus Problems');
  await page.waitForSelector('.markers-panel', { timeout: 20_000 });
  const hasMariupol = await page
    .waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('Mariupol'), null, { timeout: 20_000 })
    .then(() => true, () => false);
  await page.screenshot({ path: join(RESULTS, 'problems.png') });
  const problems = await page.$eval('.markers-panel', (el) => el.textContent ?? '');
  check(hasMariupol, `Problems panel mentions Mariupol${hasMariupol ? '' : ` (panel text: ${JSON.stringify(problems.slice(0, 300))})`}`);

  console.log(`e2e: screenshots in ${RESULTS}/hover.png and problems.png`);
  console.log(`e2e: ${failures.length === 0 ? 'passed' : `${failures.length} check(s) failed`}`);
  return failures.length === 0 ? 0 : 1;
});

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
