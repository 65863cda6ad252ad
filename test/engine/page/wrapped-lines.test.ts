import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../../bench/eval/converter-layout.js';
import { joinParagraphs } from '../../../src/engine/page/paragraphs.js';
import { wrappedLines } from '../../../src/engine/page/wrapped-lines.js';
import { compileRules, strip } from '../../../src/index.js';
import { contentLine, NUM_RUNS } from '../../helpers/arbitraries.js';
import { ARTICLE, FOOTER, keptLines, MENU, page, pageLines, RELATED } from '../../helpers/pages.js';

const rules = compileRules();
const model = rules.page;

function paragraphTexts(text: string, removed?: ReadonlySet<string>): string[] | undefined {
  const lines = pageLines(text, removed);
  const wrapped = wrappedLines(lines, model);
  return wrapped && joinParagraphs(lines, wrapped.runsOn).map((paragraph) => paragraph.line.text);
}

describe('wrappedLines', () => {
  it('reads an article wrapped at 72 columns a paragraph at a time', () => {
    const text = page(ARTICLE.map((line) => hardWrap(line, 72)));
    expect(paragraphTexts(text)).toEqual(ARTICLE);
  });

  it('joins lines that no blank line separates, as converters that leave none out lay paragraphs', () => {
    const text = `${ARTICLE.map((line) => hardWrap(line, 64)).join('\n')}\n`;
    const paragraphs = paragraphTexts(text)!;
    expect(paragraphs.join(' ')).toBe(ARTICLE.join(' '));
    expect(paragraphs.length).toBeGreaterThan(1);
  });

  it('is not hidden by runs of link lines half the width long, which never run on', () => {
    const links = Array.from({ length: 40 }, (_, index) => `* [Storm closes the ferry port](https://example.com/${index})`);
    const text = `${links.join('\n')}\n\n${page(ARTICLE.map((line) => hardWrap(line, 72)))}`;
    expect(paragraphTexts(text)?.slice(links.length)).toEqual(ARTICLE);
  });

  it('leaves text written a paragraph a line as it is', () => {
    expect(paragraphTexts(page(MENU, ARTICLE, RELATED, FOOTER))).toBeUndefined();
    expect(paragraphTexts(`${ARTICLE.join('\n')}\n`)).toBeUndefined();
  });

  it('takes the width from lines that hold a space: a long address cannot be wrapped', () => {
    const address = `https://example.com/${'a'.repeat(150)}`;
    const text = page([address], ARTICLE.map((line) => hardWrap(line, 72)), [address, address]);
    expect(paragraphTexts(text)).toEqual([address, ...ARTICLE, address, address]);
  });

  it('takes the width from lines without a long address: pandoc writes a link in Markdown past the width', () => {
    // A link with a title, broken where pandoc breaks it: the address alone runs past 72 columns.
    const links = Array.from({ length: 12 }, (_, index) => `[Harbour wall](https://example.com/news/2011/harbour-wall-vote-${index}.html "Read the`);
    const text = `${links.join('\n\n')}\n\n${page(ARTICLE.map((line) => hardWrap(line, 72)))}`;
    expect(paragraphTexts(text)?.slice(links.length)).toEqual(ARTICLE);
  });

  it('starts every list item on a line of its own, though the line above runs on to a long address', () => {
    // pandoc's Markdown breaks a link item's text over two lines; the item's address ends the second, past the width.
    const item = (index: number) => [`-   [Harbour wall vote and the storms of the last winter, part`, `    ${index})](https://example.com/news/2011/harbour-wall-vote-and-the-storms-part-${index}.html)`];
    const items = [1, 2, 3].flatMap(item);
    const text = `${page(ARTICLE.map((line) => hardWrap(line, 72)))}\n${items.join('\n')}\n`;
    expect(paragraphTexts(text)?.slice(ARTICLE.length)).toEqual([1, 2, 3].map((index) => item(index).map((line) => line.trim()).join(' ')));
  });

  // Short words end most wrapped lines a few columns short of the width: whether the next one
  // would have fitted then turns on every column.
  const shortWords = [
    'It is to be one of the best in the land, and it is to be as good as new by the end of the year so we can all go on as we did, he said, and no one at the hall was sure if he was in jest or not.',
    'He said it was up to the town to do it, but if it is not done by May the sea may get in and we all know what that can do to us, as it did in the old days when the wall was low and the port was shut.',
  ];

  /** Whether a full line under a wrapped article runs on into `second`. */
  const runsOnInto = (second: string) => {
    const first = 'The harbour master, who has kept the port for thirty years, said the wall';
    const lines = pageLines(`${page(ARTICLE.map((line) => hardWrap(line, 72)))}\n\n${first}\n${second}\n`);
    return wrappedLines(lines, model)?.runsOn[lines.findIndex((line) => line.text === first)];
  };

  it('starts a list item on a line of its own whatever its bullet, but runs on into a dash and one space, which sets a clause apart', () => {
    expect(runsOnInto('- and the quay - would stand another winter.')).toBe(true);
    for (const bullet of ['-  ', '* ', '+ ', '• ', '▪ ']) expect(runsOnInto(`${bullet}and the quay would stand another winter.`)).toBe(false);
  });

  it('starts a heading on a line of its own, as Markdown and html2text mark it, but runs on into a marked number', () => {
    expect(runsOnInto('#4 would stand another winter.')).toBe(true);
    for (const heading of ['## More from the harbour', '***** Search the news *****']) expect(runsOnInto(heading)).toBe(false);
  });

  it('reads a quotation that html2text indents and wraps short of the width on the right a paragraph at a time, but no block indented on the left only', () => {
    const quote = 'The sea wall has kept the harbour safe for a hundred years, and we owe it to the next generation to rebuild it before the winter storms come back and the water reaches the houses on the quay again, the mayor told the council.';
    const indented = (text: string, columns: number): string[] => hardWrap(text, columns - 5).split('\n').map((line) => `     ${line}`);
    const text = `${page(ARTICLE.map((line) => hardWrap(line, 79)))}\n${indented(quote, 74).join('\n')}\n`;
    expect(paragraphTexts(text)?.at(-1)).toBe(quote);
    // Lines indented on the left only, short of the width by more than their indent (teaser headlines under lynx's paragraph indent), stay a line at a time.
    const teasers = ['   Harbour news: three free apps that track the tides for you', '   Harbour news: ten years of the ferry to the islands and after', '   The mayor says the new quay will be open in the summer'];
    expect(paragraphTexts(`${page(ARTICLE.map((line) => hardWrap(line, 79)))}\n${teasers.join('\n')}\n`)?.slice(-3)).toEqual(teasers.map((line) => line.trim()));
  });

  // page.maxLines may be raised far past its default: a block's longest line is not found by
  // spreading its lines into one call's arguments, which V8 refuses past some 120,000.
  it('reads an indented block of more lines than a call takes arguments', () => {
    const quote = ARTICLE.map((line) => hardWrap(line, 69).split('\n').map((piece) => `     ${piece}`).join('\n')).join('\n');
    const text = `${page(ARTICLE.map((line) => hardWrap(line, 79)))}\n${Array.from({ length: 150_000 / quote.split('\n').length + 1 }, () => quote).join('\n')}\n`;
    expect(wrappedLines(pageLines(text), model)).toBeDefined();
  });

  it('ends a heading on its own line, as pandoc writes a Markdown one whole and html2text closes one with its marks', () => {
    const runsOn = (first: string, second: string): boolean | undefined => {
      const lines = pageLines(`${page(ARTICLE.map((line) => hardWrap(line, 72)))}\n\n${first}\n${second}\n`);
      return wrappedLines(lines, model)?.runsOn[lines.findIndex((line) => line.text === first)];
    };
    const next = 'would stand another winter, he said.';
    for (const heading of ['# The harbour master, who has kept the port for thirty years, said the wall', '***** The harbour master, who kept the port for thirty years, spoke *****']) {
      expect(runsOn(heading, next)).toBe(false);
    }
    // html2text wraps a long heading, and its marks close it on the last line.
    expect(runsOn('****** The harbour master, who has kept the port for thirty years, said the', 'wall would stand ******')).toBe(true);
  });

  it('runs a transcript\'s caption that breaks off a sentence on into the next caption, after its time code', () => {
    const transcript = ['00:01 The council said on Tuesday that the work on the', '00:04 harbour wall would start in the spring.', '00:08 Engineers say it will take', '01:02:11 about two years.'];
    // A timetable's entries each end a sentence: none goes on.
    const timetable = ['09:00 Doors open.', '09:30 coffee in the hall.', '10:00 the mayor speaks.'];
    const text = `${page(ARTICLE.map((line) => hardWrap(line, 72)))}\n${transcript.join('\n')}\n\n${timetable.join('\n')}\n`;
    expect(paragraphTexts(text)?.slice(ARTICLE.length)).toEqual([transcript.slice(0, 2).join(' '), transcript.slice(2).join(' '), ...timetable]);
  });

  it('counts a line\'s indent towards the width, as lynx does when it indents list items deeper than paragraphs', () => {
    const indented = (text: string, first: string, rest: string): string =>
      hardWrap(text, 79 - rest.length).split('\n').map((line, index) => (index === 0 ? first : rest) + line).join('\n');
    const paragraphs = ARTICLE.slice(2, 4).map((line) => indented(line, '   ', '   '));
    const items = shortWords.map((line) => indented(line, '     * ', '       '));
    const joined = paragraphTexts(`${paragraphs.join('\n\n')}\n\n${items.join('\n')}\n`);
    expect(joined).toEqual([...ARTICLE.slice(2, 4), ...shortWords.map((line) => `* ${line}`)]);
  });

  it('leaves a table\'s rows out of the width: converters draw them past it', () => {
    const rows = Array.from({ length: 4 }, (_, index) => `| ${index + 1}  | Harbour wall repairs, the first section | Town and regional council | 121 |`);
    const text = `${page(shortWords.map((line) => hardWrap(line, 72)))}\n${rows.join('\n')}\n`;
    expect(paragraphTexts(text)?.slice(0, shortWords.length)).toEqual(shortWords);
  });

  it('leaves a link\'s title out of the width: pandoc\'s Markdown never breaks it', () => {
    // A menu of links with titles, broken where pandoc breaks them: each title runs past 72 columns.
    const menu = Array.from({ length: 12 }, (_, index) => [`-   [Harbour`, `    news ${index}](/harbour/ "Harbour news, storm warnings and the tide tables for the town")`]).flat();
    const text = `${menu.join('\n')}\n\n${page(shortWords.map((line) => hardWrap(line, 72)))}`;
    expect(paragraphTexts(text)?.slice(-shortWords.length)).toEqual(shortWords);
  });

  it('leaves Markdown headings out of the width: pandoc writes each on one line', () => {
    const headings = [1, 2, 3, 4].map((index) => `### Harbour wall repairs, part ${index}: the council votes on the plan on Monday`);
    const text = page(headings, shortWords.map((line) => hardWrap(line, 72)));
    expect(paragraphTexts(text)?.slice(-shortWords.length)).toEqual(shortWords);
  });

  it('reads a Markdown quotation a paragraph at a time: the converter wrapped the words after each line\'s mark', () => {
    const quoted = shortWords.map((line) => hardWrap(line, 70).split('\n').map((part) => `> ${part}`).join('\n'));
    const joined = paragraphTexts(page(ARTICLE.map((line) => hardWrap(line, 72)), quoted));
    expect(joined?.slice(-shortWords.length)).toEqual(quoted.map((paragraph) => paragraph.split('\n').join(' ')));
  });

  it('leaves raw HTML tags out of the width and joins a tag pandoc broke between its attributes', () => {
    const tags = [1, 2, 3, 4].map((index) => `<div\nclass="harbour-card harbour-card--list harbour-column-${index} harbour-card--news">\n\n</div>`);
    const paragraphs = paragraphTexts(`${tags.join('\n\n')}\n\n${page(shortWords.map((line) => hardWrap(line, 72)))}`);
    expect(paragraphs?.slice(-shortWords.length)).toEqual(shortWords);
    expect(paragraphs?.slice(0, 2)).toEqual([tags[0]!.split('\n\n')[0]!.replace('\n', ' '), '</div>']);
  });

  it('neither joins a line a rule removed nor joins anything to it', () => {
    const wrapped = hardWrap(ARTICLE[2]!, 72).split('\n');
    const text = page(ARTICLE.slice(3).map((line) => hardWrap(line, 72)), wrapped);
    const paragraphs = paragraphTexts(text, new Set([wrapped[1]!]))!;
    expect(paragraphs.slice(-3)).toEqual([wrapped[0], wrapped[1], wrapped.slice(2).join(' ')]);
  });

  it('takes no document of short lines for wrapped text', () => {
    expect(paragraphTexts(`${MENU.join('\n')}\n${FOOTER.join('\n')}\n`)).toBeUndefined();
  });
});

describe('hard-wrapped input', () => {
  it.each([60, 72, 80, 100])('keeps the whole article of a page wrapped at %i columns and drops the rest', (width) => {
    const { text } = strip(hardWrap(page(MENU, ['Search', 'Log in'], ARTICLE, RELATED, FOOTER, MENU), width), { rules });
    expect(keptLines(text)).toEqual(keptLines(hardWrap(page(ARTICLE), width)));
  });

  it('keeps every line of wrapped extracted text', () => {
    const input = hardWrap(page(ARTICLE), 72);
    expect(strip(input, { rules }).text).toBe(input);
  });

  it('cleans generated pages wrapped at any width from 60 to 120 columns as it cleans them unwrapped', () => {
    // Three paragraphs or more: a document with fewer than `wrap.minJoins` wrapped lines is read as it is.
    // Converters wrap at 72 to 80; near `wrap.minWidth` (50) the width found may fall below it.
    const paragraphs = fc.integer({ min: 3, max: 8 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => contentLine(index))));
    fc.assert(
      fc.property(paragraphs, fc.integer({ min: 60, max: 120 }), (article, width) => {
        const input = page(MENU, article, FOOTER);
        const wrapped = strip(hardWrap(input, width), { rules }).text;
        expect(keptLines(wrapped)).toEqual(keptLines(hardWrap(strip(input, { rules }).text, width)));
        expect(keptLines(wrapped)).toEqual(keptLines(hardWrap(page(article), width)));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('wrappedLines: full lines, and the bounds of what counts as wrapped', () => {
  const flags = (text: string): { runsOn: boolean[]; full: boolean[] } | undefined => wrappedLines(pageLines(text), model);

  it('marks the full lines that another line follows directly, not a paragraph\'s last line', () => {
    const text = page([hardWrap(ARTICLE[2]!, 72)], [hardWrap(ARTICLE[3]!, 72)]);
    expect(flags(text)?.full).toEqual([true, true, false, true, true, false]);
  });

  it('reads a paragraph whose lines run on wrap.minJoins times as wrapped', () => {
    const paragraph = hardWrap(ARTICLE.slice(2).join(' ').slice(0, 220), 72);
    expect(paragraph.split('\n')).toHaveLength(4);
    expect(flags(`${paragraph}\n`)?.runsOn).toEqual([true, true, true, false]);
  });

  it('takes full lines that mostly do not run on for text written a paragraph a line, though three of them do', () => {
    // Lines of 66 and 70 columns, each followed directly by the next: a one-letter word fits after one, a long word does not.
    const line = (first: string, length: number): string => {
      let text = first;
      for (let index = 0; text.length < length; index++) text += ` ${['harbour', 'wall', 'storm', 'tide', 'quay', 'sea', 'boat'][index % 7]}`;
      return text.slice(0, length).replace(/ \S?$/, ' ab').slice(0, length);
    };
    const starts = ['A', 'I', 'A', 'Harbourmasters', 'I', 'A', 'Lighthouses', 'I', 'A', 'Breakwaters', 'I', 'A'];
    expect(flags(`${starts.map((first, index) => line(first, index % 4 === 0 ? 70 : 66)).join('\n')}\n`)).toBeUndefined();
  });

  it('reads text wrapped at wrap.minWidth columns as wrapped, and no narrower text', () => {
    const fifty = ['The council voted on Tuesday night to rebuild the', 'sea wall that has protected the harbour since the', 'storms of the last century, after a long debate in', 'the town hall.'];
    expect(Math.max(...fifty.map((line) => line.length))).toBe(50);
    expect(flags(`${fifty.join('\n')}\n`)?.runsOn).toEqual([true, true, true, false]);
    const narrower = fifty.map((line) => line.replace(/ (\S+)$/, (_match, word: string) => ` ${word.slice(1)}`));
    expect(flags(`${narrower.join('\n')}\n`)).toBeUndefined();
  });
});

describe('wrappedLines: the room for a word, indented blocks and the widths measured', () => {
  const flags = (text: string): { runsOn: boolean[]; full: boolean[] } | undefined => wrappedLines(pageLines(text), model);
  /** Text of exactly `length` characters, words of running text after `first`. */
  const filled = (length: number, first = 'The'): string => {
    const words = 'harbour wall has kept the town safe for a hundred years and the council will rebuild it'.split(' ');
    let text = first;
    for (let index = 0; text.length < length; index++) text += ` ${words[index % words.length]}`;
    return text.slice(0, length).replace(/ $/, 's');
  };
  const article72 = page(ARTICLE.map((line) => hardWrap(line, 72)));
  const article79 = page(ARTICLE.map((line) => hardWrap(line, 79)));

  it('runs a line on only when the next line\'s first word would not have fitted after a space, to the last column', () => {
    // Under an article wrapped at 72 columns, a line of 60 leaves room for a word of 11 after a space.
    const runsOn = (second: string): boolean | undefined => {
      const lines = pageLines(`${article72}\n${filled(60)}\n${second}\n`);
      return wrappedLines(lines, model)?.runsOn[lines.length - 2];
    };
    expect(runsOn('Harbourside is where the council will meet, the mayor said.')).toBe(false);
    expect(runsOn('Harboursides are where the council will meet, the mayor said.')).toBe(true);
  });

  it('marks a line of exactly wrap.fullLineShare of the width as full', () => {
    // Wrapped at 70 columns: a full line is 56 columns or longer.
    const lines = [filled(70), filled(70, 'Harbourmasters'), filled(70, 'Harbourmasters'), filled(70, 'Harbourmasters'), filled(56, 'Harbourmasters'), filled(55, 'I'), 'I said so.'];
    expect(flags(`${lines.join('\n')}\n`)?.full).toEqual([true, true, true, true, true, false, false]);
  });

  it('reads text as wrapped when exactly wrap.minJoinShare of its full lines run on', () => {
    // Six full lines of 66 columns under a width of 70: the three before a long word run on, the three before a short one do not.
    const starts = ['A', 'Harbourmasters', 'I', 'Lighthouses', 'A', 'Breakwaters'];
    const text = `${[...starts.map((first) => filled(66, first)), filled(70, 'I')].join('\n')}\n`;
    expect(flags(text)?.runsOn).toEqual([true, false, true, false, true, false, false]);
  });

  /** Lines indented five columns (html2text's quotation), each `[length with the indent, first word]`. */
  const indented = (lines: [number, string][]): string[] => lines.map(([length, first]) => `     ${filled(length - 5, first)}`);
  /** Whether each of the last `count` lines runs on into the next, under the article wrapped at 79. */
  const runsOnBelow = (lines: string[], count = lines.length): boolean[] | undefined => flags(`${article79}\n${lines.join('\n')}\n`)?.runsOn.slice(-count);

  it('reads a quotation wrapped short of the width at the width of its longest line, wherever that line is, though its last line ends no sentence', () => {
    // Wrapped at 74 on a page of 79: a line of 66 before a word of 8 ran on at 74; it would have fitted at 79.
    const quote = indented([[66, 'The'], [66, 'harbours'], [66, 'harbours'], [74, 'harbours'], [30, 'to']]);
    expect(runsOnBelow(quote)).toEqual([true, true, true, true, false]);
  });

  it('reads a quotation of three lines at its own width, and no lone indented line', () => {
    expect(runsOnBelow(indented([[74, 'The'], [74, 'to'], [30, 'to']]))).toEqual([true, true, false]);
    // An indented line of 74 and an unindented line of text directly under it: its first word would have fitted at 79.
    expect(runsOnBelow([...indented([[74, 'The']]), filled(79, 'to')])).toEqual([false, false]);
  });

  it('ends a quotation\'s block at the first line of another indent, a list item or a heading', () => {
    const quote = indented([[74, 'The'], [74, 'to'], [74, 'to'], [30, 'to']]);
    for (const after of [filled(79, 'The'), `     * ${filled(72, 'The')}`, `     ## ${filled(71, 'The')}`]) {
      expect(runsOnBelow([...quote, after], 5)).toEqual([true, true, true, false, false]);
    }
  });

  it('reads no block at a narrower width when a line in its middle is short and ends no sentence (a verse, an address)', () => {
    expect(runsOnBelow(indented([[74, 'The'], [40, 'to'], [74, 'to'], [74, 'to'], [30, 'to']]))).toEqual([false, false, false, false, false]);
  });

  it('reads a block at its own width when its longest line is the width less the indent on both sides, up to a column past the width less the indent on the left', () => {
    // The width is 79 and the indent 5: a block's longest line from 69 to 75 columns.
    const block = (longest: number): boolean[] | undefined => runsOnBelow(indented([[longest, 'The'], [longest, 'to'], [longest, 'to'], [30, 'to']]));
    expect(block(69)).toEqual([true, true, true, false]);
    expect(block(75)).toEqual([true, true, true, false]);
    expect(block(76)).toEqual([false, false, false, false]);
    // A line of exactly wrap.fullLineShare of the longest (60 of 75) is wrapped too: the word of 16 after it did not fit at 75.
    expect(runsOnBelow(indented([[75, 'The'], [60, 'to'], [75, 'Harbourmasters\'s'], [30, 'to']]))).toEqual([true, true, true, false]);
  });

  it('reads text wrapped at wrap.maxWidth columns as wrapped, and no wider text', () => {
    const lines = (length: number): string => `${[filled(length), filled(length, 'harbours'), filled(length, 'harbours'), filled(length, 'harbours'), 'harbours and the quay.'].join('\n')}\n`;
    expect(model.settings.wrap.maxWidth).toBe(200);
    expect(flags(lines(200))?.runsOn).toEqual([true, true, true, true, false]);
    expect(flags(lines(201))).toBeUndefined();
  });

  it('leaves a table\'s rows out of the width though a row does not close with its bar', () => {
    for (const bar of ['|', '\u2502']) {
      const rows = Array.from({ length: 4 }, (_, index) => `${bar} ${index + 1}  ${bar} Harbour wall repairs, the first section ${bar} Town and regional council ${bar} 121`);
      expect(paragraphTexts(`${article72}\n${rows.join('\n')}\n`)?.slice(0, ARTICLE.length)).toEqual(ARTICLE);
    }
  });

  it('leaves a line holding a run of exactly wrap.unbreakableChars characters out of the width, wherever the run is, and counts one of fewer', () => {
    const address = (length: number): string => `https://example.com/${'a'.repeat(length - 20)}`;
    expect(address(30)).toHaveLength(model.settings.wrap.unbreakableChars);
    // A line of 90 columns that counted would set the width past the article's 72, and its lines would not run on.
    const widthLine = (head: string, tail = ''): string => `${head} ${filled(88 - head.length - tail.length, 'see')} ${tail}`.trim();
    const joined = (line: string): boolean => JSON.stringify(paragraphTexts(`${article72}\n${line}\n`)?.slice(0, ARTICLE.length)) === JSON.stringify(ARTICLE);
    for (const line of [widthLine(address(30)), widthLine(filled(28, 'See'), address(30)), `${filled(28, 'See')} ${address(30)} ${filled(59, 'see')}`]) expect(joined(line), line).toBe(true);
    const words29 = ['Harbourmastersandlighthousess', 'Breakwatersandharbourwallsand', 'Lighthousekeepersandharbourss'];
    expect(words29.every((word) => word.length === 29)).toBe(true);
    const endingAt89 = `${filled(59, 'See')} ${address(29)}`;
    for (const line of [widthLine(address(29)), widthLine('See', address(29)), endingAt89, `${words29.join(' ')} and more`]) expect(joined(line), line).toBe(false);
  });

  it('reads where a quotation\'s line ends by the next line\'s first word after its mark, and no line before a quotation runs on into it', () => {
    // A line of 69 columns under an article wrapped at 72 leaves room for a word of 2.
    const runsOn = (first: string, second: string): boolean | undefined => {
      const lines = pageLines(`${article72}\n${first}\n${second}\n`);
      return wrappedLines(lines, model)?.runsOn[lines.length - 2];
    };
    expect(runsOn(`> ${filled(67)}`, '> A second sentence, quoted as it was written.')).toBe(false);
    expect(runsOn(`> ${filled(67)}`, '> Harbourmasters said so, quoted as it was written.')).toBe(true);
    expect(runsOn(filled(69), '> Harbourmasters said so, quoted as it was written.')).toBe(false);
  });
});
