import type { PatternRule } from './compile.js';

/**
 * One cheap test that rejects most lines before any rule runs: the rules' own regular
 * expressions joined into one alternation per flag set, so a line that no rule could match costs
 * one regex scan instead of one per rule. Derived from the compiled rules, so it holds for any
 * rule set; a rule that cannot be joined safely (back-references and named groups would be
 * renumbered or clash) is tested on its own.
 */
export interface LinePrefilter {
  /** No rule can fire on a line with more words than this (their word guards). */
  maxWords: number;
  /** No rule can fire on a line longer than this, in UTF-16 code units (their length guards). */
  maxChars: number;
  /** False only when no rule's pattern matches the text anywhere. */
  mayMatch(text: string): boolean;
}

/** `\1`, `\k<name>` or `(?<name>`: meaningful only inside the rule's own expression. */
const GROUP_REFERENCES = /\\[1-9]|\\k<|\(\?<(?![=!])/;

export function compilePrefilter(rules: readonly PatternRule[]): LinePrefilter {
  const tests: RegExp[] = [];
  const joinable = new Map<string, string[]>();
  for (const { regex } of rules) {
    if (GROUP_REFERENCES.test(regex.source)) tests.push(regex);
    else joinable.set(regex.flags, [...(joinable.get(regex.flags) ?? []), `(?:${regex.source})`]);
  }
  for (const [flags, sources] of joinable) tests.push(new RegExp(sources.join('|'), flags));
  return {
    maxWords: Math.max(0, ...rules.map((rule) => rule.maxWords)),
    maxChars: Math.max(0, ...rules.map((rule) => rule.maxChars)),
    mayMatch: (text) => tests.some((test) => test.test(text)),
  };
}
