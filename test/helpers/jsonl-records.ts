import fc from 'fast-check';
import { expect } from 'vitest';
import { strip } from '../../src/index.js';
import { boilerplateLines, contentLine } from './arbitraries.js';

/** The field the JSONL properties clean: nested, so that the path is followed too. */
export const BODY_FIELD = 'page.body';

/** A document to clean: content and boilerplate lines in any order, LF or CRLF, maybe no final newline. */
const documentText = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.oneof(contentLine(0), contentLine(1), fc.constantFrom(...boilerplateLines), fc.constant('')), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''));

/** Anything JSON can hold around the field: other keys, nested values, numbers, escapes. */
const otherFields = (): fc.Arbitrary<Record<string, unknown>> => fc.dictionary(fc.string({ maxLength: 6 }).filter((key) => key !== 'page'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });

/** A record holding a document at `page.body`, or one without it there (missing, null, a number). */
const jsonRecord = (): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(otherFields(), fc.oneof({ weight: 4, arbitrary: documentText() }, { weight: 1, arbitrary: fc.constantFrom(undefined, null, 42) })).map(([fields, body]) => ({
    ...fields,
    page: body === undefined ? {} : { body },
  }));

/** A corpus in JSON Lines, written compactly or with spaces between tokens. */
export const jsonlCorpus = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(jsonRecord(), { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 2))
    // Indentation becomes spaces: newlines inside strings are escaped, so every newline here is layout.
    .map(([records, indent]) => records.map((value) => `${JSON.stringify(value, null, indent).replace(/\n\s*/g, ' ')}\n`).join(''));

const bodyOf = (value: Record<string, unknown>): unknown => (value.page as { body?: unknown }).body;
const withoutBody = (value: Record<string, unknown>): unknown => ({ ...value, page: { ...(value.page as object), body: undefined } });

const parseLines = (jsonl: string): Record<string, unknown>[] => {
  const lines = jsonl.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
};

/** The property: output parsed back equals the input records except for the field, which is the field cleaned. */
export function expectOnlyFieldCleaned(input: string, output: string): void {
  const records = parseLines(input);
  const cleaned = parseLines(output);
  expect(cleaned).toHaveLength(records.length);
  cleaned.forEach((after, index) => {
    const before = records[index]!;
    expect(withoutBody(after)).toEqual(withoutBody(before));
    const body = bodyOf(before);
    expect(bodyOf(after)).toEqual(typeof body === 'string' ? strip(body).text : body);
  });
}
