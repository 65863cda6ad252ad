import { lineGate } from './first-char.js';
import type { PatternRule } from './compile.js';

/**
 * Picks, with one table lookup, the pattern rules that could match a line: a rule anchored at the
 * start can only match a line whose first two characters (or first character) it may begin with
 * (read from the rule's own pattern, so it holds for any rule set); a rule that may match anywhere
 * is offered with the literal text every match of it contains, a cheaper test than the rule; other
 * rules are candidates for every line.
 */
export interface LinePrefilter {
  /** The rules, in rule order, that may match this (trimmed, non-empty) text. */
  candidates(text: string): readonly Candidate[];
}

export interface Candidate {
  rule: PatternRule;
  /** When set, the rule can only match text this finds. */
  requires: RegExp | undefined;
}

/** First characters outside ASCII are looked up once and remembered, up to this many. */
const MAX_REMEMBERED = 4096;

export function compilePrefilter(rules: readonly PatternRule[]): LinePrefilter {
  const gates = rules.map((rule) => lineGate(rule.regex));
  const always: Candidate[] = rules.map((rule) => ({ rule, requires: undefined }));
  /** The candidates for lines that start with `start`: one character, or two when both are ASCII. */
  const candidatesStartingWith = (start: string): Candidate[] =>
    rules.flatMap((rule, index): Candidate[] => {
      const gate = gates[index];
      if (gate === undefined || (gate.first?.test(start) === true && (start.length === 1 || gate.firstTwo?.test(start) !== false))) return [always[index]!];
      return gate.requires === undefined ? [] : [{ rule, requires: gate.requires }];
    });
  const ascii = Array.from({ length: 0x80 }, (_, code) => candidatesStartingWith(String.fromCharCode(code)));
  /** By the first two characters when both are ASCII (code * 128 + next), filled as lines come. */
  const asciiPairs: (Candidate[] | undefined)[] = new Array(0x80 * 0x80);
  const others = new Map<number, Candidate[]>();
  return {
    candidates(text) {
      const code = text.codePointAt(0);
      if (code === undefined) return always;
      if (code < 0x80) {
        const next = text.length > 1 ? text.charCodeAt(1) : 0x80;
        if (next >= 0x80) return ascii[code]!;
        return (asciiPairs[code * 0x80 + next] ??= candidatesStartingWith(text.slice(0, 2)));
      }
      let found = others.get(code);
      if (found === undefined) {
        found = candidatesStartingWith(String.fromCodePoint(code));
        if (others.size < MAX_REMEMBERED) others.set(code, found);
      }
      return found;
    },
  };
}
