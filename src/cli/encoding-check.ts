import { Transform, type TransformCallback } from 'node:stream';
import { EncodingGuard } from '../bytes/encoding-guard.js';
import { transformStep } from '../stream/transform-step.js';

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
    transformStep(callback, () => this.guard.push(chunk));
  }

  override _flush(callback: TransformCallback): void {
    transformStep(callback, () => this.guard.end());
  }
}
