import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, OPTIONAL_RULES_DIR, parseRulePack, strip, type RuleSet } from '../../src/index.js';
import { isCompiledRuleSet } from '../../src/rules/compile.js';
import { DEFAULT_BLOCK, DEFAULT_MAX_WORDS } from '../../src/rules/schema.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';
import { ruleRefusal, rulesFromYaml, rulesPrefilterMissed } from '../helpers/rules.js';

/** Rules given as plain objects (YAML reads JSON), compiled as one file. */
const compiled = (rules: object[], file = 'mine.yaml'): RuleSet => compileRuleSet([parseRulePack(JSON.stringify({ rules }), file)]);
const matches = (rules: RuleSet, text: string): string[] => rules.patterns.filter((rule) => rule.find(text) !== undefined).map((rule) => rule.id);

describe('compileRuleSet', () => {
  it('turns each match kind into one expression: equals the whole text, prefix its start, suffix its end, contains anywhere', () => {
    const rules = compiled([
      { id: 'whole', match: { equals: ['Advertisement', 'Ad'] } },
      { id: 'start', match: { prefix: 'Read more' } },
      { id: 'end', match: { suffix: 'Share this' } },
      { id: 'inside', match: { contains: 'sponsored', ignoreCase: true } },
    ]);
    expect(matches(rules, 'Advertisement')).toEqual(['whole']);
    expect(matches(rules, 'Ad')).toEqual(['whole']);
    expect(matches(rules, 'Advertisements')).toEqual([]);
    expect(matches(rules, 'Read more: the storm')).toEqual(['start']);
    expect(matches(rules, 'You can Read more')).toEqual([]);
    expect(matches(rules, 'Story text. Share this')).toEqual(['end']);
    expect(matches(rules, 'A SPONSORED post')).toEqual(['inside']);
    expect(rules.patterns.find(({ id }) => id === 'start')!.find('Read more: x')).toEqual({ start: 0, end: 9 });
  });

  it('matches a literal only as itself, whatever regular-expression characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '\\', '/', '-', ' ', 'é'), minLength: 1, maxLength: 12 }), (literal) => {
        const rules = compiled([{ id: 'literal', match: { equals: literal } }]);
        expect(matches(rules, literal)).toEqual(['literal']);
        expect(matches(rules, `${literal}a`)).toEqual([]);
        expect(matches(rules, `a${literal}`)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('guards a pattern with the rule\'s word and character limits, by default 30 words (none for strip rules), one when the pattern matches no more than a word', () => {
    const rules = compiled([
      { id: 'default', match: { prefix: 'Tags:' } },
      { id: 'own', match: { prefix: 'Tags:' }, maxWords: 5, maxChars: 40 },
      { id: 'unlimited', match: { prefix: 'Tags:' }, maxWords: null },
      { id: 'shortener', match: { regex: '^date \\d{4} ' }, action: 'strip' },
      { id: 'one-word', match: { equals: ['Advertisement', 'Ad'] } },
      { id: 'block', match: { equals: 'Written by' }, action: 'drop-block', block: { maxLines: 2 } },
    ]);
    const rule = (id: string) => rules.patterns.find((pattern) => pattern.id === id)!;
    expect([rule('default').maxWords, rule('default').maxChars]).toEqual([DEFAULT_MAX_WORDS, Infinity]);
    expect([rule('own').maxWords, rule('own').maxChars]).toEqual([5, 40]);
    expect(rule('unlimited').maxWords).toBe(Infinity);
    expect(rule('shortener').maxWords).toBe(Infinity);
    expect(rule('one-word').maxWords).toBe(1);
    expect(rule('block').block).toEqual({ ...DEFAULT_BLOCK, maxLines: 2 });
    expect(rule('default').block).toBeUndefined();
  });

  it('leaves out disabled rules, takes the first detector of each kind, and keeps rule order', () => {
    const rules = compiled([
      { id: 'one', match: { equals: 'One' } },
      { id: 'crumbs', detect: { kind: 'breadcrumb' } },
      { id: 'two', match: { equals: 'Two' } },
      { id: 'more-crumbs', detect: { kind: 'breadcrumb', maxTrailWords: 2 } },
      { id: 'repeats', detect: { kind: 'repeated-paragraph' } },
    ]);
    expect(rules.patterns.map(({ id }) => id)).toEqual(['one', 'two']);
    expect(rules.breadcrumb).toMatchObject({ id: 'crumbs', pack: 'mine', params: { kind: 'breadcrumb', maxTrailWords: 4 } });
    expect(rules.repeatedParagraph?.id).toBe('repeats');
    const pack = parseRulePack(JSON.stringify({ rules: [{ id: 'one', match: { equals: 'One' } }, { id: 'two', match: { equals: 'Two' } }] }), 'mine.yaml');
    expect(compileRuleSet([pack], { disable: ['one'] }).patterns.map(({ id }) => id)).toEqual(['two']);
  });

  it('refuses a duplicate id, an unknown id to disable and a bad regular expression, saying where and what to do', () => {
    const first = parseRulePack('rules:\n  - id: ad\n    match: { equals: Ad }\n', 'a.yaml');
    const second = parseRulePack('rules:\n  - id: ad\n    match: { equals: Advert }\n', 'b.yaml');
    expect(() => compileRuleSet([first, second])).toThrow(expect.objectContaining({ code: 'E_RULE_DUPLICATE', location: { file: 'b.yaml', ruleId: 'ad' }, message: 'b.yaml: rule "ad" is already defined in a.yaml. Rule ids must be unique; rename one of them.' }));
    expect(() => compileRuleSet([first], { disable: ['adz'] })).toThrow(expect.objectContaining({ code: 'E_RULE_UNKNOWN', location: { ruleId: 'adz' }, message: expect.stringMatching(/"adz".*--list-rules/) }));
    const bad = ruleRefusal('rules:\n  - id: broken\n    match: { regex: "a{2,1}" }\n', 'mine.yaml');
    expect(bad).toMatchObject({ code: 'E_RULE_REGEX', location: { file: 'mine.yaml', ruleId: 'broken' }, message: expect.stringMatching(/^mine\.yaml: rule "broken": invalid regular expression: .*\. Patterns use JavaScript syntax with the u flag\.$/) });
  });
});

describe("compileRuleSet's prefilter agrees with the rules: a rule it does not offer for a line never matches it", () => {
  it("on every example line, drop and keep, of every shipped pack, default and optional", () => {
    const shipped = compileRules({ rulePaths: [OPTIONAL_RULES_DIR] });
    const examples = loadRuleFiles([DEFAULT_RULES_DIR, OPTIONAL_RULES_DIR]).flatMap((pack) => pack.rules.flatMap(({ examples: { drop, keep } }) => [...drop, ...keep]));
    const lines = [...new Set(examples.flatMap((example) => example.split('\n')).map((line) => line.trim()).filter(Boolean))];
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) expect(rulesPrefilterMissed(shipped, line), line).toEqual([]);
  });

  it('for generated rule files of literal rules, on lines made of their own literals', () => {
    // Letters whose case folds unusually under /iu (ſ is s, K is k, İ) beside plain ones and regex characters.
    const letter = fc.constantFrom('a', 'b', 'S', 's', 'ſ', 'k', 'K', 'K', 'é', 'É', 'ß', 'İ', 'i', ' ', '.', '*', '(', '|', '»', '1');
    const literal = fc.string({ unit: letter, minLength: 1, maxLength: 6 }).filter((text) => text.trim() === text && text !== '');
    const rule = fc.record({
      kind: fc.constantFrom('equals', 'prefix', 'suffix', 'contains'),
      literals: fc.array(literal, { minLength: 1, maxLength: 3 }),
      ignoreCase: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(fc.string({ unit: letter, maxLength: 4 }), { maxLength: 4 }), (definitions, picks, fillers) => {
        const rules = compiled(definitions.map(({ kind, literals, ignoreCase }, index) => ({ id: `rule-${index}`, match: { [kind]: literals, ignoreCase } })));
        const pieces = definitions.flatMap(({ literals }) => literals);
        const line = picks.map((pick, index) => `${fillers[index] ?? ''}${pieces[pick % pieces.length]!}`).join('').trim();
        fc.pre(line !== '');
        for (const text of [line, line.toUpperCase(), line.toLowerCase()]) {
          if (text.trim() === text && text !== '') expect(rulesPrefilterMissed(rules, text), text).toEqual([]);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('for a regex rule set, on generated lines', () => {
    const rules = rulesFromYaml(`rules:
  - id: numbered
    match: { regex: '^\\d+ (?:comments?|Kommentare)$', ignoreCase: true }
  - id: labelled
    match: { regex: '^(?:Photo|Foto|Bild)\\s*:', ignoreCase: true }
  - id: anywhere
    match: { regex: 'all rights reserved', ignoreCase: true }
`);
    const fragment = fc.constantFrom('12 ', 'comments', 'Comment', 'KOMMENTARE', 'Photo', 'FOTO', 'bild', ':', ' ', 'All Rights Reserved', 'ſ', 'x');
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('').trim();
        fc.pre(text !== '');
        expect(rulesPrefilterMissed(rules, text), text).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('what compiling refuses, in the words a user reads', () => {
  it('lists the known packs in name order when a page: setting names an unknown one, a pack of the user\'s among them', () => {
    const own = parseRulePack('rules:\n  - id: site-menu-line\n    match: { equals: "Menu" }\n', 'my/a-site.yaml');
    const page = parseRulePack('page:\n  detect:\n    chromePacks: [relatd]\n', 'my/page.yaml');
    expect(() => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), own, page])).toThrow(expect.objectContaining({ code: 'E_RULE_UNKNOWN', message: expect.stringContaining('Known packs: a-site, account, ads, ') }));
  });

  it('takes as rules only a RuleSet the compile functions made, not an object shaped like one', () => {
    expect(isCompiledRuleSet(compileRules())).toBe(true);
    const refusal = 'the rules option takes a RuleSet that compileRules() or compileRuleSet() returned; got an object they did not make';
    for (const rules of [{ packs: [] }, { packs: [], prefilter: {} }, null]) {
      expect(() => strip('Advertisement\n', { rules: rules as unknown as RuleSet })).toThrow(expect.objectContaining({ code: 'E_USAGE', message: refusal }));
    }
  });
});
