import { BoilerstripError } from '../../src/errors.js';
import { compileRuleSet, type CompileOptions, type RuleSet } from '../../src/rules/compile.js';
import { parseRulePack } from '../../src/rules/load.js';

/** Compiles rules written inline as YAML, as a user's rule file would hold them. */
export function rulesFromYaml(yaml: string, file = 'inline.yaml', options: CompileOptions = {}): RuleSet {
  return compileRuleSet([parseRulePack(yaml, file)], options);
}

/** The error a rule file is refused with; fails the test if it is accepted. */
export function ruleRefusal(yaml: string, file = 'inline.yaml', options: CompileOptions = {}): BoilerstripError {
  try {
    rulesFromYaml(yaml, file, options);
  } catch (error) {
    if (error instanceof BoilerstripError) return error;
    throw error;
  }
  throw new Error('expected the rule file to be refused');
}

/**
 * The rules that match `text` but that the prefilter did not offer for it (or offered with a
 * required text the line lacks): none, when the prefilter agrees with the rules.
 */
export function rulesPrefilterMissed(rules: RuleSet, text: string): string[] {
  const offered = rules.prefilter.candidates(text).filter(({ requires }) => requires?.test(text) ?? true).map(({ rule }) => rule);
  return rules.patterns.filter((rule) => rule.find(text) !== undefined && !offered.includes(rule)).map((rule) => rule.id);
}
