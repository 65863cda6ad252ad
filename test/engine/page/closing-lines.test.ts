import { describe, expect, it } from 'vitest';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARTICLE, FOOTER, keptLines, MENU, page, RELATED } from '../../helpers/pages.js';

const rules = compileRules();
const clean = (text: string, profile: 'auto' | 'page' | 'article' | 'lines' = 'page') => strip(text, { rules, profile });

describe('page analysis: the story\'s closing lines', () => {
  const closing = ['The hearing goes on.', '(Reporting by Ann Lee; Editing by Tom Hill)'];

  it('keeps the short sentences that close the story after its last paragraph, and says why', () => {
    const input = page(MENU, ARTICLE, closing, FOOTER, MENU);
    expect(keptLines(clean(input).text)).toEqual([...ARTICLE, ...closing]);
    expect(detailOf(input, closing[0]!)).toMatch(/^page-closing words=4 /);
  });

  it('stops at the first line that is no sentence: a share button or a menu item after them goes', () => {
    expect(keptLines(clean(page(MENU, ARTICLE, closing, ['Share this article What is this?'], ['The council meets again on Monday.'], FOOTER)).text)).toEqual([...ARTICLE, ...closing]);
    expect(keptLines(clean(page(MENU, ARTICLE, closing.slice(0, 1), ['Contact us'], ['The council meets again on Monday.'], FOOTER)).text)).toEqual([...ARTICLE, closing[0]]);
  });

  it('never runs on past a line a rule removed', () => {
    const { text } = clean(page(MENU, ARTICLE, ['Advertisement'], closing, FOOTER));
    expect(keptLines(text)).toEqual(ARTICLE);
  });

  it('keeps no letterless separator after the last of them, only one between two', () => {
    const { text } = clean(page(MENU, ARTICLE, [closing[0]!, '------', closing[1]!, '____________'], FOOTER));
    expect(keptLines(text)).toEqual([...ARTICLE, closing[0], '------', closing[1]]);
  });

  it('keeps at most region.closingLines of them, and none with 0', () => {
    const more = ['The council meets again on Monday.', 'The work will take two years.', 'It will cost a lot of money.'];
    expect(keptLines(clean(page(MENU, ARTICLE, more, closing, FOOTER)).text)).toEqual([...ARTICLE, ...more]);
    const withClosingLines = (count: number) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  region:\n    closingLines: ${count}\n`, 'closing.yaml')]);
    const input = page(MENU, ARTICLE, closing, FOOTER);
    expect(keptLines(strip(input, { rules: withClosingLines(1), profile: 'page' }).text)).toEqual([...ARTICLE, closing[0]]);
    expect(keptLines(strip(input, { rules: withClosingLines(0), profile: 'page' }).text)).toEqual(ARTICLE);
    expect(detailOf(input, closing[0]!, withClosingLines(0))).toMatch(/^page-outside-main /);
  });

  it('keeps a post\'s last lines that are no sentences when a related heading follows them, up to region.closingBlockLines', () => {
    const block = ['Tickets at the harbour office', 'Harbour Hall', '12 Quay Street', 'See you there!'];
    const input = page(MENU, ARTICLE, block, RELATED, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([...ARTICLE, ...block]);
    expect(detailOf(input, block[1]!)).toMatch(/^page-closing /);
    const withBlockLines = (count: number) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  region:\n    closingBlockLines: ${count}\n`, 'closing.yaml')]);
    expect(keptLines(strip(input, { rules: withBlockLines(3), profile: 'page' }).text)).toEqual(ARTICLE);
    // No related heading after them: the site's lines, not the post's.
    expect(keptLines(clean(page(MENU, ARTICLE, block, FOOTER)).text)).toEqual(ARTICLE);
  });

  it('keeps no such block holding a list item, a link cut short or three short labels in a row', () => {
    for (const block of [['Tickets at the harbour office', '* Harbour Hall'], ['Tickets at the harbour office', 'More harbour news...'], ['Other stories', 'Harbour Hall', 'Ferry port', 'Lifeboat day']]) {
      expect(keptLines(clean(page(MENU, ARTICLE, block, RELATED, FOOTER)).text)).toEqual(ARTICLE);
    }
  });
});
