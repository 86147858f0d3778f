import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { parseArgs } from '../../src/cli/args';
import { exitCodeFor, folderPrefixes } from '../../src/cli/check';
import { mergeCheckResults, withMinConfidence } from '../../src/core/output/report';
import { lineColumn, lineStarts, toSarif } from '../../src/core/output/sarif';
import type { CheckResult } from '../../src/core/types';

const A = 'Title line\r\n\r\nThe minister arrived on Monday with 40 aides.\n';
const B = 'Headline\n\nThe minister arrived on Tuesday,\nwith 45 aides.\n';
const span = (file: string, text: string, needle: string) => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { file, start, end: start + needle.length, text: needle };
};

function sample(): CheckResult {
  return {
    version: 2,
    documents: [
      { file: 'a.txt', date: '2023-04-18', dateSource: 'header' },
      { file: 'dir/b c.txt', date: null, dateSource: 'none' },
    ],
    times: [{ ...span('a.txt', A, 'Monday'), value: '2023-04-17' }],
    entities: [{ id: 'e1', name: 'Monday', type: 'date', aliases: ['Monday'], mentions: [span('a.txt', A, 'Monday')] }],
    contradictions: [
      { id: 'c1', kind: 'date', code: 'xref.date', confidence: 0.9, message: 'Monday vs Tuesday', ...span('a.txt', A, 'Monday'), related: [span('dir/b c.txt', B, 'Tuesday')] },
      { id: 'c2', kind: 'number', code: 'xref.number', confidence: 0.4, message: '40 vs 45', ...span('dir/b c.txt', B, 'Tuesday,\nwith 45'), related: [span('a.txt', A, '40')] },
    ],
    skipped: [],
  };
}

describe('SARIF and report helpers', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across \\r\\n and \\n', () => {
    const starts = lineStarts(A);
    assert.deepEqual(lineColumn(starts, 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn(starts, A.indexOf('The')), { line: 3, column: 1 });
    assert.deepEqual(lineColumn(starts, A.indexOf('Monday')), { line: 3, column: 1 + A.indexOf('Monday') - A.indexOf('The') });
    assert.deepEqual(lineStarts('a\rb\r\nc\nd'), [0, 2, 5, 7]);
  });

  it('writes the required SARIF 2.1.0 fields, regions and related locations', () => {
    const texts: Record<string, string> = { 'a.txt': A, 'dir/b c.txt': B };
    const sarif = toSarif(sample(), { toolVersion: '9.9.9', textOf: (f) => texts[f], baseUris: { SRCROOT: 'file:///data/' } }) as any;
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///data/');
    assert.deepEqual(run.artifacts.map((a: any) => a.location.uri), ['a.txt', 'dir/b%20c.txt']);
    assert.equal(run.results.length, 2);
    const [date, number] = run.results;
    assert.equal(date.ruleId, 'xref.date');
    assert.equal(run.tool.driver.rules[date.ruleIndex].id, 'xref.date');
    assert.equal(date.level, 'warning');
    assert.equal(date.message.text, 'Monday vs Tuesday');
    assert.equal(date.properties.confidence, 0.9);
    const where = date.locations[0].physicalLocation;
    assert.equal(where.artifactLocation.index, 0);
    const col = A.indexOf('Monday') - A.indexOf('The') + 1;
    assert.deepEqual(where.region, { startLine: 3, startColumn: col, endLine: 3, endColumn: col + 6, charOffset: A.indexOf('Monday'), charLength: 6, snippet: { text: 'Monday' } });
    const related = date.relatedLocations[0];
    assert.equal(related.id, 1);
    assert.equal(related.physicalLocation.artifactLocation.uri, 'dir/b%20c.txt');
    assert.equal(related.physicalLocation.region.startLine, 3);
    // A span over a line break ends on the next line, one column past its last character.
    const multi = number.locations[0].physicalLocation.region;
    assert.equal(multi.startLine, 3);
    assert.equal(multi.endLine, 4);
    assert.equal(multi.endColumn, 'with 45'.length + 1);
  });

  it('keeps charOffset without lines when the text is unknown', () => {
    const sarif = toSarif(sample(), { toolVersion: '1', textOf: () => undefined }) as any;
    const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
    assert.equal(region.startLine, undefined);
    assert.equal(region.charOffset, A.indexOf('Monday'));
  });

  it('filters by confidence and decides the exit code', () => {
    assert.deepEqual(withMinConfidence(sample(), 0.5).contradictions.map((c) => c.id), ['c1']);
    assert.equal(withMinConfidence(sample(), 0).contradictions.length, 2);
    assert.equal(exitCodeFor(sample(), { failOnContradiction: true }), 1);
    assert.equal(exitCodeFor(sample(), { failOnContradiction: false }), 0);
    assert.equal(exitCodeFor(withMinConfidence(sample(), 0.95), { failOnContradiction: true }), 0);
  });

  it('merges folders with prefixed paths and renumbered ids', () => {
    const merged = mergeCheckResults([
      { prefix: 'one', result: sample() },
      { prefix: 'two', result: sample() },
    ]);
    assert.deepEqual(merged.documents.map((d) => d.file), ['one/a.txt', 'one/dir/b c.txt', 'two/a.txt', 'two/dir/b c.txt']);
    assert.deepEqual(merged.contradictions.map((c) => c.id), ['c1', 'c2', 'c3', 'c4']);
    assert.deepEqual(merged.entities.map((e) => e.id), ['e1', 'e2']);
    assert.equal(merged.contradictions[2].related[0].file, 'two/dir/b c.txt');
    assert.equal(mergeCheckResults([{ prefix: '', result: sample() }]).documents[0].file, 'a.txt');
  });

  it('parses options in both --flag value and --flag=value forms', () => {
    const p = parseArgs(['check', 'x', 'y', '--format=sarif', '--include', '*.txt', '--exclude=a/**', '--fail-on', 'contradiction', '--min-confidence', '0.5', '-q', '--jobs=3']);
    assert.deepEqual(p, { command: 'check', folders: ['x', 'y'], format: 'sarif', include: ['*.txt'], exclude: ['a/**'], failOnContradiction: true, minConfidence: 0.5, quiet: true, jobs: 3, maxPerFolder: 100, verbose: false });
    assert.equal(parseArgs(['check', 'x', '--quiet=1']).command, 'error');
    assert.equal(parseArgs(['check', 'x', '--min-confidence', 'abc']).command, 'error');
    assert.equal(parseArgs(['check', '--format', 'json']).command, 'error');
    assert.deepEqual(folderPrefixes(['a/seeds', 'b/other']), ['seeds', 'other']);
    assert.deepEqual(folderPrefixes(['a/seeds', 'b/seeds/']), ['a/seeds', 'b/seeds']);
    assert.deepEqual(folderPrefixes(['only']), ['']);
  });

  it("defaults --min-confidence to the editor's sourceXref.diagnostics.minConfidence default", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const editorDefault = manifest.contributes.configuration.properties['sourceXref.diagnostics.minConfidence'].default;
    const p = parseArgs(['check', 'x']);
    assert.ok(p.command === 'check');
    assert.equal(p.minConfidence, editorDefault);
    assert.equal(editorDefault, 0.5);
  });
});
