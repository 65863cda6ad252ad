import { BoilerstripError, kindOf } from '../errors.js';
import type { Stats } from '../engine/records.js';
import { ChunkCleaner, type StripStreamOptions } from './chunk-cleaner.js';

/**
 * The web-streams form of StripStream, for code that holds a `ReadableStream` of bytes (a
 * `fetch()` body, `Blob.stream()`): `response.body.pipeThrough(createStripWebStream({ rules }))`.
 * Takes `Uint8Array` chunks (a `Buffer` is one) and gives `Uint8Array` chunks, one per input chunk
 * that settled output; same options, bytes and verdicts as StripStream.
 */
export class StripWebStream extends TransformStream<Uint8Array, Uint8Array> {
  readonly stats: Stats;

  constructor(options: StripStreamOptions = {}) {
    const cleaner = new ChunkCleaner(options);
    super({
      transform(chunk, controller) {
        if (!(chunk instanceof Uint8Array)) {
          throw new BoilerstripError('E_INPUT', `the stream takes bytes (Uint8Array chunks), not ${kindOf(chunk)}: encode text first, e.g. pipe it through a TextEncoderStream`);
        }
        const settled = cleaner.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (settled) controller.enqueue(settled);
      },
      flush(controller) {
        const settled = cleaner.end();
        if (settled) controller.enqueue(settled);
      },
    });
    this.stats = cleaner.stats;
  }
}

/** A StripWebStream: `body.pipeThrough(createStripWebStream({ rules }))`. */
export function createStripWebStream(options?: StripStreamOptions): StripWebStream {
  return new StripWebStream(options);
}
