import { joinBytes } from '../bytes/join-bytes.js';

/**
 * Cuts a byte stream into batches that end on a unit boundary, so that each batch can be cleaned
 * on its own: after a record's LF for JSON Lines, after a separator line for documents. A batch
 * is cut once about `targetBytes` have gathered; a unit longer than that makes a longer batch.
 */
export interface BatchCutterOptions {
  targetBytes: number;
  /** A line equal to this (CRLF or LF ended) ends a unit; without it every line is a unit (JSONL). */
  separator?: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;

export class BatchCutter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes of `pending` already searched for a boundary without finding one. */
  private searched = 0;

  constructor(private readonly options: BatchCutterOptions) {}

  /** Bytes held while waiting for a boundary. */
  get heldBytes(): number {
    return this.pendingBytes;
  }

  /** Adds a chunk; returns the batches it completes, in order. */
  push(chunk: Buffer): Buffer[] {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.options.targetBytes) return [];
    const joined = joinBytes(this.pending, this.pendingBytes);
    const cut = this.lastBoundary(joined);
    if (cut === 0) {
      this.pending = [joined];
      this.searched = joined.length;
      return [];
    }
    const rest = joined.subarray(cut);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingBytes = rest.length;
    this.searched = 0;
    return [joined.subarray(0, cut)];
  }

  /** The input ended: what is left is the last batch (empty when nothing is left). */
  end(): Buffer {
    const last = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return last;
  }

  /** The offset just after the last boundary in `bytes`, or 0 when there is none. */
  private lastBoundary(bytes: Buffer): number {
    const { separator } = this.options;
    // Only the bytes not searched before can hold a new boundary (a separator line may begin just before them).
    const floor = Math.max(0, this.searched - (separator?.length ?? 0) - 2);
    for (let lf = bytes.lastIndexOf(LF); lf >= floor && lf !== -1; lf = lf === 0 ? -1 : bytes.lastIndexOf(LF, lf - 1)) {
      if (separator === undefined || this.isSeparatorLine(bytes, lf)) return lf + 1;
    }
    return 0;
  }

  /** Whether the line ending at the LF at `lf` is the separator (it cannot hold a CR: options refuse one). */
  private isSeparatorLine(bytes: Buffer, lf: number): boolean {
    const separator = this.options.separator!;
    const contentEnd = lf > 0 && bytes[lf - 1] === CR ? lf - 1 : lf;
    const start = contentEnd - separator.length;
    return start >= 0 && (start === 0 || bytes[start - 1] === LF) && bytes.compare(separator, 0, separator.length, start, contentEnd) === 0;
  }
}

/**
 * The separator lines in `bytes` (which begin at a line's start), as the engine tells them: a
 * line whose bytes before its LF, CRLF or the end of the input equal the separator. Each ends a
 * document, so the count numbers the documents of the batches that follow. Searched for as bytes,
 * not line by line: a page has hundreds of lines to each separator. The separator is not empty
 * (the options refuse an empty one).
 */
export function countSeparatorLines(bytes: Buffer, separator: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(separator); at !== -1; at = bytes.indexOf(separator, at + 1)) {
    if ((at === 0 || bytes[at - 1] === LF) && endsLine(bytes, at + separator.length)) count++;
  }
  return count;
}

/** Whether a line ends at `at`: an LF, a CRLF, or the end of the input (a last line without terminator). */
const endsLine = (bytes: Buffer, at: number): boolean => at === bytes.length || bytes[at] === LF || (bytes[at] === CR && bytes[at + 1] === LF);
