import { BoilerstripError } from '../errors.js';

/** Where bytes go once the guard has let them through: a LineSplitter. */
export interface ByteSink {
  push(chunk: Buffer): void;
  end(): void;
}

/**
 * Byte-order marks of encodings in which a line feed is not the single byte 0x0A. Lines of such
 * input cannot be cut at LF bytes, and no rule could match them, so the input would come out
 * unchanged while seeming cleaned: it is refused instead. UTF-32LE goes before UTF-16LE, whose
 * mark it starts with.
 */
const WIDE_ENCODING_MARKS = [
  { encoding: 'UTF-32LE', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x00]) },
  { encoding: 'UTF-32BE', bytes: Buffer.from([0x00, 0x00, 0xfe, 0xff]) },
  { encoding: 'UTF-16LE', bytes: Buffer.from([0xff, 0xfe]) },
  { encoding: 'UTF-16BE', bytes: Buffer.from([0xfe, 0xff]) },
];
const LONGEST_MARK = 4;

/**
 * Looks at the first bytes of an input (however it is chunked) and refuses UTF-16 or UTF-32 text
 * that starts with a byte-order mark; everything else, UTF-8 with or without a mark included,
 * passes through untouched. Holds at most 4 bytes, only at the start.
 */
export class EncodingGuard implements ByteSink {
  /** The first bytes while undecided; undefined once the input has been let through. */
  private head: Buffer | undefined = Buffer.alloc(0);

  constructor(
    private readonly sink: ByteSink,
    /** Names the input in the error (a file name). */
    private readonly label?: string,
  ) {}

  push(chunk: Buffer): void {
    if (this.head === undefined) {
      this.sink.push(chunk);
      return;
    }
    const head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
    if (head.length < LONGEST_MARK && WIDE_ENCODING_MARKS.some(({ bytes }) => bytes.length > head.length && bytes.subarray(0, head.length).equals(head))) {
      // Could still be a mark: hold the bytes (copied, the caller may reuse its chunk).
      this.head = Buffer.from(head);
      return;
    }
    this.letThrough(head);
  }

  end(): void {
    if (this.head !== undefined && this.head.length > 0) this.letThrough(this.head);
    this.sink.end();
  }

  private letThrough(head: Buffer): void {
    const mark = WIDE_ENCODING_MARKS.find(({ bytes }) => head.length >= bytes.length && head.subarray(0, bytes.length).equals(bytes));
    if (mark !== undefined) {
      const where = this.label === undefined ? 'the input' : this.label;
      throw new BoilerstripError(
        'E_INPUT',
        `${where} starts with a ${mark.encoding} byte-order mark: boilerstrip reads UTF-8 (or another encoding in which a line ends with the byte LF). Convert it first, e.g. iconv -f ${mark.encoding.slice(0, 6)} -t UTF-8.`,
        this.label === undefined ? {} : { file: this.label },
      );
    }
    this.head = undefined;
    this.sink.push(head);
  }
}
