import { lineGate, START_LENGTH } from './first-char.js';
import type { PatternRule } from './compile.js';

/**
 * Picks, with a table lookup or two, the pattern rules that could match a line: a rule anchored at
 * the start can only match a line whose first characters (up to four) it may begin with
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
/** ASCII line starts (first START_LENGTH characters) remembered, up to this many; past it the first two decide. */
const MAX_REMEMBERED_STARTS = 1 << 14;

export function compilePrefilter(rules: readonly PatternRule[]): LinePrefilter {
  const gates = rules.map((rule) => lineGate(rule.regex));
  const always: Candidate[] = rules.map((rule) => ({ rule, requires: undefined }));
  const requiring = rules.map((rule, index): Candidate | undefined => {
    const requires = gates[index]?.requires;
    return requires === undefined ? undefined : { rule, requires };
  });
  /** One array per distinct list of candidates, however many line starts share it. */
  const lists = new Map<string, Candidate[]>();
  /**
   * The candidates for lines that start with `start`: their first character, or first two, or
   * (`whole`) their first START_LENGTH characters or all of a shorter line.
   */
  const candidatesStartingWith = (start: string, whole: boolean): Candidate[] => {
    const found: Candidate[] = [];
    let key = '';
    rules.forEach((_, index) => {
      const gate = gates[index];
      const offered = gate === undefined || (gate.first?.test(start) === true && (start.length < 2 || gate.firstTwo?.test(start) !== false) && (!whole || gate.firstFour?.test(start) !== false));
      const candidate = offered ? always[index] : requiring[index];
      if (candidate === undefined) return;
      found.push(candidate);
      key += offered ? `${index},` : `${index}?,`;
    });
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = found));
    return list;
  };
  const ascii = Array.from({ length: 0x80 }, (_, code) => candidatesStartingWith(String.fromCharCode(code), false));
  /** By the first two characters when both are ASCII (code * 128 + next), filled as lines come. */
  const asciiPairs: (Candidate[] | undefined)[] = new Array(0x80 * 0x80);
  const asciiStarts = new Map<string, Candidate[]>();
  const others = new Map<number, Candidate[]>();
  return {
    candidates(text) {
      const code = text.codePointAt(0);
      if (code === undefined) return always;
      if (code < 0x80) {
        const next = text.length > 1 ? text.charCodeAt(1) : 0x80;
        if (next >= 0x80) return ascii[code]!;
        const byPair = (asciiPairs[code * 0x80 + next] ??= candidatesStartingWith(text.slice(0, 2), false));
        const start = byPair.length === 0 ? undefined : asciiStart(text);
        if (start === undefined) return byPair;
        let found = asciiStarts.get(start);
        if (found === undefined) {
          if (asciiStarts.size >= MAX_REMEMBERED_STARTS) return byPair;
          asciiStarts.set(start, (found = candidatesStartingWith(start, true)));
        }
        return found;
      }
      let found = others.get(code);
      if (found === undefined) {
        found = candidatesStartingWith(String.fromCodePoint(code), false);
        if (others.size < MAX_REMEMBERED) others.set(code, found);
      }
      return found;
    },
  };
}

/** A line's first START_LENGTH characters (all of a shorter line) when they are ASCII, as a line whose first two are. */
function asciiStart(text: string): string | undefined {
  const length = Math.min(text.length, START_LENGTH);
  for (let index = 2; index < length; index++) if (text.charCodeAt(index) >= 0x80) return undefined;
  return text.length === length ? text : text.slice(0, length);
}
