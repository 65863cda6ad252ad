import { APOSTROPHE, scannedLetterLowerCase, type FunctionWordTrie } from '../rules/page-model.js';
import { isWhiteSpace } from './line-text.js';
import type { PageCounts } from './page/line-features.js';

/**
 * The characters the page analysis counts as separators of links in a row (see lineFeatures):
 * these always, and guillemets (`GUILLEMETS`) only as far as they are not paired, since French,
 * Russian and other languages quote with them («…», »…«).
 */
export const SEPARATORS = '|·•';
/** Opening and closing guillemets: a line's separators count the difference between how many of each it holds. */
export const GUILLEMETS = { left: '«‹', right: '»›' } as const;

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
  /** Whether the text holds `[`, `#`, `*` or `_`, with which markup a reader does not see starts (see readerText). */
  markup = false;
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
    const { next, asciiSteps, letterSymbols, languages } = this.trie;
    /** Zero at the start of every line: cleared after a line that had function words. */
    const hits = this.hits;
    if (this.letters.length < end - start) this.letters = new Uint16Array((end - start) * 2);
    const letters = this.letters;
    let lettersLength = 0;
    let words = 0;
    let inWord = false;
    let separators = 0;
    let leftGuillemets = 0;
    let rightGuillemets = 0;
    let digits = false;
    let ascii = true;
    let hit = false;
    let markup = false;
    /** The trie node of the token read so far (its row in `next`): 0 outside a token, -1 in a token that is no function word. */
    let node = 0;
    for (let i = start; i < end; ) {
      const byte = buf[i]!;
      let step = asciiSteps[byte]!;
      if (step !== 0) {
        // A run of ASCII letters and apostrophes, most of the bytes of a line, read in a loop of its own.
        if (!inWord) {
          inWord = true;
          words++;
        }
        do {
          const lower = step & 0xff;
          if (lower !== APOSTROPHE) letters[lettersLength++] = lower;
          if (node >= 0) node = next[node + (step >> 8)]!;
          if (++i === end) break;
          step = asciiSteps[buf[i]!]!;
        } while (step !== 0);
        continue;
      }
      let kind = BYTE_KINDS[byte]!;
      let length = 1;
      if (kind === NON_ASCII) {
        const codePoint = codePointAt(buf, i, end);
        kind = codePoint < 0 ? UNICODE : roleOf(codePoint);
        if (kind === RIGHT_QUOTE && this.trie.wordsWithRightQuote) kind = UNICODE;
        if (kind === UNICODE) {
          // Hits stay zero between lines.
          if (hit) hits.fill(0);
          return false;
        }
        length = utf8Length(codePoint);
        ascii = false;
        if (kind === LETTER) {
          // Walks the trie as a-z do.
          const lower = scannedLetterLowerCase(codePoint);
          if (!inWord) {
            inWord = true;
            words++;
          }
          letters[lettersLength++] = lower;
          if (node >= 0) node = next[node + letterSymbols[lower]!]!;
          i += length;
          continue;
        }
        if (kind === RIGHT_QUOTE) {
          // ’ continues a token as the apostrophe does, but leaves the trie.
          if (!inWord) {
            inWord = true;
            words++;
          }
          node = -1;
          i += length;
          continue;
        }
      }
      i += length;
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
      else if (kind === MARKUP_SIGN) markup = true;
      else if (kind === LEFT_GUILLEMET) leftGuillemets++;
      else if (kind === RIGHT_GUILLEMET) rightGuillemets++;
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
    this.separators = separators + Math.abs(leftGuillemets - rightGuillemets);
    this.lettersOrDigits = lettersLength;
    this.digits = digits;
    this.markup = markup;
    return true;
  }

  /** The page analysis's counts of the text last read. */
  pageCounts(): PageCounts {
    // unspacedWords: the scan reads no letter of a script written without spaces.
    return { functionWords: this.functionWords, separators: this.separators, lettersOrDigits: this.lettersOrDigits, digits: this.digits, markup: this.markup, unspacedWords: 0 };
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
 * What a byte, or a character outside ASCII, is to the scan. ASCII letters and the apostrophe
 * are read by their steps (FunctionWordTrie.asciiSteps) and have no kind; LETTER and RIGHT_QUOTE
 * continue a token (and a word), the others end a token.
 */
/** A letter outside ASCII that the scan reads itself (see scannedLetterLowerCase). */
const LETTER = 1;
/** ’ (U+2019). */
const RIGHT_QUOTE = 2;
const DIGIT = 3;
const SPACE = 4;
const SEPARATOR = 5;
const OTHER = 6;
/** A byte of a UTF-8 sequence, read as a character by codePointAt. */
const NON_ASCII = 7;
/** Any other letter, mark or number: the Unicode-aware path's. */
const UNICODE = 8;
/** `[`, `#`, `*` or `_`: as OTHER, but may start markup (see readerText). */
const MARKUP_SIGN = 9;
/** « or ‹, and » or ›: separators unless they pair up as quotes (see GUILLEMETS). */
const LEFT_GUILLEMET = 10;
const RIGHT_GUILLEMET = 11;

/** Per byte that is no ASCII letter or apostrophe, its kind. */
const BYTE_KINDS = new Uint8Array(0x100);
for (let byte = 0; byte < 0x100; byte++) {
  if (byte >= 0x80) BYTE_KINDS[byte] = NON_ASCII;
  else if (byte >= 0x30 && byte <= 0x39) BYTE_KINDS[byte] = DIGIT;
  else if (isAsciiSpace(byte)) BYTE_KINDS[byte] = SPACE;
  else if (byte === 0x7c) BYTE_KINDS[byte] = SEPARATOR;
  else if (byte === 0x5b || byte === 0x23 || byte === 0x2a || byte === 0x5f) BYTE_KINDS[byte] = MARKUP_SIGN;
  else BYTE_KINDS[byte] = OTHER;
}
const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

/** Per BMP code point, filled as characters come: 0 not yet known, else its role. */
const roles = new Uint8Array(0x10000);

function roleOf(codePoint: number): number {
  let role = roles[codePoint]!;
  if (role === 0) {
    role = findRole(codePoint);
    roles[codePoint] = role;
  }
  return role;
}

function findRole(codePoint: number): number {
  const char = String.fromCharCode(codePoint);
  if (isWhiteSpace(codePoint)) return SPACE;
  if (SEPARATORS.includes(char)) return SEPARATOR;
  if (GUILLEMETS.left.includes(char)) return LEFT_GUILLEMET;
  if (GUILLEMETS.right.includes(char)) return RIGHT_GUILLEMET;
  if (char === '’') return RIGHT_QUOTE;
  if (scannedLetterLowerCase(codePoint) >= 0) return LETTER;
  return LETTER_MARK_NUMBER.test(char) ? UNICODE : OTHER;
}
