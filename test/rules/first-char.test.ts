import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstCharacterTest,
  lineGates,
  maxMatchWords,
  requiredRuns,
  requiredTextTest,
  restoreGates,
  startAllows,
  storeGates,
  type AlternativeGate,
  type StoredGates,
} from '../../src/rules/first-char.js';
import { countWords } from '../../src/engine/line-text.js';
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
    expect(starts('^(?:[a\\-]|[\\\\-]|q)x', ['a', '-', '\\', 'q', ']', 'b'])).toEqual(['a', '-', '\\', 'q']);
    expect(starts('^[a\\-]x', ['a', '-', '\\'])).toEqual(['a', '-']);
    expect(starts('^(?:[x\\-b-]|z)q', ['x', '-', 'b', 'z', 'c'])).toEqual(['x', '-', 'b', 'z']);
    expect(starts('^(?=Tag)\\b\\w+:', ['T', 'x', ' '])).toEqual(['T', 'x']);
    expect(starts('^(\\w+) \\1$', ['a', ' '])).toEqual(['a']);
    expect(starts('^-x', ['-', 'x'])).toEqual(['-']);
  });

  it('reads escapes of properties, code points and control characters as the one character they stand for', () => {
    expect(starts('^\\p{Lu}x', ['A', 'a'])).toEqual(['A']);
    expect(starts('^\\u{1F600}', ['😀', 'u'])).toEqual(['😀']);
    expect(starts('^\\u0041', ['A', 'B', 'u'])).toEqual(['A']);
    expect(starts('^\\x41', ['A', 'B', 'x'])).toEqual(['A']);
    expect(starts('^\\cJ', ['\n', 'J', 'c'])).toEqual(['\n']);
  });

  it('reads a surrogate pair as one character, from the first high surrogate to the last, and a lone one alone', () => {
    expect(starts('^\u{10000}', ['\u{10000}', '\ud800'])).toEqual(['\u{10000}']);
    expect(starts('^\u{10fc00}', ['\u{10fc00}', '\udbff'])).toEqual(['\u{10fc00}']);
    expect(starts('^\ud83d', ['\ud83d', 'u', 'n'])).toEqual(['\ud83d']);
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
    expect(starts('^(?:a|.)?b', ['x'])).toBeNull();
    // Repeated at least once, an anchored group still anchors the match.
    expect(starts('(?:^a)+b', ['a', 'b'])).toEqual(['a']);
    expect(starts('^(a)\\1|\\1b', ['b'])).toBeNull();
    expect(starts('^Read', ['x'], 'mu')).toBeNull();
    // A word boundary or lookahead asserts no start of line.
    expect(starts('\\bRead', ['x'])).toBeNull();
    expect(starts('(?=R)Read', ['x'])).toBeNull();
    // With the m flag ^ also matches inside the text: no gate, run or bound.
    expect([lineGates(/^Read/mu), requiredRuns(/^Read more/mu), maxMatchWords(/^Read$/mu)]).toEqual([undefined, undefined, undefined]);
  });
});

/** Whether a line passes one alternative's gate: its start (first character) and its required text. */
const passes = (regex: RegExp, gate: AlternativeGate, line: string): boolean =>
  (gate.start === undefined || gate.start.first.test(line[0]!)) && (gate.required === undefined || requiredTextTest(regex, gate.required)!.test(line));

/** Which of `lines` the gates let through; null when any line may match. */
function gated(source: string, lines: string[], flags = 'u'): string[] | null {
  const regex = new RegExp(source, flags);
  const gates = lineGates(regex);
  if (gates === undefined) return null;
  return lines.filter((line) => gates.some((gate) => passes(regex, gate, line)));
}

describe('requiredTextTest', () => {
  it('leaves out plain runs that hold another run, which answer the same', () => {
    expect(requiredTextTest(/x/iu, ['Click here', ' Click here', 'Hier klicken', ' Hier klicken', 'Hier klicken'])!.source).toBe('(?:Click here)|(?:Hier klicken)');
    expect(requiredTextTest(/x/u, [' to you', ' to your inbox'])!.source).toBe('(?: to you)');
    expect(requiredTextTest(/x/u, [' to your inbox', ' to you'])!.source).toBe('(?: to you)');
  });

  it('keeps every run when one is not plain text (its source is not its text)', () => {
    expect(requiredTextTest(/x/u, ['an', '\\nan'])!.source).toBe('(?:an)|(?:\\nan)');
  });
});

describe('lineGates', () => {
  it('requires the longest run of literal text of an unanchored alternative, next to the first characters of anchored ones', () => {
    const newsletter = '(?:^(?:Keep up[^.]{0,40}\\.\\s*)?Newsletters?)|(?:^.{0,60}\\b(?:headlines|news) (?:e-?mailed|delivered) to (?:you|your inbox)[.!]?$)';
    const lines = ['Newsletter', 'keep up', 'Get headlines emailed to you daily.', 'Top news delivered to YOUR INBOX', 'Sent to yo', 'Read more'];
    expect(gated(newsletter, lines, 'iu')).toEqual(['Newsletter', 'keep up', 'Get headlines emailed to you daily.', 'Top news delivered to YOUR INBOX']);
    expect(gated('(?:Advertisement)', ['An advertisement', 'An Advertisement', 'Advert'])).toEqual(['An Advertisement']);
    expect(gated('x\\.y+z', ['ax.yyz', 'axyz', 'x.z'])).toEqual(['ax.yyz', 'x.z']);
  });

  it('requires literal text of an anchored alternative only where its start lets many lines through', () => {
    const disclaimer = '(?:^Please read our terms)|(?:^(?:Note:\\s*)?\\S.{0,40} is not responsible for)';
    expect(gated(disclaimer, ['Please', 'Note: X is not responsible for it', 'Nothing here', 'We are not responsible', 'Site is not responsible for links'])).toEqual([
      'Please',
      'Note: X is not responsible for it',
      'Site is not responsible for links',
    ]);
    expect(lineGates(/^(?:Related|See also)$/u)!.map((gate) => gate.required)).toEqual([undefined]);
    expect(lineGates(/^\w+ comments$/u)!.map((gate) => gate.required)).toEqual([[' comments']]);
    // Ten characters (the digits) are not yet many.
    expect(lineGates(/^\d+ comments$/u)!.map((gate) => gate.required)).toEqual([undefined]);
  });

  it('does not take quantified, optional, back-referenced or class parts for required text', () => {
    expect(gated('(?:ab)?c', ['c', 'ab'])).toEqual(['c']);
    expect(gated('(a)\\1b', ['aab', 'b'])).toEqual(['aab']);
    expect(gated('(?<w>a)\\k<w>', ['aa', 'k'])).toEqual(['aa']);
    expect(gated('(?<word>a)\\k<word>', ['aa', 'k'])).toEqual(['aa']);
    expect(requiredRuns(/(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\10xy/u)).toEqual(['xy']);
    expect(gated('[ab]c*', ['a'])).toBeNull();
    expect(gated('(?:news|)x', ['x'])).toEqual(['x']);
    expect(gated('\\d+ comments', ['3 comments', 'comment'])).toEqual(['3 comments']);
    expect(gated('(?:^a|.*b)', ['x', 'xb', 'xa'])).toEqual(['xb', 'xa']);
    expect(gated('(?:^a|.*)', ['x'])).toBeNull();
  });

  it('reads a lazy quantifier as one quantifier, and a character outside the BMP as one character', () => {
    expect(gated('x+?yz', ['xxyz', 'x?yz'])).toEqual(['xxyz', 'x?yz']);
    expect(starts('^😀 Live', ['😀', '\ud83d', 'L'])).toEqual(['😀']);
    // A character past the surrogates stands alone.
    expect(starts('^！a', ['！', 'a'])).toEqual(['！']);
  });

  it('reads an escaped ] inside a class as part of the class', () => {
    expect(gated('x[\\]a]y', ['x]y', 'xay'])).toEqual(['x]y', 'xay']);
  });

  it('gives up the starts of a pattern that has more than 512 of them, and still lets its lines through', () => {
    const eight = '(?:a|b|c|d|e|f|g|h)';
    expect(gated(`^${eight.repeat(4)}`, ['hhhh', 'abcd', 'xhhh'])).toEqual(['hhhh', 'abcd']);
    expect(startsLetThrough(`^${eight.repeat(4)}`, ['hhhh'], 'firstFour')).toBeNull();
    // 512 starts are still read, whether a row of parts or one choice makes them.
    expect(startsLetThrough(`^${eight.repeat(3)}`, ['abc', 'abx'], 'firstFour')).toEqual(['abc']);
    const pairs = (count: number): string[] => Array.from({ length: count }, (_, index) => `${'abcdefghijklmnopq'[index >> 5]}${'abcdefghijklmnopqrstuvwxyzABCDEF'[index & 31]}`);
    expect(firstTwo(`^(?:${pairs(512).join('|')})`, ['pF', 'pG'])).toEqual(['pF']);
    expect(firstTwo(`^(?:${pairs(513).join('|')})`, ['pF'])).toBeNull();
    expect(gated(`^(?:${pairs(513).join('|')})`, ['qa', 'ra'])).toEqual(['qa']);
  });

  it('reads a counted repeat of any number of digits, and leaves a pattern with a brace that is no count (no u flag) unknown', () => {
    expect(firstTwo('^a{10}', ['aa', 'ab'])).toEqual(['aa']);
    expect(starts('^a{x}b{2}', ['a', 'b'], '')).toBeNull();
  });

  it('takes a syntax character that stands for itself, unescaped without the u flag, for the literal it is in required text', () => {
    expect(gated('a]b', ['x a]b', 'ab'], '')).toEqual(['x a]b']);
  });
});

describe('requiredRuns', () => {
  it('names runs of literal text, one of which every match holds, for anchored alternatives too, or none when an alternative has none', () => {
    expect(requiredRuns(/\(@\w+\)$|^via @\w+ \d{4}$/u)).toEqual(['\\(@', 'via @']);
    expect(requiredRuns(/^Related (?:stories|posts)$/u)).toEqual(['Related stories', 'Related posts']);
    expect(requiredRuns(/\(@\w+\)$|^\d{4}$/u)).toBeUndefined();
    expect(requiredRuns(/(?:ab)?c*/u)).toBeUndefined();
    // A choice that may match nothing is no required text.
    expect(requiredRuns(/(?:news|)\d/u)).toBeUndefined();
    // A part repeated at least once holds its text.
    expect(requiredRuns(/(?:Read more)+\d/u)).toEqual(['Read more']);
  });

  it('grows a run of literal choices up to 32 strings, then starts a new run', () => {
    const choices = (count: number): RegExp => new RegExp(Array.from({ length: count }, (_, index) => `(?:${'acegikm'[index]}|${'bdfhjln'[index]})`).join(''), 'u');
    const lengths = (runs: string[] | undefined): number[] | undefined => runs && [...new Set(runs.map((run) => run.length))];
    expect([requiredRuns(choices(5))?.length, lengths(requiredRuns(choices(5)))]).toEqual([32, [5]]);
    expect([requiredRuns(choices(6))?.length, lengths(requiredRuns(choices(6)))]).toEqual([32, [5]]);
  });
});

/** Which of `starts` some alternative's test of that many characters lets through; null when one is not known. */
function startsLetThrough(source: string, starts: string[], test: 'firstTwo' | 'firstFour', flags = 'u'): string[] | null {
  const tests = lineGates(new RegExp(source, flags))?.map((gate) => gate.start?.[test]);
  if (tests === undefined || tests.some((known) => known === undefined)) return null;
  return starts.filter((start) => tests.some((known) => known!.test(start)));
}

const firstTwo = (source: string, starts: string[], flags = 'u'): string[] | null => startsLetThrough(source, starts, 'firstTwo', flags);

describe('lineGates firstTwo', () => {
  it('reads the first two characters of anchored literals, optional prefixes, repeats and one-character matches', () => {
    expect(firstTwo('^(?:Read more|READ)$', ['Re', 'RE', 'Rx', 're'])).toEqual(['Re', 'RE']);
    expect(firstTwo('^(?:[*•-]\\s*)?(?:Home|Start)', ['* ', '*H', '-S', '*x', 'Ho', 'St', 'Hx', 'Sx'])).toEqual(['* ', '*H', '-S', 'Ho', 'St']);
    expect(firstTwo('^\\d{4}-', ['12', '1x'])).toEqual(['12']);
    expect(firstTwo('^a?b', ['ab', 'bx', 'ax', 'xb'])).toEqual(['ab', 'bx']);
    expect(firstTwo('^(?:ab)+c', ['ab', 'ac', 'cx'])).toEqual(['ab']);
    expect(firstTwo('^\\*', ['*x', '**', 'x*'])).toEqual(['*x', '**']);
    expect(firstTwo('^a$|^bc', ['ax', 'bc', 'bx'])).toEqual(['ax', 'bc']);
    expect(firstTwo('^(?=Tag)\\b\\w+:', ['Ta', 'x:', ':x'])).toEqual(['Ta', 'x:']);
    expect(firstTwo('^a\\Bb', ['ab', 'ax'])).toEqual(['ab']);
    expect(firstTwo('^a+?b', ['ab', 'aa', 'a+', 'a?'])).toEqual(['ab', 'aa']);
  });

  it('follows the pattern\'s case folding', () => {
    expect(firstTwo('^kelvin', ['ke', 'KE', '\u212ae', 'kx'], 'iu')).toEqual(['ke', 'KE', '\u212ae']);
  });

  it('answers a start outside ASCII by its regular expressions, one of ASCII characters by its tables', () => {
    const [{ start }] = lineGates(/^kelvin/iu)! as [AlternativeGate];
    expect(start!.ascii!.table).toEqual({ first: 'Kk', firstTwo: [['Kk', 'Ee']], firstFour: [['Kk', 'Ee', 'Ll', 'Vv']] });
    expect(['\u212a', '\u212ae', '\u212aelv', 'KeLv', 'kelx'].map((text) => startAllows(start!, text, text.length > 2))).toEqual([true, true, true, true, false]);
  });

  it('reads up to four characters, and all of a shorter match', () => {
    const firstFour = (source: string, starts: string[]): string[] | null => startsLetThrough(source, starts, 'firstFour');
    expect(firstFour('^(?:[*•-]\\s*)?(?:Home|Start)', ['* Ho', '*  H', '* Te', 'Home', 'Hone', 'Star', '*Sta', '*Stx'])).toEqual(['* Ho', '*  H', 'Home', 'Star', '*Sta']);
    expect(firstFour('^(?:ab|c)$', ['ab', 'c', 'cx', 'abx', 'ax'])).toEqual(['ab', 'c', 'cx', 'abx']);
    expect(firstFour('^a{2,}b', ['aaaa', 'aab', 'ab'])).toEqual(['aaaa', 'aab']);
  });

  it('repeats an optional or bounded part no more often than it may match', () => {
    const firstFour = (source: string, starts: string[]): string[] | null => startsLetThrough(source, starts, 'firstFour');
    expect(firstFour('^a?b', ['ab', 'bx', 'aab'])).toEqual(['ab', 'bx']);
    expect(firstFour('^a{0,2}b', ['b', 'aab', 'aaab'])).toEqual(['b', 'aab']);
    expect(firstFour('^a{1,}b', ['ab', 'aaab'])).toEqual(['ab', 'aaab']);
    expect(firstFour('^(?:«|<<?)?\\s*(?:Next|Prev)', ['Next', '« Ne', '<<Pr', '«««N', 'Post'])).toEqual(['Next', '« Ne', '<<Pr']);
  });

  it('is unknown where a second character may be any', () => {
    expect(firstTwo('^a.b', ['ax'])).toBeNull();
    expect(firstTwo('^a[^b]', ['ax'])).toBeNull();
    expect(firstTwo('^(a)\\1', ['aa'])).toBeNull();
    expect(firstTwo('Read', ['Re'])).toBeNull();
  });

  it('stays unknown where a second character may be any, however many character sets other patterns named before', () => {
    lineGates(new RegExp(`^(?:${Array.from({ length: 200 }, (_, index) => String.fromCharCode(0x4e00 + index)).join('|')})`, 'u'));
    expect(firstTwo('^a.b', ['ax'])).toBeNull();
    expect(firstTwo('^a?b.c', ['ab'])).toBeNull();
    expect(firstTwo('^a(?:b|.)c', ['ab'])).toBeNull();
    expect(firstTwo('^a.?b', ['ab'])).toBeNull();
  });
});

describe('storeGates and restoreGates', () => {
  /** A pattern's gates, stored as JSON and read back. */
  const roundTrip = (regex: RegExp): { stored: StoredGates; restored: AlternativeGate[] | undefined } => {
    const stored = JSON.parse(JSON.stringify(storeGates(lineGates(regex), regex))) as StoredGates;
    return { stored, restored: restoreGates(stored) };
  };
  const byRegex = (gate: AlternativeGate | undefined) => gate?.start && { ...gate.start, ascii: undefined };

  it('give back gates that answer every start, by table and by regular expression, and name the same required text', () => {
    const lines = ['kelvin', 'KELVIN', '\u212aelvin', 'kelp', 'k', 'ke', 'Kx', '3 comments', 'x comments', 'no', 'Newsletter', 'news', '😀 Live', '😀 Dead', '😀', 'x'];
    for (const regex of [/^kelvin$/iu, /^\w+ comments$/u, /(?:^News)|(?:\d+ comments)/u, /^😀 Live/u, /^(?:ke|x)/u, /^k/u]) {
      const gates = lineGates(regex)!;
      const { restored } = roundTrip(regex);
      expect(restored!.map((gate) => gate.required), String(regex)).toEqual(gates.map((gate) => gate.required));
      expect(restored!.map((gate) => gate.start?.ascii?.table), String(regex)).toEqual(gates.map((gate) => gate.start?.ascii?.table));
      gates.forEach((gate, index) => {
        const back = restored![index]!;
        expect(back.start === undefined, String(regex)).toBe(gate.start === undefined);
        for (const [cut, whole] of lines.flatMap((line) => [[line.slice(0, 1), false], [line.slice(0, 2), false], [line.slice(0, 4), true]] as const)) {
          if (gate.start === undefined) continue;
          expect(startAllows(back.start!, cut, whole), `${String(regex)} ${cut}`).toBe(startAllows(gate.start, cut, whole));
          expect(startAllows(byRegex(back)!, cut, whole), `${String(regex)} ${cut}`).toBe(startAllows(byRegex(gate)!, cut, whole));
        }
      });
    }
  });

  it('store the pattern\'s flags but g and y, a start\'s finer tests only where it has them, and the word bound only where there is one', () => {
    const { stored, restored } = roundTrip(/^k$/giu);
    expect(stored).toEqual({ flags: 'iu', gates: [{ start: { first: '^[k]', firstTwo: '^(?:[k])', firstFour: '^(?:[k])', ascii: { first: 'Kk', firstTwo: [['Kk']], firstFour: [['Kk']] } } }], maxWords: 1 });
    expect(restored![0]!.start!.first.flags).toBe('iu');
    // The start of `^a.` past its first character is not known: no finer tests, no table of them (and its text is required).
    expect(roundTrip(/^a./u).stored).toEqual({ flags: 'u', gates: [{ start: { first: '^[a]', ascii: { first: 'a' } }, required: ['a'] }] });
    expect(roundTrip(/^a./u).restored).toEqual([{ start: { first: /^[a]/u, firstTwo: undefined, firstFour: undefined, ascii: expect.anything() }, required: ['a'] }]);
    expect(roundTrip(/\d+ comments/u)).toEqual({ stored: { flags: 'u', gates: [{ required: [' comments'] }] }, restored: [{ start: undefined, required: [' comments'] }] });
    expect(roundTrip(/a*b?/u)).toEqual({ stored: { flags: 'u', gates: null }, restored: undefined });
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

describe('maxMatchWords', () => {
  it('is 1 for a pattern anchored at both ends that consumes no white space, lookarounds aside', () => {
    expect(maxMatchWords(/^[\w-]+\.(?:jpe?g|png)$/iu)).toBe(1);
    expect(maxMatchWords(/(?:^(?=.*\d)[a-z]+$)|(?:^(?:Comment|Reply)$)/u)).toBe(1);
    expect(maxMatchWords(/^\S+(?:$|(?:x|y)$)/u)).toBe(1);
  });

  it('is unknown where a match may hold white space or need not reach both ends', () => {
    for (const regex of [/^ab/u, /^(?:a$|b)/u, /^[\w ]+$/u, /^a\s?b$/u, /^a.b$/u, /^[^x]+$/u, /^\W$/u, /^[\p{Z}]$/u, /^a\u00a0b$/u, /^\S+/u, /\S+$/u, /^a$|b/u, /^a(?:$)?/u, /^(a)\1$/u, /^a(?=$)/u]) {
      expect(maxMatchWords(regex), String(regex)).toBeUndefined();
    }
  });
});

describe('lineGates on generated patterns', () => {
  /** Small patterns from the syntax the reader follows: literals, classes, escapes, groups, alternation, quantifiers, anchors. */
  const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'A', ' ', '\\*', '-', '\\d', '\\s', '\\w', '[ab]', '[-a]', '[^a]', '.', '\\b', '$') },
      { weight: 1, arbitrary: tie('alternation').map((inner) => `(?:${inner as string})`) },
    ),
    term: fc.tuple(tie('atom'), fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,2}')).map(([atom, quantifier]) => `${atom as string}${quantifier}`),
    sequence: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((terms) => (terms as string[]).join('')),
    alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((sequences) => (sequences as string[]).join('|')),
  })).alternation;
  const anchored = fc.array(pattern, { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.map((alternative) => `^(?:${alternative})`).join('|'));
  /** Checks `check` on generated patterns (both flag sets) and lines made of `units`, for each pattern that compiles. */
  const onGenerated = (patterns: fc.Arbitrary<string>, units: string[], check: (regex: RegExp, source: string, lines: string[]) => void): void =>
    fc.assert(
      fc.property(patterns, fc.constantFrom('u', 'iu'), fc.array(fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 20 }), (source, flags, lines) => {
        const regex = compiles(source, flags);
        fc.pre(regex !== undefined);
        check(regex, source, lines);
      }),
      { numRuns: NUM_RUNS },
    );

  it('let through every line the pattern matches, by its start and its required text', () => {
    onGenerated(anchored, ['a', 'b', 'A', 'B', ' ', '*', '-', '1', 'x'], (regex, source, lines) => {
      const gates = lineGates(regex);
      if (gates === undefined) return;
      const startPasses = (gate: AlternativeGate, line: string): boolean =>
        gate.start === undefined || (gate.start.first.test(line[0]!) && gate.start.firstTwo?.test(line.slice(0, 2)) !== false && gate.start.firstFour?.test(line.slice(0, 4)) !== false);
      for (const line of lines.filter((text) => regex.test(text))) {
        const passed = gates.some((gate) => startPasses(gate, line) && (gate.required === undefined || requiredTextTest(regex, gate.required)!.test(line)));
        expect(passed, `${source} ${line}`).toBe(true);
      }
    });
  });

  it('name runs one of which every line the pattern matches holds, where they name any (requiredRuns)', () => {
    onGenerated(pattern, ['a', 'b', 'A', 'B', ' ', '*', '-', '1', 'x'], (regex, source, lines) => {
      const runs = requiredRuns(regex);
      if (runs === undefined) return;
      for (const line of lines.filter((text) => regex.test(text))) expect(requiredTextTest(regex, runs)!.test(line), `${source} ${line}`).toBe(true);
    });
  });

  it('answer for a start of ASCII characters by table as their regular expressions answer', () => {
    onGenerated(anchored, ['a', 'b', 'A', 'B', ' ', '*', '-', '1', 'x'], (regex, source, lines) => {
      for (const start of lineGates(regex)?.flatMap((gate) => (gate.start === undefined ? [] : [gate.start])) ?? []) {
        expect(start.ascii, source).toBeDefined();
        const byRegex = { ...start, ascii: undefined };
        for (const line of lines) {
          for (const [cut, whole] of [[line.slice(0, 1), false], [line.slice(0, 2), false], [line.slice(0, 4), true]] as const) {
            expect(startAllows(start, cut, whole), `${source} ${cut} ${whole}`).toBe(startAllows(byRegex, cut, whole));
          }
        }
      }
    });
  });

  it('bound the words of every line the pattern matches, where maxMatchWords sets a bound', () => {
    const bothEnds = pattern.map((alternative) => `^(?:${alternative})$`);
    onGenerated(bothEnds, ['a', 'b', 'A', ' ', '\t', '\u00a0', '*', '-', '1'], (regex, source, lines) => {
      const bound = maxMatchWords(regex);
      if (bound === undefined) return;
      for (const line of lines.filter((text) => regex.test(text.trim()))) expect(countWords(line.trim()), `${source} ${JSON.stringify(line)}`).toBeLessThanOrEqual(bound);
    });
  });
});
