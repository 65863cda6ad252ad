import type { DocumentBudgetFlag, InputLineRecord } from '../engine/text-cleaner.js';
import type { JsonlCounts, RecordSource } from '../jsonl/jsonl-stream.js';
import type { Stats } from '../engine/records.js';
import type { Profile } from '../rules/page-schema.js';

/** What every worker is started with: enough to compile the rules once and clean any batch. */
export interface WorkerSettings {
  rules: { defaultRules: boolean; rulePaths: string[]; disable: string[] };
  mode: 'text' | 'jsonl';
  maxLineBytes: number;
  docSeparator?: string;
  maxRemovedRatio?: number;
  profile?: Profile;
  jsonl?: { field: string; idField: string; onInvalid: 'fail' | 'pass'; maxRecordBytes: number };
  /** Send back every line's verdict and every budget flag, in order (for --audit). */
  report: boolean;
}

export interface BatchRequest {
  id: number;
  bytes: Uint8Array;
  /** With JSONL: the input line number of the batch's first line, for messages and record sources. */
  firstLine: number;
  /** Names the input in messages. */
  label: string;
}

/** What the main thread hears of a batch, in the order the engine reported it. Numbers are relative to the batch. */
export type BatchEvent =
  | { kind: 'line'; record: InputLineRecord; source?: RecordSource }
  | { kind: 'flag'; flag: DocumentBudgetFlag; source?: RecordSource };

export type BatchResult =
  | { id: number; output: Uint8Array; stats: Stats; counts: JsonlCounts | undefined; events: BatchEvent[] }
  | { id: number; error: { message: string; code?: string; location?: object } };
