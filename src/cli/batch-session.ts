import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Stats } from '../engine/records.js';
import { BoilerstripError } from '../errors.js';
import { JsonlCounts, JsonlStream } from '../jsonl/jsonl-stream.js';
import type { RuleSet } from '../rules/compile.js';
import { StripStream } from '../stream/strip-stream.js';
import type { CliArguments } from './arguments.js';
import { openInput, STDIN } from './input-source.js';
import { isSameFile, OutputFile } from './output-file.js';
import type { CliIo } from './run.js';
import { formatStatsReport } from './stats-report.js';
import { writeTo } from './write-to.js';

/** Cleans every input in order into one output, then reports; a failed run leaves no output file behind. */
export async function runBatch(args: CliArguments, rules: RuleSet, io: CliIo): Promise<void> {
  const inputs = args.files.length === 0 ? [STDIN] : args.files;
  refuseOverwritingInputs(args, inputs);
  const output = args.output === undefined ? undefined : new OutputFile(args.output, io);
  const stats = new Stats();
  const jsonlCounts = args.jsonl ? new JsonlCounts() : undefined;
  try {
    for (const input of inputs) {
      const transform = args.jsonl ? jsonlTransform(args, rules, stats, input) : textTransform(args, rules, stats, inputs.length > 1 ? input : undefined);
      const { stream, decoder } = await openInput(input, io.stdin);
      await pipeline(stream, decoder, transform, writeTo(output?.stream ?? io.stdout));
      if (transform instanceof JsonlStream) addCounts(jsonlCounts!, transform.counts);
    }
    await output?.commit();
  } catch (error) {
    await output?.discard();
    throw error;
  }
  if (args.stats) io.stderr.write(formatStatsReport(stats, jsonlCounts));
}

/** Writing over an input while reading it would destroy it; say so before anything is read. */
function refuseOverwritingInputs(args: CliArguments, inputs: string[]): void {
  if (args.output === undefined) return;
  for (const input of inputs) {
    if (input !== STDIN && isSameFile(input, args.output)) {
      throw new BoilerstripError('E_USAGE', `--output ${args.output} is also an input file; write to another file and rename it afterwards.`);
    }
  }
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

