#!/usr/bin/env node
import { BoilerstripError } from '../errors.js';
import { parseArguments } from './arguments.js';
import { installCleanupHandlers } from './cleanup.js';
import { limitHeap } from './heap-limits.js';
import { messageLine } from './messages.js';
import { run } from './run.js';

const EXIT_RUNTIME = 1;
const EXIT_USAGE = 2;

/**
 * What main says of an error: a BoilerstripError or a system error (ENOSPC, EACCES) tells the user
 * what went wrong; anything else (a TypeError) is a fault of boilerstrip's own, and says so, so that
 * it is reported rather than taken for the user's mistake.
 */
const describeFailure = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const explained = error instanceof BoilerstripError || typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
  return explained ? message : `${message} (a fault in boilerstrip itself: please report it, with the command line)`;
};

/** A reader closed the pipe (`boilerstrip big.txt | head`): stop quietly, as grep and sed do. */
const isBrokenPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

limitHeap();
installCleanupHandlers();

// A write error (disk full, stdout closed) is a runtime failure: one line, no stack trace.
process.stdout.on('error', (error) => {
  if (isBrokenPipe(error)) process.exit(0);
  process.stderr.write(messageLine(`cannot write output: ${error.message}`));
  process.exit(EXIT_RUNTIME);
});

try {
  const argv = process.argv.slice(2);
  if (argv[0] === 'check-rules') {
    // Loaded only for this subcommand: it brings the rule-file tooling a cleaning run does not need.
    const { checkRules } = await import('./check-rules.js');
    process.exitCode = await checkRules(argv.slice(1), { stdout: process.stdout, stderr: process.stderr });
  } else {
    await run(await parseArguments(argv), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
} catch (error) {
  if (isBrokenPipe(error)) process.exit(0);
  const usage = error instanceof BoilerstripError && error.isUsageError;
  process.stderr.write(messageLine(describeFailure(error)));
  process.exitCode = usage ? EXIT_USAGE : EXIT_RUNTIME;
}
