import { joinBytes } from './join-bytes.js';

/** Receives the lines of a byte stream, cut at LF before any decoding. */
export interface LineSink {
  /** One complete line: `buf[start, end)` including its terminator, which is `eolLength` bytes (0, 1 LF or 2 CRLF). */
  line(buf: Buffer, start: number, end: number, eolLength: number): void;
  /**
   * A piece of a line longer than the limit, passed on as it arrives so it is never held whole.
   * `first` is set on its first piece, `last` on the piece that holds its terminator (or ends the input).
   */
  oversized(part: Buffer, first: boolean, last: boolean): void;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Cuts a byte stream into lines at every LF. A line whose bytes before the LF exceed
 * `maxLineBytes` is oversized whatever the chunking, so output never depends on how input was cut.
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private carryLength = 0;
  private inOversized = false;

  constructor(
    private readonly sink: LineSink,
    private readonly maxLineBytes: number,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let lf = chunk.indexOf(LF, start); lf !== -1; lf = chunk.indexOf(LF, start)) {
      this.completeLine(chunk, start, lf + 1);
      start = lf + 1;
    }
    if (start < chunk.length) this.holdPartial(chunk.subarray(start));
  }

  /** The input ended: a last line without terminator is still a line. */
  end(): void {
    if (this.inOversized) {
      this.inOversized = false;
      this.sink.oversized(Buffer.alloc(0), false, true);
    } else if (this.carryLength > 0) {
      const line = this.takeCarry();
      this.sink.line(line, 0, line.length, 0);
    }
  }

  private completeLine(chunk: Buffer, start: number, end: number): void {
    if (this.inOversized) {
      this.inOversized = false;
      this.sink.oversized(chunk.subarray(start, end), false, true);
      return;
    }
    const contentBytes = this.carryLength + end - 1 - start;
    const eolLength = end - 1 > start && chunk[end - 2] === CR ? 2 : this.carryEndsWithCr(end - 1 === start) ? 2 : 1;
    if (this.carryLength === 0) {
      if (contentBytes > this.maxLineBytes) this.sink.oversized(chunk.subarray(start, end), true, true);
      else this.sink.line(chunk, start, end, eolLength);
      return;
    }
    this.carry.push(chunk.subarray(start, end));
    this.carryLength += end - start;
    const line = this.takeCarry();
    if (contentBytes > this.maxLineBytes) this.sink.oversized(line, true, true);
    else this.sink.line(line, 0, line.length, eolLength);
  }

  /** A CR that ended the previous chunk pairs with an LF that opens this one. */
  private carryEndsWithCr(lfOpensChunk: boolean): boolean {
    if (!lfOpensChunk || this.carryLength === 0) return false;
    const last = this.carry[this.carry.length - 1]!;
    return last[last.length - 1] === CR;
  }

  private holdPartial(rest: Buffer): void {
    if (this.inOversized) {
      this.sink.oversized(rest, false, false);
      return;
    }
    // Copy: the caller may reuse its chunk, and a partial line is held across calls.
    this.carry.push(Buffer.from(rest));
    this.carryLength += rest.length;
    if (this.carryLength > this.maxLineBytes) {
      this.inOversized = true;
      this.sink.oversized(this.takeCarry(), true, false);
    }
  }

  private takeCarry(): Buffer {
    const line = joinBytes(this.carry, this.carryLength);
    this.carry = [];
    this.carryLength = 0;
    return line;
  }
}
