import { EXIT_OK, EXIT_USAGE, USAGE, parseArgs } from './cli/args';
import { runCheck } from './cli/check';
import { version } from '../package.json';

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
      process.stderr.write(`source-xref: ${args.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'check': {
      try {
        const outcome = await runCheck(args, version);
        process.stdout.write(outcome.stdout);
        if (outcome.stderr) process.stderr.write(outcome.stderr);
        return outcome.exitCode;
      } catch (err) {
        process.stderr.write(`source-xref: ${err instanceof Error ? err.message : String(err)}\n`);
        return EXIT_USAGE;
      }
    }
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
