import { BoilerstripError, kindOf, quoted, settingNames } from './errors.js';
import { compileRules, isCompiledRuleSet, type RuleSet } from './rules/compile.js';
import { PROFILES, type Profile } from './rules/page-schema.js';

/** Options shared by strip(), the stream and the JSONL transform. */
export interface CleanOptions {
  /** Compiled rules (compileRules()); the default packs when omitted, compiled once per process. */
  rules?: RuleSet;
  /** A line equal to this string ends a document; the line itself is passed through. Not empty (empty lines part paragraphs), and no line break. */
  docSeparator?: string;
  /** Lines longer than this many bytes are passed through unread and unbuffered (default 1 MiB). */
  maxLineBytes?: number;
  /**
   * What kind of text the input is: `page`, a whole web page turned into text (menus, footers:
   * the page analysis finds the main content); `article`, extracted article text (the line rules,
   * then only the edges around the article are trimmed); `lines`, the line rules alone, streaming;
   * `auto` (default) decides per document from its features.
   */
  profile?: Profile;
  /**
   * A document that would lose more than this share (0 to 1) of its words is written unchanged
   * and flagged, so that a bad rule cannot wipe a corpus. Each document is then held whole, up to
   * 64 MiB; a longer one is cleaned as it streams and flagged `unchecked`.
   */
  maxRemovedRatio?: number;
}

/** Lines longer than this many bytes (1 MiB) are passed through unread and unbuffered (`maxLineBytes`, `--max-line-bytes`). */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

/**
 * A record is parsed whole, so its size bounds the memory a JSONL run needs (several times the
 * record: bytes, decoded text, parsed value, cleaned copy).
 */
export const DEFAULT_MAX_RECORD_BYTES = 64 << 20;

export interface NormalizedOptions {
  rules: RuleSet;
  docSeparator: Buffer | undefined;
  maxLineBytes: number;
  profile: Profile;
  maxRemovedRatio: number | undefined;
}

let defaultRules: RuleSet | undefined;

/** The default packs, compiled on first use and shared by every later call. */
export function defaultRuleSet(): RuleSet {
  defaultRules ??= compileRules();
  return defaultRules;
}

export function normalizeOptions(options: CleanOptions = {}): NormalizedOptions {
  // Untyped callers may pass null or a string where the options object goes.
  if (typeof options !== 'object' || options === null) {
    throw new BoilerstripError('E_USAGE', `the options are an object (or nothing, for the defaults); got ${kindOf(options)}`);
  }
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1) {
    throw new BoilerstripError('E_USAGE', `the line limit ${settingNames('--max-line-bytes', 'maxLineBytes')} takes a whole number of bytes from 1; got ${quoted(options.maxLineBytes)}`);
  }
  if (options.docSeparator !== undefined && /[\r\n]/.test(options.docSeparator)) {
    throw new BoilerstripError('E_USAGE', `the document separator ${settingNames('--doc-separator', 'docSeparator')} is matched against one line, so it cannot hold a line break; got ${quoted(options.docSeparator)}`);
  }
  // An empty line parts a document's paragraphs: as a separator it would make each paragraph a document.
  if (options.docSeparator === '') {
    throw new BoilerstripError('E_USAGE', `the document separator ${settingNames('--doc-separator', 'docSeparator')} cannot be empty: empty lines part the paragraphs of a document; end each document with a line that holds a mark, such as a form feed ("\\f")`);
  }
  const profile = options.profile ?? 'auto';
  if (!PROFILES.includes(profile)) {
    throw new BoilerstripError('E_USAGE', `the profile must be one of ${PROFILES.join(', ')} ${settingNames('--profile', 'profile')}; got ${quoted(options.profile)}`);
  }
  // A RuleSet's type shows only its packs, so a hand-made { packs } type-checks: refuse it here rather than fail inside the engine.
  if (options.rules !== undefined && !isCompiledRuleSet(options.rules)) {
    throw new BoilerstripError('E_USAGE', 'the rules option takes a RuleSet that compileRules() or compileRuleSet() returned; got an object they did not make');
  }
  const { maxRemovedRatio } = options;
  if (maxRemovedRatio !== undefined && !(maxRemovedRatio >= 0 && maxRemovedRatio <= 1)) {
    throw new BoilerstripError('E_USAGE', `the removal budget ${settingNames('--max-removed-ratio', 'maxRemovedRatio')} takes a share of a document's words from 0 to 1, e.g. 0.5; got ${quoted(maxRemovedRatio)}`);
  }
  return {
    profile,
    rules: options.rules ?? defaultRuleSet(),
    docSeparator: options.docSeparator === undefined ? undefined : Buffer.from(options.docSeparator),
    maxLineBytes,
    maxRemovedRatio,
  };
}
