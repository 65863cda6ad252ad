import type { LineSink } from '../bytes/line-splitter.js';
import type { RuleSet } from '../rules/compile.js';
import type { Profile } from '../rules/page-schema.js';
import { DocumentCleaner } from './document-cleaner.js';
import { BudgetedDocument, type BudgetFlag } from './removal-budget.js';
import { Stats, type LineRecord, type Output } from './records.js';

/** A line verdict placed in the whole input: which document, and which line of the input. */
export interface InputLineRecord extends LineRecord {
  /** 0-based index of the document in the input. */
  document: number;
  /** 1-based line number in the input, counting separator lines. */
  inputLine: number;
}

/** The observer, told only of lines removed or changed (see TextCleanerOptions.observeKept); the other arguments pass as given. */
export function removalsOnly<Heard extends LineRecord, Rest extends unknown[]>(observer: (record: Heard, ...rest: Rest) => void): (record: Heard, ...rest: Rest) => void {
  return (record, ...rest) => {
    if (record.verdict !== 'keep') observer(record, ...rest);
  };
}

export interface TextCleanerOptions {
  /** A line equal to this (bytes, terminator aside) ends a document and is passed through. */
  docSeparator?: Buffer;
  observer?: (record: InputLineRecord) => void;
  /**
   * Whether the observer hears kept lines too (default true). With false it hears only lines
   * removed or changed, and no record is built for a kept line: strip() collects only removals,
   * and building a record for every kept line was a third of its time.
   */
  observeKept?: boolean;
  stats?: Stats;
  /** See CleanOptions.profile; default `auto`. */
  profile?: Profile;
  /** A document that would lose more than this share of its words is written unchanged (see BudgetedDocument). */
  maxRemovedRatio?: number;
  /** Told of each document the removal budget wrote unchanged or could not check. */
  onBudgetFlag?: (flag: DocumentBudgetFlag) => void;
}

export interface DocumentBudgetFlag extends BudgetFlag {
  /** 0-based index of the document in the input. */
  document: number;
}

/** Splits a stream of lines into documents and cleans each; the engine's entry point for line input. */
export class TextCleaner implements LineSink {
  readonly stats: Stats;
  private readonly document: Pick<DocumentCleaner, 'line' | 'oversized' | 'end' | 'detach'>;
  private readonly separator: Buffer | undefined;
  private readonly observer: TextCleanerOptions['observer'];
  private documentIndex = 0;
  private linesBefore = 0;

  constructor(
    rules: RuleSet,
    private readonly output: Output,
    options: TextCleanerOptions = {},
  ) {
    this.stats = options.stats ?? new Stats();
    this.separator = options.docSeparator;
    const observeKept = options.observeKept ?? true;
    this.observer = observeKept || options.observer === undefined ? options.observer : removalsOnly(options.observer);
    // Each record is built for this one call, so it is placed in the input where it stands rather
    // than copied: spreading records of several shapes was most of the cost of observing them.
    const observer =
      this.observer &&
      ((record: LineRecord) => {
        const placed = record as InputLineRecord;
        placed.document = this.documentIndex;
        placed.inputLine = this.linesBefore + record.line;
        this.observer!(placed);
      });
    const { maxRemovedRatio, onBudgetFlag } = options;
    this.document =
      maxRemovedRatio === undefined
        ? new DocumentCleaner(rules, output, this.stats, observer, options.profile, observeKept)
        : new BudgetedDocument(rules, output, this.stats, observer, options.profile, maxRemovedRatio, (flag) => onBudgetFlag?.({ ...flag, document: this.documentIndex }));
  }

  line(buf: Buffer, start: number, end: number, eolLength: number): void {
    if (this.isSeparator(buf, start, end - eolLength)) {
      this.endDocument();
      this.passSeparator(buf.subarray(start, end), eolLength);
      return;
    }
    this.document.line(buf, start, end, eolLength);
  }

  oversized(part: Buffer, first: boolean, last: boolean): void {
    this.document.oversized(part, first, last);
  }

  endDocument(): void {
    this.linesBefore += this.document.end();
    this.documentIndex++;
  }

  /** See DocumentCleaner.detach: call once the caller's chunk may be released. */
  detach(): void {
    this.document.detach();
  }

  private isSeparator(buf: Buffer, start: number, contentEnd: number): boolean {
    const separator = this.separator;
    return separator !== undefined && contentEnd - start === separator.length && buf.compare(separator, 0, separator.length, start, contentEnd) === 0;
  }

  private passSeparator(raw: Buffer, eolLength: number): void {
    this.linesBefore++;
    this.observer?.({ line: 0, verdict: 'keep', note: 'separator', content: raw.subarray(0, raw.length - eolLength), document: this.documentIndex, inputLine: this.linesBefore });
    this.output.write(raw);
    this.stats.linesIn++;
    this.stats.linesOut++;
    this.stats.bytesIn += raw.length;
    this.stats.bytesOut += raw.length;
  }
}
