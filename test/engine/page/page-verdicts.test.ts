import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/engine/page/page-analysis.js';
import { viewPage } from '../../../src/engine/page/page-view.js';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { KOREAN_STORY, page, pageLines } from '../../helpers/pages.js';

const rules = compileRules();
const withoutShape = compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack('page:\n  detect:\n    readByShape: false\n', 'shape.yaml')]);
const KOREAN_MENU = ['홈', '뉴스', '스포츠', '경제', '문화', '날씨', '기술', '건강'];
const SHARE = 'Share on Facebook';
const HOURS = ['Opening hours', 'Monday to Friday', SHARE, 'Closed on Sundays'];

describe('rulesVerdicts: where the page analysis lets the rules decide, a line a rule removed stays removed by that rule', () => {
  // A page in a language no function-word list reads (with reading by shape off), a page with no
  // running text, and extracted text with none or too little: the analysis has nothing to anchor on.
  const cases: [string, string, 'page' | 'article', typeof rules][] = [
    ['an unread language', page(KOREAN_MENU, KOREAN_STORY, [SHARE], KOREAN_MENU), 'page', withoutShape],
    ['a page with no running text', page(HOURS), 'page', rules],
    ['extracted text with no running text', page(HOURS), 'article', rules],
    ['extracted text of one sentence, too short for an article', page(['Harbour news', SHARE, 'The ferry will run again in the spring once the old sea wall is rebuilt.']), 'article', rules],
  ];

  it.each(cases)('%s: the removal names the rule, not the page analysis, and every other line stays', (_name, input, profile, ruleSet) => {
    const { text, removals } = strip(input, { rules: ruleSet, profile });
    expect(removals.filter((removal) => removal.text !== '')).toEqual([expect.objectContaining({ text: SHARE, ruleId: 'share-tools', pack: 'social' })]);
    expect(text).toBe(input.replace(`${SHARE}\n\n`, '').replace(`\n\n${SHARE}\n`, '\n'));
  });

  it.each(cases)('%s: the analysis gives the removed line as removed, for the rule', (_name, input, profile, ruleSet) => {
    const verdicts = analysePage(viewPage(pageLines(input, new Set([SHARE])), ruleSet.page), ruleSet.page, profile);
    const texts = pageLines(input).map((line) => line.text);
    verdicts.forEach((verdict, index) => {
      expect(verdict).toMatchObject(texts[index] === SHARE ? { keep: false, reason: 'rule' } : { keep: true });
    });
  });
});
