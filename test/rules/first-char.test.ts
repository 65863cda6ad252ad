import { describe, expect, it } from 'vitest';
import { firstCharacterTest } from '../../src/rules/first-char.js';

/** Which of `chars` the first-character test lets through; null when any character may start a match. */
function starts(source: string, chars: string[], flags = 'u'): string[] | null {
  const test = firstCharacterTest(new RegExp(source, flags));
  return test === undefined ? null : chars.filter((char) => test.test(char));
}

describe('firstCharacterTest', () => {
  it('reads the first characters of anchored literals, classes, escapes and optional prefixes', () => {
    expect(starts('^(?:Read more|READ)$', ['R', 'r', 'E'])).toEqual(['R']);
    expect(starts('^(?:[*•-]\\s*)?(?:Home|Start)', ['*', '-', '•', 'H', 'S', 'h', ','])).toEqual(['*', '-', '•', 'H', 'S']);
    expect(starts('^\\(?(?:Image|Photo)\\s*:', ['(', 'I', 'P', 'i'])).toEqual(['(', 'I', 'P']);
    expect(starts('^\\d{4}-', ['2', 'x'])).toEqual(['2']);
    expect(starts('^(?:[-x]|a|[b-])(?:z|[-])', ['-', 'x', 'a', 'b', 'c', 'z', '.'])).toEqual(['-', 'x', 'a', 'b']);
    expect(starts('^(?=Tag)\\b\\w+:', ['T', 'x', ' '])).toEqual(['T', 'x']);
    expect(starts('^(\\w+) \\1$', ['a', ' '])).toEqual(['a']);
  });

  it('follows the pattern\'s case folding', () => {
    expect(starts('^kelvin', ['k', 'K', '\u212a', 'x'], 'iu')).toEqual(['k', 'K', '\u212a']);
    expect(starts('^Straße', ['s', 'S', 'ſ'], 'iu')).toEqual(['s', 'S', 'ſ']);
    expect(starts('^Straße', ['s', 'S'])).toEqual(['S']);
  });

  it('answers "any character" when a match need not start the line, or the start is not known', () => {
    expect(starts('(?:^Read|Share)', ['x'])).toBeNull();
    expect(starts('Read more$', ['x'])).toBeNull();
    expect(starts('^(?:Read)?', ['x'])).toBeNull();
    expect(starts('^.{0,60}news', ['x'])).toBeNull();
    expect(starts('^[^a]', ['x'])).toBeNull();
    expect(starts('(?:^a)*b', ['b'])).toBeNull();
    expect(starts('^(a)\\1|\\1b', ['b'])).toBeNull();
    expect(starts('^Read', ['x'], 'mu')).toBeNull();
  });
});
