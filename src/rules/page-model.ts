import { mergePageSettings, PAGE_PATTERN_FLAGS, type PageSection, type PageSettings } from './page-schema.js';

/** The page analysis settings compiled for use: function words as lower-case sets per language. */
export interface PageModel {
  settings: PageSettings;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same lists turned around: for each function word, the indexes (in `functionWords` order) of its languages. */
  functionWordLanguages: ReadonlyMap<string, readonly number[]>;
  /** The function words spelled with a-z and the apostrophe, as a trie walked while ASCII text is scanned. */
  asciiFunctionWords: AsciiWordTrie;
  /** `line.tableRowPatterns` as one expression; undefined when there are none. */
  tableRow: RegExp | undefined;
}

/**
 * A trie over the 27 symbols a-z and the apostrophe: `next[node * 27 + symbol]` is the child node
 * (0: none, as the root is never a child), `languages[node]` the languages of the word ending there.
 */
export interface AsciiWordTrie {
  next: Int32Array;
  languages: readonly (readonly number[] | undefined)[];
  /** Whether some function word holds ’ (none of the trie's do): then a token with one may be a function word. */
  wordsWithRightQuote: boolean;
}

export const APOSTROPHE = 0x27;
export const TRIE_SYMBOLS = 27;

/** The trie symbol of a lower-case ASCII letter or the apostrophe. */
export const trieSymbol = (code: number): number => (code === APOSTROPHE ? 26 : code - 0x61);

export function compilePageModel(sections: readonly (PageSection | undefined)[]): PageModel {
  const settings = mergePageSettings(sections);
  const functionWords = new Map(Object.entries(settings.functionWords).map(([language, words]) => [language, new Set(words.map((word) => word.toLowerCase()))]));
  const functionWordLanguages = new Map<string, number[]>();
  [...functionWords.values()].forEach((words, language) => {
    for (const word of words) functionWordLanguages.set(word, [...(functionWordLanguages.get(word) ?? []), language]);
  });
  const { tableRowPatterns } = settings.line;
  const tableRow = tableRowPatterns.length === 0 ? undefined : new RegExp(tableRowPatterns.map((pattern) => `(?:${pattern})`).join('|'), PAGE_PATTERN_FLAGS);
  return { settings, functionWords, functionWordLanguages, asciiFunctionWords: asciiTrie(functionWordLanguages), tableRow };
}

function asciiTrie(wordLanguages: ReadonlyMap<string, readonly number[]>): AsciiWordTrie {
  const children: number[][] = [[]];
  const languages: (readonly number[] | undefined)[] = [undefined];
  for (const [word, wordLanguage] of wordLanguages) {
    if (!/^[a-z']+$/.test(word)) continue;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = trieSymbol(word.charCodeAt(i));
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
  const next = new Int32Array(children.length * TRIE_SYMBOLS);
  children.forEach((row, node) => row.forEach((child, symbol) => (next[node * TRIE_SYMBOLS + symbol] = child)));
  return { next, languages, wordsWithRightQuote: [...wordLanguages.keys()].some((word) => word.includes('’')) };
}
