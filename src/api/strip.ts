import { joinBytes } from '../bytes/join-bytes.js';
import { LineSplitter } from '../bytes/line-splitter.js';
import type { Verdict } from '../engine/records.js';
import { TextCleaner, type DocumentBudgetFlag, type InputLineRecord, type TextCleanerOptions } from '../engine/text-cleaner.js';
import { BoilerstripError, kindOf } from '../errors.js';
import { normalizeOptions, type CleanOptions, type NormalizedOptions } from '../options.js';

/** A line strip() removed (`drop`) or shortened (`strip`), and what decided it. */
export interface Removal {
  /** 1-based line number in the input text. */
  line: number;
  verdict: Exclude<Verdict, 'keep'>;
  /** The rule, a feature of the page analysis (`page-menu-run`), or `blank-lines`. */
  ruleId: string;
  /** The rule's pack (its file's name), `page` for the page analysis, `policy` for blank lines. */
  pack: string;
  /** The line as it was (without terminator). */
  text: string;
}

/** What strip() returns: the cleaned text, of the type it was given (`string`, or a `Buffer` for bytes). */
export interface StripResult<T> {
  text: T;
  /** Every line removed or changed, in input order. */
  removals: Removal[];
  /** Documents that `maxRemovedRatio` left unchanged (`over-budget`) or could not check (`unchecked`). */
  flagged: DocumentBudgetFlag[];
}

/**
 * Cleans one text synchronously. Given a string it returns a string; given bytes it returns bytes,
 * and kept lines come back byte for byte whatever their encoding.
 */
export function strip(text: string, options?: CleanOptions): StripResult<string>;
export function strip(text: Uint8Array, options?: CleanOptions): StripResult<Buffer>;
export function strip(text: string | Uint8Array, options: CleanOptions = {}): StripResult<string | Buffer> {
  // Untyped callers: a number or null would otherwise fail inside Buffer with a TypeError.
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    throw new BoilerstripError('E_INPUT', `strip() takes the text as a string or as bytes (a Uint8Array), not ${kindOf(text)}`);
  }
  const removals: Removal[] = [];
  const flagged: DocumentBudgetFlag[] = [];
  const input = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const output = cleanBytes(input, normalizeOptions(options), {
    observer: (record) => removals.push(toRemoval(record)),
    observeKept: false,
    onBudgetFlag: (flag) => flagged.push(flag),
  });
  return { text: typeof text === 'string' ? output.toString('utf8') : output, removals, flagged };
}

function toRemoval(record: InputLineRecord): Removal {
  return { line: record.inputLine, verdict: record.verdict as Removal['verdict'], ruleId: record.ruleId!, pack: record.pack!, text: record.content.toString('utf8') };
}

/** A whole buffer cleaned at once: what strip(), each JSON Lines record and each --jobs text batch go through. */
export function cleanBytes(input: Buffer, options: NormalizedOptions, extra: Pick<TextCleanerOptions, 'observer' | 'observeKept' | 'stats' | 'onBudgetFlag'> = {}): Buffer {
  const pieces: Buffer[] = [];
  const cleaner = new TextCleaner(options.rules, { write: (bytes) => pieces.push(bytes) }, {
    ...(options.docSeparator ? { docSeparator: options.docSeparator } : {}),
    profile: options.profile,
    ...(options.maxRemovedRatio !== undefined ? { maxRemovedRatio: options.maxRemovedRatio } : {}),
    ...extra,
  });
  const splitter = new LineSplitter(cleaner, options.maxLineBytes);
  splitter.push(input);
  splitter.end();
  cleaner.endDocument();
  return joinBytes(pieces);
}
