// Optional runner for machines that can download VS Code (SOURCE_XREF_TEST_ELECTRON=1): runs the same
// integration suite in desktop VS Code through @vscode/test-electron. Offline machines use code-server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, makeSandbox, runMain, runStep } from './codeServer.mjs';

runMain('integration (electron)', Number(process.env.SOURCE_XREF_TEST_TIMEOUT_MS || 600_000), async (setBox) => {
  if (!process.argv.includes('--no-build')) runStep('node', ['scripts/build.mjs', '--tests']);
  const { runTests } = await import('@vscode/test-electron');
  const box = makeSandbox('electron');
  setBox(box);
  const resultFile = join(box.root, 'result.json');
  let code = 0;
  try {
    await runTests({
      version: process.env.SOURCE_XREF_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: { SOURCE_XREF_TEST_RESULT: resultFile },
      launchArgs: [box.workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', box.userData, '--extensions-dir', box.extensions],
    });
  } catch (err) {
    console.error(err);
    code = 1;
  }
  if (existsSync(resultFile)) console.log(JSON.parse(readFileSync(resultFile, 'utf8')).report);
  return code;
});
