import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strip, Stats, StripStream, type InputLineRecord } from '../../src/index.js';
import { boilerplateLines, chunkings, contentLines, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';

/** Runs the stream adapter over the given chunks and collects output and explain records. */
function streamClean(chunks: Buffer[], options: { docSeparator?: string; maxLineBytes?: number } = {}): { output: Buffer; records: InputLineRecord[] } {
  const records: InputLineRecord[] = [];
  const output: Buffer[] = [];
  const stream = new StripStream({ ...options, stats: new Stats(), observer: (record) => records.push(record) });
  stream.on('data', (chunk: Buffer) => output.push(chunk));
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return { output: Buffer.concat(output), records };
}

const linesOf = (buffer: Buffer): Buffer[] => {
  const lines: Buffer[] = [];
  let start = 0;
  for (let lf = buffer.indexOf(10); lf !== -1; lf = buffer.indexOf(10, start)) {
    lines.push(buffer.subarray(start, lf + 1));
    start = lf + 1;
  }
  if (start < buffer.length) lines.push(buffer.subarray(start));
  return lines;
};

/** Whether `sub` is an ordered sub-sequence of `all`, line for line, byte for byte. */
function isSubsequence(sub: Buffer[], all: Buffer[]): boolean {
  let next = 0;
  for (const line of sub) {
    while (next < all.length && !all[next]!.equals(line)) next++;
    if (next === all.length) return false;
    next++;
  }
  return true;
}

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
