import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { highlightBoxTest, tailsByLine } from '../../../src/engine/page/closing-lines.js';
import { isHighlight, isHighlightSentence } from '../../../src/engine/page/line-shapes.js';
import { nextLine, previousLine, viewPage, type PageView } from '../../../src/engine/page/page-view.js';
import { NUM_RUNS } from '../../helpers/arbitraries.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARTICLE, FOOTER, keptLines, MENU, page, pageLines, RELATED } from '../../helpers/pages.js';

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

describe('page analysis: the tail, read once for each line', () => {
  // No figures: a list item with figures is a table's row, which the tail passes anyway.
  const places = ['harbour', 'river', 'station', 'market', 'bridge', 'garden', 'school'];
  const highlight = (index: number) => `* the ferry will run again in the spring once the ${places[index % places.length]} wall is rebuilt`;

  it('keeps every item of a box of highlights after the story, however long the box', () => {
    // Running text must outweigh the box (article.minTextShare) for the analysis to read the tail at all.
    const paragraphs = [ARTICLE[2]!, ARTICLE[3]!, ARTICLE[5]!, ARTICLE[6]!];
    const story = Array.from({ length: 300 }, (_unused, index) => `${index + 1}. ${paragraphs[index % paragraphs.length]!}`);
    const box = Array.from({ length: 1000 }, (_unused, index) => highlight(index));
    const { text } = strip([...story, ...box, 'Share this article What is this?'].join('\n'), { rules, profile: 'article' });
    expect(keptLines(text)).toEqual([...story, ...box]);
  });

  /** The box test as it read before: for the line, a walk over the items above it and below it. */
  function walkedBox(view: PageView, index: number): boolean {
    const isSentence = (line: number): boolean => isHighlight(view, line, rules.page) && isHighlightSentence(view, line, rules.page);
    if (!isSentence(index)) return false;
    for (const step of [(line: number) => previousLine(view, line), (line: number) => nextLine(view, line)]) {
      for (let line = step(index); line >= 0 && view.features[line]!.bullet; line = step(line)) if (!isSentence(line)) return false;
    }
    return true;
  }

  it('tells each line of a box of highlights as the walk over its items did', () => {
    // Highlights, shorter items, links, title-case items, letterless lines, lines a rule removed and running text, in any order.
    const line = fc.oneof(
      fc.nat(6).map(highlight),
      fc.constantFrom('* Short item here', '* [A link to the story](https://example.com/story)', '* Ferry Will Run Again In The Spring Once The Wall Is Rebuilt', '---', 'Share this', ARTICLE[2]!),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (texts) => {
        const view = viewPage(pageLines(texts.join('\n'), new Set(['Share this'])), rules.page);
        const inBox = highlightBoxTest(view, rules.page);
        // In any order of asking: each answer stands on its own.
        const order = view.lines.map((_line, index) => index).reverse();
        for (const index of order) expect(inBox(index)).toBe(walkedBox(view, index));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('finds the tail holding each line as a search of the tails does', () => {
    const tail = fc.record({ after: fc.integer({ min: -1, max: 30 }), closing: fc.nat(30), end: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(tail, { maxLength: 6 }), (tails) => {
        const holding = tailsByLine(tails, 30);
        for (let index = 0; index < 30; index++) expect(holding[index]).toBe(tails.find((found) => index > found.after && index <= found.end));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('page analysis: where the closing lines and the tail stop', () => {
  const withBlockLines = (count: number) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  region:\n    closingBlockLines: ${count}\n`, 'closing.yaml')]);
  const after = (input: string, ruleSet = rules) => keptLines(strip(input, { rules: ruleSet, profile: 'page' }).text).filter((line) => !ARTICLE.includes(line));

  it('keeps the closing line or the table that ends the page, with nothing after it', () => {
    expect(after(page(MENU, ARTICLE, ['The hearing goes on.']))).toEqual(['The hearing goes on.']);
    expect(after(page(MENU, ARTICLE, ['Harbour 3 Quay 1', 'Ferry 2 Bridge 0']))).toEqual(['Harbour 3 Quay 1', 'Ferry 2 Bridge 0']);
  });

  it('takes no closing sentence past a sentence a rule removed', () => {
    const input = page(MENU, ARTICLE, ['Sign up to our newsletter to get the news every morning.', 'The hearing goes on.'], FOOTER);
    expect(strip(input, { rules, profile: 'page' }).removals).toContainEqual(expect.objectContaining({ text: 'Sign up to our newsletter to get the news every morning.', pack: 'account' }));
    expect(after(input)).toEqual([]);
  });

  it('keeps a block of exactly region.closingBlockLines lines before a related heading', () => {
    const block = ['Tickets at the harbour office', 'Harbour Hall', '12 Quay Street', 'See you there!'];
    expect(after(page(MENU, ARTICLE, block, RELATED, FOOTER), withBlockLines(block.length))).toEqual(block);
  });

  it('counts a run of raw markup lines in such a block once, and a letterless line not at all, among its short labels in a row', () => {
    const tags = ['</div>', '</section>', '<div class="info">'];
    const block = ['Tickets at the harbour office', '12 Quay Street', ...tags, 'Harbour Hall'];
    expect(after(page(MENU, ARTICLE, block, RELATED, FOOTER))).toEqual(expect.arrayContaining(['Tickets at the harbour office', 'Harbour Hall']));
    // The run is one short label: with one before it and one after, three in a row.
    expect(after(page(MENU, ARTICLE, ['Tickets at the harbour office', '12 Quay Street', 'Harbour Hall', ...tags, 'Quay Street'], RELATED, FOOTER))).toEqual([]);
    const ruled = ['Tickets at the harbour office', '12 Quay Street', 'Harbour Hall', '------', 'Quay Street', '12 May'];
    expect(after(page(MENU, ARTICLE, ruled, RELATED, FOOTER))).toEqual(expect.arrayContaining(['Harbour Hall', 'Quay Street', '12 May']));
  });

  it('keeps no such block holding a row of links', () => {
    expect(after(page(MENU, ARTICLE, ['Tickets at the harbour office', 'Tickets | Times | Prices'], RELATED, FOOTER))).toEqual([]);
  });
});
