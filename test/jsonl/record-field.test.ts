import { describe, expect, it } from 'vitest';
import { lookupField, parseFieldPath, replaceField } from '../../src/jsonl/record-field.js';

describe('record fields', () => {
  it('parses dotted paths, numeric segments as indexes', () => {
    expect(parseFieldPath('page.items.0.text')).toEqual(['page', 'items', 0, 'text']);
    expect(parseFieldPath('text')).toEqual(['text']);
    expect(parseFieldPath('a.01')).toEqual(['a', '01']);
  });

  it('looks a field up the way JSON.parse sees the record', () => {
    const path = parseFieldPath('a.b');
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
    expect(replaceField('\ufeff{"t":"a"}', ['t'], 'b')).toBe('\ufeff{"t":"b"}');
  });
});
