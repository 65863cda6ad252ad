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
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The text two copies of a paragraph share once case, punctuation, quotes and white space are
 * set aside ("as 'fake'" and "as'fake'" both become "asfake").
 */
export function paragraphFingerprint(text: string): string {
  return asciiFingerprint(text) ?? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

let scratch = Buffer.allocUnsafe(1024);

/**
 * The same fingerprint for all-ASCII text, where letters are A-Z and a-z and digits 0-9, built
 * without the Unicode-aware lower-casing and regex; undefined when the text is not all ASCII.
 */
function asciiFingerprint(text: string): string | undefined {
  if (scratch.length < text.length) scratch = Buffer.allocUnsafe(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) scratch[length++] = code;
    else if (code >= 0x41 && code <= 0x5a) scratch[length++] = code + 0x20;
  }
  return scratch.toString('latin1', 0, length);
}
