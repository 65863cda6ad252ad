import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strip } from '../../src/index.js';
import { boilerplateLines, chunkings, contentLine, contentLines, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';
import { isSubsequence, linesOf, streamClean } from '../helpers/engine-invariants.js';

const params = { numRuns: NUM_RUNS };

describe('engine properties', () => {
  it('output does not depend on how the input is cut into chunks', () => {
    fc.assert(
      fc.property(nastyBytes(), fc.nat(), fc.boolean(), (input, seed, small) => {
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        const options = { docSeparator: '\u0000', ...(small ? { maxLineBytes: 16 } : {}) };
        const whole = streamClean([input], options);
        const pieces = streamClean(cut(input, cuts), options);
        expect(pieces.output.equals(whole.output)).toBe(true);
        expect(pieces.records.map((record) => [record.inputLine, record.verdict, record.ruleId])).toEqual(whole.records.map((record) => [record.inputLine, record.verdict, record.ruleId]));
      }),
      params,
    );
  });

  it('kept lines are an ordered sub-sequence of the input lines, byte for byte (strip rules aside)', () => {
    fc.assert(
      fc.property(nastyBytes(), (input) => {
        const { output, records } = streamClean([input]);
        const changed = records.some((record) => record.verdict === 'strip');
        fc.pre(!changed);
        expect(isSubsequence(linesOf(output), linesOf(input))).toBe(true);
      }),
      params,
    );
  });

  it('explain accounts for every input line exactly once, in order', () => {
    fc.assert(
      fc.property(nastyBytes(), fc.boolean(), (input, small) => {
        const { records } = streamClean([input], small ? { maxLineBytes: 16 } : {});
        expect(records.map((record) => record.inputLine)).toEqual(linesOf(input).map((_, index) => index + 1));
      }),
      params,
    );
  });

  it('a line longer than maxLineBytes is never dropped: it comes out whole, byte for byte, in order, however the input is cut', () => {
    // Lines the rules drop, content, and arbitrary bytes (LF aside), each with any terminator or none.
    const text = fc.oneof(fc.constantFrom(...boilerplateLines).map((line) => Buffer.from(line)), contentLine(0).map((line) => Buffer.from(line)), nastyBytes().map((bytes) => bytes.filter((byte) => byte !== 0x0a)));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom('\n', '\r\n', '')), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 80 }), fc.nat(), (lines, maxLineBytes, seed) => {
        const input = Buffer.concat(lines.flatMap(([line, eol]) => [line, Buffer.from(eol)]));
        const oversized = linesOf(input).filter((inputLine) => inputLine.length - (inputLine.at(-1) === 0x0a ? 1 : 0) > maxLineBytes);
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        expect(isSubsequence(oversized, linesOf(streamClean(cut(input, cuts), { maxLineBytes }).output))).toBe(true);
      }),
      params,
    );
  });

  it('boilerplate inserted between content lines comes out as the content-only document', () => {
    fc.assert(
      fc.property(contentLines(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...boilerplateLines)), { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (content, inserts, eol) => {
        const lines = [...content];
        for (const [position, boilerplate] of inserts) lines.splice(position % (lines.length + 1), 0, boilerplate);
        const expected = content.map((line) => line + eol).join('');
        expect(strip(lines.map((line) => line + eol).join('')).text).toBe(expected);
      }),
      params,
    );
  });

  it('text that no rule matches comes out byte-identical', () => {
    fc.assert(
      fc.property(contentLines(), fc.array(fc.constantFrom('', ' ', '\u00a0'), { maxLength: 5 }), (content, blanks) => {
        const text = [...blanks, ...content.flatMap((line) => [line, ...blanks])].join('\n');
        expect(strip(text).text).toBe(text);
      }),
      params,
    );
  });

  it('cleaning twice equals cleaning once', () => {
    fc.assert(
      fc.property(fc.oneof(nastyBytes(), contentLines().map((lines) => Buffer.from([...lines, ...boilerplateLines.slice(0, 3)].join('\n\n')))), (input) => {
        const once = strip(input).text;
        expect(strip(once).text.equals(once)).toBe(true);
      }),
      params,
    );
  });
});
