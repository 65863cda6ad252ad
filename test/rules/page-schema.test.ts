import { describe, expect, it } from 'vitest';
import { BoilerstripError, compileRuleSet, parseRulePack } from '../../src/index.js';

const loadError = (yaml: string): BoilerstripError => {
  try {
    parseRulePack(yaml, 'rules/page.yaml');
  } catch (error) {
    return error as BoilerstripError;
  }
  throw new Error('expected the page section to be rejected');
};

describe('the page: section of a rule file', () => {
  it('is validated like the rules, naming the file and the setting', () => {
    const error = loadError('page:\n  line:\n    textWords: -3\n');
    expect(error.code).toBe('E_RULE_SCHEMA');
    expect(error.message).toMatch(/rules\/page\.yaml: page: line\.textWords: .*Page analysis/);
    expect(loadError('page:\n  menu:\n    minLine: 4\n').message).toMatch(/menu: Unrecognized key.*minLine/);
    expect(loadError('page:\n  region:\n    closingLines: -1\n').message).toMatch(/region\.closingLines: /);
    expect(loadError('page:\n  headline:\n    maxLines: 0\n').message).toMatch(/headline\.maxLines: /);
    expect(loadError('page:\n  headline:\n    itemSeparators: [""]\n').message).toMatch(/headline\.itemSeparators\.0: /);
    expect(loadError('page:\n  functionWords:\n    English: [the]\n').message).toMatch(/functionWords\.English: Invalid key/);
    expect(loadError('page:\n  line:\n    tableRowPatterns: ["^(unclosed"]\n').message).toMatch(/line\.tableRowPatterns\.0: not a valid regular expression: .*Unterminated group/);
  });

  it('may stand alone in a file without rules', () => {
    expect(parseRulePack('page:\n  menu: { minLines: 5 }\n', 'page.yaml').rules).toEqual([]);
  });

  it('is merged key by key over the defaults and earlier files, later files winning', () => {
    const first = parseRulePack('page:\n  menu: { minLines: 5, maxWords: 9 }\n  functionWords: { en: [the, of] }\n', 'a.yaml');
    const second = parseRulePack('page:\n  menu: { minLines: 7 }\n', 'b.yaml');
    const { page } = compileRuleSet([first, second]);
    expect(page.settings.menu).toEqual({ minLines: 7, maxWords: 9, loneTextWords: 40 });
    expect(page.settings.line.textWords).toBe(10);
    expect([...page.functionWords.get('en')!]).toEqual(['the', 'of']);
  });

  it('compiles the table-row patterns into one expression, or none when there are none', () => {
    const { page } = compileRuleSet([parseRulePack('page:\n  line:\n    tableRowPatterns: ["^Cast:", "^Starring "]\n', 'a.yaml')]);
    expect(['Cast: A, B, C', 'Starring X and Y', 'The cast: A, B'].map((line) => page.tableRow!.test(line))).toEqual([true, true, false]);
    expect(compileRuleSet([parseRulePack('page:\n  menu: { minLines: 5 }\n', 'b.yaml')]).page.tableRow).toBeUndefined();
  });
});
