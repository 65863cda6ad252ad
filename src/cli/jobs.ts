import { BoilerstripError, quoted } from '../errors.js';
import type { WorkerSettings } from '../parallel/protocol.js';
import type { WorkerPool } from '../parallel/worker-pool.js';
import type { RuleSet } from '../rules/compile.js';
import type { CliArguments } from './arguments.js';
import { liftHeapLimits } from './heap-limits.js';

/** Worker threads pay off only where the input splits into units each worker can clean alone. */
export const usesWorkers = (args: CliArguments, inputs: readonly string[]): boolean => args.jobs > 1 && (cutsIntoBatches(args) || filesAreDocuments(args, inputs));

/** Records, or documents ended by the separator: an input's stream is cut into batches. */
export const cutsIntoBatches = (args: CliArguments): boolean => args.jsonl || args.docSeparator !== undefined;

/** Several plain-text FILEs without --doc-separator: each FILE is one document. */
export const filesAreDocuments = (args: CliArguments, inputs: readonly string[]): boolean => !args.jsonl && args.docSeparator === undefined && inputs.length > 1;

/**
 * The --jobs worker threads (one fewer than the job count: this thread cleans too), on V8's own
 * heap sizing (see liftHeapLimits). Here, and for the --jobs and --jsonl stages, the modules load
 * only for a run that uses them: a one-page run in a pipeline pays for every module it loads.
 */
export async function startWorkers(args: CliArguments, rules: RuleSet): Promise<WorkerPool> {
  liftHeapLimits();
  const { WorkerPool } = await import('../parallel/worker-pool.js');
  return new WorkerPool(args.jobs - 1, { settings: workerSettings(args), rules: { packs: rules.packs, disable: args.disable } });
}

/** What a worker needs of the arguments to clean a batch as this thread would. */
export function workerSettings(args: CliArguments): WorkerSettings {
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

/** BOILERSTRIP_BATCH_BYTES: the --jobs batch size, for tuning and for tests that want many small batches. */
export function batchBytesFromEnvironment(environment: NodeJS.ProcessEnv = process.env): { batchBytes?: number } {
  const value = environment.BOILERSTRIP_BATCH_BYTES;
  if (value === undefined) return {};
  const batchBytes = Number(value);
  if (!Number.isInteger(batchBytes) || batchBytes < 1) throw new BoilerstripError('E_USAGE', `BOILERSTRIP_BATCH_BYTES must be a whole number of bytes from 1; got ${quoted(value)}`);
  return { batchBytes };
}
