import { compileRuleSet, type RuleSet } from '../../src/rules/compile.js';
import { parseRulePack } from '../../src/rules/load.js';

/** Compiles rules written inline as YAML, as a user's rule file would hold them. */
export function rulesFromYaml(yaml: string, file = 'inline.yaml'): RuleSet {
  return compileRuleSet([parseRulePack(yaml, file)]);
}
