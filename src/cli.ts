import * as fs from 'node:fs';
import { toCheckResult, toTextReport } from './core/report';
import { loadFolder } from './node/loadFolder';

const USAGE = `Usage: source-xref check <folder> [--format text|json]

Indexes the plain-text sources in <folder>, links the entities they name and reports
claims that another source contradicts.

Options:
  --format text|json   output format (default: text)
  -h, --help           show this help

Exit codes: 0 success, 2 usage error or unreadable folder.`;

function main(argv: string[]): number {
  if (argv.includes('-h') || argv.includes('--help') || argv.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = argv;
  if (command !== 'check') return usageError(`unknown command '${command}'`);
  let format = 'text';
  const folders: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('-')) return usageError(`unknown option '${a}'`);
    else folders.push(a);
  }
  if (format !== 'text' && format !== 'json') return usageError(`unknown format '${format}'`);
  if (folders.length !== 1) return usageError('give exactly one folder');
  const folder = folders[0];
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return usageError(`not a folder: ${folder}`);
  const { corpus, skipped } = loadFolder(folder);
  const result = toCheckResult(corpus, skipped);
  process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${toTextReport(result)}\n`);
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`source-xref: ${message}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
