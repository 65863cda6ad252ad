/** Stable codes: scripts and tests match on these, never on message text. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_RULE_FILE'
  | 'E_RULE_SCHEMA'
  | 'E_RULE_REGEX'
  | 'E_RULE_DUPLICATE'
  | 'E_RULE_UNKNOWN'
  | 'E_RULE_UNSAFE'
  | 'E_INPUT'
  | 'E_INVALID_JSON'
  | 'E_IO'
  | 'E_WORKER';

/** Where the error is, as far as it is known: the file, its line, the rule. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  ruleId?: string;
}

/**
 * The one error type boilerstrip throws on purpose. The message says what is wrong,
 * where, and what to do; `code` is stable.
 */
export class BoilerstripError extends Error {
  /** What kind of error it is; stable, unlike the message. */
  readonly code: ErrorCode;
  /** Where it is, as far as known (also in the message). */
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = 'BoilerstripError';
    this.code = code;
    this.location = location;
  }

  /** Errors in the user's request or rule files are usage errors (exit 2); the rest are runtime (exit 1). */
  get isUsageError(): boolean {
    return this.code === 'E_USAGE' || this.code.startsWith('E_RULE_');
  }
}

/**
 * How a message names a setting that both the CLI and the library take: the flag, then the
 * option, so that either user knows what to change ("(--max-line-bytes; maxLineBytes in the library)").
 */
export const settingNames = (flag: string, option: string): string => `(${flag}; ${option} in the library)`;

const withArticle = (name: string): string => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;

/** What a value of the wrong type is, for a message: `an ArrayBuffer`, `a string`, `null`. */
export const kindOf = (value: unknown): string => {
  if (value === null || value === undefined) return String(value);
  // An object made with Object.create(null) has no constructor to name.
  return withArticle(typeof value === 'object' ? ((value.constructor as { name?: string } | undefined)?.name ?? 'object') : typeof value);
};

/** A value as a message shows it: a string in double quotes, so that "" and " " can be seen. */
export const quoted = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

const FILE_SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
};

/**
 * A failed file system call in words, for a message that names the path itself: node's own message
 * ("ENOENT: no such file or directory, stat 'x'") names the call and repeats the path.
 */
export const fileSystemReason = (error: unknown): string => FILE_SYSTEM_REASONS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''] ?? String((error as Error | undefined)?.message ?? error);
