import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoilerstripError, createStripWebStream, Stats, strip, type InputLineRecord, type StripStreamOptions } from '../../src/index.js';
import { chunkings, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';
import { streamClean } from '../helpers/engine-invariants.js';
import { hasSeeds, REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers/paths.js';

interface WebRun {
  output: Buffer;
  records: InputLineRecord[];
  stats: Stats;
}

/** Feeds the chunks through the web stream as a ReadableStream would and collects what comes out. */
async function webClean(chunks: readonly Uint8Array[], options: StripStreamOptions = {}): Promise<WebRun> {
  const records: InputLineRecord[] = [];
  const stream = createStripWebStream({ ...options, stats: new Stats(), observer: (record) => records.push(record) });
  const output: Uint8Array[] = [];
  await ReadableStream.from(chunks).pipeThrough(stream).pipeTo(new WritableStream({ write: (chunk) => void output.push(chunk) }));
  return { output: Buffer.concat(output), records, stats: stream.stats };
}

const SAMPLE = readFileSync(`${REPO_ROOT}samples/article.txt`);

describe('createStripWebStream', () => {
  it('gives what the Node Transform gives, byte for byte and verdict for verdict, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        nastyBytes().chain((input) => fc.tuple(fc.constant(input), chunkings(input.length))),
        fc.constantFrom<StripStreamOptions>({}, { docSeparator: '\f' }, { explain: true }, { profile: 'lines' }),
        async ([input, cuts], options) => {
          const chunks = cut(input, cuts);
          const web = await webClean(chunks, options);
          const node = streamClean(chunks, options);
          expect(web.output.equals(node.output)).toBe(true);
          expect(web.records.map(({ verdict, ruleId }) => [verdict, ruleId])).toEqual(node.records.map(({ verdict, ruleId }) => [verdict, ruleId]));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('cleans the sample article as strip() does, one byte a chunk, and counts it', async () => {
    const oneByteChunks = Array.from(SAMPLE, (byte) => Uint8Array.of(byte));
    const run = await webClean(oneByteChunks);
    expect(run.output.equals(strip(SAMPLE).text)).toBe(true);
    expect(run.output.length).toBeLessThan(SAMPLE.length);
    expect(run.stats).toMatchObject({ documents: 1, bytesIn: SAMPLE.length, bytesOut: run.output.length });
  });

  it.skipIf(!hasSeeds)('gives every seed document its gold', async () => {
    for (const name of seedNames()) {
      const run = await webClean([readFileSync(`${SEEDS_DIR}${name}.input.txt`)]);
      expect(run.output.equals(readFileSync(`${SEEDS_DIR}${name}.expected.txt`)), name).toBe(true);
    }
  });

  it('takes chunks that are views into a larger buffer, and a chunk reused once written', async () => {
    const backing = new Uint8Array(SAMPLE.length + 16);
    backing.set(SAMPLE, 8);
    const view = backing.subarray(8, 8 + SAMPLE.length);
    const half = Math.floor(SAMPLE.length / 2);
    // The producer overwrites its buffer as soon as a chunk is taken: held lines must be copies.
    const reused = new Uint8Array(half);
    const stream = createStripWebStream();
    const collected = new Response(stream.readable).arrayBuffer();
    const writer = stream.writable.getWriter();
    reused.set(view.subarray(0, half));
    await writer.write(reused);
    reused.fill(0x41);
    await writer.write(view.subarray(half));
    await writer.close();
    expect(Buffer.from(await collected).equals(strip(SAMPLE).text)).toBe(true);
  });

  it('refuses a chunk that is not bytes with a BoilerstripError saying what to do', async () => {
    const stream = createStripWebStream();
    const failure = ReadableStream.from(['text, not bytes\n'] as unknown as Uint8Array[]).pipeThrough(stream).pipeTo(new WritableStream());
    const error = await failure.then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(BoilerstripError);
    expect(error).toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(/not a string.*TextEncoderStream/) });
  });

  it.each([
    [new ArrayBuffer(4), /not an ArrayBuffer:/],
    [null, /not null:/],
    [Object.create(null), /not an object:/],
    [7, /not a number:/],
  ])('names what it got instead of bytes: %o', async (chunk, named) => {
    const failure = ReadableStream.from([chunk] as unknown as Uint8Array[]).pipeThrough(createStripWebStream()).pipeTo(new WritableStream());
    const error = await failure.then(() => undefined, (reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(named) });
  });
});
