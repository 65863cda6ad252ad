import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Stats } from '../engine/records.js';
import { JsonlCounts, JsonlStream } from '../jsonl/jsonl-stream.js';
import { compileRules, type RuleSet } from '../rules/compile.js';
import { StripStream } from '../stream/strip-stream.js';
import type { CliArguments } from './arguments.js';
import { formatStatsReport } from './stats-report.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const STDIN = '-';

/** Runs one invocation of the CLI; errors propagate to main, which maps them to exit codes. */
export async function run(args: CliArguments, io: CliIo): Promise<void> {
  // Rules are loaded and validated before any input is read, so a bad rule file never yields partial output.
  const rules = compileRules({ defaultRules: args.defaultRules, rulePaths: args.rules, disable: args.disable });
  if (args.listRules) {
    io.stdout.write(formatRuleList(rules));
    return;
  }
  const inputs = args.files.length === 0 ? [STDIN] : args.files;
  const stats = new Stats();
  const jsonlCounts = args.jsonl ? new JsonlCounts() : undefined;
  for (const input of inputs) {
    const label = inputs.length > 1 ? input : undefined;
    const transform = args.jsonl ? jsonlTransform(args, rules, stats, input) : textTransform(args, rules, stats, label);
    await pipeline(input === STDIN ? io.stdin : createReadStream(input), transform, writeTo(io.stdout));
    if (transform instanceof JsonlStream) addCounts(jsonlCounts!, transform.counts);
  }
  if (args.stats) io.stderr.write(formatStatsReport(stats, jsonlCounts));
}

/** A pipeline end that writes into a stream it does not own: stdout stays open for the next file. */
function writeTo(destination: Writable): (chunks: AsyncIterable<Buffer>) => Promise<void> {
  return async (chunks) => {
    for await (const chunk of chunks) {
      if (!destination.write(chunk)) await once(destination, 'drain');
    }
  };
}

function textTransform(args: CliArguments, rules: RuleSet, stats: Stats, label: string | undefined): Transform {
  return new StripStream({
    rules,
    stats,
    maxLineBytes: args.maxLineBytes,
    explain: args.explain,
    ...(args.docSeparator !== undefined ? { docSeparator: args.docSeparator } : {}),
    ...(label !== undefined ? { explainLabel: label } : {}),
  });
}

function jsonlTransform(args: CliArguments, rules: RuleSet, stats: Stats, input: string): JsonlStream {
  return new JsonlStream({
    rules,
    stats,
    maxLineBytes: args.maxLineBytes,
    explain: args.explain,
    field: args.field,
    onInvalid: args.onInvalid,
    label: input === STDIN ? '<stdin>' : input,
  });
}

function addCounts(total: JsonlCounts, counts: JsonlCounts): void {
  for (const key of Object.keys(total) as (keyof JsonlCounts)[]) total[key] += counts[key];
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
