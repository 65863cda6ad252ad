import { describe, expect, it } from 'vitest';
import { compileRuleSet, compileRules, DEFAULT_RULES_DIR, loadRuleFiles, parseRulePack, strip } from '../../../src/index.js';
import { detailOf } from '../../helpers/page-detail.js';
import { ARTICLE, FOOTER, keptLines, MENU, page } from '../../helpers/pages.js';

const rules = compileRules();
const clean = (text: string, profile: 'auto' | 'page' | 'article' | 'lines' = 'page') => strip(text, { rules, profile });

describe('page analysis: the headline above a share bar or a picture', () => {
  const [headline, byline, ...body] = ARTICLE;
  const dateline = 'Updated 12 March 2024, 09:15';
  const shareBar = ['Share this article', 'Facebook', 'Twitter', '1.2k', '[sea-wall.jpg]'];
  const head = ['Waves break over the old sea wall', 'Photo: Ann Lee', byline!, 'Harbour correspondent'];
  const kept = [head[0], byline, head[3], ...body];
  const withHeadline = (settings: string) => compileRuleSet([...loadRuleFiles([DEFAULT_RULES_DIR]), parseRulePack(`page:\n  headline:\n${settings}`, 'headline.yaml')]);

  it('keeps the headline and its dateline past the share bar and the picture, which go, and says why', () => {
    const input = page(MENU, [headline!, dateline], shareBar, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, dateline, ...kept]);
    expect(detailOf(input, headline!)).toMatch(/^page-headline words=9 /);
  });

  it('keeps a dateline right above the headline, but not one of lynx\'s numbered links', () => {
    expect(keptLines(clean(page(MENU, [dateline, headline!], shareBar, head, body, FOOTER)).text)).toEqual([dateline, headline, ...kept]);
    const numbered = '[12]News [13]Harbour 2024 [14]12 March';
    expect(keptLines(clean(page(MENU, [numbered, headline!], shareBar, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
  });

  it('keeps the standfirst under the headline', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    const { text } = clean(page(MENU, [headline!, standfirst], shareBar, head, body, FOOTER));
    expect(keptLines(text)).toEqual([headline, standfirst, ...kept]);
  });

  it('passes at most headline.maxGap widget lines', () => {
    const input = page(MENU, [headline!], shareBar, head, body, FOOTER);
    expect(keptLines(strip(input, { rules: withHeadline('    maxGap: 2\n'), profile: 'page' }).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    maxGap: 1\n'), profile: 'page' }).text)).toEqual(kept);
  });

  it('takes no list of teaser headlines for the headline', () => {
    const teasers = ['Storm closes the ferry port for a week', 'Fishing fleet returns early from the banks', 'Lifeboat crew honoured for a winter rescue'];
    expect(keptLines(clean(page(MENU, teasers, shareBar, head, body, FOOTER)).text)).toEqual(kept);
    expect(keptLines(strip(page(MENU, teasers, shareBar, head, body, FOOTER), { rules: withHeadline('    maxLines: 3\n'), profile: 'page' }).text)).toEqual([...teasers, ...kept]);
  });

  it('keeps a headline of a few words right above the standfirst, unless a longer one stands further up', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    expect(keptLines(clean(page(MENU, ['Wall vote passes', standfirst], shareBar, head, body, FOOTER)).text)).toEqual(['Wall vote passes', standfirst, ...kept]);
    expect(keptLines(clean(page(MENU, [headline!, 'By Ann Lee', standfirst], shareBar, head, body, FOOTER)).text)).toEqual([headline, 'By Ann Lee', standfirst, ...kept]);
  });

  it('keeps a byline under the headline, by its first word over two names or by a time of day, but no widget line of as many words', () => {
    for (const byline of ['By Ann Lee', 'Par Anne Roy, Luc Blanc', 'Ann Lee, Harbour News 3:53 p.m. EST March 12, 2024', 'Posted 12 March 2024 - Page updated at 09:15 AM']) {
      expect(keptLines(clean(page(MENU, [headline!, byline], shareBar, head, body, FOOTER)).text)).toEqual([headline, byline, ...kept]);
    }
    // No byline: no name after the word, a widget line the search passes or stops at; longer than headline.maxBylineWords; no bylineStarts.
    expect(keptLines(clean(page(MENU, [headline!, 'Sort by date'], shareBar, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    expect(keptLines(clean(page(MENU, [headline!, 'By clicking you agree to our terms.'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
    // A timestamp right above the head stays with it, though no headline stands above.
    const timestamp = 'Page updated at 09:15 AM, 12 March 2024.';
    expect(keptLines(clean(page(MENU, ['Movies | Restaurants | Events', timestamp, 'Harbour news'], head.slice(1), body, FOOTER)).text)).toEqual([timestamp, 'Harbour news', ...kept.slice(1)]);
    for (const settings of ['    maxBylineWords: 2\n', '    bylineStarts: []\n']) {
      expect(keptLines(strip(page(MENU, [headline!, 'By Ann Lee'], shareBar, head, body, FOOTER), { rules: withHeadline(settings), profile: 'page' }).text)).toEqual([headline, ...kept]);
    }
  });

  it('keeps a headline ending in an abbreviation\'s full stop, not one ending a clause', () => {
    const abbreviated = 'Harbour town signs a fishing deal with the U.S.';
    expect(keptLines(clean(page(MENU, [abbreviated], shareBar, head, body, FOOTER)).text)).toEqual([abbreviated, ...kept]);
    expect(keptLines(clean(page(MENU, ['Harbour town signs a fishing deal with the navy.'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps the headline above a box of highlights in sentence case, and the highlights written as sentences, but not above title-case teasers', () => {
    const highlights = ['Story highlights', '* The council voted to rebuild the wall after a long debate', '* Work on the first section is expected to start in the spring'];
    expect(keptLines(clean(page(MENU, [headline!], highlights, head, body, FOOTER)).text)).toEqual([headline, ...highlights.slice(1), ...kept]);
    // Items shorter than line.textWords words are tool buttons as often: they pass but stay out.
    const tools = ['* Make the text smaller', '* Make the text larger'];
    expect(keptLines(clean(page(MENU, [headline!], tools, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    const teasers = ['* Storm Closes The Ferry Port For A Whole Week', '* Lifeboat Crew Honoured For A Winter Rescue'];
    expect(keptLines(clean(page(MENU, [headline!], teasers, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps the headline above a box of links under a related heading, which stays out, up to headline.maxBoxLines lines', () => {
    const box = ['Related stories', '* Storm Closes The Ferry Port For A Week', 'Story tools', '* Fishing Fleet Returns Early From The Banks'];
    const input = page(MENU, [headline!], box, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    boxPacks: [related]\n    maxBoxLines: 2\n'), profile: 'page' }).text)).toEqual(kept);
    // Teaser headlines with no related heading over them are a list of teasers: nothing past them.
    expect(keptLines(clean(page(MENU, [headline!], box.slice(1), head, body, FOOTER)).text)).toEqual(kept);
  });

  it('passes a highlights box most of whose items are in sentence case, one naming people, but no such list of links', () => {
    const highlights = ['* The council voted to rebuild the wall after a long debate', '* Mayor Ann Lee Tells Harbour Residents The Work Starts In May', '* Work on the first section is expected to start in the spring'];
    expect(keptLines(clean(page(MENU, [headline!], highlights, head, body, FOOTER)).text)).toEqual([headline, ...highlights, ...kept]);
    const links = highlights.map((item, index) => `* [${item.slice(2)}](https://example.com/${index})`);
    expect(keptLines(clean(page(MENU, [headline!], links, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('keeps a standfirst and its copy under it (a caption repeating it)', () => {
    // Shorter than the repeated-paragraph rule's copies, as a wrapped paragraph's lines are.
    const standfirst = 'The council will pay for a new wall, the mayor said on Tuesday.';
    const highlights = ['Story highlights', '* The council voted to rebuild the wall after a long debate', '* Work on the first section is expected to start in the spring'];
    const { text } = clean(page(MENU, [headline!, 'By Ann Lee', standfirst, standfirst], highlights, head, body, FOOTER));
    // The two score as a stretch of running text: the story opens with them, and the highlights box under them is its own.
    expect(keptLines(text)).toEqual([headline, 'By Ann Lee', standfirst, standfirst, ...highlights, ...kept]);
  });

  it('keeps a standfirst that ends no sentence, in sentence case, but passes no title-case line of as many words', () => {
    // Longer than a headline (headline.maxWords), shorter than unended running text (line.unendedWords).
    const unended = 'The harbour master explains how the town plans to keep the sea out of its streets through the winter and what residents can do to help';
    expect(keptLines(clean(page(MENU, [headline!, unended, 'By Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual([headline, unended, 'By Ann Lee', ...kept]);
    const titleCase = unended.replace(/(^| )(\p{Ll})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());
    expect(keptLines(clean(page(MENU, [headline!, titleCase, 'By Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('passes a picture\'s caption over its credit, however long, but no sentence there, which is the standfirst', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    const caption = 'Waves break over the harbour wall at high tide on Monday morning, seen from the pier';
    const input = page(MENU, [headline!, standfirst, caption, 'Photo: Ann Lee'], shareBar, head, body, FOOTER);
    expect(keptLines(clean(input).text)).toEqual([headline, standfirst, ...kept]);
    expect(keptLines(strip(input, { rules: withHeadline('    captionPacks: []\n'), profile: 'page' }).text)).toEqual(kept);
    // A sentence over the credit may be the standfirst itself.
    expect(keptLines(clean(page(MENU, [headline!, standfirst, 'Photo: Ann Lee'], shareBar, head, body, FOOTER)).text)).toEqual([headline, standfirst, ...kept]);
  });

  it('passes a list of tools most of whose items the rules removed, however long the others, but no menu holding one such item', () => {
    const tools = ['* Print', '* Email', '* Share on Facebook', '* Harbour News on your phone from one euro a week'];
    expect(keptLines(clean(page(MENU, [headline!], tools, head, body, FOOTER)).text)).toEqual([headline, ...kept]);
    expect(keptLines(strip(page(MENU, [headline!], tools, head, body, FOOTER), { rules: withHeadline('    minToolShare: 0.8\n'), profile: 'page' }).text)).toEqual(kept);
    const menu = ['* Print', '* Harbour', '* Ferries', '* Weather', '* Harbour News on your phone from one euro a week'];
    expect(keptLines(clean(page(MENU, [headline!], menu, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('takes no summary cut short for a standfirst: a teaser and its headline stay out', () => {
    const summary = 'The council has agreed to pay for a new wall after a debate that lasted well into the night and...';
    expect(keptLines(clean(page(MENU, [headline!, summary], shareBar, head, body, FOOTER)).text)).toEqual(kept);
  });

  it('takes nothing past a list item longer than a widget, nor a breadcrumb or a row of cells', () => {
    const teaser = ['* Readers send in their pictures of the storm'];
    expect(keptLines(clean(page(MENU, [headline!], teaser, shareBar, head, body, FOOTER)).text)).toEqual(kept);
    for (const line of ['Home > News > Harbour town votes to rebuild', 'Harbour news     Town council     Weather today']) {
      expect(keptLines(clean(page(MENU, [line], shareBar, head, body, FOOTER)).text)).toEqual(kept);
    }
  });
});

describe('page analysis: the page\'s title as a converter marks it', () => {
  const [headline, , ...body] = ARTICLE;
  // More short lines than headline.maxGap: the search for an unmarked headline stops short of them.
  const tags = ['Filed under:', ...['Harbours', 'Sea walls', 'Storms', 'Councils', 'Ferries', 'Weather', 'Budgets', 'Engineering', 'Coast'].map((tag) => `* ${tag}`)];

  it('keeps a first-level heading above the head, Markdown\'s or html2text\'s, past what the search does not pass, and says why', () => {
    for (const title of [`# ${headline}`, `****** ${headline} ******`]) {
      const input = page(MENU, [title], tags, body, FOOTER);
      expect(keptLines(clean(input).text)).toEqual([title, ...body]);
      expect(detailOf(input, title)).toMatch(/^page-headline /);
    }
    // Unmarked, the same line stays out.
    expect(keptLines(clean(page(MENU, [headline!], tags, body, FOOTER)).text)).toEqual(body);
  });

  it('keeps the marked subheadings right under it that may be its standfirst, and the byline and dateline there', () => {
    const standfirst = 'The council has agreed to pay for a new wall after a debate that lasted well into the night.';
    for (const [title, subtitle] of [[`# ${headline}`, `## ${standfirst}`], [`****** ${headline} ******`, `***** ${standfirst} *****`]]) {
      const under = [subtitle!, 'By Ann_Lee', '12 March 2024, 09:15'];
      expect(keptLines(clean(page(MENU, [title!], under, tags, body, FOOTER)).text)).toEqual([title, ...under, ...body]);
    }
    // An unmarked line there, a label, is no standfirst: the search stops at it.
    expect(keptLines(clean(page(MENU, [`# ${headline}`, 'Harbour news', 'By Ann_Lee'], tags, body, FOOTER)).text)).toEqual([`# ${headline}`, ...body]);
  });

  it('takes no site name set as the title, no title above running text, and none a rule removed', () => {
    expect(keptLines(clean(page(['# Harbour News'], MENU, tags, body, FOOTER)).text)).toEqual(body);
    const teaser = 'Fishing fleet returns early from the banks after the storms of last week closed the port.';
    expect(keptLines(clean(page(MENU, [`# ${headline}`, teaser], tags, body, FOOTER)).text)).toEqual(body);
    expect(keptLines(clean(page(MENU, ['# Share this article on Facebook'], tags, body, FOOTER)).text)).toEqual(body);
  });
});

describe('page analysis: the story\'s opening above a related box set into it', () => {
  const [headline, , ...body] = ARTICLE;
  const lead = ['The old sea wall has protected the harbour since the storms of the last century, and the town has now voted to rebuild it.', 'The vote came after a debate that lasted well into the night.'];
  const items = ['* Storm closes the ferry port for a week', '05 Oct 2011', '* Fishing fleet returns early from the banks', '21 Sep 2011', '* Lifeboat crew honoured for a winter rescue', '14 Sep 2011'];

  it('starts the story at the lead above a box under a related heading, its items dated on lines of their own, with raw tags around it or a picture above it', () => {
    const kept = keptLines(clean(page(MENU, [headline!], lead, ['</div>', '<div class="related">', 'Related Articles'], items, ['</div>'], body, FOOTER)).text);
    expect(kept).toEqual(expect.arrayContaining([headline, ...lead, ...body]));
    expect(kept).not.toContain(items[0]);
    // The lead's picture between it and the box passes.
    const picture = '![The old sea wall at high tide](https://example.com/wall.jpg)';
    expect(keptLines(clean(page(MENU, [headline!], lead, [picture, 'Related Articles'], items, body, FOOTER)).text)).toEqual(expect.arrayContaining([headline, ...lead, ...body]));
    // No related heading over the items: a teaser above a menu, not the story's opening.
    expect(keptLines(clean(page(MENU, [headline!], lead, ['</div>'], items, ['</div>'], body, FOOTER)).text)).not.toContain(lead[0]);
  });
});

describe('article analysis: a headline over a numbered box of highlights', () => {
  const [headline, , ...body] = ARTICLE;
  const story = body.filter((line) => line.split(' ').length > 10);
  const highlights = [
    '1. The council will rebuild the old sea wall before the winter storms',
    '2. Residents asked for years that the wall be repaired at last',
    '3. Work on the first section is expected to start in the spring',
    '4. The town and the region will share the cost of the new wall',
  ];
  const next = ['Ferry port reopens after a week of storms along the coast', '1. The ferry port has reopened after the storms of the last week', '2. The harbour master says the crossings will run on time again', 'The ferry port reopened on Monday after a week in which the storms kept every boat in the harbour, and the first crossing left on time in the morning.'];

  it('keeps the headline above four numbered highlights written as sentences (more than the head takes), on a listing page too', () => {
    const input = [headline!, '', ...highlights, '', ...story, '', ...next].join('\n') + '\n';
    expect(keptLines(clean(input, 'article').text)).toEqual([headline, ...highlights, ...story, ...next]);
  });

  it('still drops a headline above numbered teasers in title case, a list of other stories', () => {
    const teasers = ['1. Storm Closes Ferry Port For A Week', '2. Fishing Fleet Returns Early From Sea', '3. Lifeboat Crew Honoured By The Town', '4. New Bridge Opens To Traffic On Monday'];
    const input = [headline!, '', ...teasers, '', ...story].join('\n') + '\n';
    expect(keptLines(clean(input, 'article').text)).toEqual([...teasers, ...story]);
  });
});

describe('page analysis: how long a marked title may be', () => {
  const [, , ...body] = ARTICLE;
  const tags = ['Filed under:', ...['Harbours', 'Sea walls', 'Storms', 'Councils', 'Ferries', 'Weather', 'Budgets', 'Engineering', 'Coast'].map((tag) => `* ${tag}`)];
  const { minTitleWords, maxWords } = rules.page.settings.headline;
  const words = (count: number) => ['Harbour', 'town', 'votes', 'to', 'rebuild', 'its', 'old', 'sea', 'wall'].concat(Array.from({ length: count }, (_unused, index) => `stone${index}`)).slice(0, count).join(' ');
  const kept = (title: string) => keptLines(clean(page(MENU, [title], tags, body, FOOTER)).text).includes(title);

  it('takes a title of headline.minTitleWords to headline.maxWords words, its html2text marks not counted', () => {
    for (const title of [`# ${words(minTitleWords)}`, `# ${words(maxWords)}`, `****** ${words(maxWords)} ******`]) expect(kept(title)).toBe(true);
    for (const title of [`# ${words(minTitleWords - 1)}`, `# ${words(maxWords + 1)}`]) expect(kept(title)).toBe(false);
  });
});
