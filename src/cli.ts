import { EXIT_OK, EXIT_USAGE, USAGE, parseArgs } from './cli/args';
import { runCheck } from './cli/check';
import { forTerminal } from './cli/terminalText';
import { version } from '../package.json';

/**
 * A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error,
 * so the command ends quietly with success instead of printing an EPIPE stack. Any other output
 * error ends it with one line.
 */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    if (stream !== process.stderr) process.stderr.write(`source-xref: cannot write the output (${err.code ?? err.message})\n`);
    process.exit(EXIT_USAGE);
  });
}

/** Whatever escapes (a bug) is one line for the user; the stack trace only with --verbose. */
function reportUncaught(verbose: boolean): void {
  process.on('uncaughtException', (err) => {
    process.stderr.write(`source-xref: internal error: ${forTerminal(err instanceof Error ? err.message : String(err))}${verbose ? '' : ' (--verbose for details)'}\n`);
    if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exit(EXIT_USAGE);
  });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${version}\n`);
      return EXIT_OK;
    case 'error':
      process.stderr.write(`source-xref: ${forTerminal(args.message)}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'check': {
      reportUncaught(args.verbose);
      try {
        const outcome = await runCheck(args, version);
        process.stdout.write(outcome.stdout);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        return outcome.exitCode;
      } catch (err) {
        // One line for the user; the stack trace only when asked for.
        process.stderr.write(`source-xref: ${forTerminal(err instanceof Error ? err.message : String(err))}\n`);
        if (args.verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
        return EXIT_USAGE;
      }
    }
  }
}

exitQuietlyOnClosedPipe(process.stdout);
exitQuietlyOnClosedPipe(process.stderr);
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
