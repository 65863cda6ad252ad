import { joinBytes } from '../bytes/join-bytes.js';
import { LineSplitter } from '../bytes/line-splitter.js';
import { Stats } from '../engine/records.js';
import { removalsOnly, TextCleaner, type DocumentBudgetFlag, type InputLineRecord } from '../engine/text-cleaner.js';
import { formatExplainLine } from '../explain.js';
import { normalizeOptions, type CleanOptions } from '../options.js';

/** What StripStream and StripWebStream take: the cleaning options, and what to report as they clean. */
export interface StripStreamOptions extends CleanOptions {
  /** Write one explain line per input line instead of the cleaned text. */
  explain?: boolean;
  /** Prefix of explain lines, `LABEL:LINE` (the CLI passes the file name when there are several; default: the line number alone). */
  explainLabel?: string;
  /** Called with every line's verdict, in input order. */
  observer?: (record: InputLineRecord) => void;
  /**
   * Whether the observer hears kept lines too (default true). With false it hears only lines
   * removed or changed, and no record is built for a kept line: what an audit trail needs, cheaper.
   */
  observeKept?: boolean;
  /** Counters to add to; pass one Stats to several streams to total them. */
  stats?: Stats;
  /** Told of each document that `maxRemovedRatio` left unchanged or could not check. */
  onBudgetFlag?: (flag: DocumentBudgetFlag) => void;
}

/**
 * The byte stream both stream adapters (Node's Transform, the web TransformStream) wrap: chunks
 * of input in, for each chunk the output bytes it settled, as one piece, never one per line.
 */
export class ChunkCleaner {
  readonly stats: Stats;
  private readonly splitter: LineSplitter;
  private readonly cleaner: TextCleaner;
  private pieces: Buffer[] = [];

  constructor(options: StripStreamOptions = {}) {
    const { rules, docSeparator, maxLineBytes, profile, maxRemovedRatio } = normalizeOptions(options);
    this.stats = options.stats ?? new Stats();
    const { explain = false, explainLabel, observer: userObserver, observeKept = true } = options;
    // The explain output lists every line, so it hears kept lines whatever the user's observer asked for.
    const userHears = explain && !observeKept && userObserver ? removalsOnly(userObserver) : userObserver;
    const observer = explain
      ? (record: InputLineRecord) => {
          userHears?.(record);
          this.pieces.push(formatExplainLine(record, explainLabel));
        }
      : userHears;
    const output = explain ? { write() {} } : { write: (bytes: Buffer) => this.pieces.push(bytes) };
    this.cleaner = new TextCleaner(rules, output, {
      stats: this.stats,
      profile,
      ...(docSeparator ? { docSeparator } : {}),
      ...(observer ? { observer, observeKept: explain || observeKept } : {}),
      ...(maxRemovedRatio !== undefined ? { maxRemovedRatio } : {}),
      ...(options.onBudgetFlag ? { onBudgetFlag: options.onBudgetFlag } : {}),
    });
    this.splitter = new LineSplitter(this.cleaner, maxLineBytes);
  }

  /** Takes the next chunk of input; returns the output it settled, if any. */
  push(chunk: Buffer): Buffer | undefined {
    this.splitter.push(chunk);
    // Lines held back for context are copied out of the chunk, so the caller may free or reuse it.
    this.cleaner.detach();
    return this.takePieces();
  }

  /** The input ended: returns the rest of the output, if any. */
  end(): Buffer | undefined {
    this.splitter.end();
    this.cleaner.endDocument();
    return this.takePieces();
  }

  private takePieces(): Buffer | undefined {
    const { pieces } = this;
    if (pieces.length === 0) return undefined;
    this.pieces = [];
    return joinBytes(pieces);
  }
}
