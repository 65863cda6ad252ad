import { describe, expect, it } from 'vitest';
import { BoilerstripError, compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack } from '../../src/index.js';
import { mergePageSettings, PACK_NAME_SETTINGS, parsePageSettings } from '../../src/rules/page-schema.js';

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
    expect(error.message).toMatch(/rules\/page\.yaml: page: line\.textWords: .*How the page analysis decides/);
    expect(loadError('page:\n  menu:\n    minLine: 4\n').message).toMatch(/menu: Unrecognized key.*minLine/);
    expect(loadError('page:\n  region:\n    closingLines: -1\n').message).toMatch(/region\.closingLines: /);
    expect(loadError('page:\n  headline:\n    maxLines: 0\n').message).toMatch(/headline\.maxLines: /);
    expect(loadError('page:\n  headline:\n    itemSeparators: [""]\n').message).toMatch(/headline\.itemSeparators\.0: /);
    expect(loadError('page:\n  functionWords:\n    English: [the]\n').message).toMatch(/functionWords\.English: must be a language code such as en\. /);
    expect(loadError('page:\n  line:\n    tableRowPatterns: ["^(unclosed"]\n').message).toMatch(/line\.tableRowPatterns\.0: not a valid regular expression: .*Unterminated group/);
    expect(loadError('page:\n  line:\n    postSourcePatterns: ["(@"]\n').message).toMatch(/line\.postSourcePatterns\.0: not a valid regular expression: /);
    expect(loadError('page:\n  line:\n    codeLinePatterns: ["[a-"]\n').message).toMatch(/line\.codeLinePatterns\.0: not a valid regular expression: /);
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

  it('compiles the post-source and code-line patterns likewise, or none when there are none', () => {
    const { page } = compileRuleSet([parseRulePack("page:\n  line:\n    postSourcePatterns: ['\\(@\\w+\\)$', 'via @\\w+$']\n    codeLinePatterns: ['^\\$ ', ';$']\n", 'a.yaml')]);
    expect(['Ann Lee (@annlee)', 'a post via @annlee', 'Ann Lee (annlee)'].map((line) => page.postSource!.test(line))).toEqual([true, true, false]);
    expect(['$ npm test', 'x = 1;', 'Price: $ 5'].map((line) => page.codeLines.some((pattern) => pattern.test(line)))).toEqual([true, true, false]);
    const none = compileRuleSet([parseRulePack('page:\n  menu: { minLines: 5 }\n', 'b.yaml')]).page;
    expect([none.postSource, none.postSourceTexts, none.codeLines]).toEqual([undefined, undefined, []]);
  });

  describe('settings that name rule packs', () => {
    const defaults = loadRuleFiles([DEFAULT_RULES_DIR]);
    const compileError = (packs: Parameters<typeof compileRuleSet>[0]): BoilerstripError => {
      try {
        compileRuleSet(packs);
      } catch (error) {
        return error as BoilerstripError;
      }
      throw new Error('expected the pack name to be refused');
    };
    const setting = (path: string, value: string) => {
      const [group, key] = path.split('.');
      return `page:\n  ${group}:\n    ${key}: ${value}\n`;
    };

    it('refuse a pack name no loaded or shipped file has, naming the file, the setting and the known packs', () => {
      for (const path of PACK_NAME_SETTINGS) {
        const value = path === 'region.packScores' ? '{ relatd: -30 }' : '[navigation, relatd]';
        const error = compileError([...defaults, parseRulePack(setting(path, value), 'my/page.yaml')]);
        expect(error.code).toBe('E_RULE_UNKNOWN');
        expect(error.location).toEqual({ file: 'my/page.yaml' });
        expect(error.message).toContain(`my/page.yaml: page: ${path} names pack "relatd", which no loaded rule file holds rules for. Known packs: account, ads, bylines,`);
        expect(error.message).toMatch(/Known packs: [^.]*\brelated\b[^.]*\./);
        expect(error.message).not.toMatch(/Known packs: [^.]*\bpage\b/);
        expect(error.message).toMatch(/; correct the name, or add the file of that pack to the rule paths \(--rules; rulePaths in the library\)\.$/);
      }
    });

    it("accept a loaded pack of the user's, and a shipped pack that is not loaded", () => {
      const own = parseRulePack('rules:\n  - id: site-menu-line\n    match: { equals: "Menu" }\n', 'my/site-menu.yaml');
      expect(() => compileRuleSet([...defaults, own, parseRulePack(setting('detect.chromePacks', '[site-menu, navigation]'), 'my/page.yaml')])).not.toThrow();
      expect(() => compileRuleSet([parseRulePack(setting('headline.boxPacks', '[related, copyright]'), 'my/page.yaml')])).not.toThrow();
    });

    it('are every setting of the schema that names packs', () => {
      const defaultsByGroup = parsePageSettings({}) as unknown as Record<string, unknown>;
      const namingPacks = Object.entries(defaultsByGroup).flatMap(([group, value]) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).filter((key) => /Packs$|^pack[A-Z]/.test(key)).map((key) => `${group}.${key}`) : [],
      );
      expect(namingPacks.sort()).toEqual([...PACK_NAME_SETTINGS].sort());
    });
  });
});

describe('the page: section\'s defaults and bounds, as a file without the shipped packs gets them', () => {
  it('fills in what rules/page.yaml sets otherwise: sentence and clause ends, closers, no lists of words or packs, no patterns, reading by shape, scores below zero', () => {
    const settings = parsePageSettings({});
    expect(settings.line).toMatchObject({ sentenceStops: '.!?…', clauseEnds: ':;,', closers: '"\')]”’»', listIntroEndings: [], tableRowPatterns: [], postSourcePatterns: [], codeLinePatterns: [] });
    expect(settings.detect).toMatchObject({ chromePacks: [], readByShape: true });
    expect(settings.region).toMatchObject({ otherScore: -3, ruleScore: -10, barrierPacks: [], closingPacks: [] });
    expect(settings.headline).toMatchObject({ unendedBy: '.,;:', itemSeparators: [], bylineStarts: [], boxPacks: [], captionPacks: [] });
    expect(settings.article.endPacks).toEqual([]);
  });

  it('takes list intros and byline starts of several characters, refuses a bridge score above zero and a language code longer than three letters', () => {
    expect(() => parseRulePack('page:\n  line:\n    listIntroEndings: ["such as:"]\n  headline:\n    bylineStarts: [by, par]\n', 'a.yaml')).not.toThrow();
    expect(loadError('page:\n  region:\n    bridgeScore: 2\n').message).toMatch(/page: region\.bridgeScore: .*<=0/);
    expect(loadError('page:\n  functionWords:\n    english: [the]\n').message).toMatch(/page: functionWords\.english: must be a language code such as en\. /);
  });

  it('lets a later file\'s setting outside the groups replace an earlier one\'s', () => {
    expect(mergePageSettings([{ maxLines: 1000 }, { maxLines: 2000 }]).maxLines).toBe(2000);
  });
});
