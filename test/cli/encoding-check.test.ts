import { describe, expect, it } from 'vitest';
import { EncodingCheck } from '../../src/cli/encoding-check.js';
import { pipeThrough } from '../helpers/pipe-through.js';

const run = async (label: string, chunks: readonly Buffer[]): Promise<Buffer> => Buffer.concat(await pipeThrough(new EncodingCheck(label), chunks));

describe('EncodingCheck, the CLI stage that refuses UTF-16 and UTF-32', () => {
  it('errors the pipeline with E_INPUT naming the input, the encoding and how to convert it, even with the mark cut across chunks', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Body.\n', 'utf16le')]);
    for (const chunks of [[utf16], [utf16.subarray(0, 1), utf16.subarray(1)]]) {
      await expect(run('page.txt', chunks)).rejects.toMatchObject({
        name: 'BoilerstripError',
        code: 'E_INPUT',
        message: expect.stringMatching(/^page\.txt starts with a UTF-16LE byte-order mark: .*iconv -f UTF-16 -t UTF-8/),
      });
    }
  });

  it('passes UTF-8 text and bytes shorter than a mark through unchanged, at the end of the input too', async () => {
    const text = Buffer.from('\ufeffBody, with a UTF-8 mark.\nREAD | x\n');
    expect((await run('page.txt', [text.subarray(0, 2), text.subarray(2, 3), text.subarray(3)])).equals(text)).toBe(true);
    // Two bytes that might begin a UTF-32BE mark, and then the input ends: they are text.
    expect((await run('page.txt', [Buffer.from([0x00, 0x00])])).equals(Buffer.from([0x00, 0x00]))).toBe(true);
  });
});
