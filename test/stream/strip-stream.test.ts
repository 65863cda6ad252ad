import { describe, expect, it } from 'vitest';
import { compileRules, createStripStream, Stats, StripStream } from '../../src/index.js';
import { ChunkCleaner } from '../../src/stream/chunk-cleaner.js';
import { pipeThrough } from '../helpers/pipe-through.js';

const rules = compileRules();
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
const CHUNKS = [`${BODY}\nREAD | Sto`, `rm season\n\f\nComments\n${BODY}`, '\n'].map((text) => Buffer.from(text));

describe('StripStream', () => {
  it('writes, chunk for chunk, what the chunk cleaner settles', async () => {
    const options = { rules, docSeparator: '\f' };
    const cleaner = new ChunkCleaner(options);
    const settled = [...CHUNKS.map((chunk) => cleaner.push(chunk)), cleaner.end()].filter((piece) => piece !== undefined).map(String);
    expect((await pipeThrough(createStripStream(options), CHUNKS)).map(String)).toEqual(settled);
    expect(settled.join('')).toBe(`${BODY}\n\f\n${BODY}\n`);
  });

  it('adds to the Stats it is given and shows them as its own', async () => {
    const stats = new Stats();
    const stream = new StripStream({ rules, docSeparator: '\f', stats });
    expect(stream.stats).toBe(stats);
    await pipeThrough(stream, CHUNKS);
    expect([stats.documents, stats.linesIn, stats.linesOut]).toEqual([2, 5, 3]);
  });

  it('errors the stream, rather than throw past it, when cleaning a chunk or the end throws', async () => {
    const failure = new Error('observer failed');
    const observer = (at: string) => (record: { content: Buffer }) => {
      if (record.content.toString() === at) throw failure;
    };
    // The first line is settled by a push, the last one only by the end of the input.
    await expect(pipeThrough(new StripStream({ rules, profile: 'lines', observer: observer(BODY) }), CHUNKS)).rejects.toBe(failure);
    await expect(pipeThrough(new StripStream({ rules, profile: 'lines', observer: observer('last') }), [Buffer.from(`${BODY}\nlast`)])).rejects.toBe(failure);
  });

  it('refuses bad options when it is made, with E_USAGE', () => {
    expect(() => createStripStream({ rules, docSeparator: '' })).toThrow(expect.objectContaining({ name: 'BoilerstripError', code: 'E_USAGE' }));
  });
});
