import { lineGates, maxMatchWords, requiredTextTest, restoreGates, START_LENGTH, startAllows, type AlternativeGate } from './first-char.js';
import type { PatternRule } from './compile.js';
import { precompiledGates } from './precompiled.js';

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

/** A candidate as the prefilter keeps it: its rule's index, and its part of the key of a list it is in. */
interface OfferedCandidate extends Candidate {
  index: number;
  listKey: string;
}

/** Gates at these first positions of a rule are named by bits of a number (see candidateFor). */
const GATE_BITS = 30;

/** First characters outside ASCII are looked up once and remembered, up to this many. */
const MAX_REMEMBERED = 4096;
/** ASCII line starts (first START_LENGTH characters) remembered, up to this many; past it the first two decide. */
const MAX_REMEMBERED_STARTS = 1 << 14;

export function compilePrefilter(rules: readonly PatternRule[]): LinePrefilter {
  const gates = rules.map((rule) => gatesOf(rule.regex));
  /** Whether some alternative of the rule has a test of four characters, finer than one of two. */
  const refinable = gates.map((ruleGates) => ruleGates?.some((gate) => gate.start?.firstFour !== undefined) === true);
  const always: OfferedCandidate[] = rules.map((rule, index) => ({ rule, requires: undefined, index, listKey: `${index},` }));
  /** The candidate that must find the text of some alternatives first, by rule and those alternatives (see candidateFor). */
  const requiring = new Map<number | string, OfferedCandidate>();
  const requiringCandidate = (index: number, open: readonly AlternativeGate[], id: number | string): OfferedCandidate => {
    let candidate = requiring.get(id);
    if (candidate === undefined) {
      const rule = rules[index]!;
      const requires = requiredTextTest(rule.regex, open.flatMap((gate) => gate.required!));
      candidate = requires === undefined ? always[index]! : { rule, requires, index, listKey: `${index}?${requiring.size},` };
      requiring.set(id, candidate);
    }
    return candidate;
  };
  /** One array per distinct list of candidates, however many line starts share it. */
  const lists = new Map<string, OfferedCandidate[]>();
  /**
   * The candidates for lines that start with `start`: their first character, or first two, or
   * (`whole`) their first START_LENGTH characters or all of a shorter line, among those for a
   * shorter start. A rule is offered as it is when one of the alternatives this start allows
   * needs no text; when each of them does, it is offered with the test for that text.
   */
  const candidatesStartingWith = (start: string, whole: boolean, among: readonly OfferedCandidate[] = always): OfferedCandidate[] => {
    const found: OfferedCandidate[] = [];
    let key = '';
    for (const candidate of among) {
      // Two characters decided it as four would: the same candidate.
      const offered = whole && !refinable[candidate.index] ? candidate : candidateFor(candidate.index, start, whole);
      if (offered === undefined) continue;
      found.push(offered);
      key += offered.listKey;
    }
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = found));
    return list;
  };
  /**
   * A rule's candidate for lines starting with `start` (see candidatesStartingWith): as it is when
   * an alternative this start allows needs no text, with the test for their text when each of
   * them does, none when the start allows none of them.
   */
  const candidateFor = (index: number, start: string, whole: boolean): OfferedCandidate | undefined => {
    const ruleGates = gates[index];
    if (ruleGates === undefined) return always[index];
    let open: AlternativeGate[] | undefined;
    /** The open gates' positions: bits of a number past the rule's index while they fit, then text. */
    let id: number | string = index * 2 ** GATE_BITS;
    for (let position = 0; position < ruleGates.length; position++) {
      const gate = ruleGates[position]!;
      if (gate.start !== undefined && !startAllows(gate.start, start, whole)) continue;
      if (gate.required === undefined) return always[index];
      (open ??= []).push(gate);
      id = typeof id === 'number' && position < GATE_BITS ? id + 2 ** position : `${id},${position}`;
    }
    return open === undefined ? undefined : requiringCandidate(index, open, id);
  };
  const ascii = Array.from({ length: 0x80 }, (_, code) => candidatesStartingWith(String.fromCharCode(code), false));
  /** By the first two characters when both are ASCII (code * 128 + next), filled as lines come. */
  const asciiPairs: (OfferedCandidate[] | undefined)[] = new Array(0x80 * 0x80);
  /** Whether four characters may offer fewer rules than two, for the lists of asciiPairs. */
  const refinableLists = new Set<OfferedCandidate[]>();
  const pairCandidates = (text: string): OfferedCandidate[] => {
    const list = candidatesStartingWith(text.slice(0, 2), false);
    if (list.some((candidate) => refinable[candidate.index])) refinableLists.add(list);
    return list;
  };
  /** By asciiStartKey, filled as lines come. */
  const asciiStarts = new Map<number, OfferedCandidate[]>();
  const others = new Map<number, OfferedCandidate[]>();
  return {
    candidates(text) {
      const code = text.codePointAt(0);
      if (code === undefined) return always;
      if (code < 0x80) {
        const next = text.length > 1 ? text.charCodeAt(1) : 0x80;
        if (next >= 0x80) return ascii[code]!;
        const byPair = (asciiPairs[code * 0x80 + next] ??= pairCandidates(text));
        const key = refinableLists.has(byPair) ? asciiStartKey(text) : -1;
        if (key < 0) return byPair;
        let found = asciiStarts.get(key);
        if (found === undefined) {
          if (asciiStarts.size >= MAX_REMEMBERED_STARTS) return byPair;
          // A rule its first two characters rule out cannot match its first four.
          asciiStarts.set(key, (found = candidatesStartingWith(text.slice(0, START_LENGTH), true, byPair)));
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

/** A pattern's gates: as the build stored them for a default pattern, else read from its source. */
function gatesOf(regex: RegExp): AlternativeGate[] | undefined {
  const stored = precompiledGates(regex);
  return stored === undefined ? lineGates(regex) : restoreGates(stored);
}

/** maxMatchWords() of a pattern: as the build stored it for a default pattern, else read from its source. */
export function patternMaxWords(regex: RegExp): number | undefined {
  const stored = precompiledGates(regex);
  return stored === undefined ? maxMatchWords(regex) : stored.maxWords;
}

/**
 * A number for a line's first START_LENGTH characters (all of a shorter line) when they are
 * ASCII, seven bits each, as for a line whose first two are; -1 otherwise. A line shorter than
 * START_LENGTH is a start of its own, kept apart from the longer lines it begins by a high bit.
 */
function asciiStartKey(text: string): number {
  const length = Math.min(text.length, START_LENGTH);
  let key = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return -1;
    key = key * 0x80 + code;
  }
  return key + (START_LENGTH - length) * SHORT_START;
}

const SHORT_START = 2 ** (7 * START_LENGTH);
