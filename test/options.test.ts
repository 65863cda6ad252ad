import { describe, expect, it } from 'vitest';
import { normalizeOptions } from '../src/options.js';

describe('normalizeOptions', () => {
  it('fills in the defaults and turns the separator into bytes', () => {
    const normalized = normalizeOptions({ docSeparator: '\f' });
    expect(normalized).toMatchObject({ profile: 'auto', maxLineBytes: 1 << 20, maxRemovedRatio: undefined, docSeparator: Buffer.from('\f') });
  });

  it.each([
    [{ maxLineBytes: 0 }, /^maxLineBytes must be a positive integer, got 0$/],
    [{ maxLineBytes: 1.5 }, /^maxLineBytes must be a positive integer, got 1\.5$/],
    [{ docSeparator: 'a\nb' }, /cannot contain a line break/],
    [{ docSeparator: '\r' }, /cannot contain a line break/],
    [{ docSeparator: '' }, /cannot be empty/],
    [{ maxRemovedRatio: 1.5 }, /a number from 0 to 1; got 1\.5$/],
    [{ maxRemovedRatio: Number.NaN }, /a number from 0 to 1; got NaN$/],
  ])('refuses %o with a usage error', (options, message) => {
    expect(() => normalizeOptions(options)).toThrow(expect.objectContaining({ code: 'E_USAGE', message: expect.stringMatching(message) }));
  });
});
