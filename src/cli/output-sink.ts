import { Writable } from 'node:stream';
import { BoilerstripError } from '../errors.js';

/** A stream the run writes into without owning it, and the name to give it in an error message. */
export interface NamedStream {
  stream: Writable;
  name: string;
}

/**
 * The end of one input's pipeline: forwards bytes into a stream it does not own, so that stdout
 * or an output file stays open for the next input. Waits while the destination is full, or while
 * a side stream fed by the same run (the audit trail) is. A failure of either fails the pipeline
 * with an error that names the file, ahead of the aborts it causes upstream.
 */
export class OutputSink extends Writable {
  constructor(
    private readonly destination: NamedStream,
    private readonly side?: NamedStream,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const { destination, side } = this;
    const broken = failure(destination) ?? (side && failure(side));
    if (broken) {
      callback(broken);
      return;
    }
    const waits: Promise<void>[] = [];
    if (!destination.stream.write(chunk)) waits.push(drained(destination));
    if (side?.stream.writableNeedDrain) waits.push(drained(side));
    if (waits.length === 0) callback();
    else Promise.all(waits).then(() => callback(), callback);
  }
}

function failure({ stream, name }: NamedStream): Error | undefined {
  if (!stream.destroyed) return undefined;
  return cannotWrite(name, stream.errored ?? new Error('it was closed'));
}

const cannotWrite = (name: string, error: Error): BoilerstripError => new BoilerstripError('E_IO', `cannot write ${name}: ${error.message}`, { file: name });

/** Resolves on 'drain'; rejects if the stream fails or closes first, so a broken output cannot hang the run. */
function drained({ stream, name }: NamedStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) reject(cannotWrite(name, error));
      else resolve();
    };
    const onDrain = (): void => settle();
    const onError = (error: Error): void => settle(error);
    const onClose = (): void => settle(stream.errored ?? new Error('it was closed'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
