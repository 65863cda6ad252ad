import type { Writable } from 'node:stream';

/**
 * A pipeline end that writes into a stream it does not own, so that stdout or an output file
 * stays open for the next input. Waits while the destination is full, or while a side stream
 * fed by the same run (the audit trail) is; fails if either breaks.
 */
export function writeTo(destination: Writable, side?: Writable): (chunks: AsyncIterable<Buffer>) => Promise<void> {
  return async (chunks) => {
    for await (const chunk of chunks) {
      if (destination.destroyed) throw destination.errored ?? new Error('the output was closed');
      if (!destination.write(chunk)) await drained(destination);
      if (side?.writableNeedDrain) await drained(side);
    }
  };
}

/** Resolves on 'drain'; rejects if the destination fails or closes first, so a broken output cannot hang the run. */
export function drained(destination: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      destination.off('drain', onDrain);
      destination.off('error', onError);
      destination.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => settle();
    const onError = (error: Error): void => settle(error);
    const onClose = (): void => settle(destination.errored ?? new Error('the output was closed'));
    destination.on('drain', onDrain);
    destination.on('error', onError);
    destination.on('close', onClose);
  });
}
