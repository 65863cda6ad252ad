import type { PageModel } from '../../rules/page-model.js';
import { CUT_SHORT, hasSpaceRun, introducesList, isHeadlineLike, isHighlight, isHighlightSentence, isShortLabel, isTeaserList } from './line-shapes.js';
import { lastIndexWhere, nextLine, previousLine, type PageView } from './page-view.js';
import { stretchFrom, type ScoredLines } from './region-scores.js';

/** What follows a stretch of the main region: its closing lines up to `closing`, then lists and tables up to `end`. */
interface Tail {
  after: number;
  closing: number;
  end: number;
}

/**
 * The story's closing lines (see closingEnd), a list the article's last lines introduce ("The
 * players invited to the combine:") and a table of figures after them are part of it (see
 * tailEnd), and so are the closing lines after such a list or table (a one-line last paragraph
 * under a table or a picture's caption), and so on; when a stretch of running text scoring
 * `article.minScore` starts right after them, the story goes on there: the region resumes up to
 * that stretch's peak, and so on.
 */
export function resumeAfterTails(view: PageView, model: PageModel, { scores, isBarrier }: ScoredLines, regionEnd: number): { end: number; tails: Tail[] } {
  const tailAfter = (after: number): Tail => {
    const closing = closingEnd(view, after, model);
    return { after, closing, end: tailEnd(view, closing, model, 0) };
  };
  const tails = [tailAfter(regionEnd)];
  let end = regionEnd;
  for (let tail = tails[0]!; tail.end > tail.after; ) {
    const resumed = resumedStretch(tail.end) ?? resumedAfterHeading(tail);
    if (resumed !== undefined) {
      end = resumed;
      tails.push((tail = tailAfter(end)));
      continue;
    }
    // A sentence or two closing the story under its table ends it: a table after them again is
    // a list of teasers, each a dated headline over a sentence, and a list of links (list items
    // whose addresses hold figures) is followed by a promotion as often as by the story.
    const closing = tailAfter(tail.end);
    if (tail.end === tail.closing || closing.closing === closing.after || closing.end > closing.closing || lastIndexWhere(tail.closing + 1, tail.end + 1, (index) => view.features[index]!.bullet) >= 0) break;
    tails.push((tail = closing));
  }
  return { end, tails };

  /**
   * The stretch resumed past a section heading right after the tail's table or list (a Wikipedia
   * article's "Reception" under its soundtrack's list): one short line that is no list item, which
   * the tail then takes in, over running text that is no list of teasers (see isTeaserList).
   */
  function resumedAfterHeading(tail: Tail): number | undefined {
    const heading = firstLineAfter(tail.end);
    const features = view.features[heading];
    if (tail.end === tail.closing || features === undefined || view.lines[heading]!.removedBy !== undefined || !isShortLabel(features, model)) return undefined;
    const resumed = resumedStretch(heading);
    // Under a heading, short lines each over a paragraph are teasers (promotions under a list of dated headlines), not the story.
    if (resumed === undefined || isTeaserList(view, heading + 1, resumed, model)) return undefined;
    tail.end = heading;
    return resumed;
  }

  /** The first line after `after` that has letters or digits or that a rule removed. */
  function firstLineAfter(after: number): number {
    let next = after + 1;
    while (next < view.lines.length && view.lines[next]!.removedBy === undefined && view.features[next]!.empty) next++;
    return next;
  }

  /** The peak of the stretch of running text scoring `article.minScore` that starts right after `after`, if one does. */
  function resumedStretch(after: number): number | undefined {
    const next = firstLineAfter(after);
    if (!(view.features[next]?.text === true && view.lines[next]!.removedBy === undefined)) return undefined;
    // A stretch starts only at a line that scores and bars nothing: else none starts right here, and the rest of the page need not be read.
    if (scores[next]! <= 0 || isBarrier(next)) return undefined;
    const resumed = stretchFrom(scores, next, isBarrier).stretch!;
    return resumed.score < model.settings.article.minScore ? undefined : resumed.end;
  }
}

/**
 * The tail (see resumeAfterTails) that holds each of `lines` lines, after it and up to its end, as
 * `tails.find` gives it: found once for the page, as a search of the tails for each line made a
 * page of many tables quadratic. Tails hold lines of their own, each after the one before.
 */
export function tailsByLine(tails: readonly Tail[], lines: number): (Tail | undefined)[] {
  const holding = new Array<Tail | undefined>(lines).fill(undefined);
  for (const tail of tails) for (let index = Math.max(0, tail.after + 1); index <= tail.end && index < lines; index++) holding[index] ??= tail;
  return holding;
}

/**
 * The last of the story's closing lines after the main region. The region ends at the last line
 * of running text, but a story often closes on a short paragraph ("The hearing goes on.", "The
 * 22-year-old will appear in court later today.") or a credit ("(Reporting by ...; Editing by
 * ...)"): content, too short to score. Up to `region.closingLines` sentences (see
 * LineFeatures.sentence) straight after the region stay; letterless lines between them (a row of
 * dashes) pass but are not kept for it, and the first other line or line a rule removed ends them:
 * a menu item, a share bar or a comment prompt is no sentence, or a rule removes it.
 */
function closingEnd(view: PageView, regionEnd: number, model: PageModel): number {
  const { closingLines } = model.settings.region;
  let end = regionEnd;
  let taken = 0;
  for (let index = regionEnd + 1; index < view.lines.length && taken < closingLines; index++) {
    const features = view.features[index]!;
    if (view.lines[index]!.removedBy !== undefined) break;
    if (features.empty) continue;
    if (!features.sentence) break;
    end = index;
    taken++;
  }
  return Math.max(end, closingBlockEnd(view, regionEnd, model));
}

/**
 * The last of up to `region.closingBlockLines` lines after the region, none a list item or a row
 * of links, that a line a rule of `region.closingPacks` removed follows (a related or tags
 * heading, a comment section): a post's last lines that are no sentences (an event's link line,
 * timetable and address, a quote's source, a sign-off), set off from the site's furniture. Else
 * `regionEnd`.
 */
function closingBlockEnd(view: PageView, regionEnd: number, model: PageModel): number {
  const { closingBlockLines, closingPacks } = model.settings.region;
  let last = regionEnd;
  let taken = 0;
  let headlines = 0;
  for (let index = regionEnd + 1; index < view.lines.length; index++) {
    const { removedBy } = view.lines[index]!;
    if (removedBy !== undefined) return closingPacks.includes(removedBy) ? last : regionEnd;
    const features = view.features[index]!;
    // A run of raw markup lines counts once, as in a menu run.
    if (view.markup[index] && view.markup[index - 1] === true) continue;
    if (features.empty && !view.markup[index]) continue;
    // More headlines or short labels without figures in a row than a headline and its subtitle are a list of teasers or links.
    headlines = isHeadlineLike(view, index, model) || (features.words <= model.settings.line.shortWords && !features.figures) ? headlines + 1 : 0;
    // A link cut short ("More sport news...") leads elsewhere.
    if (features.bullet || features.separators >= model.settings.line.linkRowSeparators || headlines > model.settings.headline.maxLines || CUT_SHORT.test(view.lines[index]!.text)) return regionEnd;
    if (++taken > closingBlockLines) return regionEnd;
    last = index;
  }
  return regionEnd;
}

/**
 * The last line of the tail: up to `tailLines` lines after the region, stopping at a line a rule
 * removed. A line of more than a few words ending as a list's introduction does ("The players
 * invited to the combine:") carries the tail on through the list items after it, however many,
 * to the next line of running text; so does a run of table rows (see isTableRow), which do not
 * count toward `tailLines`, and the letterless rules between them; in extracted text (`tailLines`
 * above 0) so do a box's highlights written as sentences. With `tailLines` 0 the tail is only
 * such lists and tables.
 */
export function tailEnd(view: PageView, regionEnd: number, model: PageModel, tailLines: number): number {
  let end = regionEnd;
  let taken = 0;
  let inList = introducesList(view, regionEnd, model);
  const inHighlightBox = tailLines > 0 ? highlightBoxTest(view, model) : undefined;
  const isRowOrCell = (index: number): boolean =>
    index >= 0 && view.lines[index]!.removedBy === undefined && (isTableRow(view, index, model) || isCellBetweenRows(view, index, model, tailLines === 0));
  for (let index = regionEnd + 1; index < view.lines.length; index++) {
    const features = view.features[index]!;
    if (view.lines[index]!.removedBy !== undefined) {
      // A table's emptied cell ("|", which a rule takes for a share bar's leftover) between two of its rows passes.
      if (features.empty && isRowOrCell(previousLine(view, index)) && isRowOrCell(nextLine(view, index))) continue;
      break;
    }
    inList = introducesList(view, index, model) || (inList && !features.text);
    // A table may come a cell a line: a short cell between two with figures ("2.", "Title", "2:35") is a row's as well. On a
    // whole page only between short ones, and not ending as a list's heading does: a site's label between a date and a
    // copyright line, "Past sports :" over an archive's months, is no cell.
    const tableRow = isRowOrCell(index);
    const highlight = inHighlightBox !== undefined && inHighlightBox(index);
    if (!inList && !tableRow && !highlight && taken >= tailLines) {
      // A table's rule passes, but is kept only before another row.
      if (features.empty && isCellRow(view, nextLine(view, index), model)) continue;
      break;
    }
    end = index;
    // In extracted text a short heading over a table or a paragraph ("Ingredients", "Method") opens the next part: no line of the tail's count.
    if (!inList && !tableRow && !highlight && !features.empty && !(tailLines > 0 && isHeadingOver(view, index, model))) taken++;
  }
  return end;
}

/**
 * Whether the line at an index is an item of a box of highlights: a run of list items, every one a
 * highlight written as a sentence (see isHighlight, isHighlightSentence). In extracted text such a
 * box ("Key points" over its bullets) is the story's own, however many its items; a list of teasers
 * holds shorter headlines among its sentence-case ones. What each item is, and whether the items
 * above and below it are all such sentences, is found once for the whole box: asked of every line
 * of the tail, a walk over the box for each line made a long box quadratic.
 */
export function highlightBoxTest(view: PageView, model: PageModel): (index: number) => boolean {
  const UNKNOWN = 0;
  const YES = 1;
  const NO = 2;
  const sentences = new Uint8Array(view.lines.length);
  const isSentence = (line: number): boolean => {
    if (sentences[line] === UNKNOWN) sentences[line] = isHighlight(view, line, model) && isHighlightSentence(view, line, model) ? YES : NO;
    return sentences[line] === YES;
  };
  /** Whether every list item from step(index) on, up to the first line that is none, is such a sentence; `known` holds the answers found. */
  const sentencesOnward = (index: number, step: (line: number) => number, known: Uint8Array): boolean => {
    const asked: number[] = [];
    let answer = true;
    for (let line = index; ; ) {
      if (known[line] !== UNKNOWN) {
        answer = known[line] === YES;
        break;
      }
      asked.push(line);
      const other = step(line);
      if (other < 0 || !view.features[other]!.bullet) break;
      if (!isSentence(other)) {
        answer = false;
        break;
      }
      line = other;
    }
    // Each line asked has the same items onward as the one after it, and that one's answer.
    for (const line of asked) known[line] = answer ? YES : NO;
    return answer;
  };
  const above = new Uint8Array(view.lines.length);
  const below = new Uint8Array(view.lines.length);
  const up = (line: number): number => previousLine(view, line);
  const down = (line: number): number => nextLine(view, line);
  return (index) => isSentence(index) && sentencesOnward(index, up, above) && sentencesOnward(index, down, below);
}

/** A short line, no running text nor list item, right above a table row (see isTableRow) or a line of running text that no rule removed: that table's or paragraph's heading. */
function isHeadingOver(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  if (!isShortLabel(features, model)) return false;
  const next = nextLine(view, index);
  return next >= 0 && view.lines[next]!.removedBy === undefined && (view.features[next]!.text || isTableRow(view, next, model));
}

/**
 * A row of a table that belongs to the story before it (results, a box score, line-ups): a line
 * that is not running text, with figures or matching `line.tableRowPatterns`, or a row of cells
 * without figures (the table's head) over one with figures that is no list item (a link's address
 * holds figures too).
 */
function isTableRow(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  if (features.text) return false;
  if (features.figures || (model.tableRow?.test(view.lines[index]!.text) ?? false)) return true;
  const next = nextLine(view, index);
  if (!isCellRow(view, index, model) || next < 0 || view.lines[next]!.removedBy !== undefined) return false;
  const row = view.features[next]!;
  return row.figures && !row.text && !row.bullet;
}

/**
 * A short line, no running text nor list item, in a run of at most `article.maxCells` such lines
 * between two table rows (see isTableRow) that no rule removed: a table laid out a cell a line
 * ("2.", "Title", "2:35"), a press release's contacts (a name, a title and a company over each
 * telephone number). With `shortRows`, the rows must be of `line.shortWords` words at most, cells
 * themselves, and differ, and the line must not end as a list's heading does (`line.listIntroEndings`).
 */
function isCellBetweenRows(view: PageView, index: number, model: PageModel, shortRows: boolean): boolean {
  const { maxCells } = model.settings.article;
  if (shortRows && model.settings.line.listIntroEndings.some((ending) => view.lines[index]!.text.trimEnd().endsWith(ending))) return false;
  const row = (other: number): boolean =>
    other >= 0 && view.lines[other]!.removedBy === undefined && isTableRow(view, other, model) && (!shortRows || view.features[other]!.words <= model.settings.line.shortWords);
  const isCell = (other: number): boolean => {
    if (other < 0 || view.lines[other]!.removedBy !== undefined) return false;
    const features = view.features[other]!;
    return isShortLabel(features, model) && (other === index || !row(other));
  };
  if (!isCell(index)) return false;
  // previousLine passes over a rank of one figure ("1."): too few letters or digits to join or split, but the row above here.
  const hasFigures = (line: number): boolean => view.features[line]!.figures && view.lines[line]!.removedBy === undefined;
  const up = (line: number): number => {
    const other = previousLine(view, line);
    return Math.max(other, lastIndexWhere(other + 1, line, hasFigures));
  };
  let cells = 1;
  let above = up(index);
  for (; isCell(above); above = up(above)) if (++cells > maxCells) return false;
  let below = nextLine(view, index);
  for (; isCell(below); below = nextLine(view, below)) if (++cells > maxCells) return false;
  // The same row on both sides is a widget shown twice ("861", "Kudos", "861"), no table's.
  return row(above) && row(below) && !(shortRows && view.lines[above]!.text === view.lines[below]!.text);
}

/**
 * A line of cells, `line.cellSpaces` white-space characters apart, as converters lay out a table:
 * not running text, no list item (a link in a list), and fewer separators than a row of links has
 * ("Privacy   |  Terms   |  About"); or a row of a Markdown table, whose bars open and close it
 * ("| Harbour | 45 min |"), as a row of links is not.
 */
function isCellRow(view: PageView, index: number, model: PageModel): boolean {
  if (index < 0 || view.lines[index]!.removedBy !== undefined) return false;
  const features = view.features[index]!;
  const { cellSpaces, linkRowSeparators } = model.settings.line;
  const text = view.lines[index]!.text;
  return !features.text && !features.bullet && (PIPE_ROW.test(text) || (features.separators < linkRowSeparators && hasSpaceRun(text, cellSpaces)));
}

/** A row of a Markdown (pipe) table: a bar first and last, another between. */
const PIPE_ROW = /^\|[^|]*\|.*\|\s*$/u;
