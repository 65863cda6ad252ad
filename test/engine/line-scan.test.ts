import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineScan } from '../../src/engine/line-scan.js';
import { countWords, lineText, paragraphFingerprint } from '../../src/engine/line-text.js';
import { compileRules } from '../../src/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

const model = compileRules().page;
const scanner = (): LineScan => new LineScan(model.functionWordTrie, model.functionWords.size);

/** A scan of the whole of `text`'s bytes, which it must be able to read itself. */
function scanOf(text: string, scan = scanner()): LineScan {
  const bytes = Buffer.from(text);
  expect(scan.read(bytes, 0, bytes.length), text).toBe(true);
  return scan;
}

/** The definition: the most function words any one language has among the line's lower-cased tokens. */
function referenceFunctionWords(text: string): number {
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  return Math.max(0, ...[...model.functionWords.values()].map((set) => tokens.filter((token) => set.has(token)).length));
}

describe('LineScan', () => {
  it('finds the trimmed text, the words and the page counts of an ASCII line in its bytes', () => {
    const scan = scanner();
    const bytes = Buffer.from('xx \t The cat | and THE dog\'s 2 bowls \r\n');
    expect(scan.read(bytes, 2, bytes.length - 2)).toBe(true);
    expect(bytes.toString('latin1', scan.start, scan.end)).toBe("The cat | and THE dog's 2 bowls");
    expect([scan.words, scan.functionWords, scan.separators, scan.lettersOrDigits, scan.digits]).toEqual([8, 3, 1, 22, true]);
    expect(scan.fingerprint()).toBe('thecatandthedogs2bowls');
  });

  it('reads white space, separators and symbols outside ASCII from their UTF-8 bytes', () => {
    const bytes = Buffer.from('\u00a0\ufeff© 2009 The Times\u00a0» Home · News\u3000\u00a0');
    const scan = scanOf(bytes.toString());
    expect(scan.ascii).toBe(false);
    expect(bytes.toString('utf8', scan.start, scan.end)).toBe('© 2009 The Times\u00a0» Home · News');
    expect([scan.words, scan.functionWords, scan.separators, scan.lettersOrDigits, scan.digits]).toEqual([8, 1, 2, 20, true]);
    expect(scan.fingerprint()).toBe('2009thetimeshomenews');
  });

  it('counts guillemets as separators only as far as they do not pair up as quotes', () => {
    expect(scanOf('Le maire a dit « non » au projet | Accueil').separators).toBe(1);
    expect(scanOf('Он назвал «Таврию» и «Металлист» лучшими командами').separators).toBe(0);
    expect(scanOf('Er sagte »nein« und ging').separators).toBe(0);
    expect(scanOf('Главная » Новости » Мир').separators).toBe(2);
    expect(scanOf('« Previous article').separators).toBe(1);
  });

  it('reads ’ as part of a token that is no function word ("it’s" is one word)', () => {
    const scan = scanOf('It’s the ’ and’ dog');
    expect(scan.ascii).toBe(false);
    expect([scan.words, scan.functionWords, scan.lettersOrDigits]).toEqual([5, 1, 12]);
    expect(scan.fingerprint()).toBe('itstheanddog');
    // A token that starts with ’ is one word, and the letters after ’ walk no function word ("we", "re" are none here).
    scanOf('we’re ’tis', scan);
    expect([scan.words, scan.functionWords]).toEqual([2, 0]);
  });

  it('leaves a line with ’ to the Unicode-aware path when some function word holds one', () => {
    const scan = new LineScan({ ...model.functionWordTrie, wordsWithRightQuote: true }, model.functionWords.size);
    expect(scan.read(Buffer.from('it’s'), 0, Buffer.byteLength('it’s'))).toBe(false);
    expect(scan.read(Buffer.from("it's"), 0, 4)).toBe(true);
    expect(scan.read(Buffer.from('café'), 0, Buffer.byteLength('café'))).toBe(true);
  });

  it('reads Latin and Cyrillic letters outside ASCII as letters, lower-cased, and function words spelled with them', () => {
    const scan = scanOf('Für ÉTÉ, Straße für die Ǆungla');
    expect(scan.ascii).toBe(false);
    expect([scan.words, scan.functionWords, scan.lettersOrDigits]).toEqual([6, 3, 24]);
    expect(scan.fingerprint()).toBe('fürétéstraßefürdieǆungla');
    scanOf('Новости И В мире: это не всё', scan);
    expect([scan.words, scan.functionWords, scan.lettersOrDigits]).toEqual([7, 5, 21]);
    expect(scan.fingerprint()).toBe('новостиивмиреэтоневсё');
    // A token that left the function-word trie stays out of it at a letter outside ASCII.
    expect(scanOf('Grön', scan).functionWords).toBe(0);
  });

  it('reads the three-byte characters of U+0800 to U+0FFF that are no letter, mark or number, as it reads ©', () => {
    const scan = scanOf('Price \u0e3f100 \u0830');
    expect([scan.words, scan.lettersOrDigits, scan.fingerprint()]).toEqual([3, 8, 'price100']);
  });

  it('reads a line of more letters than its first buffer holds, and a short one after it', () => {
    const scan = scanner();
    for (const line of ['word '.repeat(600).trim(), 'The end', 'a'.repeat(5000)]) expect(scanOf(line, scan).fingerprint(), line.slice(0, 10)).toBe(paragraphFingerprint(line));
  });

  it('leaves a line with any other letter, mark or number outside ASCII, or bytes that are not UTF-8 to the Unicode-aware path', () => {
    for (const line of ['İstanbul', 'e\u0301', 'ª', '½ cup', '𝐀 b', 'Ἀθῆναι', 'ΟΔΟΣ', 'й\u0306']) expect(scanner().read(Buffer.from(line), 0, Buffer.byteLength(line)), line).toBe(false);
    for (const bytes of [[0x61, 0xff, 0x62], [0xff, 0x62], [0x62, 0xc2, 0x41], [0x61, 0xc2], [0xc2, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0xa0]]) {
      expect(scanner().read(Buffer.from(bytes), 0, bytes.length), String(bytes)).toBe(false);
    }
  });

  it('agrees with the decoded text, countWords, the counts and the fingerprint of the text on any line it reads', () => {
    const functionWords = [...model.functionWords.values()].flatMap((set) => [...set]);
    const piece = fc.oneof(
      fc.constantFrom(...functionWords, 'The', 'AND', "don't", "'", ' ', '\t', '\v', '|', '[', '#', '**', '_', '7x', 'x', '\u00a0', '\ufeff', '\u2003', '\u3000', '©', '»', '·', '•', '‹', '£', '—', '“', '\ufffd', 'é', '’'),
      fc.constantFrom('FÜR', 'Été', 'À', 'PIÙ', 'NÃO', 'Más', 'ß', 'ſ', 'ÿ', 'Ÿ', 'Ǆ', 'ǅ', 'ǈ', 'Ł', 'ő', 'ı', 'İ', 'ª', 'µ', '×', '÷', 'ɐ', 'Ȿ', 'ƛ', 'e\u0301'),
      fc.integer({ min: 0xc0, max: 0x24f }).map((codePoint) => String.fromCharCode(codePoint)),
      fc.integer({ min: 0x370, max: 0x54f }).map((codePoint) => String.fromCharCode(codePoint)),
      fc.constantFrom('И', 'В', 'НЕ', 'Это', 'ЕЁ', 'Ѐ', 'Ӏ', 'ӏ', 'Σ', 'ς'),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    const scan = scanner();
    let read = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const line = pieces.join(' ');
        const bytes = Buffer.from(line, 'utf8');
        const text = lineText(bytes, 0, bytes.length);
        if (!scan.read(bytes, 0, bytes.length)) {
          // Only a line holding what the byte scan leaves to the Unicode-aware path.
          expect(text).toMatch(/[\p{L}\p{M}\p{N}\u{10000}-\u{10ffff}]/u);
          return;
        }
        read++;
        expect(bytes.toString(scan.ascii ? 'latin1' : 'utf8', scan.start, scan.end)).toBe(text);
        expect(scan.ascii).toBe(!/[^\0-\x7f]/.test(text));
        expect(scan.words).toBe(countWords(text));
        expect(scan.functionWords).toBe(referenceFunctionWords(text));
        const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
        expect(scan.separators).toBe(count(/[|·•]/g) + Math.abs(count(/[«‹]/g) - count(/[»›]/g)));
        expect(scan.lettersOrDigits).toBe((text.match(/[\p{L}\p{N}]/gu) ?? []).length);
        expect(scan.digits).toBe(/\p{Nd}/u.test(text));
        expect(scan.fingerprint()).toBe(paragraphFingerprint(text));
        expect(scan.markup).toBe(/[[#*_]/.test(text));
      }),
      { numRuns: NUM_RUNS },
    );
    // Not vacuous: about a third of the generated lines are ones the scan reads (median 66 of 200,
    // at least 44, over 2,000 seeds); NUM_RUNS / 4 failed one seed in 180, NUM_RUNS / 8 is 6 deviations off.
    expect(read).toBeGreaterThan(NUM_RUNS / 8);
  });
});
