import { describe, expect, it } from 'vitest';
import { compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, strip, type RulePack } from '../../src/index.js';

const packs = loadRuleFiles([DEFAULT_RULES_DIR]);
const cases = packs.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule, label: `${pack.name}/${rule.id}` })));

/** Each example is a small document run through the engine with only its own rule enabled. */
function removedBy(pack: RulePack, ruleId: string, example: string): number {
  const rules = compileRuleSet([{ ...pack, rules: pack.rules.filter((rule) => rule.id === ruleId) }]);
  return strip(example, { rules }).removals.filter((removal) => removal.ruleId === ruleId).length;
}

describe('every default rule passes its own examples', () => {
  it.each(cases)('$label', ({ pack, rule }) => {
    expect(rule.examples.drop.length + rule.examples.keep.length, 'a rule needs examples').toBeGreaterThan(0);
    expect(rule.examples.drop.length, 'a rule needs at least one drop example').toBeGreaterThan(0);
    for (const example of rule.examples.drop) expect(removedBy(pack, rule.id, example), `should act on: ${example}`).toBeGreaterThan(0);
    for (const example of rule.examples.keep) expect(removedBy(pack, rule.id, example), `should keep: ${example}`).toBe(0);
  });
});
