import { describe, expect, it } from 'vitest';
import { BoilerstripError, type ErrorCode } from '../src/errors.js';

describe('BoilerstripError', () => {
  it('is a usage error (exit 2) for bad usage and every rule-file code, a runtime error (exit 1) for the rest', () => {
    const usage: ErrorCode[] = ['E_USAGE', 'E_RULE_FILE', 'E_RULE_SCHEMA', 'E_RULE_REGEX', 'E_RULE_DUPLICATE', 'E_RULE_UNKNOWN', 'E_RULE_UNSAFE'];
    const runtime: ErrorCode[] = ['E_INPUT', 'E_INVALID_JSON', 'E_IO', 'E_WORKER'];
    for (const code of usage) expect(new BoilerstripError(code, 'x').isUsageError, code).toBe(true);
    for (const code of runtime) expect(new BoilerstripError(code, 'x').isUsageError, code).toBe(false);
  });

  it('carries its code, message and location, and is an Error named for itself', () => {
    const error = new BoilerstripError('E_RULE_REGEX', 'my.yaml: rule "x": invalid regular expression', { file: 'my.yaml', ruleId: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'BoilerstripError', code: 'E_RULE_REGEX', message: 'my.yaml: rule "x": invalid regular expression', location: { file: 'my.yaml', ruleId: 'x' } });
    expect(new BoilerstripError('E_IO', 'cannot write out.txt').location).toEqual({});
  });
});
