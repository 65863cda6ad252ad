import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, compileRuleSet, parseRulePack } from '../../src/index.js';
import { APOSTROPHE, scannedLetterLowerCase, UNSPACED_SCRIPT, type FunctionWordTrie } from '../../src/rules/page-model.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

const model = compileRules().page;
const languages = Object.keys(model.settings.functionWords);

/** The trie walked as the byte scan walks it: the languages of the function word `word` spells, if any. */
function walk(trie: FunctionWordTrie, word: string): readonly number[] | undefined {
  let node = 0;
  for (const char of word) {
    const code = char.codePointAt(0)!;
    let symbol: number;
    if (code < 0x80) {
      if (trie.asciiSteps[code] === 0) return undefined;
      symbol = trie.asciiSteps[code]! >> 8;
    } else {
      if (scannedLetterLowerCase(code) !== code) return undefined;
      symbol = trie.letterSymbols[code]!;
    }
    node = trie.next[node + symbol]!;
    if (node === -1) return undefined;
  }
  return trie.languages[node];
}

/** Whether the byte scan can spell the word: a-z, the apostrophe and lower-case scanned letters. */
const spellable = (word: string): boolean => [...word].every((char) => /[a-z']/.test(char) || scannedLetterLowerCase(char.charCodeAt(0)) === char.charCodeAt(0));

describe('the compiled page model', () => {
  it("holds each language's function words lower-cased, and for each word the languages that list it, in list order", () => {
    expect([...model.functionWords.keys()]).toEqual(languages);
    languages.forEach((language, index) => {
      const words = model.settings.functionWords[language]!.map((word) => word.toLowerCase());
      expect([...model.functionWords.get(language)!]).toEqual([...new Set(words)]);
      for (const word of words) expect(model.functionWordLanguages.get(word)).toContain(index);
    });
    for (const [word, indexes] of model.functionWordLanguages) {
      expect(indexes).toEqual(languages.flatMap((language, index) => (model.functionWords.get(language)!.has(word) ? [index] : [])));
    }
  });

  it('spells in its trie every function word the byte scan can read, ending on the languages of that word', () => {
    const readable = [...model.functionWordLanguages].filter(([word]) => spellable(word));
    expect(readable.length).toBeGreaterThan(500);
    for (const [word, indexes] of readable) expect(walk(model.functionWordTrie, word), word).toEqual(indexes);
    // Read in either case, as the scan reads ASCII.
    expect(walk(model.functionWordTrie, 'THE')).toEqual(model.functionWordLanguages.get('the'));
  });

  it('steps from an ASCII letter of either case as from its lower case, from the apostrophe as itself, and from no other byte', () => {
    const { asciiSteps, letterSymbols } = model.functionWordTrie;
    for (let byte = 0; byte < 0x100; byte++) {
      const char = String.fromCharCode(byte);
      const lower = /[A-Za-z]/.test(char) ? byte | 0x20 : byte === APOSTROPHE ? APOSTROPHE : 0;
      expect(asciiSteps[byte], char).toBe(lower === 0 ? 0 : (letterSymbols[lower]! << 8) | lower);
    }
  });

  it('ends on no language for a word no list holds', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz\'éüßжё'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: letters, minLength: 1, maxLength: 7 }), (word) => {
        fc.pre(!model.functionWordLanguages.has(word));
        expect(walk(model.functionWordTrie, word)).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps apart the function words of scripts without spaces, with the length of the longest', () => {
    const unspaced = [...model.functionWordLanguages.keys()].filter((word) => [...word].every((char) => UNSPACED_SCRIPT.test(char)));
    expect(unspaced.length).toBeGreaterThan(0);
    expect([...model.unspacedWords.keys()].sort()).toEqual(unspaced.sort());
    expect(model.unspacedWordLength).toBe(Math.max(...unspaced.map((word) => word.length)));
    const none = compileRuleSet([parseRulePack('page:\n  functionWords: { en: [the, of] }\n', 'en.yaml')]).page;
    expect([none.unspacedWords.size, none.unspacedWordLength]).toEqual([0, 0]);
  });

  it('reads from the post-source patterns the texts one of which every match holds, so that other lines skip them', () => {
    expect(model.postSourceTexts).toEqual(['(@']);
    const textsOf = (patterns: string[]) => compileRuleSet([parseRulePack(`page:\n  line:\n    postSourcePatterns: ${JSON.stringify(patterns)}\n`, 'posts.yaml')]).page.postSourceTexts;
    expect(textsOf(['\\(@\\w+\\)$', '^via @\\w+ \\d{4}$'])).toEqual(['(@', 'via @']);
    // An alternative that holds no literal text (a class, an escape of a letter), and the pattern is tried on every line.
    expect(textsOf(['\\(@\\w+\\)$', '^\\d{4}$'])).toBeUndefined();
  });

  it('lower-cases the letters outside ASCII that the byte scan reads itself, and no others', () => {
    const lower = (char: string) => scannedLetterLowerCase(char.codePointAt(0)!);
    expect(['É', 'é', 'Ł', 'Ж', 'Ё', 'ß'].map(lower)).toEqual(['é', 'é', 'ł', 'ж', 'ё', 'ß'].map((char) => char.codePointAt(0)));
    // ASCII is read by its own table; İ lower-cases to two characters; Greek and CJK are left to the Unicode-aware path.
    expect(['A', "'", 'İ', 'Σ', '中', '×'].map(lower)).toEqual([-1, -1, -1, -1, -1, -1]);
    expect(model.functionWordTrie.asciiSteps[APOSTROPHE]! & 0xff).toBe(APOSTROPHE);
  });
});

describe('the compiled page model: function words written with ’', () => {
  it('tells the byte scan when some function word holds ’, which the trie cannot spell, and not otherwise', () => {
    const withQuote = compileRuleSet([parseRulePack('page:\n  functionWords:\n    en: ["don’t", "the"]\n', 'quote.yaml')]).page;
    expect(withQuote.functionWordTrie.wordsWithRightQuote).toBe(true);
    expect(model.functionWordTrie.wordsWithRightQuote).toBe(false);
  });
});
