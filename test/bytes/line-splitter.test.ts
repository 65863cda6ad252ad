import { describe, expect, it } from 'vitest';
import { LineSplitter, type LineSink } from '../../src/bytes/line-splitter.js';

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
});
