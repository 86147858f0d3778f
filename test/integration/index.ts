// Suite entry for the real VS Code extension host (code-server payload or @vscode/test-electron):
// VS Code calls run(); we load mocha (ESM-only, hence import()), add the compiled *.test.js files next to
// this file, and write a plain-text report plus counts to $SOURCE_XREF_TEST_RESULT, because the
// extension host's console only reaches the browser.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  vscodeVersion: string;
  report: string;
}

export async function run(): Promise<void> {
  const { default: MochaRunner } = await import('mocha');
  const mocha = new MochaRunner({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(__dirname, name));
  }
  await mocha.loadFilesAsync();

  const lines: string[] = [];
  const result: SuiteResult = { passes: 0, failures: 0, pending: 0, vscodeVersion: vscode.version, report: '' };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    const indent = (t: Mocha.Runnable | Mocha.Suite) => '  '.repeat(depth(t));
    runner.on('suite', (s) => s.title && lines.push(`${indent(s)}${s.title}`));
    runner.on('pass', (t) => {
      result.passes++;
      lines.push(`${indent(t)}✔ ${t.title} (${t.duration ?? 0} ms)`);
    });
    runner.on('pending', (t) => {
      result.pending++;
      lines.push(`${indent(t)}- ${t.title} (skipped)`);
    });
    runner.on('fail', (t, err: Error) => {
      result.failures++;
      lines.push(`${indent(t)}✘ ${t.fullTitle()}`, ...String(err?.stack ?? err).split('\n').map((l) => `${indent(t)}    ${l}`));
    });
  });
  result.report = lines.join('\n');
  const out = process.env.SOURCE_XREF_TEST_RESULT;
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
  if (result.failures > 0 || result.passes === 0) throw new Error(`${result.failures} of ${result.passes + result.failures} integration tests failed`);
}

function depth(t: Mocha.Runnable | Mocha.Suite): number {
  let d = 0;
  for (let s = t.parent; s && !s.root; s = s.parent) d++;
  return d;
}
