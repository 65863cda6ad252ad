import { LineSplitter } from '../bytes/line-splitter.js';
import type { Verdict } from '../engine/records.js';
import { TextCleaner } from '../engine/text-cleaner.js';
import { normalizeOptions, type CleanOptions } from '../options.js';

export interface Removal {
  /** 1-based line number in the input text. */
  line: number;
  verdict: Exclude<Verdict, 'keep'>;
  ruleId: string;
  pack: string;
  /** The line as it was (without terminator). */
  text: string;
}

export interface StripResult<T> {
  text: T;
  removals: Removal[];
}

/**
 * Cleans one text synchronously. Given a string it returns a string; given bytes it returns bytes,
 * and kept lines come back byte for byte whatever their encoding.
 */
export function strip(text: string, options?: CleanOptions): StripResult<string>;
export function strip(text: Uint8Array, options?: CleanOptions): StripResult<Buffer>;
export function strip(text: string | Uint8Array, options: CleanOptions = {}): StripResult<string | Buffer> {
  const { rules, docSeparator, maxLineBytes } = normalizeOptions(options);
  const pieces: Buffer[] = [];
  const removals: Removal[] = [];
  const cleaner = new TextCleaner(rules, { write: (bytes) => pieces.push(bytes) }, {
    ...(docSeparator ? { docSeparator } : {}),
    observer(record) {
      if (record.verdict === 'keep') return;
      removals.push({ line: record.inputLine, verdict: record.verdict, ruleId: record.ruleId!, pack: record.pack!, text: record.content.toString('utf8') });
    },
  });
  const splitter = new LineSplitter(cleaner, maxLineBytes);
  const input = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  splitter.push(input);
  splitter.end();
  cleaner.endDocument();
  const output = Buffer.concat(pieces);
  return { text: typeof text === 'string' ? output.toString('utf8') : output, removals };
}
