import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

/**
 * The layering rules of ARCHITECTURE.md, read from the import statements of the source tree:
 * - `src/core` never imports `vscode` or the adapters;
 * - the adapters (`src/vscode`, `src/cli`, `src/node`, the two entry files) import the engine only
 *   through its public entry point `src/core/index.ts`;
 * - each stage folder of the engine imports only itself and the stages before it.
 */

/** The engine's stage folders in pipeline order; `types.ts` and `util/` sit below all of them. */
export const STAGES = ['util', 'text', 'mentions', 'entities', 'claims', 'conflicts', 'index', 'output'] as const;

const SRC = path.join(REPO_ROOT, 'src');
const CORE = path.join(SRC, 'core');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier of `import … from '…'`, `export … from '…'` and `require('…')` in a file. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1]);
  return out;
}

/** The stage (index into STAGES) of a file under src/core; -1 for `types.ts` (below every stage), undefined for `index.ts`. */
export function stageOf(file: string): number | undefined {
  const rel = path.relative(CORE, file).split(path.sep);
  if (rel.length === 1) return rel[0] === 'types.ts' ? -1 : undefined;
  const i = STAGES.indexOf(rel[0] as (typeof STAGES)[number]);
  if (i < 0) throw new Error(`src/core/${rel[0]} is not a stage folder listed in STAGES (and ARCHITECTURE.md)`);
  return i;
}

/** The violations of the stage order in one core file: imports of a later stage or of the entry point. */
export function stageViolations(file: string, source: string): string[] {
  const own = stageOf(file);
  if (own === undefined) return [];
  const out: string[] = [];
  for (const spec of importsOf(source)) {
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec);
    const targetFile = fs.existsSync(target + '.ts') ? target + '.ts' : path.join(target, 'index.ts');
    if (!targetFile.startsWith(CORE + path.sep)) {
      out.push(`${spec} (outside src/core)`);
      continue;
    }
    const theirs = stageOf(targetFile);
    if (theirs === undefined) out.push(`${spec} (the public entry point, meant for the adapters)`);
    else if (theirs > own) out.push(`${spec} (stage ${STAGES[theirs]} comes after ${STAGES[own] ?? 'types'})`);
  }
  return out;
}

/** The violations of the single entry point in one adapter file: core imports other than `src/core/index.ts`. */
export function entryPointViolations(file: string, source: string): string[] {
  return importsOf(source).filter((spec) => {
    if (!spec.startsWith('.')) return false;
    const target = path.resolve(path.dirname(file), spec);
    return target.startsWith(CORE + path.sep) && target !== path.join(CORE, 'index');
  });
}

function report(files: string[], check: (file: string, source: string) => string[]): string[] {
  return files.flatMap((f) => check(f, fs.readFileSync(f, 'utf8')).map((v) => `${path.relative(REPO_ROOT, f)}: ${v}`));
}

describe('architecture', () => {
  const coreFiles = tsFiles(CORE);
  const adapterFiles = [...['vscode', 'cli', 'node'].flatMap((d) => tsFiles(path.join(SRC, d))), path.join(SRC, 'extension.ts'), path.join(SRC, 'cli.ts')];

  it('src/core never imports vscode or the adapters', () => {
    assert.ok(coreFiles.length > 20, 'core files found');
    const offenders = coreFiles.filter((f) => importsOf(fs.readFileSync(f, 'utf8')).some((s) => s === 'vscode' || /^(\.\.\/)+(vscode|node|cli)\//.test(s)));
    assert.deepEqual(offenders.map((f) => path.relative(REPO_ROOT, f)), []);
  });

  it('every stage folder imports only itself and earlier stages, never the entry point', () => {
    assert.deepEqual(report(coreFiles, stageViolations), []);
  });

  it('the adapters import the engine only through src/core/index.ts', () => {
    assert.ok(adapterFiles.length > 20, 'adapter files found');
    assert.deepEqual(report(adapterFiles, entryPointViolations), []);
  });

  it('the checks catch a violation (a file of an early stage importing a later one; an adapter reaching inside)', () => {
    const early = path.join(CORE, 'text', 'sentences.ts');
    assert.deepEqual(stageViolations(early, "import { linkEntities } from '../entities/linkEntities';"), ['../entities/linkEntities (stage entities comes after text)']);
    assert.deepEqual(stageViolations(early, "import { x } from '..';"), ['.. (the public entry point, meant for the adapters)']);
    const adapter = path.join(SRC, 'vscode', 'hover.ts');
    assert.deepEqual(entryPointViolations(adapter, "import type { Entity } from '../core/types';\nimport { a } from '../core';"), ['../core/types']);
  });
});
