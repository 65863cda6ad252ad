/** Synthetic whole pages for the page-analysis tests: a menu, an article, a footer. */

export const MENU = ['* Home', '* News', '* Sport', '* Business', '* Weather', '* Travel'];

export const ARTICLE = [
  'Harbour town votes to rebuild its old sea wall',
  'By a staff reporter',
  'The council voted on Tuesday night to rebuild the sea wall that has protected the harbour since the storms of the last century, after a debate that lasted well into the evening.',
  'Residents had asked for years that the wall be repaired before the winter storms, and many of them came to the meeting to hear the decision for themselves.',
  'What happens next',
  'Work on the first section is expected to start in the spring, and the engineers say that the whole wall will take about two years to finish if the weather allows it.',
  'The cost will be shared between the town and the regional government, which has promised to pay for two thirds of the work once the plans are approved.',
];

export const RELATED = ['Related stories', '* Storm closes ferry port for a week', '* Fishing fleet returns early', '* Lifeboat crew honoured', '* New bridge opens to traffic'];

export const FOOTER = ['Contact us', 'About us', 'Privacy policy', 'Terms of use', 'Site map', 'Jobs at the paper', 'Our newsletters'];

/** A whole page as html-to-text renders one: block elements on lines separated by blank lines. */
export const page = (...blocks: string[][]): string => `${blocks.flat().join('\n\n')}\n`;

/** The lines of `text` that survived, without blank lines. */
export const keptLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
