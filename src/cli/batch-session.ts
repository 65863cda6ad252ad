import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { counted } from '../counted.js';
import { Stats } from '../engine/records.js';
import { BoilerstripError } from '../errors.js';
import { JsonlCounts } from '../jsonl/jsonl-counts.js';
import type { JsonlStream, RecordSource } from '../jsonl/jsonl-stream.js';
import type { RuleSet } from '../rules/compile.js';
import type { ParallelStream } from '../parallel/parallel-stream.js';
import { BATCH_BYTES, MAX_HELD_BATCHES, type WorkerSettings } from '../parallel/protocol.js';
import type { WorkerPool } from '../parallel/worker-pool.js';
import { StripStream } from '../stream/strip-stream.js';
import type { CliArguments } from './arguments.js';
import { AuditLog } from './audit-log.js';
import { ByteCounter } from './byte-counter.js';
import { EncodingCheck } from './encoding-check.js';
import { liftHeapLimits } from './heap-limits.js';
import { inputSize, isGzipFile, openInput, STDIN } from './input-source.js';
import { isSameFile, OutputFile } from './output-file.js';
import { OutputSink } from './output-sink.js';
import { createProgress, type Progress } from './progress.js';
import type { CliIo } from './run.js';
import { formatStatsJson, formatStatsReport, type RunSummary } from './stats-report.js';

/** The files one run writes; each appears only when the whole run succeeded. */
interface Outputs {
  output: OutputFile | undefined;
  audit: AuditLog | undefined;
  statsJson: OutputFile | undefined;
}

/** Cleans every input in order into one output, then reports; a failed run leaves no output file behind. */
export async function runBatch(args: CliArguments, rules: RuleSet, io: CliIo): Promise<void> {
  const inputs = args.files.length === 0 ? [STDIN] : args.files;
  refuseClashingNames(args, inputs);
  const summary: RunSummary = { stats: new Stats(), jsonl: args.jsonl ? new JsonlCounts() : undefined, bytesRead: 0, bytesDecoded: 0, seconds: 0 };
  const outputs: Outputs = { output: undefined, audit: undefined, statsJson: undefined };
  const started = performance.now();
  const progress = await createProgress(io.stderr, args.progress ? totalSize(inputs) : undefined, args.progress);
  // --jobs N: this thread cleans too, beside N - 1 workers.
  const pool = usesWorkers(args, inputs) ? await startWorkers(args, rules) : undefined;
  try {
    if (args.output !== undefined) outputs.output = new OutputFile(args.output, io);
    if (args.audit !== undefined) outputs.audit = new AuditLog(new OutputFile(args.audit, io));
    if (args.statsJson !== undefined) outputs.statsJson = new OutputFile(args.statsJson, io);
    const session: Session = { args, rules, io, summary, outputs, progress, pool };
    if (pool && filesAreDocuments(args, inputs)) await cleanFilesAsBatches(inputs, session, pool);
    else for (const input of inputs) await cleanInput(input, inputs.length > 1, session);
    progress.stop();
    summary.seconds = (performance.now() - started) / 1000;
    outputs.statsJson?.stream.write(formatStatsJson(summary));
    // Every file is complete before any is moved into place: a failure leaves none of them.
    const files = [outputs.output, outputs.audit, outputs.statsJson];
    for (const file of files) await file?.finish();
    for (const file of files) file?.publish();
  } catch (error) {
    progress.stop();
    await Promise.all([outputs.output?.discard(), outputs.audit?.discard(), outputs.statsJson?.discard()]);
    throw error;
  } finally {
    await pool?.close();
  }
  if (args.stats) io.stderr.write(formatStatsReport(summary));
  const { jsonl } = summary;
  // A misspelt --field would otherwise pass a whole corpus through unchanged with exit 0 and no word.
  if (jsonl !== undefined && jsonl.records > 0 && jsonl.missing === jsonl.records) {
    io.stderr.write(`boilerstrip: warning: no record has the field --field ${args.field} (${counted(jsonl.records, 'record')} read, all written unchanged); check the field's dotted path (page.body for {"page":{"body":…}}).\n`);
  }
}

interface Session {
  args: CliArguments;
  rules: RuleSet;
  io: CliIo;
  summary: RunSummary;
  outputs: Outputs;
  progress: Progress;
  /** The worker threads of --jobs (one fewer than the job count), when the input can be cut into records or documents. */
  pool: WorkerPool | undefined;
}

/**
 * The --jobs worker threads, on V8's own heap sizing (see liftHeapLimits). Here, and for the --jobs
 * and --jsonl stages below, the modules load only for a run that uses them: a one-page run in a
 * pipeline pays for every module it loads.
 */
async function startWorkers(args: CliArguments, rules: RuleSet): Promise<WorkerPool> {
  liftHeapLimits();
  const { WorkerPool } = await import('../parallel/worker-pool.js');
  return new WorkerPool(args.jobs - 1, { settings: workerSettings(args), rules: { packs: rules.packs, disable: args.disable } });
}

/** Worker threads pay off only where the input splits into units each worker can clean alone. */
const usesWorkers = (args: CliArguments, inputs: readonly string[]): boolean => args.jobs > 1 && (cutsIntoBatches(args) || filesAreDocuments(args, inputs));

/** Records, or documents ended by the separator: an input's stream is cut into batches. */
const cutsIntoBatches = (args: CliArguments): boolean => args.jsonl || args.docSeparator !== undefined;

function workerSettings(args: CliArguments): WorkerSettings {
  return {
    mode: args.jsonl ? 'jsonl' : 'text',
    maxLineBytes: args.maxLineBytes,
    profile: args.profile,
    ...(args.docSeparator !== undefined ? { docSeparator: args.docSeparator } : {}),
    ...(args.maxRemovedRatio !== undefined ? { maxRemovedRatio: args.maxRemovedRatio } : {}),
    jsonl: { field: args.field, idField: args.idField, onInvalid: args.onInvalid, maxRecordBytes: args.maxRecordBytes },
    audit: args.audit !== undefined,
  };
}

async function cleanInput(input: string, several: boolean, session: Session): Promise<void> {
  const { args, summary } = session;
  const stages = await readingStages(input, session);
  const transform = session.pool && cutsIntoBatches(args) ? await parallelTransform(input, session, session.pool) : args.jsonl ? await jsonlTransform(input, session) : textTransform(input, several, session);
  await runPipeline(...stages, transform, outputSink(session));
  if (summary.jsonl && 'counts' in transform) summary.jsonl.add(transform.counts);
}

// pipeline() takes any number of stages; its typings stop at four between source and destination.
const runPipeline = pipeline as (...stages: unknown[]) => Promise<void>;

/**
 * With --jobs, chunks of this size are read and decoded: this thread, which also feeds the
 * workers, makes 4 times fewer reads and passes through the stages than with node's 64 KiB (100 MiB
 * read alone: 0.08-0.14 s of CPU, 0.03-0.06 s with these). Chunks of a whole batch (1 MiB) saved
 * little more and held 10 to 40 MiB more at the peak with --jobs 2.
 */
const PARALLEL_READ_BYTES = BATCH_BYTES / 4;

/** An input opened, counted, gunzipped when it is gzip and checked to be UTF-8 text: the stages before the cleaner. */
async function readingStages(input: string, { io, summary, progress, pool }: Session): Promise<unknown[]> {
  const { stream, decoder } = await openInput(input, io.stdin, pool ? PARALLEL_READ_BYTES : undefined);
  const countRead = new ByteCounter((bytes) => {
    summary.bytesRead += bytes;
    progress.update(summary.bytesRead, summary.stats.documents);
  });
  const countDecoded = new ByteCounter((bytes) => (summary.bytesDecoded += bytes));
  return [stream, countRead, decoder, new EncodingCheck(input === STDIN ? '<stdin>' : input), countDecoded];
}

/** The end of a pipeline: the output (and the audit trail, to wait on when it is full). */
function outputSink({ io, outputs }: Session): OutputSink {
  const destination = outputs.output ? { stream: outputs.output.stream, name: outputs.output.path } : { stream: io.stdout, name: 'standard output' };
  return new OutputSink(destination, outputs.audit && { stream: outputs.audit.stream, name: outputs.audit.path });
}

/** Several plain-text FILEs without --doc-separator: each FILE is one document. */
const filesAreDocuments = (args: CliArguments, inputs: readonly string[]): boolean => !args.jsonl && args.docSeparator === undefined && inputs.length > 1;

/** A FILE read whole for a batch is held in memory, so only this much (64 MiB). */
const FILE_BATCH_BYTES = MAX_HELD_BATCHES * BATCH_BYTES;

/** A regular file of known, bounded size, not gzip (whose decoded size is not known ahead). */
const fitsOneBatch = (input: string): boolean => {
  if (input === STDIN) return false;
  const size = inputSizeOrUndefined(input);
  return size !== undefined && size <= FILE_BATCH_BYTES && !isGzipFile(input);
};

/**
 * --jobs with several FILEs that are one document each: each FILE is read whole and cleaned as one
 * batch, several at once (see BatchDispatcher); output, counts and audit lines are written in FILE
 * order, as one thread would. Standard input, gzip files and files over FILE_BATCH_BYTES are
 * cleaned on this thread, streaming, in their turn. A FILE that cannot be read stops the run after
 * the FILEs before it are written, as with one job.
 */
async function cleanFilesAsBatches(inputs: readonly string[], session: Session, pool: WorkerPool): Promise<void> {
  const { args, rules, summary, outputs } = session;
  const { BatchDispatcher } = await import('../parallel/batch-dispatcher.js');
  const dispatcher = new BatchDispatcher(pool, workerSettings(args), rules);
  const waiting: string[] = [];
  const writeNext = async (): Promise<void> => {
    waiting.shift();
    const cleaned = await dispatcher.next();
    summary.stats.add(cleaned.stats);
    outputs.audit?.write(cleaned.audit);
    // Through a pipeline, as every input is written, so that a failing output rejects here rather than erroring unheard.
    if (cleaned.output.length > 0) await runPipeline([cleaned.output], outputSink(session));
  };
  const writeAll = async (): Promise<void> => {
    dispatcher.takeBackWaiting();
    while (waiting.length > 0) await writeNext();
  };
  for (const input of inputs) {
    if (!fitsOneBatch(input)) {
      await writeAll();
      await cleanInput(input, true, session);
      continue;
    }
    const whole = new WholeInput();
    await runPipeline(...(await readingStages(input, session)), whole).catch(async (error: unknown) => {
      await writeAll();
      throw error;
    });
    dispatcher.send({ bytes: whole.bytes(), firstLine: 1, label: input, file: input, documentsBefore: 0 });
    waiting.push(input);
    while (dispatcher.full) await writeNext();
  }
  await writeAll();
}

/** Gathers an input's bytes, to be cleaned as one batch. */
class WholeInput extends Writable {
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk);
    callback();
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** BOILERSTRIP_BATCH_BYTES: the --jobs batch size, for tuning and for tests that want many small batches. */
function batchBytesFromEnvironment(): { batchBytes?: number } {
  const value = process.env.BOILERSTRIP_BATCH_BYTES;
  if (value === undefined) return {};
  const batchBytes = Number(value);
  if (!Number.isInteger(batchBytes) || batchBytes < 1) throw new BoilerstripError('E_USAGE', `BOILERSTRIP_BATCH_BYTES must be a whole number of bytes from 1; got ${value}`);
  return { batchBytes };
}

async function parallelTransform(input: string, { args, rules, summary, outputs }: Session, pool: WorkerPool): Promise<ParallelStream> {
  const { ParallelStream } = await import('../parallel/parallel-stream.js');
  const { audit } = outputs;
  const label = args.jsonl && input === STDIN ? '<stdin>' : input;
  const document = (index: number, source: RecordSource | undefined) => ({ file: input, doc: source ? (source.id ?? source.line) : index + 1 });
  return new ParallelStream({
    pool,
    settings: workerSettings(args),
    rules,
    label,
    file: input,
    stats: summary.stats,
    ...batchBytesFromEnvironment(),
    ...(audit
      ? {
          onAudit: (lines) => audit.write(lines),
          observer: (record, source) => audit.line(document(record.document, source), record),
          onBudgetFlag: (flag, source) => audit.flag(document(flag.document, source), flag),
        }
      : {}),
  });
}

/** The cleaning options a single-thread text or JSONL stage takes from the session. */
function cleaningOptions({ args, rules, summary }: Session) {
  return { rules, stats: summary.stats, maxLineBytes: args.maxLineBytes, profile: args.profile, maxRemovedRatio: args.maxRemovedRatio, explain: args.explain };
}

function textTransform(input: string, several: boolean, session: Session): StripStream {
  const { args, outputs } = session;
  const { audit } = outputs;
  const document = (index: number) => ({ file: input, doc: index + 1 });
  return new StripStream({
    ...cleaningOptions(session),
    docSeparator: args.docSeparator,
    ...(several ? { explainLabel: input } : {}),
    ...(audit ? { observer: (record) => audit.line(document(record.document), record), onBudgetFlag: (flag) => audit.flag(document(flag.document), flag) } : {}),
  });
}

async function jsonlTransform(input: string, session: Session): Promise<JsonlStream> {
  const { JsonlStream } = await import('../jsonl/jsonl-stream.js');
  const { args, outputs } = session;
  const { audit } = outputs;
  const document = (source: { line: number; id: string | number | undefined }) => ({ file: input, doc: source.id ?? source.line });
  return new JsonlStream({
    ...cleaningOptions(session),
    field: args.field,
    idField: args.idField,
    onInvalid: args.onInvalid,
    maxRecordBytes: args.maxRecordBytes,
    label: input === STDIN ? '<stdin>' : input,
    ...(audit ? { observer: (record, source) => audit.line(document(source), record), onBudgetFlag: (flag, source) => audit.flag(document(source), flag) } : {}),
  });
}

/** The total input size when every input is a regular file, for the progress bar. */
function totalSize(inputs: string[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    const size = inputSizeOrUndefined(input);
    if (size === undefined) return undefined;
    total += size;
  }
  return total;
}

function inputSizeOrUndefined(input: string): number | undefined {
  try {
    return inputSize(input);
  } catch {
    return undefined; // unreadable: the read itself will report it
  }
}

/**
 * Writing over an input while reading it would destroy it, and two outputs in one file would
 * mix; say so before anything is read. Standard output is "-" whether named or implied.
 */
function refuseClashingNames(args: CliArguments, inputs: string[]): void {
  const named: [string, string][] = [
    ['--output', args.output ?? '/dev/stdout'],
    ['--audit', args.audit],
    ['--stats-json', args.statsJson],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined).map(([option, name]) => [option, name === '-' ? '/dev/stdout' : name]);
  for (const [option, name] of named) {
    const input = inputs.find((file) => file !== STDIN && isSameFile(file, name));
    if (input !== undefined) throw new BoilerstripError('E_USAGE', `${option} ${name} is also an input file; write to another file and rename it afterwards.`);
  }
  for (const [index, [option, name]] of named.entries()) {
    const other = named.slice(index + 1).find(([, otherName]) => isSameFile(name, otherName));
    if (other !== undefined) throw new BoilerstripError('E_USAGE', `${option} and ${other[0]} both name ${name}; give each its own file.`);
  }
}
