import { Transform, type TransformCallback } from 'node:stream';
import { LineSplitter } from '../bytes/line-splitter.js';
import { Stats } from '../engine/records.js';
import { TextCleaner, type DocumentBudgetFlag, type InputLineRecord } from '../engine/text-cleaner.js';
import { formatExplainLine } from '../explain.js';
import { normalizeOptions, type CleanOptions } from '../options.js';

export interface StripStreamOptions extends CleanOptions {
  /** Write one explain line per input line instead of the cleaned text. */
  explain?: boolean;
  /** Prefix of explain lines (the CLI passes the file name when there are several). */
  explainLabel?: string;
  /** Called with every line's verdict, in input order. */
  observer?: (record: InputLineRecord) => void;
  /** Counters to add to; pass one Stats to several streams to total them. */
  stats?: Stats;
  /** Told of each document that `maxRemovedRatio` left unchanged or could not check. */
  onBudgetFlag?: (flag: DocumentBudgetFlag) => void;
}

/** Bytes in, cleaned bytes out. The input is one document, or several split by `docSeparator`. */
export class StripStream extends Transform {
  readonly stats: Stats;
  private readonly splitter: LineSplitter;
  private readonly cleaner: TextCleaner;
  private pieces: Buffer[] = [];

  constructor(options: StripStreamOptions = {}) {
    super();
    const { rules, docSeparator, maxLineBytes, profile, maxRemovedRatio } = normalizeOptions(options);
    this.stats = options.stats ?? new Stats();
    const { explain = false, explainLabel, observer: userObserver } = options;
    const observer = explain
      ? (record: InputLineRecord) => {
          userObserver?.(record);
          this.pieces.push(formatExplainLine(record, explainLabel));
        }
      : userObserver;
    const output = explain ? { write() {} } : { write: (bytes: Buffer) => this.pieces.push(bytes) };
    this.cleaner = new TextCleaner(rules, output, {
      stats: this.stats,
      profile,
      ...(docSeparator ? { docSeparator } : {}),
      ...(observer ? { observer } : {}),
      ...(maxRemovedRatio !== undefined ? { maxRemovedRatio } : {}),
      ...(options.onBudgetFlag ? { onBudgetFlag: options.onBudgetFlag } : {}),
    });
    this.splitter = new LineSplitter(this.cleaner, maxLineBytes);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.splitter.push(chunk);
      this.cleaner.detach();
      this.emitPieces();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.splitter.end();
      this.cleaner.endDocument();
      this.emitPieces();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  /** One push per input chunk, never one per line. */
  private emitPieces(): void {
    const { pieces } = this;
    if (pieces.length === 0) return;
    this.pieces = [];
    this.push(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
  }
}

export function createStripStream(options?: StripStreamOptions): StripStream {
  return new StripStream(options);
}
