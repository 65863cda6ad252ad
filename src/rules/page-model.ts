import { mergePageSettings, PAGE_PATTERN_FLAGS, type PageSection, type PageSettings } from './page-schema.js';

/** The page analysis settings compiled for use: function words as lower-case sets per language. */
export interface PageModel {
  settings: PageSettings;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same lists turned around: for each function word, the indexes (in `functionWords` order) of its languages. */
  functionWordLanguages: ReadonlyMap<string, readonly number[]>;
  /** The function words spelled with a-z, the apostrophe and Latin letters (see latinLowerCase), as a trie walked while the bytes of a line are scanned. */
  functionWordTrie: FunctionWordTrie;
  /** `line.tableRowPatterns` as one expression; undefined when there are none. */
  tableRow: RegExp | undefined;
}

/**
 * A trie over the symbols a-z (0-25), the apostrophe (26) and the Latin letters outside ASCII that
 * some function word holds (27 on): `next[node * symbols + symbol]` is the child node (0: none, as
 * the root is never a child), `languages[node]` the languages of the word ending there.
 */
export interface FunctionWordTrie {
  next: Int32Array;
  symbols: number;
  /** Per lower-case Latin letter below LATIN_END, its symbol; -1 for one that no function word holds. */
  latinSymbols: Int16Array;
  languages: readonly (readonly number[] | undefined)[];
  /** Whether some function word holds ’ (none of the trie's do): then a token with one may be a function word. */
  wordsWithRightQuote: boolean;
}

export const APOSTROPHE = 0x27;
const ASCII_SYMBOLS = 27;

/** The trie symbol of a lower-case ASCII letter or the apostrophe. */
export const trieSymbol = (code: number): number => (code === APOSTROPHE ? 26 : code - 0x61);

/** The Latin letters outside ASCII that the byte scan reads itself lie in [LATIN_START, LATIN_END): Latin-1 Supplement, Latin Extended-A and -B. */
export const LATIN_START = 0xc0;
export const LATIN_END = 0x250;
const LATIN_LOWER = new Int16Array(LATIN_END).fill(-1);
const LETTER = /^\p{L}$/u;
for (let codePoint = LATIN_START; codePoint < LATIN_END; codePoint++) {
  const char = String.fromCharCode(codePoint);
  const lower = char.toLowerCase();
  const lowerCode = lower.charCodeAt(0);
  // One letter to one letter of the same range, as lower-casing a whole text would give (not İ, whose lower case is i and a combining dot).
  if (LETTER.test(char) && lower.length === 1 && lowerCode >= LATIN_START && lowerCode < LATIN_END && LETTER.test(lower) && lower.toLowerCase() === lower) LATIN_LOWER[codePoint] = lowerCode;
}

/** The lower case of a Latin letter the byte scan reads itself, or -1 for any other code point. */
export const latinLowerCase = (codePoint: number): number => (codePoint < LATIN_END ? LATIN_LOWER[codePoint]! : -1);

export function compilePageModel(sections: readonly (PageSection | undefined)[]): PageModel {
  const settings = mergePageSettings(sections);
  const functionWords = new Map(Object.entries(settings.functionWords).map(([language, words]) => [language, new Set(words.map((word) => word.toLowerCase()))]));
  const functionWordLanguages = new Map<string, number[]>();
  [...functionWords.values()].forEach((words, language) => {
    for (const word of words) functionWordLanguages.set(word, [...(functionWordLanguages.get(word) ?? []), language]);
  });
  const { tableRowPatterns } = settings.line;
  const tableRow = tableRowPatterns.length === 0 ? undefined : new RegExp(tableRowPatterns.map((pattern) => `(?:${pattern})`).join('|'), PAGE_PATTERN_FLAGS);
  return { settings, functionWords, functionWordLanguages, functionWordTrie: functionWordTrie(functionWordLanguages), tableRow };
}

function functionWordTrie(wordLanguages: ReadonlyMap<string, readonly number[]>): FunctionWordTrie {
  const latinSymbols = new Int16Array(LATIN_END).fill(-1);
  let symbols = ASCII_SYMBOLS;
  const symbolOf = (code: number): number => {
    if (code < 0x80) return trieSymbol(code);
    if (latinSymbols[code]! < 0) latinSymbols[code] = symbols++;
    return latinSymbols[code]!;
  };
  // A word the scan can spell: a-z, the apostrophe and lower-case Latin letters. A line holding
  // any other word holds a character the scan leaves to the Unicode-aware path.
  const spellable = [...wordLanguages].filter(([word]) => [...word].every((char) => /[a-z']/.test(char) || latinLowerCase(char.charCodeAt(0)) === char.charCodeAt(0)));
  const children: number[][] = [[]];
  const languages: (readonly number[] | undefined)[] = [undefined];
  for (const [word, wordLanguage] of spellable) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      let child = children[node]![symbol];
      if (child === undefined) {
        child = children.length;
        children[node]![symbol] = child;
        children.push([]);
        languages.push(undefined);
      }
      node = child;
    }
    languages[node] = wordLanguage;
  }
  const next = new Int32Array(children.length * symbols);
  children.forEach((row, node) => row.forEach((child, symbol) => (next[node * symbols + symbol] = child)));
  return { next, symbols, latinSymbols, languages, wordsWithRightQuote: [...wordLanguages.keys()].some((word) => word.includes('’')) };
}
