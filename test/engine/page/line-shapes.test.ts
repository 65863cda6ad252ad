import { describe, expect, it } from 'vitest';
import { hasSpaceRun, inSentenceCase, introducesList, isByline, isDateline, isHeadlineLike, isHighlight, isHighlightSentence, isListItem, isNumberedHighlight, isShortLabel, isTeaserList } from '../../../src/engine/page/line-shapes.js';
import { viewPage, type PageView } from '../../../src/engine/page/page-view.js';
import { compileRules } from '../../../src/index.js';
import { pageLines } from '../../helpers/pages.js';

const model = compileRules().page;
/** A page of these lines, no blank line between them. */
const viewOf = (lines: string[]): PageView => viewPage(pageLines(`${lines.join('\n')}\n`), model);
/** Which of `lines` the test holds for, each read on the page of all of them. */
const holds = (lines: string[], test: (view: PageView, index: number) => boolean): string[] => {
  const view = viewOf(lines);
  return lines.filter((_line, index) => test(view, index));
};

describe('line shapes', () => {
  it('isHeadlineLike: a few words, not running text, no list item, separator, breadcrumb or cells, ending as no clause does but for an abbreviation', () => {
    const headlines = ['Harbour town votes to rebuild its old sea wall', 'Council backs the wall plan of the U.S.'];
    const others = ['Sea wall vote', 'Harbour town votes to rebuild its old sea wall,', '* Harbour town votes to rebuild its old sea wall', 'News > Harbour > Town votes to rebuild the wall', 'Harbour | Town | Votes | Wall | Plan', 'Harbour town votes    to rebuild its old sea wall'];
    expect(holds([...headlines, ...others], (view, index) => isHeadlineLike(view, index, model))).toEqual(headlines);
  });

  it('isDateline and isByline: a line mostly of figures; a byline\'s first word over two names, or a time of day and a year', () => {
    // html2text writes a link's spaces as underscores: "By_Ann_Lee", "By Ann_Lee"; not "By_the_harbour_wall".
    const lines = ['Updated 12 March 2024', 'By Ann Lee', 'Ann Lee, Harbour News 3:53 p.m. EST January 25, 2014', 'By_Ann_Lee', 'By Ann_Lee', 'By the harbour wall', 'By_the_harbour_wall', 'By Ann', '8:01 a.m.: Mayor named'];
    expect(holds(lines, (view, index) => isDateline(view, index, model))).toEqual(['Updated 12 March 2024']);
    expect(holds(lines, (view, index) => isByline(view, index, model))).toEqual(['By Ann Lee', 'Ann Lee, Harbour News 3:53 p.m. EST January 25, 2014', 'By_Ann_Lee', 'By Ann_Lee']);
  });

  it('isHighlight: list items in sentence case beside another, or any item of a run of items no links most of which are so; not a title-case list', () => {
    const highlights = ['* The council voted to rebuild the sea wall', '* Work on the first part starts in the spring'];
    expect(holds(['Story highlights', ...highlights], (view, index) => isHighlight(view, index, model))).toEqual(highlights);
    expect(holds(['* Storm Closes Ferry Port', '* Fishing Fleet Returns Early'], (view, index) => isHighlight(view, index, model))).toEqual([]);
    // One item naming people is in title case; among links, no item has a sentence-case one beside it.
    const mixed = ['* The council voted to rebuild the sea wall', '* Ann Lee Named Harbour Master', '* Work on the first part starts in the spring'];
    expect(holds(mixed, (view, index) => isHighlight(view, index, model))).toEqual(mixed);
    const links = mixed.map((item, index) => `* [${item.slice(2)}](/story-${index})`);
    expect(holds(links, (view, index) => isHighlight(view, index, model))).toEqual([]);
  });

  it('isListItem: a bullet, or lynx\'s marks of a deeper level', () => {
    expect(holds(['* Sport', 'o Football', '# Results', 'Sport'], isListItem)).toEqual(['* Sport', 'o Football', '# Results']);
  });

  it('introducesList: a line of line.listIntroWords words or more ending so, not a short heading', () => {
    expect(holds(['The players invited to the combine:', 'Latest news:'], (view, index) => introducesList(view, index, model))).toEqual(['The players invited to the combine:']);
  });

  it('isTeaserList: paragraphs that each follow a short line, not a story with a subheading now and then', () => {
    const paragraph = (topic: string) => `The council voted on Tuesday night to ${topic}, after a debate that lasted well into the evening and many residents came to hear it.`;
    const teasers = ['Storm closes port', paragraph('close the port'), 'Fleet returns early', paragraph('call the fleet back'), 'Lifeboat crew honoured', paragraph('honour the crew')];
    const story = [paragraph('rebuild the wall'), paragraph('pay for the wall'), 'What happens next', paragraph('start in spring'), paragraph('finish in two years')];
    expect(isTeaserList(viewOf(teasers), 0, teasers.length - 1, model)).toBe(true);
    expect(isTeaserList(viewOf(story), 0, story.length - 1, model)).toBe(false);
  });

  it('inSentenceCase and hasSpaceRun', () => {
    expect(inSentenceCase('The council voted to rebuild the wall')).toBe(true);
    expect(inSentenceCase('Council Votes To Rebuild The Wall')).toBe(false);
    // A script without case has no title case; a line without letters is no sentence.
    expect(inSentenceCase('* 港の潮位表を 海図から読み取る')).toBe(true);
    expect(inSentenceCase('* 12 34 56')).toBe(false);
    expect(hasSpaceRun('Harbour   45 min', 3)).toBe(true);
    expect(hasSpaceRun('Harbour  45 min', 3)).toBe(false);
  });
});

describe('line shapes at their bounds', () => {
  const { headline } = model.settings;
  /** A title-case line of `count` words, none a function word. */
  const titleWords = (count: number): string => ['Harbour', 'Wall', 'Storm', 'Ferry', 'Port', 'Fleet', 'Crew', 'Tide', 'Quay', 'Pier', 'Boat', 'Mill', 'Dock', 'Beach', 'Coast', 'Cliff', 'Bay', 'Reef', 'Sand', 'Rock', 'Cove', 'Gull', 'Kelp', 'Buoy', 'Mast', 'Sail'].slice(0, count).join(' ');

  it('isHeadlineLike: from headline.minWords to headline.maxWords words, from line.textWords words on only with function words, and no line a rule removed', () => {
    const lines = [titleWords(headline.minWords), titleWords(headline.minWords - 1), titleWords(model.settings.line.textWords - 1), titleWords(model.settings.line.textWords)];
    expect(holds(lines, (view, index) => isHeadlineLike(view, index, model))).toEqual([lines[0], lines[2]]);
    const longest = `${titleWords(headline.maxWords - 5)} of the and to a`;
    expect(holds([longest, `${longest} Bay`], (view, index) => isHeadlineLike(view, index, model))).toEqual([longest]);
    const title = 'Harbour town votes to rebuild its old sea wall';
    const view = viewPage(pageLines(`${title}\n`, new Set([title])), model);
    expect(isHeadlineLike(view, 0, model)).toBe(false);
  });

  it('isDateline: no line of fewer than headline.datelineWords words, however many figures', () => {
    expect(holds(['12 March', '12 March 2024', '2024'], (view, index) => isDateline(view, index, model))).toEqual(['12 March 2024']);
  });

  it('isByline: up to headline.maxBylineWords words, two capitalised names after the first word, spaces in a row as one', () => {
    const longest = `By Ann Lee ${'and '.repeat(headline.maxBylineWords - 4)}Tom`;
    expect(longest.split(' ')).toHaveLength(headline.maxBylineWords);
    const lines = [longest, `${longest} Rees`, 'By  Ann  Lee', 'By the Harbour Office'];
    expect(holds(lines, (view, index) => isByline(view, index, model))).toEqual([longest, 'By  Ann  Lee']);
  });

  it('isHighlight: a sentence-case item beside another stands however the run goes on; a link or an item of a run half in title case is none', () => {
    const sentences = ['* The council voted to rebuild the sea wall', '* Work on the first part starts in the spring'];
    const titles = ['* Storm Closes Ferry Port', '* Fishing Fleet Returns Early', '* Lifeboat Crew Honoured'];
    expect(holds(['Story highlights', ...sentences, ...titles], (view, index) => isHighlight(view, index, model))).toEqual(sentences);
    const link = '* [Storm Closes Ferry Port](/storm)';
    expect(holds([link, ...sentences], (view, index) => isHighlight(view, index, model))).toEqual(sentences);
    expect(holds(['Story highlights', sentences[0]!, titles[0]!], (view, index) => isHighlight(view, index, model))).toEqual([]);
  });

  it('isHighlight: counts the items of a run up to headline.maxGap either side', () => {
    const title = (index: number): string => `* Harbour ${titleWords(3)} ${index}`;
    const sentence = (index: number): string => `* The council voted on the wall ${index}`;
    // The item read has a title-case item above it and, below, five sentence-case items and three title-case ones in its reach; the next beyond it is in sentence case.
    const lines = ['Box', title(0), title(1), ...[2, 3, 4, 5, 6].map(sentence), title(7), title(8), title(9), sentence(10), sentence(11)];
    expect(headline.maxGap).toBe(8);
    expect(holds(lines, (view, index) => isHighlight(view, index, model))).not.toContain(title(1));
    // A title-case item whose reach holds no sentence-case one, though the run goes on to many.
    const far = ['Box', ...[0, 1, 2, 3, 4, 5].map(title), ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map(sentence)];
    expect(holds(far, (view, index) => isHighlight(view, index, model))).not.toContain(title(0));
  });

  it('isHighlightSentence and isNumberedHighlight: line.textWords words or more; numbered items in sentence case beside another, the first line of the page too', () => {
    const { textWords } = model.settings.line;
    const sentence = (count: number): string => ['The', 'council', 'voted', 'to', 'rebuild', 'the', 'wall', 'after', 'a', 'long', 'debate', 'at', 'night'].slice(0, count).join(' ');
    expect(holds([`* ${sentence(textWords - 1)}`, `* ${sentence(textWords - 2)}`], (view, index) => isHighlightSentence(view, index, model))).toEqual([`* ${sentence(textWords - 1)}`]);
    const numbered = [`1. ${sentence(textWords - 1)}`, `2. ${sentence(textWords - 1)}`];
    expect(holds(numbered, (view, index) => isNumberedHighlight(view, index, model))).toEqual(numbered);
    const short = [`1. ${sentence(textWords - 2)}`, `2. ${sentence(textWords - 2)}`];
    expect(holds(short, (view, index) => isNumberedHighlight(view, index, model))).toEqual([]);
    expect(holds([numbered[0]!, 'A line between', numbered[1]!], (view, index) => isNumberedHighlight(view, index, model))).toEqual([]);
    const titled = ['1. Three Players Are Out Of The Next Game For Now', '2. The Coach Says The Team Will Play On In The Cup'];
    expect(holds(titled, (view, index) => isNumberedHighlight(view, index, model))).toEqual([]);
  });

  it('inSentenceCase: the words after the first, more than half of them in lower case', () => {
    expect(inSentenceCase('Harbour wall')).toBe(true);
    expect(inSentenceCase('Harbour Town wall')).toBe(false);
  });

  it('isShortLabel: a short line that is neither running text nor a list item', () => {
    const view = viewOf(['Sport', '* Sport', 'Harbour wall and ferry port', 'The council voted on Tuesday night to rebuild the sea wall, after a long debate.']);
    expect(view.features.map((features) => isShortLabel(features, model))).toEqual([true, false, false, false]);
  });

  it('isTeaserList: lines the rules removed between the paragraphs make no teasers; a few teasers among many paragraphs are no list', () => {
    const paragraph = (topic: string) => `The council voted on Tuesday night to ${topic}, after a debate that lasted well into the evening and many residents came to hear it.`;
    const topics = ['rebuild the wall', 'pay for the wall', 'start in spring', 'finish in two years', 'hire the engineers'];
    const withAdverts = topics.flatMap((topic) => [paragraph(topic), 'Advertisement']);
    const lines = pageLines(`${withAdverts.join('\n')}\n`, new Set(['Advertisement']));
    expect(isTeaserList(viewPage(lines, model), 0, lines.length - 1, model)).toBe(false);
    const fewTeasers = ['Storm closes port', paragraph('close the port'), 'Fleet returns early', paragraph('call the fleet back'), ...topics.map(paragraph)];
    expect(isTeaserList(viewOf(fewTeasers), 0, fewTeasers.length - 1, model)).toBe(false);
  });
});

describe('line shapes at their bounds: shares met exactly', () => {
  it('isHeadlineLike: a headline of line.textWords words or more with exactly headline.minFunctionShare of function words', () => {
    // One function word ("as") in twenty: 0.05.
    const headline = 'Harbour Town Council Backs Sea Wall Plan As Storms Flood Quay Homes Mayor Anna Berg Says Work Starts Spring Tuesday';
    const view = viewOf([headline]);
    expect([view.features[0]!.words, view.features[0]!.functionShare]).toEqual([20, model.settings.headline.minFunctionShare]);
    expect(isHeadlineLike(view, 0, model)).toBe(true);
  });

  it('isNumberedHighlight: no numbered item whose words after the first are as many capitalised as in lower case', () => {
    const items = ['1. Mayor Anna Berg wins the Harbour Cup vote for Town again', '2. Mayor Anna Berg wins the Harbour Cup vote for Town again'];
    expect(holds(items, (view, index) => isNumberedHighlight(view, index, model))).toEqual([]);
  });

  it('isTeaserList: paragraphs exactly article.teaserShare of which follow a short line', () => {
    const paragraph = (topic: string) => `The council voted on Tuesday night to ${topic}, after a debate that lasted well into the evening and many residents came to hear it.`;
    const lines = ['Storm closes port', paragraph('close the port'), 'Fleet returns early', paragraph('call the fleet back'), paragraph('honour the crew'), paragraph('rebuild the wall')];
    expect(model.settings.article).toMatchObject({ minTeasers: 2, teaserShare: 0.5 });
    expect(isTeaserList(viewOf(lines), 0, lines.length - 1, model)).toBe(true);
    expect(isTeaserList(viewOf([...lines, paragraph('pay for the wall')]), 0, lines.length, model)).toBe(false);
  });
});
