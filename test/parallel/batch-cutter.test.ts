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

/** Whether a batch ends where a unit ends: after an LF, and for documents after a separator line. */
function endsOnBoundary(batch: Buffer, separator?: string): boolean {
  if (batch[batch.length - 1] !== 0x0a) return false;
  if (separator === undefined) return true;
  const lines = batch.toString('latin1').split('\n');
  return lines[lines.length - 2]!.replace(/\r$/, '') === separator;
}

const text = fc.array(fc.constantFrom('a line\n', 'x', '\f\n', '\f\r\n', 'y\f\n', '\n', '\r\n', '{"text":"z"}\n'), { maxLength: 60 }).map((parts) => Buffer.from(parts.join(''), 'latin1'));

describe('BatchCutter', () => {
  it('gives back every byte in order, each batch but the last ending on a boundary', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 40 }), fc.constantFrom(undefined, '\f'), (input, seed, target, separator) => {
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        const batches = batchesOf(cut(input, cuts), target, separator);
        expect(Buffer.concat(batches).equals(input)).toBe(true);
        for (const batch of batches.slice(0, -1)) expect(endsOnBoundary(batch, separator)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
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
    expect(countSeparatorLines(Buffer.from('\n\r\nx\n'), Buffer.from(''))).toBe(2);
  });
});
