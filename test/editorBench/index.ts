// Editor benchmark, run inside a real VS Code extension host (see scripts/vscode-test/bench-editor.mjs):
// re-indexes the workspace while watching how long the host's event loop is held, then times hovers,
// references and the edit-to-diagnostics round trip through the real VS Code API. Writes JSON to
// $SOURCE_XREF_TEST_RESULT. Figures, not assertions: targets live in the README.
import * as fs from 'node:fs';
import * as vscode from 'vscode';

interface Api {
  whenReady(): Promise<void>;
  whenDiagnosticsReady(): Promise<void>;
  lastIndexPass(): string | undefined;
  corpus: { files(): string[]; indexFor(file: string): { mentionsIn(file: string): { mention: { start: number; end: number } }[] } | undefined };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Largest gap between 5 ms timer ticks while `work` runs: how long the host could not answer anything. */
async function withLagMonitor<T>(work: () => Promise<T>): Promise<{ result: T; maxGapMs: number; ms: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, maxGapMs, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('source-xref.source-xref');
  if (!ext) throw new Error('extension not loaded');
  const api = (await ext.activate()) as Api;
  await api.whenDiagnosticsReady();

  const reindex = await withLagMonitor(async () => {
    await vscode.commands.executeCommand('sourceXref.reindex');
    await api.whenDiagnosticsReady();
  });
  const files = api.corpus.files();
  const diagnostics = vscode.languages.getDiagnostics().reduce((n, [, list]) => n + list.filter((d) => d.source === 'Source Xref').length, 0);

  // Hovers and references at mentions spread over the corpus (same files every run: every 7th file).
  const hover: number[] = [];
  const refs: number[] = [];
  for (const file of files.filter((_, i) => i % 7 === 0).slice(0, 40)) {
    const uri = vscode.Uri.parse(file);
    const doc = await vscode.workspace.openTextDocument(uri);
    const mentions = api.corpus.indexFor(file)?.mentionsIn(file) ?? [];
    for (const { mention } of mentions.filter((_, i) => i % 5 === 0).slice(0, 5)) {
      const at = doc.positionAt(mention.start + 1);
      let t = performance.now();
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at);
      hover.push(performance.now() - t);
      t = performance.now();
      await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, at);
      refs.push(performance.now() - t);
    }
  }
  hover.sort((a, b) => a - b);
  refs.sort((a, b) => a - b);

  // Edit a source and wait for its folder's diagnostics to be recomputed (includes the 300 ms edit debounce).
  const target = vscode.Uri.parse(files[Math.floor(files.length / 2)]);
  const editor = await vscode.window.showTextDocument(target);
  const edit = await withLagMonitor(async () => {
    const changed = new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        sub.dispose();
        resolve();
      });
      setTimeout(resolve, 10_000);
    });
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nOfficials said 12 more people were questioned on Monday.\n'));
    await changed;
  });

  const result = {
    vscodeVersion: vscode.version,
    sources: files.length,
    pass: api.lastIndexPass(),
    reindexMs: Math.round(reindex.ms),
    reindexLongestHostBlockMs: Math.round(reindex.maxGapMs),
    diagnostics,
    hoverMs: { p50: +percentile(hover, 50).toFixed(1), p95: +percentile(hover, 95).toFixed(1), samples: hover.length },
    referencesMs: { p50: +percentile(refs, 50).toFixed(1), p95: +percentile(refs, 95).toFixed(1) },
    editToDiagnosticsMs: Math.round(edit.ms),
    editLongestHostBlockMs: Math.round(edit.maxGapMs),
    /** The whole extension host process (every extension in it), after the run. */
    hostRssMB: Math.round(process.memoryUsage().rss / 1e6),
    hostHeapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
  const out = process.env.SOURCE_XREF_TEST_RESULT;
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
}
