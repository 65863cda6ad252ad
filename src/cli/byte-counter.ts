import { Transform, type TransformCallback } from 'node:stream';

/** Passes bytes through unchanged, telling how many went by (for progress and throughput). */
export class ByteCounter extends Transform {
  constructor(private readonly onBytes: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.onBytes(chunk.length);
    callback(null, chunk);
  }
}
