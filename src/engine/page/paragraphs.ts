import type { PageModel } from '../../rules/page-model.js';
import { countWords } from '../line-text.js';
import type { PageLine } from './page-view.js';

/** A non-blank line of the document and where it stands in it. */
export interface NumberedPageLine extends PageLine {
  /** Its line number: lines with consecutive numbers have no blank line between them. */
  line: number;
  /** The spaces and tabs before its text: a converter indents paragraphs and list items within the width it wraps at. */
  indent: number;
}

/** The lines the page analysis reads as one: a paragraph a converter broke over several lines, or a single line. */
export interface Paragraph {
  /** The first of its lines, as an index into the lines given. */
  first: number;
  /** How many lines it spans. */
  count: number;
  line: PageLine;
}

/**
 * Whether a line may run on into the next one at all: they follow each other directly (no blank
 * line between) and no rule removed either, whose verdict then stands on its own.
 */
export const mayRunOn = (line: NumberedPageLine, next: NumberedPageLine | undefined): next is NumberedPageLine =>
  next !== undefined && next.line === line.line + 1 && line.removedBy === undefined && next.removedBy === undefined;

/**
 * Whether the line ends a sentence (`line.sentenceStops`), past closing quotes and brackets
 * (`line.closers`): a line that does not, ending with a clause's mark (see PageModel.sentenceEnds)
 * or a word, may break off within one.
 */
export function endsSentence(line: string, model: PageModel): boolean {
  const { sentenceStops, closers } = model.settings.line;
  let end = line.length - 1;
  while (end > 0 && closers.includes(line[end]!)) end--;
  return sentenceStops.includes(line[end]!);
}

/** One paragraph per run of lines each of which runs on into the next (`runsOn`), and per line that joins nothing. */
export function joinParagraphs(lines: readonly PageLine[], runsOn: readonly boolean[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let first = 0; first < lines.length; ) {
    let count = 1;
    while (runsOn[first + count - 1]) count++;
    paragraphs.push({ first, count, line: count === 1 ? lines[first]! : joinedLine(lines.slice(first, first + count)) });
    first += count;
  }
  return paragraphs;
}

/** Lines of one paragraph as one line of text; its counts are found again on the whole. */
function joinedLine(lines: readonly PageLine[]): PageLine {
  const text = lines.map((line) => line.text).join(' ');
  return { text, words: countWords(text), removedBy: undefined, counts: undefined };
}
