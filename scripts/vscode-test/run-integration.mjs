// Integration tests inside a real VS Code extension host (code-server), driven by VS Code's own test
// payload: the workbench loads the extension from the repo and runs out/test/integration/index.js.
// With SOURCE_XREF_TEST_ELECTRON=1 it hands over to @vscode/test-electron instead (needs internet).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, assertInstalled, launchBrowser, makeSandbox, runMain, runStep, startCodeServer } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.SOURCE_XREF_TEST_TIMEOUT_MS || 240_000);
const SUITE = join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');

if (process.env.SOURCE_XREF_TEST_ELECTRON === '1') {
  await import('./electron.mjs');
} else {
  runMain('integration', TIMEOUT_MS, async (setBox) => {
    if (!process.argv.includes('--no-build')) await buildSuite();
    if (!existsSync(SUITE)) throw new Error(`${SUITE} is missing: the build did not produce the suite`);
    assertInstalled();

    const box = makeSandbox('it');
    setBox(box);
    const resultFile = join(box.root, 'result.json');
    // Without the smoke-test driver the web client silently ignores the test payload.
    const server = await startCodeServer(box, {
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      // The suite indexes the samples in worker threads (the path big workspaces take); e2e keeps the main thread.
      env: { SOURCE_XREF_TEST_RESULT: resultFile, SOURCE_XREF_WORKER_MIN_FILES: process.env.SOURCE_XREF_WORKER_MIN_FILES ?? '1' },
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.base}/?folder=${encodeURIComponent(box.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    const browser = await launchBrowser();
    const page = await browser.newPage();
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    // The workbench calls this when the suite's run() settles: 0 passed, 1 failed.
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('console', (msg) => {
      if (process.env.SOURCE_XREF_TEST_VERBOSE || msg.type() === 'error') console.log(`[browser ${msg.type()}] ${msg.text()}`);
    });
    await page.goto(url);
    const exitCode = await exited;

    if (!existsSync(resultFile)) {
      console.error(`integration: the suite wrote no result (workbench exit ${exitCode}); code-server log: ${server.logFile}`);
      return 1;
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    console.log(result.report);
    console.log(`integration: ${result.passes} passing, ${result.failures} failing, ${result.pending} pending (VS Code ${result.vscodeVersion})`);
    return exitCode === 0 && result.failures === 0 && result.passes > 0 ? 0 : 1;
  });
}

/**
 * Builds the extension, then only the integration suite (same esbuild options as `build.mjs --tests`),
 * so a broken unit test or script elsewhere does not stop the editor tests.
 */
async function buildSuite() {
  runStep('node', ['scripts/build.mjs']);
  const esbuild = await import('esbuild');
  const dir = join(REPO_ROOT, 'test', 'integration');
  await esbuild.build({
    entryPoints: readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)),
    absWorkingDir: REPO_ROOT,
    outdir: join(REPO_ROOT, 'out'),
    outbase: REPO_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
}
