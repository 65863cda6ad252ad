import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, type RuleSet } from '../../src/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';
import { rulesFromYaml } from '../helpers/rules.js';

const anyRuleFinds = (rules: RuleSet, text: string): boolean => rules.patterns.some((rule) => rule.find(text) !== undefined);

/** Rules the prefilter cannot simply join: a back-reference, a named group, mixed flags, an unanchored match. */
const awkwardRules = rulesFromYaml(`rules:
  - id: doubled-word
    match: { regex: '^(\\w+) \\1$' }
  - id: named-label
    match: { regex: '^(?<label>Source|Via):\\s*\\S', ignoreCase: true }
  - id: second-named-label
    match: { regex: '^(?<label>Credit)$' }
  - id: advert
    match: { contains: [Advertisement], ignoreCase: true }
  - id: ends-in-share
    match: { suffix: Share this }
    action: strip
`);

describe('the line prefilter', () => {
  it('lets through every line that one of the awkward rules matches', () => {
    for (const text of ['bye bye', 'via: Reuters', 'SOURCE: AP', 'Credit', 'an ADVERTISEMENT here', 'Story text. Share this']) {
      expect(anyRuleFinds(awkwardRules, text), text).toBe(true);
      expect(awkwardRules.prefilter.mayMatch(text), text).toBe(true);
    }
  });

  it('rejects a line no rule matches', () => {
    expect(awkwardRules.prefilter.mayMatch('bye hello')).toBe(false);
    expect(compileRules().prefilter.mayMatch('The minister said on Tuesday that talks would resume.')).toBe(false);
  });

  it('never rejects a line that a default or awkward rule matches', () => {
    const defaults = compileRules();
    const fragments = ['READ | ', 'Image: AP', 'Tags: x', 'Comments', 'Previous article', 'date 2022-04-08 ', 'bye', 'Advertisement', 'Share this', 'Follow us on Twitter', ' ', 'é'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 5 }), (parts) => {
        const text = parts.join('').trim();
        for (const rules of [defaults, awkwardRules]) if (anyRuleFinds(rules, text)) expect(rules.prefilter.mayMatch(text)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('takes the loosest guards of the rules it stands for', () => {
    expect(awkwardRules.prefilter.maxWords).toBe(Infinity);
    expect(rulesFromYaml('rules:\n  - id: a\n    match: { equals: A }\n    maxWords: 3\n    maxChars: 9\n').prefilter).toMatchObject({ maxWords: 3, maxChars: 9 });
  });
});
