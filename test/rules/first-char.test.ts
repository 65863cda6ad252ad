import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstCharacterTest, lineGate } from '../../src/rules/first-char.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

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

/** Which of `starts` (two characters each) the first-two-characters test lets through; null when it is not known. */
function firstTwo(source: string, starts: string[], flags = 'u'): string[] | null {
  const test = lineGate(new RegExp(source, flags))?.firstTwo;
  return test === undefined ? null : starts.filter((start) => test.test(start));
}

describe('lineGate firstTwo', () => {
  it('reads the first two characters of anchored literals, optional prefixes, repeats and one-character matches', () => {
    expect(firstTwo('^(?:Read more|READ)$', ['Re', 'RE', 'Rx', 're'])).toEqual(['Re', 'RE']);
    expect(firstTwo('^(?:[*•-]\\s*)?(?:Home|Start)', ['* ', '*H', '-S', '*x', 'Ho', 'St', 'Hx', 'Sx'])).toEqual(['* ', '*H', '-S', 'Ho', 'St']);
    expect(firstTwo('^\\d{4}-', ['12', '1x'])).toEqual(['12']);
    expect(firstTwo('^a?b', ['ab', 'bx', 'ax', 'xb'])).toEqual(['ab', 'bx']);
    expect(firstTwo('^(?:ab)+c', ['ab', 'ac', 'cx'])).toEqual(['ab']);
    expect(firstTwo('^\\*', ['*x', '**', 'x*'])).toEqual(['*x', '**']);
    expect(firstTwo('^a$|^bc', ['ax', 'bc', 'bx'])).toEqual(['ax', 'bc']);
    expect(firstTwo('^(?=Tag)\\b\\w+:', ['Ta', 'x:', ':x'])).toEqual(['Ta', 'x:']);
  });

  it('follows the pattern\'s case folding', () => {
    expect(firstTwo('^kelvin', ['ke', 'KE', '\u212ae', 'kx'], 'iu')).toEqual(['ke', 'KE', '\u212ae']);
  });

  it('reads up to four characters, and all of a shorter match', () => {
    const firstFour = (source: string, starts: string[]): string[] | null => {
      const test = lineGate(new RegExp(source, 'u'))?.firstFour;
      return test === undefined ? null : starts.filter((start) => test.test(start));
    };
    expect(firstFour('^(?:[*•-]\\s*)?(?:Home|Start)', ['* Ho', '*  H', '* Te', 'Home', 'Hone', 'Star', '*Sta', '*Stx'])).toEqual(['* Ho', '*  H', 'Home', 'Star', '*Sta']);
    expect(firstFour('^(?:ab|c)$', ['ab', 'c', 'cx', 'abx', 'ax'])).toEqual(['ab', 'c', 'cx', 'abx']);
    expect(firstFour('^a{2,}b', ['aaaa', 'aab', 'ab'])).toEqual(['aaaa', 'aab']);
  });

  it('is unknown where a second character may be any', () => {
    expect(firstTwo('^a.b', ['ax'])).toBeNull();
    expect(firstTwo('^a[^b]', ['ax'])).toBeNull();
    expect(firstTwo('^(a)\\1', ['aa'])).toBeNull();
    expect(firstTwo('Read', ['Re'])).toBeNull();
  });
});

/** Generated patterns may quantify an assertion, which the u flag refuses. */
function compiles(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

describe('lineGate on generated patterns', () => {
  /** Small patterns from the syntax the reader follows: literals, classes, escapes, groups, alternation, quantifiers, anchors. */
  const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'A', ' ', '\\*', '-', '\\d', '\\s', '[ab]', '[-a]', '[^a]', '.', '\\b', '$') },
      { weight: 1, arbitrary: tie('alternation').map((inner) => `(?:${inner as string})`) },
    ),
    term: fc.tuple(tie('atom'), fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,2}')).map(([atom, quantifier]) => `${atom as string}${quantifier}`),
    sequence: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((terms) => (terms as string[]).join('')),
    alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((sequences) => (sequences as string[]).join('|')),
  })).alternation;
  const anchored = fc.array(pattern, { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.map((alternative) => `^(?:${alternative})`).join('|'));

  it('lets through the first two characters of every line the pattern matches', () => {
    fc.assert(
      fc.property(anchored, fc.constantFrom('u', 'iu'), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '*', '-', '1', 'x'), minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 20 }), (source, flags, lines) => {
        const regex = compiles(source, flags);
        fc.pre(regex !== undefined);
        const gate = lineGate(regex);
        if (gate === undefined) return;
        for (const line of lines.filter((text) => regex.test(text))) {
          const byStart = gate.first?.test(line[0]!) === true && gate.firstTwo?.test(line.slice(0, 2)) !== false && gate.firstFour?.test(line.slice(0, 4)) !== false;
          expect(byStart || gate.requires?.test(line) === true, `${source} ${line}`).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
