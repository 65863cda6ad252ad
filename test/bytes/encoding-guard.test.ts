import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EncodingGuard } from '../../src/bytes/encoding-guard.js';
import { BoilerstripError } from '../../src/errors.js';
import { chunkings, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';

/** Feeds the chunks through a guard; returns the bytes let through, or the error. */
function guard(chunks: Buffer[], label?: string): Buffer | BoilerstripError {
  const through: Buffer[] = [];
  const sink = new EncodingGuard({ push: (chunk) => through.push(Buffer.from(chunk)), end: () => {} }, label);
  try {
    for (const chunk of chunks) sink.push(chunk);
    sink.end();
  } catch (error) {
    if (error instanceof BoilerstripError) return error;
    throw error;
  }
  return Buffer.concat(through);
}

const text = (encoding: 'utf16le' | 'latin1', value: string) => Buffer.from(value, encoding);

describe('EncodingGuard', () => {
  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), text('utf16le', 'Body.\nREAD | x\n')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), text('utf16le', 'Body.\n').swap16()])],
    ['UTF-32LE', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x42, 0, 0, 0])],
    ['UTF-32BE', Buffer.from([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x42])],
  ])('refuses %s with a byte-order mark, naming the encoding and the input, however it is chunked', (encoding, input) => {
    for (const chunks of [[input], [...input].map((byte) => Buffer.from([byte]))]) {
      const result = guard(chunks, 'page.txt');
      expect(result).toBeInstanceOf(BoilerstripError);
      expect((result as BoilerstripError).code).toBe('E_INPUT');
      expect((result as BoilerstripError).message).toMatch(new RegExp(`^page\\.txt starts with a ${encoding} byte-order mark: .* iconv -f UTF-\\d\\d -t UTF-8`));
    }
  });

  it('refuses a UTF-16 mark even when nothing follows it', () => {
    expect(guard([Buffer.from([0xff, 0xfe])])).toBeInstanceOf(BoilerstripError);
  });

  it('lets through UTF-8 with its byte-order mark, NUL-led binary and short inputs, byte for byte', () => {
    for (const input of [Buffer.from('\ufeffBody.\n'), Buffer.from([0x00, 0x00, 0x00, 0x0a, 0xff]), Buffer.from([0x00]), Buffer.from([0x00, 0x00, 0xfe]), Buffer.alloc(0), text('latin1', 'caf\xe9\n')]) {
      expect(guard([input])).toEqual(input);
    }
  });

  it('lets any other input through unchanged, however it is chunked', () => {
    fc.assert(
      fc.property(nastyBytes(), fc.nat(), (input, seed) => {
        fc.pre(!(input[0] === 0xff && input[1] === 0xfe) && !(input[0] === 0xfe && input[1] === 0xff));
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        const result = guard(cut(input, cuts));
        if (input.subarray(0, 4).equals(Buffer.from([0, 0, 0xfe, 0xff]))) expect(result).toBeInstanceOf(BoilerstripError);
        else expect(result).toEqual(input);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('names the file in the error\'s location, and "the input" when it has no name', () => {
    const mark = [Buffer.from([0xfe, 0xff, 0, 0x42])];
    expect((guard(mark, 'page.txt') as BoilerstripError).location).toEqual({ file: 'page.txt' });
    const unnamed = guard(mark) as BoilerstripError;
    expect(unnamed.message).toMatch(/^the input starts with a UTF-16BE byte-order mark/);
    expect(unnamed.location).toStrictEqual({});
  });

  it('holds back only bytes that may begin a mark, and refuses a mark once it is whole', () => {
    const through: string[] = [];
    const sink = new EncodingGuard({ push: (chunk) => through.push(chunk.toString('latin1')), end: () => {} });
    sink.push(Buffer.from('a\n'));
    expect(through).toEqual(['a\n']);
    const held = new EncodingGuard({ push: (chunk) => through.push(chunk.toString('latin1')), end: () => {} });
    held.push(Buffer.from([0xff]));
    held.push(Buffer.from([0xfe]));
    expect(through).toEqual(['a\n']);
    const wide = new EncodingGuard({ push: () => {}, end: () => {} });
    wide.push(Buffer.from([0xfe]));
    expect(() => wide.push(Buffer.from([0xff]))).toThrow(BoilerstripError);
  });
});
