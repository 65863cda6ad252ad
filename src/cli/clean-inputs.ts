import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { counted } from '../counted.js';
import { Stats } from '../engine/records.js';
import { JsonlCounts } from '../jsonl/jsonl-counts.js';
import { BATCH_BYTES, MAX_HELD_BATCHES } from '../parallel/protocol.js';
import type { WorkerPool } from '../parallel/worker-pool.js';
import type { RuleSet } from '../rules/compile.js';
import type { CliArguments } from './arguments.js';
import { ByteCounter } from './byte-counter.js';
import { cleaningStage } from './cleaning-stage.js';
import { EncodingCheck } from './encoding-check.js';
import { damagedGzip, inputLabel, inputSize, isGzipFile, openInput, STDIN, totalInputSize } from './input-source.js';
import { filesAreDocuments, startWorkers, usesWorkers, workerSettings } from './jobs.js';
import { messageLine } from './messages.js';
import { createProgress, type Progress } from './progress.js';
import type { CliIo } from './run.js';
import { refuseClashingNames, RunOutputs } from './run-outputs.js';
import { formatStatsJson, formatStatsReport, type RunSummary } from './stats-report.js';

/** Cleans every input in order into one output, then reports; a failed run leaves no output file behind. */
export async function cleanInputs(args: CliArguments, rules: RuleSet, io: CliIo): Promise<void> {
  const inputs = args.files.length === 0 ? [STDIN] : args.files;
  refuseClashingNames(args, inputs);
  const summary: RunSummary = { stats: new Stats(), jsonl: args.jsonl ? new JsonlCounts() : undefined, bytesRead: 0, bytesDecoded: 0, seconds: 0 };
  const outputs = new RunOutputs(io);
  const started = performance.now();
  const progress = await createProgress(io.stderr, args.progress ? totalInputSize(inputs) : undefined, args.progress);
  // --jobs N: this thread cleans too, beside N - 1 workers.
  const pool = usesWorkers(args, inputs) ? await startWorkers(args, rules) : undefined;
  try {
    outputs.open(args);
    const session: Session = { args, rules, io, summary, outputs, progress, pool };
    if (pool && filesAreDocuments(args, inputs)) await cleanFilesAsBatches(inputs, session, pool);
    else for (const input of inputs) await cleanInput(input, inputs.length > 1, session);
    progress.stop();
    summary.seconds = (performance.now() - started) / 1000;
    outputs.statsJson?.stream.write(formatStatsJson(summary));
    await outputs.publish();
  } catch (error) {
    progress.stop();
    await outputs.discard();
    throw error;
  } finally {
    await pool?.close();
  }
  if (args.stats) io.stderr.write(formatStatsReport(summary));
  const { jsonl } = summary;
  // A misspelt --field would otherwise pass a whole corpus through unchanged with exit 0 and no word.
  if (jsonl !== undefined && jsonl.records > 0 && jsonl.missing === jsonl.records) {
    io.stderr.write(messageLine(`no record has the field --field ${args.field} (${counted(jsonl.records, 'record')} read, all written unchanged); check the field's dotted path (page.body for {"page":{"body":…}}).`, 'warning'));
  }
}

interface Session {
  args: CliArguments;
  rules: RuleSet;
  io: CliIo;
  summary: RunSummary;
  outputs: RunOutputs;
  progress: Progress;
  /** The worker threads of --jobs (one fewer than the job count), when the input can be cut into records or documents. */
  pool: WorkerPool | undefined;
}

async function cleanInput(input: string, several: boolean, session: Session): Promise<void> {
  const { args, rules, summary, outputs, pool } = session;
  const stages = await readingStages(input, session);
  const stage = await cleaningStage(input, several, { args, rules, stats: summary.stats, audit: outputs.audit, pool });
  await runPipeline(...stages, stage, outputs.sink()).catch((error: unknown) => {
    throw damagedGzip(input, error) ?? error;
  });
  if (summary.jsonl && 'counts' in stage) summary.jsonl.add(stage.counts);
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
  return [stream, countRead, decoder, new EncodingCheck(inputLabel(input)), countDecoded];
}

/** A FILE read whole for a batch is held in memory, so only this much (64 MiB). */
const FILE_BATCH_BYTES = MAX_HELD_BATCHES * BATCH_BYTES;

/** A regular file of known, bounded size, not gzip (whose decoded size is not known ahead). */
const fitsOneBatch = (input: string): boolean => {
  if (input === STDIN) return false;
  const size = inputSize(input);
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
    if (cleaned.output.length > 0) await runPipeline([cleaned.output], outputs.sink());
  };
  const writeAll = async (): Promise<void> => {
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
    dispatcher.send({ bytes: whole.bytes(), firstLine: 1, label: inputLabel(input), file: input, documentsBefore: 0 });
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
