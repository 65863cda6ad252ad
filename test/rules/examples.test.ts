import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, OPTIONAL_RULES_DIR, parseRulePack, strip } from '../../src/index.js';
import { REPO_ROOT } from '../helpers/paths.js';
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

describe("the README's example rule file", () => {
  const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
  const example = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;

  it('loads beside the default packs (as --rules my-rules/ would), passes its examples and its block drops the headlines', () => {
    const pack = parseRulePack(example, 'my-rules/example.yaml');
    const rules = compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), pack]);
    for (const rule of pack.rules) expect(failingExamples(pack, rule)).toEqual([]);
    for (const drop of pack.rules.flatMap((rule) => rule.examples.drop)) {
      const input = `A paragraph of the story, long enough to read as running text of the article.\n${drop}\n`;
      expect(strip(input, { rules }).text).toBe('A paragraph of the story, long enough to read as running text of the article.\n');
    }
  });
});
