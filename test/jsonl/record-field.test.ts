import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_SETTING, ID_FIELD_SETTING, lookupField, lookupValue, parseFieldPath, replaceField } from '../../src/jsonl/record-field.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

describe('record fields', () => {
  it('parses dotted paths, numeric segments as indexes', () => {
    expect(parseFieldPath('page.items.0.text', 'field')).toEqual(['page', 'items', 0, 'text']);
    expect(parseFieldPath('text', 'field')).toEqual(['text']);
    expect(parseFieldPath('a.01', 'field')).toEqual(['a', '01']);
    expect(parseFieldPath('items.120', 'field')).toEqual(['items', 120]);
  });

  it('refuses a path with an empty segment, naming the setting that gave it, flag and library option', () => {
    for (const path of ['', '.', 'a..b', '.text', 'text.']) {
      const message = `the field to clean (--field; field in the library) has an empty segment: ${JSON.stringify(path)}; a dotted path names a key or an array index between each two dots, e.g. page.body or items.0.text.`;
      expect(() => parseFieldPath(path, FIELD_SETTING), path).toThrow(expect.objectContaining({ code: 'E_USAGE', message }));
    }
    expect(() => parseFieldPath('meta.', ID_FIELD_SETTING)).toThrow(/^the field that names a record \(--id-field; idField in the library\) has an empty segment: "meta\.";/);
  });

  it('looks a field up the way JSON.parse sees the record', () => {
    const path = parseFieldPath('a.b', 'field');
    expect(lookupField(JSON.parse('{"a":{"b":"x"}}'), path)).toEqual({ kind: 'string', value: 'x' });
    expect(lookupField(JSON.parse('{"a":{"b":"x","b":"y"}}'), path)).toEqual({ kind: 'string', value: 'y' });
    expect(lookupField(JSON.parse('{"a":"b"}'), path)).toEqual({ kind: 'missing' });
    expect(lookupField(JSON.parse('{"a":{"b":null}}'), path)).toEqual({ kind: 'null' });
    expect(lookupField(JSON.parse('{"a":{"b":{}}}'), path)).toEqual({ kind: 'not-string' });
  });

  it('replaces only the value JSON.parse reads: the last of repeated keys, inside arrays too', () => {
    expect(replaceField('{"t":"a","t":"b"}', ['t'], 'c')).toBe('{"t":"a","t":"c"}');
    expect(replaceField('{"x":[{"t":"a"},{"t":"b"}]}', ['x', 1, 't'], 'q"')).toBe('{"x":[{"t":"a"},{"t":"q\\""}]}');
    expect(replaceField('{"1":{"t":"a"}}', [1, 't'], 'c')).toBe('{"1":{"t":"c"}}');
    // The same key deeper in a member off the path is another field.
    expect(replaceField('{"a":{"t":"a"},"b":{"t":"b"}}', ['a', 't'], 'c')).toBe('{"a":{"t":"c"},"b":{"t":"b"}}');
    expect(replaceField('\ufeff{"t":"a"}', ['t'], 'b')).toBe('\ufeff{"t":"b"}');
  });

  it('finds keys written with escapes, and skips strings holding quotes, brackets and backslashes', () => {
    expect(replaceField('{"a\\"]}":"x","t\\u0065xt":"a"}', ['text'], 'b')).toBe('{"a\\"]}":"x","t\\u0065xt":"b"}');
    expect(replaceField('{"s":"\\\\","t":"a"}', ['t'], 'b')).toBe('{"s":"\\\\","t":"b"}');
    expect(replaceField(' { "t" : [ 1 , "a" ] } ', ['t', 1], 'b')).toBe(' { "t" : [ 1 , "b" ] } ');
  });

  it('reads tabs and carriage returns between tokens as JSON whitespace', () => {
    expect(replaceField('{\t"n"\t:\t1\t,\r"t"\r:\r"a"\r}', ['t'], 'b')).toBe('{\t"n"\t:\t1\t,\r"t"\r:\r"b"\r}');
  });

  it('refuses, naming the path, to replace a field whose last value is not a string rather than write into an earlier one', () => {
    for (const json of ['{"a":{"t":"x","t":1}}', '{"a":{"t":"x","t":{"t":"y"}}}', '{"a":{"t":"x","t":["y"]}}', '{"a":{"u":"x"}}']) {
      expect(() => replaceField(json, ['a', 't'], 'b'), json).toThrow('field a.t not found while replacing it');
    }
  });

  it('does not recurse per nesting level: a field after, or inside, 100,000 levels of nesting', () => {
    const depth = 100_000;
    const deep = `{"deep":${'['.repeat(depth)}${']'.repeat(depth)},"text":"a"}`;
    expect(replaceField(deep, ['text'], 'b')).toBe(deep.replace('"text":"a"', '"text":"b"'));
    const inside = `${'{"n":'.repeat(depth)}"a"${'}'.repeat(depth)}`;
    expect(replaceField(inside, Array<string>(depth).fill('n'), 'b')).toBe(inside.replace('"a"', '"b"'));
  });

  it('replaces exactly the value JSON.parse reads at the path, in any record', () => {
    const segment = fc.oneof(fc.constantFrom('t', 'a', '0', 'k"\\'), fc.nat({ max: 2 }));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.boolean(), (value, path, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 1 : undefined);
        const parsed = JSON.parse(json) as unknown;
        const target = lookupValue(parsed, path);
        fc.pre(typeof target === 'string');
        const replaced = JSON.parse(replaceField(json, path, 'REPLACED')) as unknown;
        let expected = parsed as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) expected = expected[key] as Record<string | number, unknown>;
        expected[path[path.length - 1]!] = 'REPLACED';
        expect(replaced).toEqual(parsed);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
