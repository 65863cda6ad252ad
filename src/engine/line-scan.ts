import { scannedLetterLowerCase, type FunctionWordTrie } from '../rules/page-model.js';
import { isWhiteSpace } from './line-text.js';
import type { PageCounts } from './page/line-features.js';

/** The characters the page analysis counts as separators of links in a row (see lineFeatures). */
export const SEPARATORS = '|·•»«›‹';

/**
 * One pass over the bytes of a line, before it is decoded, finds what every later step needs of
 * a line whose letters are ASCII, Latin or Cyrillic (see scannedLetterLowerCase) and whose digits
 * are ASCII (most lines of English, European and Russian text): where its text lies once the surrounding white
 * space is trimmed, its words, the counts of the page analysis and its paragraph fingerprint. A
 * line with any other letter, mark or number, a character outside the BMP or bytes that are not
 * UTF-8 is left to the UTF-8 decoder and to the Unicode-aware counts of its text.
 *
 * In ASCII the white space that String.prototype.trim() and countWords() know is TAB to CR and
 * SPACE; the tokens of the page analysis's word pattern, lower-cased, are runs of letters and the
 * apostrophe, each walked down the function-word trie as it is read (upper case folded); the only
 * separator is `|`; letters and digits are A-Z, a-z and 0-9, the digits 0-9. Another character
 * (NBSP, ©, », £) is read from its UTF-8 bytes and plays the part of an ASCII one: white space
 * that of a space, a separator that of `|`, any other that of `!` (it ends a token, and is
 * neither letter nor digit); a Latin or Cyrillic letter (é, Ü, ß, ж) is a letter, lower-cased as the whole text
 * would be, and walks the trie as a-z do. The right single quote ’, which the word pattern takes into tokens
 * ("it’s"), continues a token as the apostrophe does; a token holding one is no function word,
 * unless some function word holds one, and then its line goes to the Unicode-aware path.
 */
export class LineScan {
  /** The trimmed text: bytes [start, end) of the buffer last read. */
  start = 0;
  end = 0;
  /** Whether those bytes are all ASCII (else they are UTF-8 with characters outside it). */
  ascii = true;
  /** countWords() of the text. */
  words = 0;
  /** The function words of the language that has most of them in the line. */
  functionWords = 0;
  separators = 0;
  /** Also the length of the fingerprint's letters and digits. */
  lettersOrDigits = 0;
  digits = false;
  /** Function-word hits per language, zero between lines. */
  private readonly hits: Int32Array;
  /** The line's letters (lower-cased) and digits, in order: its paragraphFingerprint(), made only when asked for. */
  private letters = new Uint16Array(1024);

  constructor(
    private readonly trie: FunctionWordTrie,
    languages: number,
  ) {
    this.hits = new Int32Array(languages);
  }

  /** Reads `buf[start, end)`; false (leaving the counts unset) when the line needs the Unicode-aware path. */
  read(buf: Uint8Array, start: number, end: number): boolean {
    start = trimmedStart(buf, start, end);
    if (start < 0) return false;
    end = trimmedEnd(buf, start, end);
    if (end < 0) return false;
    const { next, symbols, symbolOf, languages } = this.trie;
    /** Zero at the start of every line: cleared after a line that had function words. */
    const hits = this.hits;
    if (this.letters.length < end - start) this.letters = new Uint16Array((end - start) * 2);
    const letters = this.letters;
    let lettersLength = 0;
    let words = 0;
    let inWord = false;
    let separators = 0;
    let digits = false;
    let ascii = true;
    let hit = false;
    /** The trie node of the token read so far: 0 outside a token, -1 in a token that is no function word. */
    let node = 0;
    for (let i = start; i < end; i++) {
      const byte = buf[i]!;
      let kind = BYTE_KINDS[byte]!;
      /** A letter lower-cased (A-Z | 0x20), the apostrophe as it is. */
      let lower = byte | 0x20;
      if (kind === NON_ASCII) {
        const codePoint = codePointAt(buf, i, end);
        kind = codePoint < 0 ? UNICODE : roleOf(codePoint);
        if (kind === RIGHT_QUOTE && this.trie.wordsWithRightQuote) kind = UNICODE;
        if (kind === UNICODE) {
          // Hits stay zero between lines.
          if (hit) hits.fill(0);
          return false;
        }
        if (kind === LETTER) lower = scannedLetterLowerCase(codePoint);
        i += utf8Length(codePoint) - 1;
        ascii = false;
      }
      if (kind <= RIGHT_QUOTE) {
        if (!inWord) {
          inWord = true;
          words++;
        }
        // Letters are stored lower-cased; the apostrophe only walks the trie, and ’ leaves it.
        if (kind <= LETTER) letters[lettersLength++] = lower;
        if (kind === RIGHT_QUOTE) node = -1;
        else if (node >= 0) {
          const symbol = symbolOf[lower]!;
          node = symbol < 0 ? -1 : next[node * symbols + symbol]! || -1;
        }
        continue;
      }
      if (node > 0) hit = countFunctionWord(languages[node], hits) || hit;
      node = 0;
      if (kind === SPACE) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        words++;
      }
      if (kind === DIGIT) {
        digits = true;
        letters[lettersLength++] = byte;
      } else if (kind === SEPARATOR) separators++;
    }
    // The end of the line closes its last token.
    if (node > 0) hit = countFunctionWord(languages[node], hits) || hit;
    let best = 0;
    if (hit) {
      for (const value of hits) if (value > best) best = value;
      hits.fill(0);
    }
    this.start = start;
    this.end = end;
    this.ascii = ascii;
    this.words = words;
    this.functionWords = best;
    this.separators = separators;
    this.lettersOrDigits = lettersLength;
    this.digits = digits;
    return true;
  }

  /** The page analysis's counts of the text last read. */
  pageCounts(): PageCounts {
    return { functionWords: this.functionWords, separators: this.separators, lettersOrDigits: this.lettersOrDigits, digits: this.digits };
  }

  /** paragraphFingerprint() of the text last read: its letters, lower-cased, and digits. */
  fingerprint(): string {
    return Buffer.from(this.letters.buffer, this.letters.byteOffset, this.lettersOrDigits * 2).toString('utf16le');
  }
}

/** Counts a token that ended on a trie node for the languages of the function word there, if one is; whether it was one. */
function countFunctionWord(found: readonly number[] | undefined, hits: Int32Array): boolean {
  if (found === undefined) return false;
  for (const language of found) hits[language]!++;
  return true;
}

const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** Where the text starts once white space is trimmed off its start; -1 when that cannot be read here. */
function trimmedStart(buf: Uint8Array, start: number, end: number): number {
  while (start < end) {
    const byte = buf[start]!;
    if (byte < 0x80) {
      if (!isAsciiSpace(byte)) return start;
      start++;
      continue;
    }
    const codePoint = codePointAt(buf, start, end);
    if (codePoint < 0) return -1;
    if (roleOf(codePoint) !== SPACE) return start;
    start += utf8Length(codePoint);
  }
  return start;
}

/** Where the text ends once white space is trimmed off its end; -1 when that cannot be read here. */
function trimmedEnd(buf: Uint8Array, start: number, end: number): number {
  while (end > start) {
    const byte = buf[end - 1]!;
    if (byte < 0x80) {
      if (!isAsciiSpace(byte)) return end;
      end--;
      continue;
    }
    // The lead byte of the last character: at most two continuation bytes back.
    let lead = end - 1;
    while (lead > start && end - lead < 3 && (buf[lead]! & 0xc0) === 0x80) lead--;
    const codePoint = codePointAt(buf, lead, end);
    if (codePoint < 0 || lead + utf8Length(codePoint) !== end) return -1;
    if (roleOf(codePoint) !== SPACE) return end;
    end = lead;
  }
  return end;
}

/**
 * The BMP code point whose well-formed UTF-8 sequence of two or three bytes starts at `i` and
 * ends by `end`; -1 for anything else (a stray or missing byte, an overlong form, a surrogate, a
 * four-byte character), which the UTF-8 decoder's replacements must handle.
 */
function codePointAt(buf: Uint8Array, i: number, end: number): number {
  const lead = buf[i]!;
  if (lead >= 0xc2 && lead <= 0xdf) {
    if (i + 1 >= end) return -1;
    const second = buf[i + 1]!;
    return (second & 0xc0) === 0x80 ? ((lead & 0x1f) << 6) | (second & 0x3f) : -1;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    if (i + 2 >= end) return -1;
    const second = buf[i + 1]!;
    const third = buf[i + 2]!;
    if ((second & 0xc0) !== 0x80 || (third & 0xc0) !== 0x80) return -1;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)) return -1;
    return ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f);
  }
  return -1;
}

const utf8Length = (codePoint: number): number => (codePoint < 0x800 ? 2 : 3);

/**
 * What a byte, or a character outside ASCII, is to the scan: the kinds up to RIGHT_QUOTE
 * continue a token (and a word); the others end a token.
 */
const LOWER = 1;
const UPPER = 2;
/** A letter outside ASCII that the scan reads itself (see scannedLetterLowerCase). */
const LETTER = 3;
const APOSTROPHE_KIND = 4;
/** ’ (U+2019). */
const RIGHT_QUOTE = 5;
const DIGIT = 6;
const SPACE = 7;
const SEPARATOR = 8;
const OTHER = 9;
/** A byte of a UTF-8 sequence, read as a character by codePointAt. */
const NON_ASCII = 10;
/** Any other letter, mark or number: the Unicode-aware path's. */
const UNICODE = 11;

/** Per byte, its kind. */
const BYTE_KINDS = new Uint8Array(0x100);
for (let byte = 0; byte < 0x100; byte++) {
  if (byte >= 0x80) BYTE_KINDS[byte] = NON_ASCII;
  else if (byte >= 0x61 && byte <= 0x7a) BYTE_KINDS[byte] = LOWER;
  else if (byte >= 0x41 && byte <= 0x5a) BYTE_KINDS[byte] = UPPER;
  else if (byte === 0x27) BYTE_KINDS[byte] = APOSTROPHE_KIND;
  else if (byte >= 0x30 && byte <= 0x39) BYTE_KINDS[byte] = DIGIT;
  else if (isAsciiSpace(byte)) BYTE_KINDS[byte] = SPACE;
  else if (byte === 0x7c) BYTE_KINDS[byte] = SEPARATOR;
  else BYTE_KINDS[byte] = OTHER;
}
const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

/** Per BMP code point, filled as characters come: 0 not yet known, else its role. */
const roles = new Uint8Array(0x10000);

function roleOf(codePoint: number): number {
  let role = roles[codePoint]!;
  if (role === 0) {
    const char = String.fromCharCode(codePoint);
    role = isWhiteSpace(codePoint)
      ? SPACE
      : SEPARATORS.includes(char)
        ? SEPARATOR
        : char === '’'
          ? RIGHT_QUOTE
          : scannedLetterLowerCase(codePoint) >= 0
            ? LETTER
            : LETTER_MARK_NUMBER.test(char)
              ? UNICODE
              : OTHER;
    roles[codePoint] = role;
  }
  return role;
}
