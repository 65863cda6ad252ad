import type { Readable, Writable } from 'node:stream';
import { compileRules, type RuleSet } from '../rules/compile.js';
import type { CliArguments } from './arguments.js';
import { cleanInputs } from './clean-inputs.js';

/** The streams one invocation reads and writes: the process's own, or a test's. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Where a command that reads no input (check-rules) writes, and what an output file named "-" or /dev/stdout stands for. */
export type StandardStreams = Pick<CliIo, 'stdout' | 'stderr'>;

/** Runs one invocation of the CLI; errors propagate to main, which maps them to exit codes. */
export async function run(args: CliArguments, io: CliIo): Promise<void> {
  // Rules are loaded and validated before any input is read, so a bad rule file never yields partial output.
  const rules = compileRules({ defaultRules: args.defaultRules, rulePaths: args.rules, disable: args.disable });
  if (args.listRules) {
    io.stdout.write(formatRuleList(rules));
    return;
  }
  await cleanInputs(args, rules, io);
}

function formatRuleList(rules: RuleSet): string {
  const rows = rules.packs.flatMap((pack) =>
    pack.rules.map((rule) => {
      const kind = rule.match ? 'match' : `detect:${rule.detect!.kind}`;
      return [rule.id, pack.name, kind, rule.zone, rule.action, rule.description?.replace(/\s+/g, ' ') ?? ''];
    }),
  );
  const header = ['ID', 'PACK', 'KIND', 'ZONE', 'ACTION', 'DESCRIPTION'];
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return `${[header, ...rows].map(format).join('\n')}\n`;
}
