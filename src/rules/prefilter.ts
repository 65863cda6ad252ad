import { lineGates, requiredTextTest, START_LENGTH, type StartTests } from './first-char.js';
import type { PatternRule } from './compile.js';

/**
 * Picks, with a table lookup or two, the pattern rules that could match a line, alternative by
 * alternative of each rule's own pattern (so it holds for any rule set): one anchored at the start
 * can only match a line whose first characters (up to four) it may begin with; one that may match
 * anywhere, or whose start is a broad class (`\S.{0,40} is not responsible`), is offered with the
 * literal text every match of it contains, a cheaper test than the rule; a rule with an
 * alternative that has neither is a candidate for every line.
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
  const gates = rules.map((rule) => lineGates(rule.regex));
  const always: Candidate[] = rules.map((rule) => ({ rule, requires: undefined }));
  /** The candidate that must find one of `required` first, one per rule and list of literal runs. */
  const requiring = new Map<string, { candidate: Candidate; key: string }>();
  const requiringCandidate = (index: number, required: string[]): { candidate: Candidate; key: string } => {
    const id = `${index}\u0000${required.join('\u0000')}`;
    let found = requiring.get(id);
    if (found === undefined) {
      const rule = rules[index]!;
      const requires = requiredTextTest(rule.regex, required);
      found = requires === undefined ? { candidate: always[index]!, key: `${index},` } : { candidate: { rule, requires }, key: `${index}?${requiring.size},` };
      requiring.set(id, found);
    }
    return found;
  };
  /** One array per distinct list of candidates, however many line starts share it. */
  const lists = new Map<string, Candidate[]>();
  /**
   * The candidates for lines that start with `start`: their first character, or first two, or
   * (`whole`) their first START_LENGTH characters or all of a shorter line. A rule is offered
   * as it is when one of the alternatives this start allows needs no text; when each of them
   * does, it is offered with the test for that text.
   */
  const candidatesStartingWith = (start: string, whole: boolean): Candidate[] => {
    const found: Candidate[] = [];
    let key = '';
    gates.forEach((ruleGates, index) => {
      const open = ruleGates?.filter((gate) => gate.start === undefined || startAllows(gate.start, start, whole));
      if (open?.length === 0) return;
      if (open === undefined || open.some((gate) => gate.required === undefined)) {
        found.push(always[index]!);
        key += `${index},`;
        return;
      }
      const requiring = requiringCandidate(index, open.flatMap((gate) => gate.required!));
      found.push(requiring.candidate);
      key += requiring.key;
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

/** Whether a line starting with `start` (see candidatesStartingWith) may match an alternative with these start tests. */
const startAllows = (tests: StartTests, start: string, whole: boolean): boolean =>
  tests.first.test(start) && (start.length < 2 || tests.firstTwo?.test(start) !== false) && (!whole || tests.firstFour?.test(start) !== false);
