import type { PageModel } from '../../rules/page-model.js';
import type { PageSettings } from '../../rules/page-schema.js';
import { isWhiteSpace } from '../line-text.js';
import { startsListItem } from '../reader-text.js';
import { endsSentence, mayRunOn, type NumberedPageLine } from './paragraphs.js';

/**
 * Converters such as lynx, w3m, html2text and pandoc wrap text at a fixed width (72 to 80
 * columns by default), so every paragraph spans several lines, none long enough for running text
 * and most not ending as a sentence does. When a document is so wrapped, the analysis must read
 * each paragraph as one line, or it takes the article for a menu.
 *
 * The width is the length that all but a few lines (`widthQuantile`) stay within, counted from
 * the line's start as the converter counts it (lynx indents paragraphs by three columns and the
 * lines of a list item by five or more); a line runs on into the next when that one's first word
 * would not have fitted on it. The document counts as wrapped when most of its full lines
 * (`fullLineShare` of the width or longer) that another line follows directly run on so: in text
 * written one paragraph a line, a line only rarely ends within a word of the longest lines, and
 * shorter lines (links, headings) say nothing either way. Lines a rule removed neither join nor
 * are joined: their verdict stands on its own, and a list item or a marked heading (`## `, html2text's
 * `***** `) starts a line of its own and ends on one. A video transcript's one-line captions, each after its time
 * code, break its sentences wherever the caption ends: one that ends no sentence runs on into the
 * next caption that goes on in lower case, whatever the width.
 *
 * Returns whether each line runs on into the next and which lines are full, or undefined when the
 * document is not wrapped, so that the lines are read as they are.
 */
export function wrappedLines(lines: readonly NumberedPageLine[], model: PageModel): WrappedLines | undefined {
  const settings = model.settings.wrap;
  const width = wrapWidth(lines, settings);
  if (width === undefined) return undefined;
  /** Whether each line runs on into the next: always false where a blank line or a rule's removal lies between. */
  const runsOn = lines.map(() => false);
  const blocks = indentedBlockWidths(lines, width, model);
  const full = lines.map(() => false);
  let joins = 0;
  /** Lines of nearly the width that another line follows directly: in wrapped text, most run on. */
  let fullLines = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    // A list item or a heading starts on a line of its own: the line above it ends there, however long (a link's address).
    if (!mayRunOn(line, next) || startsListItemLine(next.text) || HEADING_MARKS.test(next.text)) return;
    // And a heading ends on its own line: Markdown writes one whole, and html2text closes it with its marks.
    if (MARKDOWN_HEADING_LINE.test(line.text) || HEADING_END.test(line.text)) return;
    // A tag that pandoc broke between its attributes goes on in the next line, whatever the width;
    // so does a transcript's caption that breaks off a sentence, under the next caption's time code.
    if (UNCLOSED_TAG.test(line.text) || (CAPTION_GOES_ON.test(next.text) && !endsSentence(line.text, model))) {
      runsOn[index] = true;
      return;
    }
    const length = line.indent + line.text.length;
    if (length >= width * settings.fullLineShare) {
      full[index] = true;
      fullLines++;
    }
    // Room on the line for one more word after a space: it runs on when the next line's first word
    // (no longer than that whole line, which is quicker to measure) would not have fitted there.
    const fits = (lineWidth: number): boolean => {
      const room = lineWidth - length - 1;
      return next.text.length <= room || firstWordLength(wrappedText(line.text, next.text)) <= room;
    };
    if (!fits(width)) {
      runsOn[index] = true;
      joins++;
    } else if (blocks[index] !== undefined && !fits(blocks[index]!)) runsOn[index] = true;
  });
  if (joins < settings.minJoins || joins < fullLines * settings.minJoinShare) return undefined;
  return { runsOn, full };
}

/**
 * The width each line of an indented block is wrapped at, where it is narrower than the page's:
 * html2text indents a quotation and wraps it as many columns short of the width on the right (a
 * page wrapped at 79 columns, its quotation's lines at 74), so their next words would have fitted
 * at the page's width and they did not run on. A block is three lines or more in a row with the
 * same indent, no list item nor heading, each but the last `fullLineShare` of its longest or
 * longer unless it ends a sentence (a paragraph's last line); the longest at least the width less
 * the indent on both sides and at most the width less the indent on the left (and a column, as the
 * width measured may fall one short of the converter's). A lynx paragraph, indented on the left
 * only, runs to the width; teaser headlines, an address or a poem have short or uneven lines.
 */
function indentedBlockWidths(lines: readonly NumberedPageLine[], width: number, model: PageModel): (number | undefined)[] {
  const { fullLineShare } = model.settings.wrap;
  const widths: (number | undefined)[] = lines.map(() => undefined);
  const inBlock = (line: NumberedPageLine, first: NumberedPageLine): boolean => line.indent === first.indent && !startsListItemLine(line.text) && !HEADING_MARKS.test(line.text);
  for (let first = 0; first < lines.length; ) {
    let last = first;
    while (lines[first]!.indent > 0 && inBlock(lines[first]!, lines[first]!) && mayRunOn(lines[last]!, lines[last + 1]) && inBlock(lines[last + 1]!, lines[first]!)) last++;
    // Most lines are a block of one: no copy, no measure, unless the block may count.
    if (last - first < 2) {
      first = last + 1;
      continue;
    }
    const block = lines.slice(first, last + 1);
    const { indent } = block[0]!;
    // A loop, not Math.max(...): a block may hold more lines than a call takes arguments.
    const longest = block.reduce((most, line) => Math.max(most, indent + line.text.length), 0);
    const wrapped = block.slice(0, -1).every((line) => indent + line.text.length >= longest * fullLineShare || endsSentence(line.text, model));
    if (wrapped && longest >= width - 2 * indent && longest <= width - indent + 1) for (let index = first; index <= last; index++) widths[index] = longest;
    first = last + 1;
  }
  return widths;
}

/** Whether each line runs on into the next, and whether it is a full line (`wrap.fullLineShare` of the width or longer) that another line follows directly. */
export interface WrappedLines {
  runsOn: boolean[];
  full: boolean[];
}

/**
 * The length (in UTF-16 units, indent included) that all but `1 - widthQuantile` of the lines of
 * two words or more stay within, if it is a width converters wrap at. A line of one word (a long
 * address, a row of dashes) cannot be wrapped, so it may run past the width; so may a line holding
 * an address of `unbreakableChars` or more, as Markdown writes every link (`[text](https://…)`)
 * and lynx an embedded frame (pandoc's Markdown of a page with many links would otherwise seem
 * wrapped at 90 columns or more, and its story's lines of 72 would not run on); and so may a
 * table's row, and what pandoc's Markdown writes unbroken (`isUnwrappedMarkup`). Counted in a
 * histogram up to `maxWidth`, as no greater width is of use.
 */
function wrapWidth(lines: readonly NumberedPageLine[], settings: PageSettings['wrap']): number | undefined {
  const { widthQuantile, minWidth, maxWidth, unbreakableChars } = settings;
  /** Lines per length; the last slot counts every length past maxWidth. */
  const lengths = new Int32Array(maxWidth + 2);
  let breakable = 0;
  for (const line of lines) {
    if (line.words < 2 || isTableRow(line.text) || isUnwrappedMarkup(line.text) || holdsUnbroken(line.text, unbreakableChars)) continue;
    lengths[Math.min(line.indent + line.text.length, maxWidth + 1)]!++;
    breakable++;
  }
  if (breakable === 0) return undefined;
  // The length of the line at this index, were the breakable lines sorted by length.
  const rank = Math.min(breakable - 1, Math.floor(breakable * widthQuantile));
  let below = 0;
  for (let length = 0; length <= maxWidth; length++) {
    below += lengths[length]!;
    if (below > rank) return length >= minWidth ? length : undefined;
  }
  return undefined;
}

/**
 * A line of Markdown that pandoc writes whole, however long: a heading (`## …`), one holding a
 * link's address with its title (`](/world/ "World News …")`), which pandoc never breaks, or a raw
 * HTML tag's (see HTML_TAG_PIECE). A menu of
 * such links would set the width past the story's, so that its lines never run on; and with them
 * left out, a page's teaser headlines are a larger share of what is left and would do the same.
 */
const isUnwrappedMarkup = (text: string): boolean => MARKDOWN_HEADING.test(text) || TITLED_LINK_TARGET.test(text) || HTML_TAG_PIECE.test(text);
const MARKDOWN_HEADING = /^#{1,6}\s/u;
/** A heading's marks as Markdown (`## `) and html2text (`***** `) write them: no wrapped line starts so. */
const HEADING_MARKS = /^(?:#{1,6}|\*{2,}) \S/u;
/** A Markdown heading as pandoc writes it, one space after its marks (a table's head row "#   Title" has more). */
const MARKDOWN_HEADING_LINE = /^#{1,6} \S/u;
/** html2text's marks closing a heading (`***** Title *****`); Markdown's strong emphasis closes with no space before. */
const HEADING_END = /\s\*{2,}$/u;
const TITLED_LINK_TARGET = /\]\([^()\s]*\s+"[^"]*"\)/u;
/** A transcript's caption that goes on a sentence: a time code ("00:04", "1:02:10") and a lower-case word. */
const CAPTION_GOES_ON = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\p{Ll}/u;
/** A raw HTML tag's start that its line does not close (`<div`, `<div id="a"`). */
const UNCLOSED_TAG = /^<[A-Za-z][\w:-]*(?:\s[^<>]*)?$/u;

/**
 * A raw HTML tag's line, or the piece of one that pandoc broke over two lines (`<div` over
 * `class="c-card c-card--list o-col-lg--12">`): pandoc breaks a tag only between its attributes, and
 * a long class list runs past the width its text is wrapped at.
 */
const HTML_TAG_PIECE = /^<\/?[A-Za-z][\w:-]*(?:\s|\/?>|$)|^[A-Za-z][\w:-]*="[^"]*"(?:\s+[A-Za-z][\w:-]*(?:="[^"]*")?)*\s*\/?>$/u;

/**
 * Whether the line is a list item's first line: a bullet and white space, but a dash only with two
 * spaces or more (pandoc's "-   "), as a dash and one space also sets a clause apart in prose, and
 * a wrapped line may start with it.
 */
const startsListItemLine = (text: string): boolean => startsListItem(text) && (text.charAt(0) !== '-' || isWhiteSpace(text.charCodeAt(2)));

/** A row of a table drawn with bars (pandoc's and w3m's tables), which converters lay out past the width they wrap text at. */
const isTableRow = (text: string): boolean => text.startsWith('|') || text.startsWith('\u2502');

/**
 * Whether the text holds a run of `length` or more characters between white space. Such a run
 * covers one of the indexes length − 1, 2·length − 1, …: only the runs through those are measured,
 * so a line of prose is read about a word in every `length` characters, not whole (it is asked of
 * every line of every held document).
 */
function holdsUnbroken(text: string, length: number): boolean {
  for (let probe = length - 1; probe < text.length; probe += length) {
    if (isWhiteSpace(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    if (end - start >= length) return true;
  }
  return false;
}

/**
 * The next line's text as the converter wrapped it: inside a quotation, Markdown marks every line
 * with `>`, and the converter wrapped the words after the mark (a quoted paragraph read a line at a
 * time is lines too short for running text).
 */
function wrappedText(text: string, next: string): string {
  return QUOTE_MARK.test(text) && QUOTE_MARK.test(next) ? next.replace(QUOTE_MARK, '') : next;
}

/** A Markdown quotation's mark and the white space after it. */
const QUOTE_MARK = /^>[ \t]*/u;

/** The length of the text's first word: up to the first white space countWords() knows. */
function firstWordLength(text: string): number {
  let length = 0;
  while (length < text.length && !isWhiteSpace(text.charCodeAt(length))) length++;
  return length;
}
