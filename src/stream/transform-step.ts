import type { TransformCallback } from 'node:stream';

/**
 * One step of a Transform (a chunk, or the flush): hands the callback what `step` returns to
 * push (if anything), or the error it throws, which would otherwise escape the stream. The callback is called
 * outside the try, so that an error thrown downstream is not taken for the step's own.
 */
export function transformStep(callback: TransformCallback, step: () => Buffer | undefined | void): void {
  let output: Buffer | undefined | void;
  try {
    output = step();
  } catch (error) {
    callback(error as Error);
    return;
  }
  callback(null, output);
}
