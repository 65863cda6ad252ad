import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, loadRuleFiles, parseRulePack, type BoilerstripError } from '../../src/index.js';
import { CHECK_RULES_FILES, loadRulePaths } from '../../src/rules/load.js';
import { ruleRefusal } from '../helpers/rules.js';

const loadError = (yaml: string): BoilerstripError => ruleRefusal(yaml, 'rules/mine.yaml');

describe('rule files are validated on load', () => {
  it('accepts a minimal rule and fills in the defaults', () => {
    const pack = parseRulePack('rules:\n  - id: ad\n    match: { equals: Advertisement }\n', 'rules/ads.yaml');
    expect(pack.name).toBe('ads');
    expect(pack.rules[0]).toMatchObject({ id: 'ad', zone: 'any', action: 'drop', match: { equals: 'Advertisement', ignoreCase: false } });
  });

  it('names the file, the rule and the unknown key', () => {
    const error = loadError('rules:\n  - id: ad\n    match: { equals: Ad }\n    zones: tail\n');
    expect(error.code).toBe('E_RULE_SCHEMA');
    expect(error.message).toMatch(/rules\/mine\.yaml: rule "ad": .*zones/);
    expect(error.location).toEqual({ file: 'rules/mine.yaml', ruleId: 'ad' });
  });

  it('refuses a match with two kinds, or none', () => {
    expect(loadError('rules:\n  - id: ad\n    match: { equals: Ad, prefix: Ad }\n').message).toMatch(/exactly one of equals, prefix.*equals and prefix/);
    expect(loadError('rules:\n  - id: ad\n    match: { ignoreCase: true }\n').message).toMatch(/found none/);
  });

  it('refuses a rule directory that holds no rule file, naming it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'boilerstrip-no-rules-'));
    writeFileSync(join(empty, 'notes.txt'), 'rules: []\n');
    expect(() => loadRuleFiles([empty])).toThrow(expect.objectContaining({ code: 'E_RULE_FILE', message: `rule directory ${empty} holds no .yaml or .yml file. Check the rule paths (--rules; rulePaths in the library).` }));
  });

  it('refuses a rule path that cannot be read, and a rule file that cannot be read, saying what to check', () => {
    expect(() => loadRuleFiles(['/no/such/rules'])).toThrow(
      expect.objectContaining({ code: 'E_RULE_FILE', location: { file: '/no/such/rules' }, message: 'cannot read rule path /no/such/rules: no such file or directory. Check the rule paths (--rules; rulePaths in the library).' }),
    );
    const plainFile = join(mkdtempSync(join(tmpdir(), 'boilerstrip-rules-')), 'notes.txt');
    writeFileSync(plainFile, 'notes\n');
    expect(() => loadRuleFiles([join(plainFile, 'rules.yaml')])).toThrow(expect.objectContaining({ code: 'E_RULE_FILE', message: expect.stringContaining(': a part of its path is not a directory. Check') }));
    expect(() => loadRuleFiles([''])).toThrow(expect.objectContaining({ code: 'E_RULE_FILE', location: { file: '' }, message: 'a rule path is empty (""): name a rule file, or a directory of them. Check the rule paths (--rules; rulePaths in the library).' }));
    expect(() => loadRulePaths(['/no/such/rules'], CHECK_RULES_FILES)).toThrow('cannot read rule path /no/such/rules: no such file or directory. Check the FILE arguments of check-rules.');
    const folder = mkdtempSync(join(tmpdir(), 'boilerstrip-rules-'));
    mkdirSync(join(folder, 'a-folder.yaml'));
    expect(() => loadRuleFiles([folder])).toThrow(expect.objectContaining({ code: 'E_RULE_FILE', message: expect.stringMatching(/^cannot read rule file .*a-folder\.yaml: it is a directory\. Check that it is a readable file\.$/) }));
  });

  it('refuses a rule without id or match', () => {
    expect(loadError('rules:\n  - match: { equals: Ad }\n').message).toMatch(/rule #1: id/);
    expect(loadError('rules:\n  - id: ad\n').message).toMatch(/rule "ad": needs exactly one of match or detect/);
  });

  it('refuses a bad regular expression, naming the rule', () => {
    const error = loadError('rules:\n  - id: broken\n    match: { regex: "(unclosed" }\n');
    expect(error.code).toBe('E_RULE_REGEX');
    expect(error.message).toMatch(/rules\/mine\.yaml: rule "broken": invalid regular expression/);
  });

  it('refuses duplicate ids across files', () => {
    const packs = [parseRulePack('rules:\n  - id: ad\n    match: { equals: Ad }\n', 'a.yaml'), parseRulePack('rules:\n  - id: ad\n    match: { equals: Advert }\n', 'b.yaml')];
    expect(() => compileRuleSet(packs)).toThrow(/b\.yaml: rule "ad" is already defined in a\.yaml/);
  });

  it('refuses YAML that does not parse, with its line', () => {
    const error = loadError('rules:\n  - id: ad\n    match: { equals: [Ad }\n');
    expect(error.code).toBe('E_RULE_FILE');
    expect(error.message).toMatch(/^rules\/mine\.yaml:\d+: not valid YAML: [^\n]*[^:]\. Fix the YAML there; a rule file is "rules:" followed by a list of rules\.$/);
  });

  it('refuses block settings on a rule that does not drop a block', () => {
    expect(loadError('rules:\n  - id: ad\n    match: { equals: Ad }\n    block: { maxLines: 2 }\n').message).toMatch(/block settings need action: drop-block/);
  });

  it('refuses to disable a rule that does not exist', () => {
    const pack = parseRulePack('rules:\n  - id: ad\n    match: { equals: Ad }\n', 'a.yaml');
    expect(() => compileRuleSet([pack], { disable: ['adz'] })).toThrow('cannot disable rule "adz" (--disable; disable in the library): no loaded rule has that id. Correct the id; --list-rules lists the loaded ones.');
  });
});

describe('where a refused rule file is wrong: the location and message a user is shown', () => {
  it('locates a refused directory and an unreadable rule file at the path', () => {
    const empty = mkdtempSync(join(tmpdir(), 'boilerstrip-no-rules-'));
    expect(() => loadRuleFiles([empty])).toThrow(expect.objectContaining({ location: { file: empty } }));
    const folder = mkdtempSync(join(tmpdir(), 'boilerstrip-rules-'));
    mkdirSync(join(folder, 'a-folder.yaml'));
    expect(() => loadRuleFiles([folder])).toThrow(expect.objectContaining({ location: { file: join(folder, 'a-folder.yaml') } }));
  });

  it('shows the first line of the YAML parser\'s message whole, but for the colon before its excerpt, and locates it at its line', () => {
    // The parser's message itself holds a colon ("extra characters: |x"): only the last one goes.
    const error = loadError('description: |x\n  text\nrules: []\n');
    expect(error.location).toStrictEqual({ file: 'rules/mine.yaml', line: 1 });
    expect(error.message).toMatch(/^rules\/mine\.yaml:1: not valid YAML: [^\n]*extra characters: \|x at line 1, column 15\. Fix the YAML there; a rule file is "rules:" followed by a list of rules\.$/);
  });

  it('locates a refused page section at the file', () => {
    const error = loadError('page:\n  wrap: { minJoins: 0 }\nrules: []\n');
    expect(error).toMatchObject({ code: 'E_RULE_SCHEMA', location: { file: 'rules/mine.yaml' } });
    expect(error.message).toMatch(/^rules\/mine\.yaml: page: wrap\.minJoins: .*\. The settings are described in rules\/README\.md/);
  });

  it.each([
    ['a string', 'rules:\n  - ad\n', /received string/],
    ['empty', 'rules:\n  -\n', /received null/],
    ['a list', 'rules:\n  - [ad]\n', /received array/],
  ])('names a rule that is %s, not a mapping, by its place in the file, with no rule id', (_what, yaml, problem) => {
    const error = loadError(yaml);
    expect(error.code).toBe('E_RULE_SCHEMA');
    expect(error.location).toStrictEqual({ file: 'rules/mine.yaml' });
    expect(error.message).toMatch(/^rules\/mine\.yaml: rule #1: /);
    expect(error.message).toMatch(problem);
  });
});
