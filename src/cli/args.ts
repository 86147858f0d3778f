/** Command-line parsing for `source-xref`, kept free of I/O so it can be unit-tested. */
import { DEFAULT_MIN_CONFIDENCE } from '../core';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export interface CheckOptions {
  command: 'check';
  folders: string[];
  format: Format;
  /** Globs relative to each folder; empty means the default (every .txt and .md file). */
  include: string[];
  /** Added to the default excludes (node_modules, .git, hidden folders). */
  exclude: string[];
  failOnContradiction: boolean;
  minConfidence: number;
  quiet: boolean;
  /** Worker threads indexing story folders in parallel; 1 runs everything on the main thread. */
  jobs: number;
  /** At most this many contradictions per story folder are reported (the most confident); 0: no limit. */
  maxPerFolder: number;
  /** Internal errors (stack traces) go to stderr. */
  verbose: boolean;
}

/** Enough to read through, small enough that 100 folders of near-copies give a report of bounded size. */
export const DEFAULT_MAX_PER_FOLDER = 100;

export type ParsedArgs = CheckOptions | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const EXIT_OK = 0;
export const EXIT_CONTRADICTIONS = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: source-xref check <folder...> [options]
       source-xref --help | --version

Indexes the plain-text sources in each <folder>, links the entities they name across
sources, and reports statements that another source contradicts. Every sub-folder is
one story: sources are compared only with the other sources in the same sub-folder.

Options:
  --format text|json|sarif|markdown
                            output on stdout (default: text). json is the stable
                            CheckResult shape (version 2: times, and one entry per
                            disputed claim with every rival source in related);
                            sarif is SARIF 2.1.0 with one rule per contradiction
                            kind (xref.date, xref.number, ...); markdown is the
                            editor's contradictions report (each disagreement once,
                            verdicts from .sourcexref/verdicts.json)
  --include GLOB            only index files matching GLOB, relative to the folder
                            (repeatable; default: **/*.txt and **/*.md)
  --exclude GLOB            skip files matching GLOB (repeatable; always skipped:
                            node_modules, .git and hidden folders)
  --fail-on contradiction   exit with 1 when any contradiction is reported
  --min-confidence X        report only contradictions with confidence >= X (0..1;
                            default 0.5, as the editor's
                            sourceXref.diagnostics.minConfidence; 0 shows all)
  --max-per-folder N        report at most N contradictions per story folder, the
                            most confident (default: ${DEFAULT_MAX_PER_FOLDER}; 0: no limit). The text
                            report says how many more there are; json gives the
                            count as \`truncated\`
  -j, --jobs N              index story folders in N worker threads (default: one
                            per core, at most 4; 1 runs on the main thread)
  -q, --quiet               no progress indicator and no summary on stderr
  --verbose                 log internal errors (with stack traces) on stderr; by
                            default a folder that failed is named with one line
  -h, --help                show this help
  -v, --version             print the version

File paths in the output are relative to the given folder. With several folders,
each path is prefixed by its folder's name (seeds/a.txt); when two folders share a
name, the folder path as given is used instead.

Progress is shown on stderr only when stderr is a terminal. The text format never
prints control characters from the sources or their file names (they are shown as
spaces or dropped), so a source cannot move the cursor or forge report lines.

A story folder whose indexing fails (a worker thread crashed, ran out of memory or
gave no answer in time) is tried again on its own; if it fails again its files are
listed under "Skipped" and every other folder is still reported.

Exit codes:
  0  success (contradictions found, but --fail-on was not given)
  1  contradictions reported and --fail-on contradiction was given
  2  usage error, or a folder could not be read (missing, not a folder, no permission)`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  if (argv.length === 0) return { command: 'error', message: 'missing command' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { command: 'error', message: `unknown command '${command}'` };
  const opts: CheckOptions = { command: 'check', folders: [], format: 'text', include: [], exclude: [], failOnContradiction: false, minConfidence: DEFAULT_MIN_CONFIDENCE, quiet: false, jobs: 0, maxPerFolder: DEFAULT_MAX_PER_FOLDER, verbose: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      opts.folders.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      opts.folders.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const takesValue = ['--format', '--include', '--exclude', '--fail-on', '--min-confidence', '--max-per-folder', '--jobs', '-j'].includes(flag);
    if (!takesValue && eq > 0) return { command: 'error', message: `option '${flag}' takes no value` };
    let value = '';
    if (takesValue) {
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < rest.length) value = rest[++i];
      else return { command: 'error', message: `option '${flag}' needs a value` };
    }
    switch (flag) {
      case '--format':
        if (value !== 'text' && value !== 'json' && value !== 'sarif' && value !== 'markdown') return { command: 'error', message: `unknown format '${value}' (text, json, sarif or markdown)` };
        opts.format = value;
        break;
      case '--include':
        opts.include.push(value);
        break;
      case '--exclude':
        opts.exclude.push(value);
        break;
      case '--fail-on':
        if (value !== 'contradiction') return { command: 'error', message: `unknown --fail-on value '${value}' (contradiction)` };
        opts.failOnContradiction = true;
        break;
      case '--min-confidence': {
        const x = Number(value);
        if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) return { command: 'error', message: `--min-confidence wants a number from 0 to 1, got '${value}'` };
        opts.minConfidence = x;
        break;
      }
      case '--max-per-folder': {
        const n = Number(value);
        if (value.trim() === '' || !Number.isInteger(n) || n < 0) return { command: 'error', message: `--max-per-folder wants a whole number (0 for no limit), got '${value}'` };
        opts.maxPerFolder = n;
        break;
      }
      case '-j':
      case '--jobs': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 64) return { command: 'error', message: `--jobs wants a whole number from 1 to 64, got '${value}'` };
        opts.jobs = n;
        break;
      }
      case '-q':
      case '--quiet':
        opts.quiet = true;
        break;
      case '--verbose':
        opts.verbose = true;
        break;
      default:
        return { command: 'error', message: `unknown option '${arg}'` };
    }
  }
  if (opts.folders.length === 0) return { command: 'error', message: 'give at least one folder' };
  return opts;
}
