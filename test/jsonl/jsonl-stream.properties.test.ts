import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonlStream, strip } from '../../src/index.js';
import { boilerplateLines, chunkings, cut, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';
import { linesOf } from '../helpers/engine-invariants.js';
import { BODY_FIELD, expectOnlyFieldCleaned, jsonlCorpus } from '../helpers/jsonl-records.js';

function cleanJsonl(chunks: Buffer[], field = BODY_FIELD): Buffer {
  const output: Buffer[] = [];
  const stream = new JsonlStream({ field, onInvalid: 'pass' });
  stream.on('data', (chunk: Buffer) => output.push(chunk));
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return Buffer.concat(output);
}

/** Field text of any kind: lines of boilerplate, unpaired surrogates, any code points, CRs. */
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...boilerplateLines, '', '\ud800', 'x\udfffy', '\r', '\u2028'), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 6 })
  .map((parts) => parts.join('\n'));

/** A line of JSON Lines input: a record (its text field hostile), or something that is not JSON. */
const hostileLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(hostileText, fc.jsonValue({ maxDepth: 2 })).map(([text, other]) => Buffer.from(JSON.stringify({ other, text }))) },
  { weight: 1, arbitrary: fc.constantFrom('not json', '{"text":', '', '  ', '\ufeff{"text":"READ | x"}', '[1,2]', '"text"').map((line) => Buffer.from(line)) },
  { weight: 1, arbitrary: nastyBytes().map((bytes) => Buffer.from(bytes.filter((byte) => byte !== 0x0a))) },
);

describe('JSON Lines properties', () => {
  it('output parsed back equals the input records except for the cleaned field, which is the field cleaned', () => {
    fc.assert(
      fc.property(jsonlCorpus(), (text) => expectOnlyFieldCleaned(text, cleanJsonl([Buffer.from(text)]).toString('utf8'))),
      { numRuns: NUM_RUNS },
    );
  });

  it('hostile JSON Lines (lone surrogates, invalid lines, random bytes): nothing escapes, chunking does not matter, each line is itself or its record with the field cleaned', () => {
    fc.assert(
      fc.property(fc.array(hostileLine, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.nat(), (lines, eol, seed) => {
        const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from(eol)]));
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        const output = cleanJsonl([input], 'text');
        expect(cleanJsonl(cut(input, cuts), 'text').equals(output)).toBe(true);
        const outputLines = linesOf(output);
        expect(outputLines).toHaveLength(lines.length);
        outputLines.forEach((after, index) => {
          const before = linesOf(input)[index]!;
          if (after.equals(before)) return;
          // A UTF-8 byte-order mark may open the first record; the output keeps it.
          const parse = (line: Buffer): unknown => JSON.parse(line.toString('utf8').replace(/^\ufeff/, ''));
          const record = parse(before) as { text: string };
          expect(parse(after)).toEqual({ ...record, text: strip(record.text).text });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
