// `npm run bench:editor -- [--corpus DIR]`: the editor's own figures in a real VS Code (code-server):
// re-index time and the longest the extension host's thread was held, hover and references latency
// through the VS Code API, and edit-to-diagnostics time. The workspace holds DIR's story folders under
// seeds/ (default: the ECB corpus, 480 articles; `npm run bench -- --articles N --write` makes bigger ones).
// SOURCE_XREF_WORKER_MIN_FILES=100000 keeps the first pass on the host's thread, for comparison.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, assertInstalled, launchBrowser, makeSandbox, runMain, runStep, startCodeServer } from './codeServer.mjs';

const at = process.argv.indexOf('--corpus');
const corpus = resolve(at > 0 ? process.argv[at + 1] : join(REPO_ROOT, '..', 'shared', 'corpora', 'ecb'));
const SUITE = join(REPO_ROOT, 'out', 'test', 'editorBench', 'index.js');

runMain('bench:editor', 900_000, async (setBox) => {
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
  runStep('node', ['scripts/build.mjs']);
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'test', 'editorBench', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    external: ['vscode'],
  });
  assertInstalled();
  const box = makeSandbox('bench');
  setBox(box);
  cpSync(corpus, join(box.workspace, 'seeds', 'corpus'), { recursive: true });
  const resultFile = join(box.root, 'result.json');
  const server = await startCodeServer(box, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'], env: { SOURCE_XREF_TEST_RESULT: resultFile } });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO_ROOT)],
    ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true'],
  ];
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  await page.goto(`${server.base}/?folder=${encodeURIComponent(box.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await exited;
  if (!existsSync(resultFile)) {
    console.error(`bench:editor: no result; code-server log: ${server.logFile}`);
    return 1;
  }
  const r = JSON.parse(readFileSync(resultFile, 'utf8'));
  console.log(JSON.stringify(r, null, 2));
  console.log(
    `bench:editor sources=${r.sources} reindex_ms=${r.reindexMs} host_block_ms=${r.reindexLongestHostBlockMs} hover_p95_ms=${r.hoverMs.p95} ` +
      `references_p95_ms=${r.referencesMs.p95} edit_to_diagnostics_ms=${r.editToDiagnosticsMs} host_rss_MB=${r.hostRssMB} (${r.pass}, VS Code ${r.vscodeVersion})`,
  );
  return 0;
});
