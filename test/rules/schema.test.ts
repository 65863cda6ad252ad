import { describe, expect, it } from 'vitest';
import { parseRulePack } from '../../src/index.js';
import { ruleRefusal } from '../helpers/rules.js';

const FILE = 'rules/mine.yaml';
/** A file whose first rule is fine and whose second, `id`, has the given YAML lines. */
const withBadRule = (lines: string, id = 'bad'): string => `rules:\n  - id: fine\n    match: { equals: Fine }\n  - id: ${id}\n${lines}`;

describe('the rule schema', () => {
  it('fills in every default of a minimal rule and of a detector', () => {
    const [match, detect, block] = parseRulePack(
      'rules:\n  - id: ad\n    match: { equals: Ad }\n  - id: crumbs\n    detect: { kind: breadcrumb }\n  - id: by\n    match: { equals: By }\n    action: drop-block\n    block: {}\n',
      FILE,
    ).rules;
    expect(match).toEqual({ id: 'ad', match: { equals: 'Ad', ignoreCase: false }, zone: 'any', action: 'drop', examples: { drop: [], keep: [] } });
    expect(detect).toMatchObject({ detect: { kind: 'breadcrumb', maxTrailWords: 4, minHeadlineWords: 3 } });
    expect(block).toMatchObject({ block: { maxLines: 3, maxWords: 20 } });
  });

  it.each([
    ['the id', '    match: { equals: Ad }\n', 'Bad_Id', 'id', /must be lower-case letters, digits and dashes/],
    ['an id that goes on past its letters, digits and dashes', '    match: { equals: Ad }\n', 'ad_banner', 'id', /must be lower-case letters, digits and dashes/],
    ['an empty literal', "    match: { equals: '' }\n", 'bad', 'match.equals', /must be a non-empty string/],
    ['an empty list of literals', '    match: { equals: [] }\n', 'bad', 'match.equals', /must list at least one string/],
    ['a literal that is not a string', '    match: { regex: 5 }\n', 'bad', 'match.regex', /must be a string or a list of strings/],
    ['an unknown match key', '    match: { equals: Ad, caseless: true }\n', 'bad', 'match', /Unrecognized key: "caseless"/],
    ['the zone', '    match: { equals: Ad }\n    zone: middle\n', 'bad', 'zone', /"any"\|"head"\|"tail"/],
    ['the action', '    match: { equals: Ad }\n    action: delete\n', 'bad', 'action', /"drop"\|"drop-block"\|"strip"/],
    ['a word limit', '    match: { equals: Ad }\n    maxWords: 0\n', 'bad', 'maxWords', />0/],
    ['a character limit', '    match: { equals: Ad }\n    maxChars: 2.5\n', 'bad', 'maxChars', /expected int/],
    ['a block limit', '    match: { equals: Ad }\n    action: drop-block\n    block: { maxLines: 51 }\n', 'bad', 'block.maxLines', /<=50/],
    ['a detector kind', '    detect: { kind: footer }\n', 'bad', 'detect.kind', /'breadcrumb' \| 'repeated-paragraph'/],
    ['block settings on a rule that drops one line', '    match: { equals: Ad }\n    block: { maxLines: 2 }\n', 'bad', 'block', /block settings need action: drop-block/],
    ['a detector that does not drop', '    detect: { kind: breadcrumb }\n    action: strip\n', 'bad', 'action', /a detect rule can only drop/],
    ['examples that are not a list', '    match: { equals: Ad }\n    examples: { drop: Ad }\n', 'bad', 'examples.drop', /expected array/],
  ])('refuses %s, naming the file, the rule and the field', (_what, lines, ruleId, field, problem) => {
    const error = ruleRefusal(withBadRule(lines, ruleId), FILE);
    expect(error).toMatchObject({ code: 'E_RULE_SCHEMA', location: { file: FILE, ruleId } });
    expect(error.message.startsWith(`${FILE}: rule "${ruleId}": ${field}: `), error.message).toBe(true);
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/\. See "Rules" in the README for the format\.$/);
  });

  it('gives examples that list only lines to keep, or only lines to drop, an empty other list', () => {
    const [keepOnly, dropOnly] = parseRulePack(
      'rules:\n  - id: ad\n    match: { equals: Ad }\n    examples: { keep: [Adverts] }\n  - id: by\n    match: { equals: By }\n    examples: { drop: [By] }\n',
      FILE,
    ).rules;
    expect(keepOnly!.examples).toEqual({ drop: [], keep: ['Adverts'] });
    expect(dropOnly!.examples).toEqual({ drop: ['By'], keep: [] });
  });

  it('names a rule without an id by its place in the file, and a file that is no list of rules by itself', () => {
    expect(ruleRefusal('rules:\n  - id: fine\n    match: { equals: Fine }\n  - match: { equals: Ad }\n', FILE).message).toMatch(/^rules\/mine\.yaml: rule #2: id: /);
    const notAList = ruleRefusal('rules: nope\n', FILE);
    expect(notAList).toMatchObject({ code: 'E_RULE_SCHEMA', location: { file: FILE } });
    expect(notAList.message).toMatch(/^rules\/mine\.yaml: rules: .*\. A rule file is "rules:" followed by a list of rules\.$/);
    expect(ruleRefusal('rulez: []\n', FILE).message).toMatch(/^rules\/mine\.yaml: Unrecognized key: "rulez"/);
  });
});
