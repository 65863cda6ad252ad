import { Transform, type TransformCallback } from 'node:stream';
import { joinBytes } from '../bytes/join-bytes.js';
import { LineSplitter } from '../bytes/line-splitter.js';
import { Stats } from '../engine/records.js';
import { TextCleaner, type DocumentBudgetFlag, type InputLineRecord } from '../engine/text-cleaner.js';
import { JsonlCounts } from '../jsonl/jsonl-counts.js';
import type { RecordSource } from '../jsonl/jsonl-stream.js';
import type { RuleSet } from '../rules/compile.js';
import { BatchCutter, countSeparatorLines } from './batch-cutter.js';
import { BatchDispatcher } from './batch-dispatcher.js';
import { BATCH_BYTES, MAX_HELD_BATCHES, type CleanedBatch, type WorkerSettings } from './protocol.js';
import type { WorkerPool } from './worker-pool.js';

export interface ParallelStreamOptions {
  pool: WorkerPool;
  settings: WorkerSettings;
  /** Rules for the batches this thread cleans and for the single-thread fallback (the same the workers compiled). */
  rules: RuleSet;
  label: string;
  /** Names the input in the audit trail. */
  file: string;
  stats: Stats;
  /** Batch size in bytes (default BATCH_BYTES). */
  batchBytes?: number;
  /** With settings.audit: takes each batch's audit lines, in input order. */
  onAudit?: (lines: Uint8Array) => void;
  /**
   * With settings.audit, for the rest of an input cleaned here after a document too long to hold:
   * hears the verdict of every line and every budget flag, numbered as one thread would number it.
   */
  observer?: (record: InputLineRecord, source?: RecordSource) => void;
  onBudgetFlag?: (flag: DocumentBudgetFlag, source?: RecordSource) => void;
}

/**
 * Bytes in, cleaned bytes out, like StripStream or JsonlStream, with the cleaning shared by this
 * thread and the worker threads (see BatchDispatcher): the input is cut into batches on record or
 * document boundaries, and results are written in input order, so the output is the same bytes.
 */
export class ParallelStream extends Transform {
  readonly counts = new JsonlCounts();
  private readonly cutter: BatchCutter;
  private readonly batchBytes: number;
  private readonly dispatcher: BatchDispatcher;
  private readonly separator: Buffer | undefined;
  /** Input lines (JSONL) or documents (text) in the batches already sent, for numbering. */
  private linesSent = 0;
  private documentsSent = 0;
  /** Input lines in the batches written, for numbering the lines cleaned here after a long document. */
  private linesDone = 0;
  private local: { splitter: LineSplitter; cleaner: TextCleaner; pieces: Buffer[] } | undefined;

  constructor(private readonly options: ParallelStreamOptions) {
    super();
    const { docSeparator, mode } = options.settings;
    this.batchBytes = options.batchBytes ?? BATCH_BYTES;
    this.dispatcher = new BatchDispatcher(options.pool, options.settings, options.rules);
    this.separator = mode === 'text' && docSeparator !== undefined ? Buffer.from(docSeparator) : undefined;
    this.cutter = new BatchCutter({ targetBytes: this.batchBytes, ...(this.separator ? { separator: this.separator } : {}) });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.settle(async () => {
      if (this.local) return this.cleanHere(chunk);
      for (const batch of this.cutter.push(chunk)) this.send(batch);
      while (this.dispatcher.full) this.writeResult(await this.dispatcher.next());
      if (this.options.settings.mode === 'text' && this.cutter.heldBytes > MAX_HELD_BATCHES * this.batchBytes) await this.continueHere();
    }, callback);
  }

  override _flush(callback: TransformCallback): void {
    this.settle(async () => {
      if (this.local) {
        this.local.splitter.end();
        this.local.cleaner.endDocument();
        this.pushPieces(this.local.pieces.splice(0));
        return;
      }
      const last = this.cutter.end();
      if (last.length > 0) this.send(last);
      await this.drain();
    }, callback);
  }

  private settle(work: () => Promise<void> | void, callback: TransformCallback): void {
    Promise.resolve()
      .then(work)
      .then(() => callback(), callback);
  }

  private send(batch: Buffer): void {
    const firstLine = this.linesSent + 1;
    const documentsBefore = this.documentsSent;
    if (this.options.settings.mode === 'jsonl') this.linesSent += countLines(batch);
    // Only the audit numbers documents across batches (and the lines cleaned here after a long document).
    else if (this.separator && this.options.settings.audit) this.documentsSent += countSeparatorLines(batch, this.separator);
    this.dispatcher.send({ bytes: batch, firstLine, label: this.options.label, file: this.options.file, documentsBefore });
  }

  /** Writes every batch sent, in order. */
  private async drain(): Promise<void> {
    while (this.dispatcher.pending > 0) this.writeResult(await this.dispatcher.next());
  }

  private writeResult(result: CleanedBatch): void {
    this.options.stats.add(result.stats);
    if (result.counts) this.counts.add(result.counts);
    if (result.audit.length > 0) this.options.onAudit?.(result.audit);
    this.linesDone += result.stats.linesIn;
    if (result.output.length > 0) this.push(Buffer.from(result.output.buffer, result.output.byteOffset, result.output.byteLength));
  }

  /** A document too long to hold: finish what the workers have, then clean the rest here. */
  private async continueHere(): Promise<void> {
    await this.drain();
    const { settings, rules, stats, observer, onBudgetFlag } = this.options;
    const pieces: Buffer[] = [];
    const documents = this.documentsSent;
    const lines = this.linesDone;
    const cleaner = new TextCleaner(rules, { write: (bytes) => pieces.push(bytes) }, {
      stats,
      docSeparator: Buffer.from(settings.docSeparator!),
      ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
      ...(settings.maxRemovedRatio !== undefined ? { maxRemovedRatio: settings.maxRemovedRatio } : {}),
      ...(observer ? { observer: (record: InputLineRecord) => observer({ ...record, document: documents + record.document, inputLine: lines + record.inputLine }) } : {}),
      ...(onBudgetFlag ? { onBudgetFlag: (flag: DocumentBudgetFlag) => onBudgetFlag({ ...flag, document: documents + flag.document }) } : {}),
    });
    this.local = { splitter: new LineSplitter(cleaner, settings.maxLineBytes), cleaner, pieces };
    this.cleanHere(this.cutter.end());
  }

  private cleanHere(chunk: Buffer): void {
    const local = this.local!;
    local.splitter.push(chunk);
    local.cleaner.detach();
    this.pushPieces(local.pieces.splice(0));
  }

  private pushPieces(pieces: Buffer[]): void {
    if (pieces.length > 0) this.push(joinBytes(pieces));
  }
}

function countLines(bytes: Buffer): number {
  let lines = 0;
  for (let lf = bytes.indexOf(0x0a); lf !== -1; lf = bytes.indexOf(0x0a, lf + 1)) lines++;
  return lines;
}
