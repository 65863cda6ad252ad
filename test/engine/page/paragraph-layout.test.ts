import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../../bench/eval/converter-layout.js';
import { fragmentedLines } from '../../../src/engine/page/fragmented-lines.js';
import { paragraphLayout } from '../../../src/engine/page/paragraph-layout.js';
import { wrappedLines } from '../../../src/engine/page/wrapped-lines.js';
import { compileRules, compileRuleSet, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack } from '../../../src/index.js';
import { joinParagraphs } from '../../../src/engine/page/paragraphs.js';
import { ARTICLE, FOOTER, MENU, page, pageLines, RELATED, SPLIT_ARTICLE, splitPage } from '../../helpers/pages.js';

const model = compileRules().page;
/** The default page model with one setting of `section` changed. */
const withSetting = (section: string, setting: string) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  ${section}:\n    ${setting}\n`, 'setting.yaml')]).page;

describe('paragraphLayout', () => {
  it('finds no layout in a page written a paragraph a line', () => {
    expect(paragraphLayout(pageLines(page(MENU, ARTICLE, RELATED, FOOTER)), model)).toBeUndefined();
  });

  it('reads a page hard-wrapped at a width as wrapped, with wrappedLines\' verdicts', () => {
    const lines = pageLines(page(MENU, ARTICLE.map((line) => hardWrap(line, 72)), RELATED, FOOTER));
    const wrapped = { name: 'wrapped', runsOn: wrappedLines(lines, model)?.runsOn };
    expect(paragraphLayout(lines, model)).toEqual(wrapped);
    // Whether or not it looks split as well.
    expect(paragraphLayout(lines, withSetting('fragments', 'minJoins: 1000'))).toEqual(wrapped);
  });

  it('reads a page split at its links as fragmented, with fragmentedLines\' verdicts', () => {
    const lines = pageLines(splitPage(SPLIT_ARTICLE.flat()));
    const fragmented = { name: 'fragmented', runsOn: fragmentedLines(lines, model) };
    expect(paragraphLayout(lines, model)).toEqual(fragmented);
    // Whether or not it looks wrapped as well.
    expect(paragraphLayout(lines, withSetting('wrap', 'minJoins: 1000'))).toEqual(fragmented);
  });

  it('reads a page that looks both wrapped and split as split only when splitting joins fragments.minJoinsOverWrap times as many lines', () => {
    const lines = pageLines(splitPage(SPLIT_ARTICLE.flat()));
    const joins = (runsOn: readonly boolean[] | undefined) => runsOn!.filter(Boolean).length;
    const ratio = joins(fragmentedLines(lines, model)) / joins(wrappedLines(lines, model)?.runsOn);
    expect(paragraphLayout(lines, withSetting('fragments', `minJoinsOverWrap: ${Math.floor(ratio)}`))?.name).toBe('fragmented');
    expect(paragraphLayout(lines, withSetting('fragments', `minJoinsOverWrap: ${Math.floor(ratio) + 1}`))?.name).toBe('wrapped');
  });

  /** The paragraphs of a page read as split, which is wrapped at 72 columns as well: the story again in a table's narrow cell, wrapped at 24, its many lines running on in lower case. */
  function withNarrowCell(...wide: string[]): string[] {
    const lines = pageLines(page(wide.map((line) => hardWrap(line, 72)), ARTICLE.slice(2).map((line) => hardWrap(line, 24))));
    const layout = paragraphLayout(lines, model)!;
    expect(layout.name).toBe('fragmented');
    return joinParagraphs(lines, layout.runsOn).map((paragraph) => paragraph.line.text);
  }

  it('joins a full line that ends within a sentence to the next where the page is wrapped as well, though that one starts with a capital', () => {
    const named = ['The plans were drawn up over the long and stormy winter by the engineer', 'Anna Berg, who also built the new bridge.'];
    expect(withNarrowCell(ARTICLE[2]!, named.join('\n'), ARTICLE[5]!)).toEqual([ARTICLE[2], named.join(' '), ARTICLE[5], ...ARTICLE.slice(2)]);
  });

  it('does not join a full line that ends a sentence to a line under it that starts with a capital', () => {
    const closing = ['The engineers will report to the council in the spring on the costs.', 'Harbour News is published on Thursdays'];
    expect(withNarrowCell(ARTICLE[2]!, ARTICLE[5]!, closing.join('\n')).slice(2, 4)).toEqual(closing);
  });
});
