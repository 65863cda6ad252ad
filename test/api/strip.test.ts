import { describe, expect, it } from 'vitest';
import { strip as packageStrip } from 'boilerstrip';
import { strip } from '../../src/index.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = rulesFromYaml(`
rules:
  - id: read-teaser
    match: { prefix: "READ | " }
`);

describe('strip()', () => {
  it('returns the cleaned text and each removal with its line and rule', () => {
    const result = strip('First paragraph.\n\nREAD | Other story\n\nSecond paragraph.\n', { rules });
    expect(result.text).toBe('First paragraph.\n\nSecond paragraph.\n');
    expect(result.removals).toEqual([
      { line: 2, verdict: 'drop', ruleId: 'blank-lines', pack: 'policy', text: '' },
      { line: 3, verdict: 'drop', ruleId: 'read-teaser', pack: 'inline', text: 'READ | Other story' },
    ]);
  });

  it('returns bytes for bytes, keeping invalid UTF-8 in kept lines', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe, 0x41, 0x0a]), Buffer.from('READ | x\n')]);
    const result = strip(input, { rules });
    expect(result.text).toEqual(Buffer.from([0xff, 0xfe, 0x41, 0x0a]));
  });

  it('refuses as rules an object that the compile functions did not make, which the package\'s types let through', () => {
    // Through "boilerstrip", as a user sees it: a RuleSet's published type is its packs alone.
    expect(() => packageStrip('Body.\n', { rules: { packs: [] } })).toThrow(expect.objectContaining({ code: 'E_USAGE', message: expect.stringContaining('compileRules()') }));
    expect(() => packageStrip('Body.\n', { rules: { packs: rules.packs } })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('refuses text that is neither a string nor bytes, naming what it got', () => {
    for (const [text, kind] of [[42, 'a number'], [null, 'null'], [new ArrayBuffer(2), 'an ArrayBuffer']] as const) {
      expect(() => strip(text as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT', message: `strip() takes the text as a string or as bytes (a Uint8Array), not ${kind}` }));
    }
  });

  it('uses the default packs when no rules are given', () => {
    expect(strip('Body text here.\nREAD | Another story\n').text).toBe('Body text here.\n');
  });

  it('splits documents at the separator and passes the separator line through', () => {
    const result = strip('READ | a\n\f\nBody.\n', { rules, docSeparator: '\f' });
    expect(result.text).toBe('\f\nBody.\n');
  });

  it('drops a repeated paragraph but never a repeated line with little or no text, such as a rule of dashes', () => {
    const repeated = rulesFromYaml('rules:\n  - id: repeats\n    detect: { kind: repeated-paragraph, minChars: 40 }\n');
    const paragraph = 'The council voted on Tuesday to rebuild the old sea wall.';
    const dashes = '-'.repeat(60);
    const tableRow = '| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |';
    const input = [paragraph, dashes, tableRow, 'Middle.', dashes, tableRow, paragraph, 'End.', ''].join('\n');
    const result = strip(input, { rules: repeated, profile: 'lines' });
    expect(result.text).toBe([paragraph, dashes, tableRow, 'Middle.', dashes, tableRow, 'End.', ''].join('\n'));
    expect(result.removals.map((removal) => removal.line)).toEqual([7]);
  });
});

describe('strip(): the removal budget', () => {
  const text = 'READ | One story\nREAD | Another story\nA line of the article.\n';

  it('flags no document when no budget is set, and removes what the rules remove', () => {
    expect(strip(text, { rules })).toEqual({ text: 'A line of the article.\n', removals: expect.any(Array), flagged: [] });
  });

  it('leaves a document that would lose more than maxRemovedRatio of its words as it was, and flags it', () => {
    const result = strip(text, { rules, maxRemovedRatio: 0.5 });
    expect(result.text).toBe(text);
    expect(result.removals).toEqual([]);
    expect(result.flagged).toEqual([{ document: 0, flag: 'over-budget', removedRatio: expect.closeTo(8 / 13, 5) }]);
    expect(strip(text, { rules, maxRemovedRatio: 1 })).toMatchObject({ text: 'A line of the article.\n', flagged: [] });
  });
});
