import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, DEFAULT_RULES_DIR, loadRuleFiles } from '../../src/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';
import { rulesFromYaml, rulesPrefilterMissed } from '../helpers/rules.js';

/** Rules the first-character table must treat carefully: back-references, named groups, mixed flags, unanchored matches. */
const AWKWARD_YAML = `rules:
  - id: doubled-word
    match: { regex: '^(\\w+) \\1$' }
  - id: named-label
    match: { regex: '^(?<label>Source|Via):\\s*\\S', ignoreCase: true }
  - id: dash-or-credit
    match: { regex: '^(?:[*-]\\s*)?Credit$' }
  - id: advert
    match: { contains: [Advertisement], ignoreCase: true }
  - id: ends-in-share
    match: { suffix: Share this }
    action: strip
`;
const awkwardRules = rulesFromYaml(AWKWARD_YAML);
const defaults = compileRules();


describe('the line prefilter', () => {
  it('offers every rule that matches a line, and in rule order', () => {
    for (const text of ['bye bye', 'via: Reuters', 'SOURCE: AP', '- Credit', 'Credit', 'an ADVERTISEMENT here', 'Story text. Share this']) {
      expect(rulesPrefilterMissed(awkwardRules, text), text).toEqual([]);
    }
    const candidates = awkwardRules.prefilter.candidates('Credit');
    expect(candidates.map(({ rule }) => rule.id)).toEqual(['doubled-word', 'dash-or-credit', 'advert', 'ends-in-share']);
  });

  it('leaves out anchored rules that cannot start with the first character', () => {
    expect(awkwardRules.prefilter.candidates('x').map(({ rule }) => rule.id)).toEqual(['doubled-word', 'advert', 'ends-in-share']);
  });

  it('leaves out anchored rules that cannot start with the first two characters', () => {
    expect(awkwardRules.prefilter.candidates('Cx').map(({ rule }) => rule.id)).toEqual(['doubled-word', 'advert', 'ends-in-share']);
    expect(awkwardRules.prefilter.candidates('-x').map(({ rule }) => rule.id)).toEqual(['advert', 'ends-in-share']);
    expect(awkwardRules.prefilter.candidates('- Credit').map(({ rule }) => rule.id)).toEqual(['dash-or-credit', 'advert', 'ends-in-share']);
  });

  it('leaves out anchored rules that cannot start with the first four characters, or with all of a shorter line', () => {
    expect(awkwardRules.prefilter.candidates('- Cx').map(({ rule }) => rule.id)).toEqual(['advert', 'ends-in-share']);
    expect(awkwardRules.prefilter.candidates('Credit').map(({ rule }) => rule.id)).toEqual(['doubled-word', 'dash-or-credit', 'advert', 'ends-in-share']);
    expect(awkwardRules.prefilter.candidates('Cre').map(({ rule }) => rule.id)).toEqual(['doubled-word', 'advert', 'ends-in-share']);
  });

  it('offers a rule that needs a literal text with the test for it, and one that nothing rules out as it is, for every line', () => {
    const advert = awkwardRules.prefilter.candidates('x').find(({ rule }) => rule.id === 'advert')!;
    expect(advert.requires?.test('an ADVERTISEMENT here')).toBe(true);
    expect(advert.requires?.test('x')).toBe(false);
    const anywhere = rulesFromYaml(`${AWKWARD_YAML}  - id: four-digits\n    match: { regex: '\\d{4}' }\n`);
    for (const text of ['x', 'Credit', '- Cx', 'é', '2024']) {
      expect(anywhere.prefilter.candidates(text).find(({ rule }) => rule.id === 'four-digits'), text).toEqual(expect.objectContaining({ requires: undefined }));
    }
  });

  it('offers each default rule for the lines of its own drop examples', () => {
    const examples = loadRuleFiles([DEFAULT_RULES_DIR]).flatMap((pack) => pack.rules.flatMap((rule) => rule.examples.drop));
    for (const line of examples.flatMap((example) => example.split('\n')).map((line) => line.trim()).filter(Boolean)) {
      expect(rulesPrefilterMissed(defaults, line), line).toEqual([]);
    }
  });

  it('never leaves out a rule that matches, on generated lines', () => {
    const fragments = ['READ | ', 'Image: AP', '(Photo: x)', 'Tags: x', 'Comments', 'Previous article', 'date 2022-04-08 ', 'bye', 'Advertisement', 'Share this', 'Follow us on Twitter', '* ', '- ', '» ', 'é', 'Главная', 'ſ'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('').trim();
        fc.pre(text !== '');
        expect(rulesPrefilterMissed(defaults, text)).toEqual([]);
        expect(rulesPrefilterMissed(awkwardRules, text)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
