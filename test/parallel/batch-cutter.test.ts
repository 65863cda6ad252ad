import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBytes } from '../../src/api/strip.js';
import { normalizeOptions } from '../../src/options.js';
import { BatchCutter, countSeparatorLines } from '../../src/parallel/batch-cutter.js';
import { chunkings, cut, NUM_RUNS } from '../helpers/arbitraries.js';

function batchesOf(chunks: Buffer[], targetBytes: number, separator?: string): Buffer[] {
  const cutter = new BatchCutter({ targetBytes, ...(separator !== undefined ? { separator: Buffer.from(separator) } : {}) });
  const batches = chunks.flatMap((chunk) => cutter.push(chunk));
  const last = cutter.end();
  return last.length > 0 ? [...batches, last] : batches;
}

/** The offset after the last unit that ends in `bytes` (an LF, and for documents a separator line before it), 0 when none does. */
function lastUnitEnd(bytes: Buffer, separator?: string): number {
  let end = 0;
  let start = 0;
  for (let lf = bytes.indexOf(0x0a); lf !== -1; lf = bytes.indexOf(0x0a, start)) {
    if (separator === undefined || bytes.toString('latin1', start, lf).replace(/\r$/, '') === separator) end = lf + 1;
    start = lf + 1;
  }
  return end;
}

/** What the cutter must give: after each chunk that brings what is held to the target, all of it up to the last unit's end. */
function expectedBatches(chunks: Buffer[], targetBytes: number, separator?: string): Buffer[] {
  const batches: Buffer[] = [];
  let held = Buffer.alloc(0);
  for (const chunk of chunks) {
    held = Buffer.concat([held, chunk]);
    const end = held.length >= targetBytes ? lastUnitEnd(held, separator) : 0;
    if (end > 0) batches.push(held.subarray(0, end));
    held = held.subarray(end);
  }
  return held.length > 0 ? [...batches, held] : batches;
}

const text = fc.array(fc.constantFrom('a line\n', 'x', '\f\n', '\f\r\n', 'y\f\n', '\n', '\r\n', '{"text":"z"}\n'), { maxLength: 60 }).map((parts) => Buffer.from(parts.join(''), 'latin1'));

describe('BatchCutter', () => {
  it('cuts, after each chunk that brings what it holds to the target, at the last boundary held, and gives back every byte in order', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, '\f'), (input, seed, target, separator) => {
        const chunks = cut(input, fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!);
        const batches = batchesOf(chunks, target, separator);
        expect(Buffer.concat(batches).equals(input)).toBe(true);
        expect(batches.map((batch) => batch.toString('latin1'))).toEqual(expectedBatches(chunks, target, separator).map((batch) => batch.toString('latin1')));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('cuts once the bytes held reach the target, not before', () => {
    const cutter = new BatchCutter({ targetBytes: 4 });
    expect(cutter.push(Buffer.from('a\n'))).toEqual([]);
    expect(cutter.push(Buffer.from('b\n')).map(String)).toEqual(['a\nb\n']);
  });

  it('finds a separator line that came in pieces, its LF or CRLF opening the next chunk', () => {
    for (const separator of ['\f', '<<<END>>>']) {
      for (const eol of ['\n', '\r\n']) {
        const cutter = new BatchCutter({ targetBytes: 1, separator: Buffer.from(separator) });
        expect(cutter.push(Buffer.from(`a\n${separator}${eol.slice(0, -1)}`))).toEqual([]);
        expect(cutter.push(Buffer.from('\n')).map(String)).toEqual([`a\n${separator}${eol}`]);
      }
    }
  });

  it('finds a boundary at the very start, and holds lines without one, an empty first line too', () => {
    expect(new BatchCutter({ targetBytes: 1 }).push(Buffer.from('\n{"a":1}')).map(String)).toEqual(['\n']);
    const cutter = new BatchCutter({ targetBytes: 1, separator: Buffer.from('\f') });
    expect(cutter.push(Buffer.from('\f\nx')).map(String)).toEqual(['\f\n']);
    expect(cutter.push(Buffer.from('\n\ny\n'))).toEqual([]);
    expect(String(cutter.end())).toBe('x\n\ny\n');
  });

  it('waits for a boundary past the target, and cuts at the last one', () => {
    const cutter = new BatchCutter({ targetBytes: 4, separator: Buffer.from('\f') });
    expect(cutter.push(Buffer.from('one\ntwo\n'))).toEqual([]);
    expect(cutter.heldBytes).toBe(8);
    expect(cutter.push(Buffer.from('\f\nthree\n\f\nfo')).map(String)).toEqual(['one\ntwo\n\f\nthree\n\f\n']);
    expect(String(cutter.end())).toBe('fo');
  });

  it('does not take a separator inside a line for a separator line', () => {
    const cutter = new BatchCutter({ targetBytes: 1, separator: Buffer.from('\f') });
    expect(cutter.push(Buffer.from('a\f\nb'))).toEqual([]);
  });
});

describe('countSeparatorLines', () => {
  /** The separator lines the engine itself finds (each passes through with the note 'separator'). */
  function engineCount(input: Buffer, separator: string): number {
    let count = 0;
    cleanBytes(input, normalizeOptions({ docSeparator: separator }), { observer: (record) => void (record.note === 'separator' && count++) });
    return count;
  }

  it('counts the separator lines the engine finds: LF or CRLF ended, at the end without one, never inside a line', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('\f', ' ', '--', 'y\f'), (input, separator) => {
        expect(countSeparatorLines(input, Buffer.from(separator))).toBe(engineCount(input, separator));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('counts a last line without terminator, but not one ending in a lone CR', () => {
    expect(countSeparatorLines(Buffer.from('a\n\f\nb\n\f'), Buffer.from('\f'))).toBe(2);
    expect(countSeparatorLines(Buffer.from('a\n\f\r'), Buffer.from('\f'))).toBe(0);
  });
});
