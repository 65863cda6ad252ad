import { recordDocument, textDocument } from '../audit-lines.js';
import type { Stats } from '../engine/records.js';
import type { JsonlStageOptions, JsonlStream, RecordSource } from '../jsonl/jsonl-stream.js';
import type { ParallelStream } from '../parallel/parallel-stream.js';
import type { WorkerPool } from '../parallel/worker-pool.js';
import type { RuleSet } from '../rules/compile.js';
import { StripStream } from '../stream/strip-stream.js';
import type { CliArguments } from './arguments.js';
import type { AuditLog } from './audit-log.js';
import { inputLabel } from './input-source.js';
import { batchBytesFromEnvironment, cutsIntoBatches, workerSettings } from './jobs.js';

/** What the cleaning stage of an input's pipeline takes from the run. */
export interface CleaningContext {
  args: CliArguments;
  rules: RuleSet;
  /** Counts every document and line the run cleans. */
  stats: Stats;
  audit: AuditLog | undefined;
  /** The worker threads of --jobs, when the input can be cut into records or documents. */
  pool: WorkerPool | undefined;
}

/**
 * The stage that cleans one input: cut into batches for the workers (--jobs with --jsonl or
 * --doc-separator), record by record (--jsonl), or as text. `several`: one of several FILEs, which
 * --explain labels.
 */
export async function cleaningStage(input: string, several: boolean, context: CleaningContext): Promise<StripStream | JsonlStream | ParallelStream> {
  const { args, pool } = context;
  if (pool && cutsIntoBatches(args)) return parallelStage(input, context, pool);
  return args.jsonl ? jsonlStage(input, context) : textStage(input, several, context);
}

async function parallelStage(input: string, { args, rules, stats, audit }: CleaningContext, pool: WorkerPool): Promise<ParallelStream> {
  const { ParallelStream } = await import('../parallel/parallel-stream.js');
  const document = (index: number, source: RecordSource | undefined) => (source ? recordDocument(input, source) : textDocument(input, index));
  return new ParallelStream({
    pool,
    settings: workerSettings(args),
    rules,
    label: inputLabel(input),
    file: input,
    stats,
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

/** The cleaning options a single-thread text or JSONL stage takes from the run. */
function cleaningOptions({ args, rules, stats }: CleaningContext) {
  return { rules, stats, maxLineBytes: args.maxLineBytes, profile: args.profile, maxRemovedRatio: args.maxRemovedRatio, explain: args.explain };
}

function textStage(input: string, several: boolean, context: CleaningContext): StripStream {
  const { args, audit } = context;
  return new StripStream({
    ...cleaningOptions(context),
    docSeparator: args.docSeparator,
    ...(several ? { explainLabel: inputLabel(input) } : {}),
    // The audit lists removed and changed lines only: kept lines' records are not built.
    ...(audit ? { observeKept: false, observer: (record) => audit.line(textDocument(input, record.document), record), onBudgetFlag: (flag) => audit.flag(textDocument(input, flag.document), flag) } : {}),
  });
}

async function jsonlStage(input: string, context: CleaningContext): Promise<JsonlStream> {
  const { JsonlStream } = await import('../jsonl/jsonl-stream.js');
  const { args, audit } = context;
  const options: JsonlStageOptions = {
    ...cleaningOptions(context),
    field: args.field,
    idField: args.idField,
    onInvalid: args.onInvalid,
    maxRecordBytes: args.maxRecordBytes,
    label: inputLabel(input),
    ...(audit ? { observeKept: false, observer: (record, source) => audit.line(recordDocument(input, source), record), onBudgetFlag: (flag, source) => audit.flag(recordDocument(input, source), flag) } : {}),
  };
  return new JsonlStream(options);
}
