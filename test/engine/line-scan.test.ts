import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiLineScan } from '../../src/engine/line-scan.js';
import { countWords, lineText, paragraphFingerprint } from '../../src/engine/line-text.js';
import { compileRules } from '../../src/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

const model = compileRules().page;
const scanner = (): AsciiLineScan => new AsciiLineScan(model.asciiFunctionWords, model.functionWords.size);

/** The definition: the most function words any one language has among the line's lower-cased tokens. */
function referenceFunctionWords(text: string): number {
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  return Math.max(0, ...[...model.functionWords.values()].map((set) => tokens.filter((token) => set.has(token)).length));
}

describe('AsciiLineScan', () => {
  it('finds the trimmed text, the words and the page counts of an ASCII line in its bytes', () => {
    const scan = scanner();
    const bytes = Buffer.from('xx \t The cat | and THE dog\'s 2 bowls \r\n');
    expect(scan.read(bytes, 2, bytes.length - 2)).toBe(true);
    expect(bytes.toString('latin1', scan.start, scan.end)).toBe("The cat | and THE dog's 2 bowls");
    expect([scan.words, scan.functionWords, scan.separators, scan.lettersOrDigits, scan.digits]).toEqual([8, 3, 1, 22, true]);
    expect(scan.fingerprint()).toBe('thecatandthedogs2bowls');
  });

  it('leaves a line with any byte outside ASCII to the decoder', () => {
    expect(scanner().read(Buffer.from('The cat\u00a0'), 0, 9)).toBe(false);
    expect(scanner().read(Buffer.from([0x61, 0xff, 0x62]), 0, 3)).toBe(false);
  });

  it('agrees with the decoded text, countWords, the counts and the fingerprint of the text on any ASCII line', () => {
    const functionWords = [...model.functionWords.values()].flatMap((set) => [...set]).filter((word) => /^[a-z']+$/.test(word));
    const piece = fc.oneof(fc.constantFrom(...functionWords, 'The', 'AND', "don't", "'", ' ', '\t', '\v', '|', '7x', 'x'), fc.string({ unit: 'binary-ascii', maxLength: 6 }));
    const scan = scanner();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const line = pieces.join(' ');
        const bytes = Buffer.from(line, 'latin1');
        expect(scan.read(bytes, 0, bytes.length)).toBe(true);
        const text = lineText(bytes, 0, bytes.length);
        expect(bytes.toString('latin1', scan.start, scan.end)).toBe(text);
        expect(scan.words).toBe(countWords(text));
        expect(scan.functionWords).toBe(referenceFunctionWords(text));
        expect(scan.separators).toBe((text.match(/\|/g) ?? []).length);
        expect(scan.lettersOrDigits).toBe((text.match(/[A-Za-z0-9]/g) ?? []).length);
        expect(scan.digits).toBe(/[0-9]/.test(text));
        expect(scan.fingerprint()).toBe(paragraphFingerprint(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
