import { describe, expect, it } from 'vitest';
import { AsciiStarts } from '../../src/rules/ascii-starts.js';

describe('AsciiStarts', () => {
  // Starts of "Re", "RE" and "re" (one case-insensitive "Read more" and "Recent" would give more), of "x" alone, and of "ab" then a digit.
  const starts = new AsciiStarts({
    first: 'Rrxa',
    firstTwo: [['Rr', 'Ee'], ['x'], ['a', 'b']],
    firstFour: [['Rr', 'Ee', 'Aa', 'Dd'], ['Rr', 'Ee', 'Cc'], ['x'], ['a', 'b', '0123456789']],
  });

  it('tests the first character alone, and the first two, for a start that is not all of a line\'s first four', () => {
    expect(['R', 'r', 'x', 'a', 'b', '~', '\u007f', '\u0000'].filter((start) => starts.allows(start, false))).toEqual(['R', 'r', 'x', 'a']);
    expect(['Re', 'rE', 'xy', 'x ', 'ab', 'Rx', 'ax', 'ba'].filter((start) => starts.allows(start, false))).toEqual(['Re', 'rE', 'xy', 'x ', 'ab']);
  });

  it('tests every position of the four-character starts for a whole start, and a start longer than a shorter line never fits it', () => {
    expect(['Read', 'REAd', 'Reci', 'Rec', 'Re', 'Rea', 'Ream', 'xyzw', 'x', 'ab7c', 'ab7', 'abc', 'ab'].filter((start) => starts.allows(start, true))).toEqual(['Read', 'REAd', 'Reci', 'Rec', 'xyzw', 'x', 'ab7c', 'ab7']);
  });

  it('fits a one-character start only to one-character starts, whatever was asked before', () => {
    expect(['x', 'R', 'a', 'x'].map((start) => starts.allows(start, true))).toEqual([true, false, false, true]);
  });

  it('answers the same for a pair asked again (remembered) and for characters in each of the four words of a mask', () => {
    const wide = new AsciiStarts({ first: '\u0001A`\u007f', firstTwo: [['\u0001A`\u007f', ' ?']], firstFour: [['\u0001A`\u007f', ' ?', '_', '~']] });
    for (let round = 0; round < 2; round++) {
      expect(['\u0001 _~', 'A?_~', '`?_~', '\u007f _~', 'B _~', 'A!_~', 'A _}'].map((start) => wide.allows(start, true))).toEqual([true, true, true, true, false, false, false]);
    }
  });

  it('leaves a test out where the table has none: any second character, or any start after the first two', () => {
    const firstOnly = new AsciiStarts({ first: 'Q' });
    expect(['Qz', 'Qzzz', 'Z'].map((start) => [firstOnly.allows(start, false), firstOnly.allows(start, true)])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});
