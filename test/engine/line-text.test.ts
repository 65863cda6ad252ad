import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphFingerprint } from '../../src/engine/line-text.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

/** The definition the fast ASCII path must agree with. */
const reference = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('paragraphFingerprint', () => {
  it('keeps letters and digits, lower-cased, and nothing else', () => {
    expect(paragraphFingerprint("as 'Fake' and 2 LIES")).toBe('asfakeand2lies');
    expect(paragraphFingerprint('Straße “quoted” ДОКЛАД ½')).toBe('straßequotedдоклад½');
    // Lower-cased as a whole: the final sigma stays final; astral letters stay, lone surrogates go.
    expect(paragraphFingerprint('ΟΔΟΣ 𝐀𝟏 \ud800x')).toBe('οδος𝐀𝟏x');
  });

  it('agrees with the Unicode definition on ASCII and on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 500 })), (text) => {
        expect(paragraphFingerprint(text)).toBe(reference(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
