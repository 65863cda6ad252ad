import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, DEFAULT_RULES_DIR, loadRuleFiles } from '../../src/index.js';
import type { PatternRule } from '../../src/rules/compile.js';
import { compilePrefilter, type LinePrefilter } from '../../src/rules/prefilter.js';
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

/** A prefilter over rules made of bare patterns (no rule file, so no live check of each pattern's safety). */
const prefilterOf = (sources: Record<string, string>): LinePrefilter =>
  compilePrefilter(Object.entries(sources).map(([id, source]) => ({ id, regex: new RegExp(source, 'u') }) as PatternRule));
const offered = (prefilter: LinePrefilter, text: string): string[] => prefilter.candidates(text).map(({ rule }) => rule.id);
/** The rules whose pattern matches `text` that the prefilter did not offer, or offered with a test the text fails. */
const missed = (prefilter: LinePrefilter, sources: Record<string, string>, text: string): string[] => {
  const passed = prefilter.candidates(text).filter(({ requires }) => requires?.test(text) ?? true).map(({ rule }) => rule.id);
  return Object.entries(sources).filter(([id, source]) => new RegExp(source, 'u').test(text) && !passed.includes(id)).map(([id]) => id);
};


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

  it('leaves out a rule whose every alternative the first four characters rule out, though one has no test of four', () => {
    // ^x[^y] has a first character but no second: the rule is still refined by its other alternative's four.
    const prefilter = prefilterOf({ 'abcd-or-x': '^abcd|^x[^y]' });
    expect(offered(prefilter, 'abzz')).toEqual([]);
    expect(offered(prefilter, 'abcd')).toEqual(['abcd-or-x']);
  });

  it('offers a rule with text to find only with a test of that text', () => {
    const [candidate] = prefilterOf({ 'not-responsible': '^\\S.{0,40} is not responsible' }).candidates('Site is not responsible');
    expect(candidate?.requires?.test('Site is not responsible')).toBe(true);
    expect(candidate?.requires?.test('undefined')).toBe(false);
  });

  it('tells apart one-character lines, and lines that start with a C1 control or hold a letter outside ASCII among their first four characters', () => {
    const rules = { 'letter-a': '^a$', 'letter-b': '^b$', 'c1-start': '^\\x80', abe: '^abéd', acid: '^acid' };
    const prefilter = prefilterOf(rules);
    // Each line after the others, so that a start remembered under another's key would be offered for it.
    for (const text of ['a', 'b', '\u0080', '\u0080x', 'abéd', 'acid']) expect(missed(prefilter, rules, text), JSON.stringify(text)).toEqual([]);
    expect(offered(prefilter, 'acid')).not.toContain('abe');
  });

  it('keeps apart the alternatives a line leaves open, past the thirtieth, and the rules that hold them', () => {
    // A broad start ([a-m], [n-z]) is offered with its text, so which alternatives are open depends on
    // the line; the fillers' start (f) closes them for these lines.
    const fillers = Array.from({ length: 29 }, (_, index) => `^f${index}`);
    const rules = {
      many: ['^[a-m]\\w* zero', ...fillers, '^[a-m]\\w* thirtieth', '^[n-z]\\w* thirty-first'].join('|'),
      next: '^[a-m]\\w* later|^f',
    };
    const prefilter = prefilterOf(rules);
    // 'apple later' first: the next rule's alternative 0 must not stand for the first's 0 and 30.
    for (const text of ['apple later', 'apple zero thirtieth', 'nut zero thirty-first', 'apple zero', 'f7']) expect(missed(prefilter, rules, text), text).toEqual([]);
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
