import type { JsonlCounts } from '../jsonl/jsonl-counts.js';
import type { Stats } from '../engine/records.js';
import type { RulePack } from '../rules/load.js';
import type { Profile } from '../rules/page-schema.js';

/** Batches of about this size make the cost of handing one over small next to cleaning it. */
export const BATCH_BYTES = 1 << 20;
/**
 * A document longer than this many batches (no separator for 64 MiB at the default size) is not
 * held for a worker: the rest of the input is cleaned on this thread, streaming, as with one job.
 */
export const MAX_HELD_BATCHES = 64;

/** How every batch of one run is cleaned, whichever thread cleans it. */
export interface WorkerSettings {
  mode: 'text' | 'jsonl';
  maxLineBytes: number;
  docSeparator?: string;
  maxRemovedRatio?: number;
  profile?: Profile;
  jsonl?: { field: string; idField: string; onInvalid: 'fail' | 'pass'; maxRecordBytes: number };
  /** Send back the --audit lines of each batch, formatted (see AuditLines). */
  audit: boolean;
}

/**
 * The rules as the main thread loaded, validated and checked them: plain data a worker compiles
 * without reading a file or running the ReDoS check again.
 */
export interface WorkerRules {
  packs: readonly RulePack[];
  disable: readonly string[];
}

/** What a worker thread is started with. */
export interface WorkerData {
  settings: WorkerSettings;
  rules: WorkerRules;
}

/** One batch to clean: whole records or whole documents. */
export interface BatchInput {
  bytes: Uint8Array;
  /** With JSONL: the input line number of the batch's first line, for messages and record sources. */
  firstLine: number;
  /** Names the input in messages. */
  label: string;
  /** Names the input in the audit trail. */
  file: string;
  /** Text: the documents in the input before this batch, to number the batch's documents in the audit trail. */
  documentsBefore: number;
}

export interface BatchRequest extends BatchInput {
  id: number;
  /**
   * Who cleans the batch, claimed once with Atomics.compareExchange on shared memory: WAITING
   * until the worker begins it (BEGUN) or the main thread takes it back (TAKEN_BACK).
   */
  claim: Int32Array;
}

export const WAITING = 0;
export const BEGUN = 1;
export const TAKEN_BACK = 2;

export interface CleanedBatch {
  output: Uint8Array;
  stats: Stats;
  counts: JsonlCounts | undefined;
  /** The batch's --audit lines as UTF-8, numbered as one thread would number them (empty without --audit). */
  audit: Uint8Array;
}

export type BatchResult = ({ id: number } & CleanedBatch) | { id: number; error: { message: string; code?: string; location?: object } };
