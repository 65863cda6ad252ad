/**
 * Documents of a given number of lines, each shaped to drive one of the page analysis's walks
 * over other lines as hard as it can: for a line or a run, the walk goes over the rest of the run
 * or of the page again. Every document is plain text, deterministic, and within the page bounds
 * (rules/page.yaml `maxLines`, `maxBytes`) at 20,000 lines, so it is held and analysed whole.
 */

/** A shape: what it is, what it drives, the profile it is read under, and its document of `lines` lines. */
export interface Shape {
  name: string;
  /** The walk it drives at its worst. */
  drives: string;
  profile: 'auto' | 'page';
  document: (lines: number) => string;
}

const WORDS = ['harbour', 'council', 'market', 'library', 'station', 'bridge', 'garden', 'school', 'river', 'museum', 'theatre', 'village'];
const word = (index: number): string => WORDS[index % WORDS.length]!;
/** Two words, no figure (a line with figures reads as a table's row): 144 different ones. */
const label = (index: number): string => `${word(index)} ${word(Math.floor(index / WORDS.length))}`;

/** A paragraph of running text (about 40 words, function words, a full stop), told apart from every other by its number. */
export const paragraph = (index: number): string =>
  `The ${word(index)} committee said on Monday that it would review plan ${index} for the ${word(index + 3)} after residents raised concerns about the noise and the traffic that the work would bring to the streets of the old town, and the mayor agreed that a decision should wait until the spring.`;

/** `count` lines made by `line`, joined with line feeds. */
const lines = (count: number, line: (index: number) => string): string[] => Array.from({ length: Math.max(0, count) }, (_unused, index) => line(index));

/** A story of a quarter of the lines (so that running text outweighs the rest, as the analysis needs), then `rest` for the other three quarters. */
const storyThen = (total: number, rest: (count: number) => string[]): string => {
  const story = Math.max(4, Math.floor(total / 4));
  return [`Harbour plans delayed again`, ...lines(story, paragraph), ...rest(total - story - 1)].join('\n') + '\n';
};

export const SHAPES: readonly Shape[] = [
  {
    name: 'story',
    drives: 'nothing: the baseline, paragraphs of running text',
    profile: 'auto',
    document: (total) => lines(total, paragraph).join('\n') + '\n',
  },
  {
    name: 'list',
    drives: 'list items after a story (isHighlight, the head and tail searches)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => lines(count, (index) => `* Items of the ${label(index)} list`)),
  },
  {
    name: 'menu',
    drives: 'menu runs (menuView, isStoryBreak) on a whole page',
    profile: 'page',
    document: (total) => storyThen(total, (count) => lines(count, (index) => label(index).replace(/\b\w/g, (letter) => letter.toUpperCase()))),
  },
  {
    name: 'one-word',
    drives: 'one-word lines, the whole document (short labels everywhere)',
    profile: 'auto',
    document: (total) => lines(total, (index) => word(index)).join('\n') + '\n',
  },
  {
    name: 'near-duplicates',
    drives: 'the repeated-paragraph fingerprints and their kept runs (keepRepeatedRuns)',
    profile: 'auto',
    document: (total) => lines(total, (index) => paragraph(index % 2)).join('\n') + '\n',
  },
  {
    name: 'headings',
    drives: 'a heading over every paragraph (headStart, isHeadingOver, the headline search)',
    profile: 'auto',
    document: (total) => lines(total, (index) => (index % 2 === 0 ? `${label(index)} news` : paragraph(index))).join('\n') + '\n',
  },
  {
    name: 'table',
    drives: 'a table of numbers after a story (isTableRow, isCellBetweenRows)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => lines(count, (index) => `${index}   ${index * 7}   ${index % 13}.5`)),
  },
  {
    name: 'cells',
    drives: 'a table laid out a cell a line between rows (isCellBetweenRows)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => lines(count, (index) => (index % 3 === 0 ? `${index}.` : index % 3 === 1 ? `Title` : `2:${index % 60}`))),
  },
  {
    name: 'highlights-tail',
    drives: 'a box of highlights after the story, however long (inHighlightBox)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => lines(count, (index) => `* the ${word(index)} will open again in the spring of year ${index} once the work is done`)),
  },
  {
    name: 'letterless-tail',
    drives: 'letterless lines after the story, a row of cells after them (nextLine, previousLine in the tail)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => [...lines(count - 1, () => '-'), 'Name   Age   Town']),
  },
  {
    name: 'letterless-page',
    drives: 'letterless lines after the story on a whole page (nextLine in the tail)',
    profile: 'page',
    document: (total) => storyThen(total, (count) => [...lines(count - 1, () => '-'), 'Name   Age   Town']),
  },
  {
    name: 'standfirst-copies',
    drives: 'copies of the standfirst under the headline, each kept with it (the headline search)',
    profile: 'page',
    document: (total) => {
      const story = Math.max(4, Math.floor(total / 4));
      const standfirst = 'A retailer on engaging the residents of the town with the plans for its harbour and the new market that the council wants to open next year';
      return ['Harbour Plans Delayed Again After Vote', ...lines(total - story - 1, () => standfirst), ...lines(story, paragraph)].join('\n') + '\n';
    },
  },
  {
    name: 'zero-comments',
    drives: 'comment headings with a count of nought after the story (commentBarrierTest)',
    profile: 'auto',
    document: (total) => storyThen(total, (count) => lines(count, (index) => `0 comments on “Plan ${index}”`)),
  },
  {
    name: 'tables-between',
    drives: 'a story resumed after each of many tables (resumeAfterTails: a tail, a stretch, a tail…)',
    profile: 'page',
    document: (total) => lines(total, (index) => (index % 7 === 0 ? paragraph(index) : `${index}   ${index * 7}   ${index % 13}.5`)).join('\n') + '\n',
  },
  {
    name: 'wrapped',
    drives: 'one paragraph hard-wrapped over every line (wrappedLines, joinParagraphs)',
    profile: 'auto',
    document: (total) => lines(total, (index) => `the ${word(index)} committee said that plan ${index} for the ${word(index + 5)} would wait until`).join('\n') + '\n',
  },
];
