import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, type LineSink } from '../../src/bytes/line-splitter.js';
import { chunkings, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';

type Event = ['line', string, number] | ['oversized', string, boolean, boolean];

function split(chunks: string[], maxLineBytes = 100): Event[] {
  const events: Event[] = [];
  const sink: LineSink = {
    line: (buf, start, end, eol) => events.push(['line', buf.toString('latin1', start, end), eol]),
    oversized: (part, first, last) => events.push(['oversized', part.toString('latin1'), first, last]),
  };
  const splitter = new LineSplitter(sink, maxLineBytes);
  for (const chunk of chunks) splitter.push(Buffer.from(chunk, 'latin1'));
  splitter.end();
  return events;
}

describe('LineSplitter', () => {
  it('cuts at LF and reports each terminator', () => {
    expect(split(['a\nb\r\nc'])).toEqual([
      ['line', 'a\n', 1],
      ['line', 'b\r\n', 2],
      ['line', 'c', 0],
    ]);
  });

  it('joins lines cut across chunks, including a CRLF split between them', () => {
    expect(split(['ab', 'c\r', '\nd\n'])).toEqual([
      ['line', 'abc\r\n', 2],
      ['line', 'd\n', 1],
    ]);
  });

  it('keeps a lone CR inside a line', () => {
    expect(split(['a\rb\n'])).toEqual([['line', 'a\rb\n', 1]]);
  });

  it('passes a line over the limit through in pieces, the same whatever the chunking', () => {
    const whole = split(['0123456789ab\nok\n'], 10);
    expect(whole).toEqual([
      ['oversized', '0123456789ab\n', true, true],
      ['line', 'ok\n', 1],
    ]);
    const pieces = split(['01234', '56789a', 'b\nok\n'], 10);
    expect(pieces.map((event) => event[0])).toEqual(['oversized', 'oversized', 'line']);
    expect(pieces.filter((event) => event[0] === 'oversized').map((event) => event[1]).join('')).toBe('0123456789ab\n');
  });

  it('ends an oversized last line without terminator', () => {
    expect(split(['0123456789abc'], 10)).toEqual([
      ['oversized', '0123456789abc', true, false],
      ['oversized', '', false, true],
    ]);
  });

  it('passes an oversized line on in every piece that arrives, flagged first and last', () => {
    expect(split(['0123456789ab', 'cd', 'ef\nok\n'], 10)).toEqual([
      ['oversized', '0123456789ab', true, false],
      ['oversized', 'cd', false, false],
      ['oversized', 'ef\n', false, true],
      ['line', 'ok\n', 1],
    ]);
    expect(split(['ab', 'cd\n'], 3)).toEqual([['oversized', 'abcd\n', true, true]]);
  });

  it('holds no state over from a line joined across chunks', () => {
    expect(split(['ab', 'c\nd', 'e\n', '\nf\r', 'g\n'])).toEqual([
      ['line', 'abc\n', 1],
      ['line', 'de\n', 1],
      ['line', '\n', 1],
      ['line', 'f\rg\n', 1],
    ]);
  });

  // The oracle: cut the whole input at each LF; a line is oversized when its bytes before the LF
  // exceed the limit; its terminator is CRLF when the LF follows a CR. Every chunking must give
  // exactly that, oversized pieces joined.
  it('gives the lines of the whole input whatever the chunking and the limit', () => {
    fc.assert(
      fc.property(nastyBytes(), fc.nat(), fc.integer({ min: 0, max: 24 }), (input, seed, maxLineBytes) => {
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        const expected: string[] = [];
        for (let start = 0; start < input.length; ) {
          const lf = input.indexOf(0x0a, start);
          const end = lf === -1 ? input.length : lf + 1;
          const line = input.toString('latin1', start, end);
          const content = lf === -1 ? end - start : lf - start;
          const eol = lf === -1 ? 0 : lf > start && input[lf - 1] === 0x0d ? 2 : 1;
          expected.push(content > maxLineBytes ? `oversized ${line}` : `line ${eol} ${line}`);
          start = end;
        }
        const lines: string[] = [];
        let pieces: string | undefined;
        const splitter = new LineSplitter(
          {
            line: (buf, start, end, eol) => lines.push(`line ${eol} ${buf.toString('latin1', start, end)}`),
            oversized: (part, first, last) => {
              expect(first).toBe(pieces === undefined);
              pieces = (pieces ?? '') + part.toString('latin1');
              if (last) {
                lines.push(`oversized ${pieces}`);
                pieces = undefined;
              }
            },
          },
          maxLineBytes,
        );
        for (const chunk of cut(input, cuts)) splitter.push(chunk);
        splitter.end();
        expect(pieces).toBeUndefined();
        expect(lines).toEqual(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
