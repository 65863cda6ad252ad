import { Transform, type TransformCallback } from 'node:stream';
import { EncodingGuard } from '../bytes/encoding-guard.js';

/**
 * The CLI's input stage that refuses UTF-16 and UTF-32 text (see EncodingGuard), placed after gzip
 * decoding so it sees the text itself, and before the text, JSONL or parallel cleaner.
 */
export class EncodingCheck extends Transform {
  private readonly guard: EncodingGuard;

  constructor(label: string) {
    super();
    this.guard = new EncodingGuard({ push: (chunk) => this.push(chunk), end: () => {} }, label);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.run(() => this.guard.push(chunk), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.run(() => this.guard.end(), callback);
  }

  private run(work: () => void, callback: TransformCallback): void {
    try {
      work();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
