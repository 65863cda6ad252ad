import { requiredRuns } from './first-char.js';
import { mergePageSettings, PAGE_PATTERN_FLAGS, type PageSection, type PageSettings } from './page-schema.js';

/** The page analysis settings compiled for use: function words as lower-case sets per language. */
export interface PageModel {
  settings: PageSettings;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same lists turned around: for each function word, the indexes (in `functionWords` order) of its languages. */
  functionWordLanguages: ReadonlyMap<string, readonly number[]>;
  /** The function words spelled with a-z, the apostrophe and the letters of scannedLetterLowerCase, as a trie walked while the bytes of a line are scanned. */
  functionWordTrie: FunctionWordTrie;
  /**
   * The function words written in a script without spaces between words (UNSPACED_SCRIPT: a
   * particle, a character frequent in prose), with their languages: found inside a token, not
   * as one.
   */
  unspacedWords: ReadonlyMap<string, readonly number[]>;
  /** The length of the longest of them (0 when there are none). */
  unspacedWordLength: number;
  /** `line.sentenceStops`, `clauseEnds` and `closers` together: the characters running text may end with. */
  sentenceEnds: string;
  /** `line.tableRowPatterns` as one expression; undefined when there are none. */
  tableRow: RegExp | undefined;
  /** `line.postSourcePatterns` as one expression; undefined when there are none. */
  postSource: RegExp | undefined;
  /**
   * Texts one of which every match of `postSource` holds ("(@"), read from its patterns: most lines
   * hold none, and a search for them costs less than trying the pattern. Undefined when some
   * pattern has no such text: then it is tried on every line.
   */
  postSourceTexts: readonly string[] | undefined;
  /** `line.codeLinePatterns`, each compiled alone: tried one by one, an anchored one fails at once where an alternation would be tried at every position. */
  codeLines: readonly RegExp[];
}

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai and their neighbours): a
 * line's words are reckoned from its characters in them, and function words are found inside runs
 * of them (see unicodeCounts).
 */
export const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** The apostrophe, which the scan reads into tokens as it does letters. */
export const APOSTROPHE = 0x27;

/**
 * The function words the byte scan can spell (a-z, the apostrophe and the letters of
 * scannedLetterLowerCase, lower-cased) as a trie laid out for its walk, one load a character. Each
 * character a function word holds has a symbol; a node is the start of its row in `next`, rows
 * being one symbol wider than there are symbols (the last column stands for every character no
 * function word holds), and the root is row 0: `next[node + symbol]` is the child's row, or -1
 * where the token has left the trie.
 */
export interface FunctionWordTrie {
  next: Int32Array;
  /** Per byte, reading an ASCII letter (either case) or the apostrophe: its symbol << 8 | the character lower-cased; 0 for any other byte. */
  asciiSteps: Int32Array;
  /** Per lower-case scanned letter (a code unit below SCANNED_LETTERS_END), its symbol. */
  letterSymbols: Int32Array;
  /** Per row start, the languages of the function word ending there. */
  languages: readonly (readonly number[] | undefined)[];
  /** Whether some function word holds ’ (none of the trie's do): then a token with one may be a function word. */
  wordsWithRightQuote: boolean;
}

/**
 * The letters outside ASCII that the byte scan reads itself lie in these ranges: Latin-1
 * Supplement and Latin Extended-A and -B (é, Ü, ß, ł), Cyrillic and its Supplement (ж, Ё). Not
 * Greek, whose capital sigma lower-cases by context.
 */
const SCANNED_LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0xc0, 0x250],
  [0x400, 0x530],
];
const SCANNED_LETTERS_END = 0x530;
const inScannedRange = (code: number): boolean => SCANNED_LETTER_RANGES.some(([start, end]) => code >= start && code < end);
const SCANNED_LOWER = new Int16Array(SCANNED_LETTERS_END).fill(-1);
const LETTER = /^\p{L}$/u;
for (const [start, end] of SCANNED_LETTER_RANGES) {
  for (let codePoint = start; codePoint < end; codePoint++) {
    const char = String.fromCharCode(codePoint);
    const lower = char.toLowerCase();
    // One letter to one letter of these ranges, as lower-casing a whole text would give (not İ, whose lower case is i and a combining dot).
    if (LETTER.test(char) && lower.length === 1 && inScannedRange(lower.charCodeAt(0)) && LETTER.test(lower) && lower.toLowerCase() === lower) SCANNED_LOWER[codePoint] = lower.charCodeAt(0);
  }
}

/** The lower case of a letter outside ASCII that the byte scan reads itself, or -1 for any other code point. */
export const scannedLetterLowerCase = (codePoint: number): number => (codePoint < SCANNED_LETTERS_END ? SCANNED_LOWER[codePoint]! : -1);

export function compilePageModel(sections: readonly (PageSection | undefined)[]): PageModel {
  const settings = mergePageSettings(sections);
  const functionWords = new Map(Object.entries(settings.functionWords).map(([language, words]) => [language, new Set(words.map((word) => word.toLowerCase()))]));
  const functionWordLanguages = new Map<string, number[]>();
  [...functionWords.values()].forEach((words, language) => {
    for (const word of words) functionWordLanguages.set(word, [...(functionWordLanguages.get(word) ?? []), language]);
  });
  const { tableRowPatterns, postSourcePatterns, codeLinePatterns, sentenceStops, clauseEnds, closers } = settings.line;
  const postSource = anyOf(postSourcePatterns);
  const unspacedWords = new Map([...functionWordLanguages].filter(([word]) => [...word].every((char) => UNSPACED_SCRIPT.test(char))));
  const unspacedWordLength = Math.max(0, ...[...unspacedWords.keys()].map((word) => word.length));
  return {
    settings,
    functionWords,
    functionWordLanguages,
    functionWordTrie: functionWordTrie(functionWordLanguages),
    unspacedWords,
    unspacedWordLength,
    sentenceEnds: sentenceStops + clauseEnds + closers,
    tableRow: anyOf(tableRowPatterns),
    postSource,
    postSourceTexts: postSource && requiredTexts(postSource),
    codeLines: codeLinePatterns.map((pattern) => new RegExp(pattern, PAGE_PATTERN_FLAGS)),
  };
}

/** One expression matching where any of the patterns does; undefined when there are none. */
const anyOf = (patterns: readonly string[]): RegExp | undefined => (patterns.length === 0 ? undefined : new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), PAGE_PATTERN_FLAGS));

/**
 * Texts one of which every match of the expression holds, read from it as the rule prefilter
 * reads its patterns (see requiredRuns): undefined when an alternative holds no run of literal
 * characters.
 */
function requiredTexts(regex: RegExp): string[] | undefined {
  const sources = requiredRuns(regex);
  // A run is pattern source: plain characters, and others escaped with a backslash.
  if (sources === undefined || !sources.every((source) => LITERAL_SOURCE.test(source))) return undefined;
  return [...new Set(sources.map((source) => source.replace(/\\(.)/gu, '$1')))];
}

/** Pattern source that stands for its own characters once the backslashes are taken out: no class, group, quantifier, anchor, or escape of a letter or digit (`\d`, `\u0041`). */
const LITERAL_SOURCE = /^(?:\\[^\p{L}\p{N}]|[^\\^$.*+?()[\]{}|])+$/u;

function functionWordTrie(wordLanguages: ReadonlyMap<string, readonly number[]>): FunctionWordTrie {
  const symbolOf = new Int16Array(SCANNED_LETTERS_END).fill(-1);
  let symbols = 0;
  const symbolFor = (code: number): number => {
    if (symbolOf[code]! < 0) symbolOf[code] = symbols++;
    return symbolOf[code]!;
  };
  // A word the scan can spell: a-z, the apostrophe and lower-case scanned letters. A line holding
  // any other word holds a character the scan leaves to the Unicode-aware path.
  const spellable = [...wordLanguages].filter(([word]) => [...word].every((char) => /[a-z']/.test(char) || scannedLetterLowerCase(char.charCodeAt(0)) === char.charCodeAt(0)));
  const children: number[][] = [[]];
  const nodeLanguages: (readonly number[] | undefined)[] = [undefined];
  for (const [word, wordLanguage] of spellable) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolFor(word.charCodeAt(i));
      let child = children[node]![symbol];
      if (child === undefined) {
        child = children.length;
        children[node]![symbol] = child;
        children.push([]);
        nodeLanguages.push(undefined);
      }
      node = child;
    }
    nodeLanguages[node] = wordLanguage;
  }
  const width = symbols + 1;
  const next = new Int32Array(children.length * width).fill(-1);
  children.forEach((row, node) => row.forEach((child, symbol) => (next[node * width + symbol] = child * width)));
  const languages = new Array<readonly number[] | undefined>(next.length).fill(undefined);
  nodeLanguages.forEach((found, node) => (languages[node * width] = found));
  const letterSymbols = new Int32Array(SCANNED_LETTERS_END).fill(symbols);
  symbolOf.forEach((symbol, code) => {
    if (symbol >= 0) letterSymbols[code] = symbol;
  });
  const asciiSteps = new Int32Array(0x100);
  for (let byte = 0; byte < 0x80; byte++) {
    const isLetter = (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
    const lower = isLetter ? byte | 0x20 : byte === APOSTROPHE ? APOSTROPHE : 0;
    if (lower !== 0) asciiSteps[byte] = (letterSymbols[lower]! << 8) | lower;
  }
  return { next, asciiSteps, letterSymbols, languages, wordsWithRightQuote: [...wordLanguages.keys()].some((word) => word.includes('’')) };
}

