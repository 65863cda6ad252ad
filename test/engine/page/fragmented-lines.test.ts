import { describe, expect, it } from 'vitest';
import { splitAtLinks } from '../../../bench/eval/converter-layout.js';
import { fragmentedLines } from '../../../src/engine/page/fragmented-lines.js';
import { joinParagraphs } from '../../../src/engine/page/paragraphs.js';
import { compileRules, strip } from '../../../src/index.js';
import { ARTICLE, FOOTER, keptLines, MENU, page, pageLines, RELATED, SPLIT_ARTICLE, splitPage } from '../../helpers/pages.js';

const rules = compileRules();

function paragraphTexts(text: string, removed?: ReadonlySet<string>): string[] | undefined {
  const lines = pageLines(text, removed);
  const runsOn = fragmentedLines(lines, rules.page);
  return runsOn && joinParagraphs(lines, runsOn).map((paragraph) => paragraph.line.text);
}

describe('fragmentedLines', () => {
  it('reads a paragraph split at its links and emphasis as one line', () => {
    const text = splitPage(SPLIT_ARTICLE.flat());
    // Headline, byline and heading end no sentence, and the first piece of the paragraph after
    // them runs on: they are read with that paragraph.
    expect(paragraphTexts(text)).toEqual([
      ARTICLE.slice(0, 3).join(' '),
      ARTICLE[3],
      `${ARTICLE[4]} ${SPLIT_ARTICLE[5]!.join(' ')}`,
      SPLIT_ARTICLE[6]!.join(' '),
    ]);
  });

  it('joins the text of a link that starts with a capital to the text before it when the text after runs on', () => {
    const text = splitPage(['Menu', 'He spoke to the press.', 'Later he wrote to', 'Anna Berg', ', the mayor, and to', 'the', 'Council', 'about it.']);
    expect(paragraphTexts(text)?.slice(-1)).toEqual(['Later he wrote to Anna Berg , the mayor, and to the Council about it.']);
  });

  it('leaves text written a block a line as it is', () => {
    expect(paragraphTexts(page(MENU, ARTICLE, RELATED, FOOTER))).toBeUndefined();
    expect(paragraphTexts(splitPage(MENU, ARTICLE, RELATED, FOOTER))).toBeUndefined();
  });

  it('does not join lines a lower-case word starts after a sentence ended, nor list items that start alike', () => {
    const text = splitPage(SPLIT_ARTICLE.flat(), ['It rained all day.', 'iPhone sales rose anyway.', '. Tennis', '. Hockey', '. Golf']);
    expect(paragraphTexts(text)!.slice(-5)).toEqual(['It rained all day.', 'iPhone sales rose anyway.', '. Tennis', '. Hockey', '. Golf']);
  });

  it('does not join an indented "o" item to the item above it, as converters write a nested menu, but an unindented "o" goes on', () => {
    const menu = ['    * News', '          o Local news', '          o World news', '    * Sport', '          o Football'];
    const text = splitPage(SPLIT_ARTICLE.flat(), ['She could not say whether the council', 'o the agency would pay.'], menu);
    expect(paragraphTexts(text)!.slice(-6)).toEqual(['She could not say whether the council o the agency would pay.', ...menu.map((line) => line.trim())]);
  });

  it('neither joins a line a rule removed nor joins anything to it', () => {
    const text = splitPage(SPLIT_ARTICLE.flat());
    const paragraphs = paragraphTexts(text, new Set(['meeting']))!;
    expect(paragraphs).toContain('Residents had asked for years that the wall be repaired before the winter storms, and many of them came to the');
    expect(paragraphs).toContain('meeting');
    expect(paragraphs).toContain('to hear the decision for themselves.');
  });

  it('needs fragments.minJoins lines that run on', () => {
    expect(paragraphTexts(splitPage(MENU, SPLIT_ARTICLE[2]!, FOOTER))).toBeUndefined();
  });
});

describe('input split at inline markup', () => {
  it('keeps the whole article of a split page and drops the menus, related links and footer', () => {
    const { text } = strip(splitPage(MENU, ['Search', 'Log in'], SPLIT_ARTICLE.flat(), RELATED, FOOTER, MENU), { rules });
    expect(keptLines(text)).toEqual(SPLIT_ARTICLE.flat());
  });

  it('keeps every line of split extracted text', () => {
    const input = splitPage(SPLIT_ARTICLE.flat());
    expect(strip(input, { rules }).text).toBe(input);
  });
});

describe('splitAtLinks (the eval layout)', () => {
  it('puts every second name inside a sentence of a content line on a line of its own, the punctuation after it starting the next', () => {
    const line = 'The council asked the Environment Agency, which warned of the cost, and then the Regional Government for help with the plans.';
    expect(splitAtLinks(`Home\n${line}\n`, line)).toBe(
      'Home\nThe council asked the\nEnvironment Agency\n, which warned of the cost, and then the Regional Government for help with the plans.\n',
    );
  });
});

describe('fragmentedLines: the pieces joined, and the bounds of what counts as split', () => {
  /** The paragraphs of `lines`, after the split article that makes the document read as split. */
  const lastParagraphs = (lines: string[], count: number, removed?: ReadonlySet<string>): string[] | undefined => paragraphTexts(splitPage(SPLIT_ARTICLE.flat(), lines), removed)?.slice(-count);

  it('joins the text after a link that goes on with a full stop and a space, and a name in capitals after a word in capitals, but no title-case headline above', () => {
    expect(lastParagraphs(['Read the report by the', 'Harbour Trust', '. It says the wall must be rebuilt.'], 1)).toEqual(['Read the report by the Harbour Trust . It says the wall must be rebuilt.']);
    expect(lastParagraphs(['Harbour News Today', 'Later she wrote to Mayor', 'Anna Berg', ', asking for a meeting.'], 2)).toEqual(['Harbour News Today', 'Later she wrote to Mayor Anna Berg , asking for a meeting.']);
  });

  it('joins a link\'s text after a piece that is one function word, and nothing after a label to a line that starts with a figure', () => {
    expect(lastParagraphs(['The council will vote', 'for', 'Harbour Trust', 'The trust will answer in May.'], 2)).toEqual(['The council will vote for Harbour Trust', 'The trust will answer in May.']);
    expect(lastParagraphs(['Harbour Rowing Club', '12 boats entered the race this year.'], 2)).toEqual(['Harbour Rowing Club', '12 boats entered the race this year.']);
  });

  const fourJoins = ['He wrote to', 'the', 'Harbour Trust', ', which', 'said no.'];

  it('reads a document whose lines run on fragments.minJoins times as split', () => {
    expect(paragraphTexts(splitPage(fourJoins))).toEqual(['He wrote to the Harbour Trust , which said no.']);
  });

  it('takes a document where those joins are fewer than fragments.minJoinShare of its pairs of lines for one written a block a line', () => {
    const sentences = Array.from({ length: 150 }, (_, index) => `Boat ${index + 1} came back to the harbour before the storm.`);
    expect(paragraphTexts(splitPage(fourJoins, sentences))).toBeUndefined();
  });
});

describe('fragmentedLines: a full stop after a link, and a share of joins met exactly', () => {
  const lastParagraphs = (lines: string[], count: number): string[] | undefined => paragraphTexts(splitPage(SPLIT_ARTICLE.flat(), lines))?.slice(-count);

  it('joins a lone full stop after a link\'s text, but no line that starts with a full stop and a letter (".NET")', () => {
    expect(lastParagraphs(['Read the report by the', 'Harbour Trust', '.'], 1)).toEqual(['Read the report by the Harbour Trust .']);
    expect(lastParagraphs(['Latest jobs', '.NET developers wanted in the harbour office'], 2)).toEqual(['Latest jobs', '.NET developers wanted in the harbour office']);
  });

  it('reads a document whose joins are exactly fragments.minJoinShare of its pairs of lines as split', () => {
    // Six joins among 200 pairs of lines is 0.03 of them; one more pair and it is less.
    const sixJoins = ['He wrote to', 'the', 'Harbour Trust', ', which', 'said no', 'to', 'the plan.'];
    const sentences = (count: number): string[] => Array.from({ length: count }, (_, index) => `Boat ${index + 1} came back to the harbour before the storm.`);
    expect(rules.page.settings.fragments.minJoinShare).toBe(0.03);
    expect(paragraphTexts(splitPage(sixJoins, sentences(194)))?.[0]).toBe('He wrote to the Harbour Trust , which said no to the plan.');
    expect(paragraphTexts(splitPage(sixJoins, sentences(195)))).toBeUndefined();
  });
});
