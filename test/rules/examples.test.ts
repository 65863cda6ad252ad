import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, loadRuleFiles, OPTIONAL_RULES_DIR } from '../../src/index.js';
import { failingExamples, proseLinesActedOn } from '../../src/api/rule-examples.js';

const packs = loadRuleFiles([DEFAULT_RULES_DIR, OPTIONAL_RULES_DIR]);
const cases = packs.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule, label: `${pack.name}/${rule.id}` })));

describe('every shipped rule (default and optional packs) passes its own examples', () => {
  it.each(cases)('$label', ({ pack, rule }) => {
    expect(rule.examples.drop.length, 'a rule needs at least one drop example').toBeGreaterThan(0);
    expect(failingExamples(pack, rule)).toEqual([]);
  });
});

describe('no shipped rule removes a line of ordinary prose (samples/ordinary-prose.txt)', () => {
  it.each(cases)('$label', ({ pack, rule }) => {
    expect(proseLinesActedOn(pack, rule).map(({ line, text }) => `${line}: ${text}`)).toEqual([]);
  });
});
