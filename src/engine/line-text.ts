/** What matching sees of a line: its decoded text with surrounding white space (NBSP included) trimmed. */
export function lineText(buf: Buffer, start: number, contentEnd: number): string {
  return buf.toString('utf8', start, contentEnd).trim();
}

/** Words are runs of non-white-space characters. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

/** The code units String.prototype.trim() treats as white space. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

let units = new Uint16Array(1024);
/** Per BMP code unit: 0 not yet known, 1 a letter or digit (\p{L} or \p{N}), 2 neither. */
const letterOrNumberBmp = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  let known = letterOrNumberBmp[codePoint]!;
  if (known === 0) letterOrNumberBmp[codePoint] = known = LETTER_OR_NUMBER.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

/**
 * The text two copies of a paragraph share once case, punctuation, quotes and white space are
 * set aside ("as 'fake'" and "as'fake'" both become "asfake"): the text lower-cased as a whole (so
 * context rules such as the Greek final sigma apply), then only its letters and digits kept, code
 * point by code point, without the regex replace that dominated the cost of articles with curly
 * quotes. The engine takes an ASCII line's fingerprint from the scan of its bytes (LineScan).
 */
export function paragraphFingerprint(text: string): string {
  const lower = text.toLowerCase();
  if (units.length < lower.length) units = new Uint16Array(lower.length * 2);
  let length = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) units[length++] = code;
      continue;
    }
    const low = lower.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      if (isLetterOrNumber(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) {
        units[length++] = code;
        units[length++] = low;
      }
      i++;
    } else if (isLetterOrNumber(code)) {
      units[length++] = code;
    }
  }
  return Buffer.from(units.buffer, 0, length * 2).toString('utf16le');
}
