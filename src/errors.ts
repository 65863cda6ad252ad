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
  readonly code: ErrorCode;
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
