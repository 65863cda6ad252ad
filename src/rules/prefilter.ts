import { firstCharacterTest } from './first-char.js';
import type { PatternRule } from './compile.js';

/**
 * Picks, with one table lookup, the pattern rules that could match a line: a rule anchored at the
 * start can only match a line whose first character it may begin with (read from the rule's own
 * pattern, so it holds for any rule set); rules without such a set are candidates for every line.
 */
export interface LinePrefilter {
  /** The rules, in rule order, that may match this (trimmed, non-empty) text. */
  candidates(text: string): readonly PatternRule[];
}

/** First characters outside ASCII are looked up once and remembered, up to this many. */
const MAX_REMEMBERED = 4096;

export function compilePrefilter(rules: readonly PatternRule[]): LinePrefilter {
  const tests = rules.map((rule) => firstCharacterTest(rule.regex));
  const rulesStartingWith = (char: string): PatternRule[] => rules.filter((_, index) => tests[index]?.test(char) ?? true);
  const ascii = Array.from({ length: 0x80 }, (_, code) => rulesStartingWith(String.fromCharCode(code)));
  const others = new Map<number, PatternRule[]>();
  return {
    candidates(text) {
      const code = text.codePointAt(0);
      if (code === undefined) return rules;
      if (code < 0x80) return ascii[code]!;
      let found = others.get(code);
      if (found === undefined) {
        found = rulesStartingWith(String.fromCodePoint(code));
        if (others.size < MAX_REMEMBERED) others.set(code, found);
      }
      return found;
    },
  };
}
