import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { OutputSink } from '../../src/cli/output-sink.js';

/** A destination that holds what it is given until `release()`, with room for `highWaterMark` bytes. */
function slowDestination(highWaterMark: number) {
  const written: string[] = [];
  const pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      pending.push(callback);
    },
  });
  return { stream, written, release: () => pending.splice(0).forEach((callback) => callback()) };
}

describe('OutputSink', () => {
  it('forwards every byte and leaves the destination open for the next input', async () => {
    const destination = new PassThrough();
    await pipeline([Buffer.from('one\n')], new OutputSink({ stream: destination, name: 'out.txt' }));
    await pipeline([Buffer.from('two\n')], new OutputSink({ stream: destination, name: 'out.txt' }));
    expect(destination.writableEnded).toBe(false);
    expect(destination.read()?.toString()).toBe('one\ntwo\n');
  });

  it('waits while the destination is full, and goes on when it drains', async () => {
    const destination = slowDestination(4);
    const sink = new OutputSink({ stream: destination.stream, name: 'out.txt' });
    let finished = false;
    const done = pipeline([Buffer.from('0123456789'), Buffer.from('abc')], sink).then(() => (finished = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(destination.written).toEqual(['0123456789']);
    expect(finished).toBe(false);
    destination.release();
    await new Promise((resolve) => setImmediate(resolve));
    destination.release();
    await done;
    expect(destination.written).toEqual(['0123456789', 'abc']);
  });

  it('fails, naming the file, when the destination or the side stream is broken', async () => {
    // The run's own listener (OutputFile's) hears the error; the sink reports it with the file's name.
    const broken = new PassThrough().on('error', () => {});
    broken.destroy(new Error('disk full'));
    await expect(pipeline([Buffer.from('x')], new OutputSink({ stream: broken, name: 'out.txt' }))).rejects.toThrow('cannot write out.txt: disk full');
    const side = new PassThrough();
    side.destroy();
    await expect(pipeline([Buffer.from('x')], new OutputSink({ stream: new PassThrough(), name: 'out.txt' }, { stream: side, name: 'audit.jsonl' }))).rejects.toThrow('cannot write audit.jsonl: it was closed');
  });
});
