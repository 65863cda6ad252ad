import { TRIE_SYMBOLS, trieSymbol, type AsciiWordTrie } from '../rules/page-model.js';

/**
 * One pass over the bytes of a line, before it is decoded, finds what every later step needs of
 * an all-ASCII line (most lines are): where its text lies once the surrounding white space is
 * trimmed, its words, the counts of the page analysis and its paragraph fingerprint. A line with
 * any other byte is left to the UTF-8 decoder and to the Unicode-aware counts of its text.
 *
 * In ASCII the white space that String.prototype.trim() and countWords() know is TAB to CR and
 * SPACE; the tokens of the page analysis's word pattern, lower-cased, are runs of letters and the
 * apostrophe, each walked down the function-word trie as it is read (upper case folded); the only
 * separator is `|`; letters and digits are A-Z, a-z and 0-9, the digits 0-9.
 */
export class AsciiLineScan {
  /** The trimmed text: bytes [start, end) of the buffer last read. */
  start = 0;
  end = 0;
  /** countWords() of the text. */
  words = 0;
  /** The function words of the language that has most of them in the line. */
  functionWords = 0;
  separators = 0;
  lettersOrDigits = 0;
  digits = false;
  /** Function-word hits per language, zeroed for each line. */
  private readonly hits: Int32Array;
  /** The line's letters (lower-cased) and digits, in order: its paragraphFingerprint(), made only when asked for. */
  private letters = Buffer.allocUnsafe(1024);
  private lettersLength = 0;

  constructor(
    private readonly trie: AsciiWordTrie,
    languages: number,
  ) {
    this.hits = new Int32Array(languages);
  }

  /** Reads `buf[start, end)`; false (leaving the counts unset) when a byte is not ASCII. */
  read(buf: Uint8Array, start: number, end: number): boolean {
    while (start < end && isAsciiSpace(buf[start]!)) start++;
    while (end > start && isAsciiSpace(buf[end - 1]!)) end--;
    const { next, languages } = this.trie;
    const hits = this.hits;
    hits.fill(0);
    if (this.letters.length < end - start) this.letters = Buffer.allocUnsafe((end - start) * 2);
    const letters = this.letters;
    let lettersLength = 0;
    let words = 0;
    let inWord = false;
    let separators = 0;
    let lettersOrDigits = 0;
    let digits = false;
    /** The trie node of the token read so far: 0 outside a token, -1 in a token that is no function word. */
    let node = 0;
    // One step past the end, as if a space followed, closes the last token.
    for (let i = start; i <= end; i++) {
      let code = i < end ? buf[i]! : 0x20;
      if (code >= 0x80) return false;
      if (isAsciiSpace(code)) inWord = false;
      else if (!inWord) {
        inWord = true;
        words++;
      }
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      if ((code >= 0x61 && code <= 0x7a) || code === 0x27) {
        if (code !== 0x27) {
          lettersOrDigits++;
          letters[lettersLength++] = code;
        }
        if (node >= 0) node = next[node * TRIE_SYMBOLS + trieSymbol(code)]! || -1;
        continue;
      }
      if (node > 0) {
        const found = languages[node];
        if (found !== undefined) for (const language of found) hits[language]!++;
      }
      node = 0;
      if (code === 0x7c) separators++;
      else if (code >= 0x30 && code <= 0x39) {
        lettersOrDigits++;
        digits = true;
        letters[lettersLength++] = code;
      }
    }
    let best = 0;
    for (const value of hits) if (value > best) best = value;
    this.start = start;
    this.end = end;
    this.words = words;
    this.functionWords = best;
    this.separators = separators;
    this.lettersOrDigits = lettersOrDigits;
    this.digits = digits;
    this.lettersLength = lettersLength;
    return true;
  }

  /** paragraphFingerprint() of the text last read: its letters, lower-cased, and digits. */
  fingerprint(): string {
    return this.letters.toString('latin1', 0, this.lettersLength);
  }
}

const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);
