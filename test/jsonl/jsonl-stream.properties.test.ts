import fc from 'fast-check';
import { describe, it } from 'vitest';
import { JsonlStream } from '../../src/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';
import { BODY_FIELD, expectOnlyFieldCleaned, jsonlCorpus } from '../helpers/jsonl-records.js';

function cleanJsonl(input: string): string {
  const output: Buffer[] = [];
  const stream = new JsonlStream({ field: BODY_FIELD });
  stream.on('data', (chunk: Buffer) => output.push(chunk));
  stream.end(input);
  return Buffer.concat(output).toString('utf8');
}

describe('JSON Lines properties', () => {
  it('output parsed back equals the input records except for the cleaned field, which is the field cleaned', () => {
    fc.assert(
      fc.property(jsonlCorpus(), (text) => expectOnlyFieldCleaned(text, cleanJsonl(text))),
      { numRuns: NUM_RUNS },
    );
  });
});
