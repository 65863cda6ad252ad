import { describe, expect, it } from 'vitest';
import { hasSpaceRun, inSentenceCase, introducesList, isByline, isDateline, isHeadlineLike, isHighlight, isListItem, isTeaserList } from '../../../src/engine/page/line-shapes.js';
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
