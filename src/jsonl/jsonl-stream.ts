import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { cleanBytes } from '../api/strip.js';
import { joinBytes } from '../bytes/join-bytes.js';
import { LineSplitter, type LineSink } from '../bytes/line-splitter.js';
import { counted } from '../counted.js';
import { Stats } from '../engine/records.js';
import { removalsOnly, type DocumentBudgetFlag, type InputLineRecord, type TextCleanerOptions } from '../engine/text-cleaner.js';
import { BoilerstripError, quoted, settingNames } from '../errors.js';
import { formatExplainLine } from '../explain.js';
import { transformStep } from '../stream/transform-step.js';
import { DEFAULT_MAX_RECORD_BYTES, normalizeOptions, type CleanOptions, type NormalizedOptions } from '../options.js';
import { JsonlCounts } from './jsonl-counts.js';
import { FIELD_SETTING, ID_FIELD_SETTING, lookupField, lookupValue, parseFieldPath, replaceField, type FieldPath } from './record-field.js';

/** What messages call an input the caller did not name: a library stream may be reading anything. */
const UNNAMED_INPUT = '<input>';

/** Options of createJsonlStream(): CleanOptions, applied to each record's field, and how records are read. */
export interface JsonlStreamOptions extends CleanOptions {
  /** Dotted path of the string field to clean (default "text"). */
  field?: string;
  /** What to do with a line that is not valid JSON: stop with an error (default) or pass it through. */
  onInvalid?: 'fail' | 'pass';
  /** Names the input in error messages, `LABEL:LINE: not valid JSON …` (default "<input>"; the CLI passes the file name, or "<stdin>"). */
  label?: string;
  /** Dotted path of the field that names a record in `RecordSource.id` (default "id"). */
  idField?: string;
  /** Called with every line's verdict and the record it belongs to. */
  observer?: (record: InputLineRecord, source: RecordSource) => void;
  /** Whether the observer hears kept lines too (default true); see StripStreamOptions.observeKept. */
  observeKept?: boolean;
  /** Told of each record that `maxRemovedRatio` left unchanged or could not check. */
  onBudgetFlag?: (flag: DocumentBudgetFlag, source: RecordSource) => void;
  /** Counters to add to; pass one Stats to several streams to total them. */
  stats?: Stats;
  /** A record (line) longer than this many bytes is an error, or with onInvalid 'pass' is written through unread (default 64 MiB). */
  maxRecordBytes?: number;
}

/**
 * What the CLI's JSON Lines stage and a --jobs batch pass besides the public options. Kept out of
 * JsonlStreamOptions, so out of the package's types; the stream reads them if they are given.
 */
export interface JsonlStageOptions extends JsonlStreamOptions {
  /** Write one --explain line per line of each record's field instead of the records. */
  explain?: boolean;
  /** Input line number of the first line seen, when this is a later part of the input (a batch on a worker); default 1. */
  firstLine?: number;
}

/** Which record a verdict belongs to. */
export interface RecordSource {
  /** 1-based line number of the record in the input. */
  line: number;
  /** The record's `idField` value when it is a string or a number. */
  id: string | number | undefined;
}

const BYTE_ORDER_MARK = 0xfeff;
/** In a `u` regex a surrogate class matches only code units that are not part of a pair. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** JSON Lines in, JSON Lines out: one document per record, only the named string field changes. */
export class JsonlStream extends Transform {
  readonly stats: Stats;
  readonly counts = new JsonlCounts();
  private readonly splitter: LineSplitter;
  private pieces: Buffer[] = [];

  constructor(options: JsonlStreamOptions = {}) {
    super();
    this.stats = options.stats ?? new Stats();
    this.splitter = recordSplitter(options, this.stats, this.counts, (bytes) => this.pieces.push(bytes));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    transformStep(callback, () => {
      this.splitter.push(chunk);
      return this.takePieces();
    });
  }

  override _flush(callback: TransformCallback): void {
    transformStep(callback, () => {
      this.splitter.end();
      return this.takePieces();
    });
  }

  /** The records cleaned since the last step, as one piece. */
  private takePieces(): Buffer | undefined {
    const { pieces } = this;
    this.pieces = [];
    return pieces.length === 0 ? undefined : joinBytes(pieces);
  }
}

/** The engine behind the stream: records cut at LF, each cleaned as it completes. */
function recordSplitter(options: JsonlStageOptions, stats: Stats, counts: JsonlCounts, write: (bytes: Buffer) => void): LineSplitter {
  const normalized = normalizeOptions({ ...options, docSeparator: undefined });
  const sink = new RecordCleaner(normalized, parseFieldPath(options.field ?? 'text', FIELD_SETTING), parseFieldPath(options.idField ?? 'id', ID_FIELD_SETTING), options, stats, counts, write);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (!Number.isInteger(maxRecordBytes) || maxRecordBytes < 1) {
    throw new BoilerstripError('E_USAGE', `the record limit ${settingNames('--max-record-bytes', 'maxRecordBytes')} takes a whole number of bytes from 1; got ${quoted(options.maxRecordBytes)}`);
  }
  return new LineSplitter(sink, maxRecordBytes);
}

/** Cleans whole records held in one buffer, synchronously: what a worker does with one batch. */
export function cleanJsonlBatch(input: Buffer, options: JsonlStageOptions & { stats: Stats }, counts: JsonlCounts): Buffer {
  const pieces: Buffer[] = [];
  const splitter = recordSplitter(options, options.stats, counts, (bytes) => pieces.push(bytes));
  splitter.push(input);
  splitter.end();
  return joinBytes(pieces);
}

class RecordCleaner implements LineSink {
  private recordLine: number;
  /** How messages name the input. */
  private readonly inputName: string;

  constructor(
    private readonly options: NormalizedOptions,
    private readonly path: FieldPath,
    private readonly idPath: FieldPath,
    private readonly settings: JsonlStageOptions,
    private readonly stats: Stats,
    private readonly counts: JsonlCounts,
    private readonly write: (bytes: Buffer) => void,
  ) {
    this.recordLine = (settings.firstLine ?? 1) - 1;
    this.inputName = settings.label ?? UNNAMED_INPUT;
  }

  line(buf: Buffer, start: number, end: number, eolLength: number): void {
    this.recordLine++;
    const raw = buf.subarray(start, end);
    const content = raw.subarray(0, raw.length - eolLength);
    const text = content.toString('utf8');
    if (text.trim() === '') {
      this.counts.blank++;
      this.emit(raw);
      return;
    }
    // A UTF-8 BOM may open a file's first line; JSON.parse refuses it, the output keeps it.
    const bom = this.recordLine === 1 && text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
    const record = this.parse(content, bom === 0 ? text : text.slice(bom));
    if (record === undefined) {
      this.emit(raw);
      return;
    }
    this.counts.records++;
    const field = lookupField(record, this.path);
    if (field.kind !== 'string') {
      this.counts[field.kind === 'not-string' ? 'notString' : field.kind]++;
      this.emit(raw);
      return;
    }
    if (LONE_SURROGATE.test(field.value)) {
      this.counts.loneSurrogate++;
      this.emit(raw);
      return;
    }
    const input = Buffer.from(field.value, 'utf8');
    const cleaned = cleanBytes(input, this.options, { stats: this.stats, ...this.listenersFor(record) });
    if (cleaned.equals(input)) {
      this.emit(raw);
      return;
    }
    const replaced = Buffer.from(replaceField(text, this.path, cleaned.toString('utf8')), 'utf8');
    this.emit(Buffer.concat([replaced, raw.subarray(raw.length - eolLength)]));
  }

  /** A record over maxRecordBytes: refused, or with onInvalid 'pass' written through in pieces as they arrive. */
  oversized(part: Buffer, first: boolean): void {
    if (first) {
      this.recordLine++;
      if (this.settings.onInvalid !== 'pass') {
        const limit = this.settings.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
        throw new BoilerstripError('E_INPUT', `${this.inputName}:${this.recordLine}: record is longer than the limit of ${counted(limit, 'byte')} ${settingNames('--max-record-bytes', 'maxRecordBytes')}. Raise the limit, or use --on-invalid pass (onInvalid: 'pass' in the library) to write such records through unchanged.`, {
          file: this.inputName,
          line: this.recordLine,
        });
      }
      this.counts.oversized++;
    }
    this.emit(part);
  }

  private parse(content: Buffer, text: string): unknown {
    let problem: string;
    if (!isUtf8(content)) {
      problem = 'not valid UTF-8';
    } else {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        problem = `not valid JSON (${(error as Error).message})`;
      }
    }
    if (this.settings.onInvalid === 'pass') {
      this.counts.invalid++;
      return undefined;
    }
    const where = `${this.inputName}:${this.recordLine}`;
    throw new BoilerstripError('E_INVALID_JSON', `${where}: ${problem}. Fix the line, or use --on-invalid pass (onInvalid: 'pass' in the library) to write such lines through unchanged.`, {
      file: this.inputName,
      line: this.recordLine,
    });
  }

  /** What the explain output, the observer and the budget listener hear of this record's lines. */
  private listenersFor(record: unknown): Pick<TextCleanerOptions, 'observer' | 'observeKept' | 'onBudgetFlag'> {
    const { explain, observer, observeKept = true, onBudgetFlag, label } = this.settings;
    if (!explain && !observer && !onBudgetFlag) return {};
    const id = lookupValue(record, this.idPath);
    const source: RecordSource = { line: this.recordLine, id: typeof id === 'string' || typeof id === 'number' ? id : undefined };
    const explainLabel = label === undefined ? String(source.line) : `${label}:${source.line}`;
    const hears = observeKept || observer === undefined ? observer : removalsOnly(observer);
    return {
      ...(explain || observer
        ? {
            // The explain output lists every line, so it hears kept lines whatever the observer asked for.
            observeKept: explain === true || observeKept,
            observer: (line: InputLineRecord) => {
              hears?.(line, source);
              if (explain) this.write(formatExplainLine(line, explainLabel));
            },
          }
        : {}),
      ...(onBudgetFlag ? { onBudgetFlag: (flag: DocumentBudgetFlag) => onBudgetFlag(flag, source) } : {}),
    };
  }

  private emit(bytes: Buffer): void {
    if (!this.settings.explain) this.write(bytes);
  }
}

/** A JsonlStream: JSON Lines in, the same records out with their `field` cleaned. */
export function createJsonlStream(options?: JsonlStreamOptions): JsonlStream {
  return new JsonlStream(options);
}
