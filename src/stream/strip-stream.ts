import { Transform, type TransformCallback } from 'node:stream';
import type { Stats } from '../engine/records.js';
import { ChunkCleaner, type StripStreamOptions } from './chunk-cleaner.js';
import { transformStep } from './transform-step.js';

export type { StripStreamOptions } from './chunk-cleaner.js';

/** Bytes in, cleaned bytes out. The input is one document, or several split by `docSeparator`. */
export class StripStream extends Transform {
  readonly stats: Stats;
  private readonly cleaner: ChunkCleaner;

  constructor(options: StripStreamOptions = {}) {
    super();
    this.cleaner = new ChunkCleaner(options);
    this.stats = this.cleaner.stats;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    transformStep(callback, () => this.cleaner.push(chunk));
  }

  override _flush(callback: TransformCallback): void {
    transformStep(callback, () => this.cleaner.end());
  }
}

/** A StripStream: `pipeline(source, createStripStream({ rules }), sink)`. */
export function createStripStream(options?: StripStreamOptions): StripStream {
  return new StripStream(options);
}
