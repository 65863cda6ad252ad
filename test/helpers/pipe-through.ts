import { Readable, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Pipes the chunks through a Node stream stage; what it wrote, one Buffer per chunk written. */
export async function pipeThrough(stage: Duplex, chunks: readonly Buffer[]): Promise<Buffer[]> {
  const output: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output.push(chunk);
      done();
    },
  });
  await pipeline(Readable.from(chunks), stage, sink);
  return output;
}
