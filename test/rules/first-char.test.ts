import { describe, expect, it } from 'vitest';
import { firstCharacterTest, lineGate } from '../../src/rules/first-char.js';

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

/** Which of `lines` the gate lets through (first character or required text); null when any line may match. */
function gated(source: string, lines: string[], flags = 'u'): string[] | null {
  const gate = lineGate(new RegExp(source, flags));
  if (gate === undefined) return null;
  return lines.filter((line) => gate.first?.test(line[0]!) === true || gate.requires?.test(line) === true);
}

describe('lineGate', () => {
  it('requires the longest run of literal text of an unanchored alternative, next to the first characters of anchored ones', () => {
    const newsletter = '(?:^(?:Keep up[^.]{0,40}\\.\\s*)?Newsletters?)|(?:^.{0,60}\\b(?:headlines|news) (?:e-?mailed|delivered) to (?:you|your inbox)[.!]?$)';
    const lines = ['Newsletter', 'keep up', 'Get headlines emailed to you daily.', 'Top news delivered to YOUR INBOX', 'Sent to yo', 'Read more'];
    expect(gated(newsletter, lines, 'iu')).toEqual(['Newsletter', 'keep up', 'Get headlines emailed to you daily.', 'Top news delivered to YOUR INBOX']);
    expect(gated('(?:Advertisement)', ['An advertisement', 'An Advertisement', 'Advert'])).toEqual(['An Advertisement']);
    expect(gated('x\\.y+z', ['ax.yyz', 'axyz', 'x.z'])).toEqual(['ax.yyz', 'x.z']);
  });

  it('does not take quantified, optional, back-referenced or class parts for required text', () => {
    expect(gated('(?:ab)?c', ['c', 'ab'])).toEqual(['c']);
    expect(gated('(a)\\1b', ['aab', 'b'])).toEqual(['aab']);
    expect(gated('(?<w>a)\\k<w>', ['aa', 'k'])).toEqual(['aa']);
    expect(gated('[ab]c*', ['a'])).toBeNull();
    expect(gated('(?:news|)x', ['x'])).toEqual(['x']);
    expect(gated('\\d+ comments', ['3 comments', 'comment'])).toEqual(['3 comments']);
    expect(gated('(?:^a|.*b)', ['x', 'xb', 'xa'])).toEqual(['xb', 'xa']);
    expect(gated('(?:^a|.*)', ['x'])).toBeNull();
  });
});
