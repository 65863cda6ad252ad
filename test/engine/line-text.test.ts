import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, isWhiteSpace, paragraphFingerprint } from '../../src/engine/line-text.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

/** The definition the fast ASCII path must agree with. */
const reference = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('white space and words', () => {
  it('takes for white space exactly the code units String.prototype.trim() removes', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(String.fromCharCode(code).trim() === '');
  });

  it('counts runs of characters between any white space as words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \t\u00a0 ')).toBe(0);
    expect(countWords('one\ttwo\rthree\u00a0four\u2009five\u3000six\ufeffseven  eight ')).toBe(8);
    expect(countWords('\u0008a\u000eb\u200bc')).toBe(1);
  });
});

describe('paragraphFingerprint', () => {
  it('keeps letters and digits, lower-cased, and nothing else', () => {
    expect(paragraphFingerprint("as 'Fake' and 2 LIES")).toBe('asfakeand2lies');
    expect(paragraphFingerprint('Straße “quoted” ДОКЛАД ½')).toBe('straßequotedдоклад½');
    // Lower-cased as a whole: the final sigma stays final; astral letters stay, lone surrogates go.
    expect(paragraphFingerprint('ΟΔΟΣ 𝐀𝟏 \ud800x')).toBe('οδος𝐀𝟏x');
  });

  it('agrees with the Unicode definition at the edges of the ASCII ranges, of surrogate pairs and of a long paragraph', () => {
    const edges = [
      '09 az AZ /:@[`{ \u007f',
      // Astral letters and digits at the ends of the surrogate ranges; lone and reversed surrogates.
      '\ud800\udc00 \ud835\udc00 \ud835\udfff \ud800\uff21 \ud835 \udc00\udc00 \udfff\ud835 é\udc00 \udbff\udfff',
      'Word 9 '.repeat(1000),
    ];
    for (const text of edges) expect(paragraphFingerprint(text), text.slice(0, 40)).toBe(reference(text));
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
