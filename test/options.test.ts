import { describe, expect, it } from 'vitest';
import { normalizeOptions } from '../src/options.js';

describe('normalizeOptions', () => {
  it('fills in the defaults and turns the separator into bytes', () => {
    const normalized = normalizeOptions({ docSeparator: '\f' });
    expect(normalized).toMatchObject({ profile: 'auto', maxLineBytes: 1 << 20, maxRemovedRatio: undefined, docSeparator: Buffer.from('\f') });
  });

  it.each([
    [{ maxLineBytes: 0 }, 'the line limit (--max-line-bytes; maxLineBytes in the library) takes a whole number of bytes from 1; got 0'],
    [{ maxLineBytes: 1.5 }, 'the line limit (--max-line-bytes; maxLineBytes in the library) takes a whole number of bytes from 1; got 1.5'],
    [{ docSeparator: 'a\nb' }, 'the document separator (--doc-separator; docSeparator in the library) is matched against one line, so it cannot hold a line break; got "a\\nb"'],
    [{ docSeparator: '\r' }, 'the document separator (--doc-separator; docSeparator in the library) is matched against one line, so it cannot hold a line break; got "\\r"'],
    [{ docSeparator: '' }, 'the document separator (--doc-separator; docSeparator in the library) cannot be empty: empty lines part the paragraphs of a document; end each document with a line that holds a mark, such as a form feed ("\\f")'],
    [{ profile: 'pages' as 'page' }, 'the profile must be one of auto, article, page, lines (--profile; profile in the library); got "pages"'],
    [{ maxRemovedRatio: 1.5 }, "the removal budget (--max-removed-ratio; maxRemovedRatio in the library) takes a share of a document's words from 0 to 1, e.g. 0.5; got 1.5"],
    [{ maxRemovedRatio: Number.NaN }, "the removal budget (--max-removed-ratio; maxRemovedRatio in the library) takes a share of a document's words from 0 to 1, e.g. 0.5; got NaN"],
  ])('refuses %o with a usage error naming the flag and the library option', (options, message) => {
    expect(() => normalizeOptions(options)).toThrow(expect.objectContaining({ name: 'BoilerstripError', code: 'E_USAGE', message }));
  });

  it.each([
    [null, 'null'],
    ['text', 'a string'],
    [42, 'a number'],
  ])('refuses %o in place of the options object (an untyped caller), naming what it got', (options, kind) => {
    expect(() => normalizeOptions(options as never)).toThrow(
      expect.objectContaining({ name: 'BoilerstripError', code: 'E_USAGE', message: `the options are an object (or nothing, for the defaults); got ${kind}` }),
    );
  });

  it('strip() refuses null options with the same error, and takes none', async () => {
    const { strip } = await import('../src/api/strip.js');
    expect(() => strip('text\n', null as never)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(strip('Plain line.\n').text).toBe('Plain line.\n');
  });
});
