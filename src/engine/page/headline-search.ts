import type { PageModel } from '../../rules/page-model.js';
import { countWords } from '../line-text.js';
import { LIST_BULLET } from '../reader-text.js';
import { FIGURE } from './line-features.js';
import { CUT_SHORT, inSentenceCase, isByline, isDateline, isHeadlineLike, isHighlight, isHighlightSentence, isListItem, isNumberedHighlight } from './line-shapes.js';
import { lastIndexWhere, nextLine, previousLine, type PageView } from './page-view.js';
import type { Stretch } from './region-scores.js';

/**
 * The story's opening above a box set into it: a short heading over list items, up to
 * `headline.maxBoxLines` ("Contents" over a Wikipedia article's sections, "Further reading" over
 * three links; or list items under a line a rule of `headline.boxPacks` removed, "Related Articles",
 * each item perhaps dated on a line of its own; raw tags around them and a picture above pass), right above the
 * region's head, and right above the heading the peak of a stretch
 * of running text scoring `article.minScore` (the lead paragraphs, which the box cut off from the
 * rest). The story starts with that stretch; the box stays out unless it holds highlights (see
 * isHighlight). A menu above the story has no heading of its own, or no paragraph right above it.
 */
export function openingAbove(view: PageView, regionHead: number, stretches: readonly Stretch[], model: PageModel): { start: number; box: number; highlights: boolean } | undefined {
  const { maxBoxLines } = model.settings.headline;
  // Pandoc's Markdown sets raw tags around the box, and a related box dates its items on lines of their own.
  const above = (index: number): number => {
    let line = previousLine(view, index);
    while (line >= 0 && view.markup[line] === true) line = previousLine(view, line);
    return line;
  };
  let box = above(regionHead);
  let items = 0;
  let top = regionHead;
  for (; box >= 0 && (isListItem(view, box) || (items > 0 && isDateline(view, box, model))); box = above(box)) {
    if (++items > maxBoxLines) return undefined;
    top = box;
  }
  if (items < 2 || box < 0) return undefined;
  // The box's heading is a short line, or one a rule of `headline.boxPacks` removed ("Related Articles"), no list item (a menu's link).
  const isRemovedHeading = (line: number): boolean => model.settings.headline.boxPacks.includes(view.lines[line]!.removedBy ?? '') && !LIST_BULLET.test(view.lines[line]!.text);
  const removedHeading = lastIndexWhere(box + 1, top, isRemovedHeading);
  const features = view.features[box]!;
  if (removedHeading < 0 && (features.empty || features.text || features.words > model.settings.line.shortWords)) return undefined;
  let last = removedHeading < 0 ? above(box) : box;
  if (removedHeading >= 0) box = removedHeading;
  // The lead's picture may stand between it and the box (Markdown's `![alt](…)`).
  while (last >= 0 && FIGURE.test(view.lines[last]!.text)) last = above(last);
  if (last < 0 || !view.features[last]!.text || view.features[last]!.bullet) return undefined;
  const stretch = stretches.find((candidate) => candidate.end === last);
  if (stretch === undefined || stretch.score < model.settings.article.minScore) return undefined;
  // A box of highlights written as sentences is the story's own; links to further reading are headlines.
  const highlights = lastIndexWhere(box + 1, regionHead, (index) => isListItem(view, index) && !(isHighlight(view, index, model) && isHighlightSentence(view, index, model))) < 0;
  return { start: stretch.start, box, highlights };
}

/**
 * The first line of the head: up to `limit` lines right before the region (headline, byline,
 * date), passing over lines the rules removed, stopping at a list item or a row of links (a
 * byline with one separator before its date is no such row).
 */
export function headStart(view: PageView, regionStart: number, limit: number, linkRowSeparators: number): number {
  let start = regionStart;
  let taken = 0;
  for (let index = regionStart - 1; index >= 0 && taken < limit; index--) {
    const features = view.features[index]!;
    if (view.lines[index]!.removedBy !== undefined || features.empty) continue;
    if (features.separators >= linkRowSeparators || features.bullet) break;
    start = index;
    taken++;
  }
  return start;
}

/**
 * The headline above the head, with the standfirst and dateline under it. A share bar, a picture
 * and its caption or a highlights box often stands between them and the story, and the head stops
 * short of them. Going up from the head, lines the rules removed are passed over, and so are up to
 * `headline.maxGap` short widget lines (a button, a counter, a picture's file name: at most
 * `line.shortWords` words), which stay out; a dateline or a byline (see isDateline, isByline) and
 * one paragraph of at most `headline.standfirstWords` words, running text or ending no sentence
 * (see isStandfirstLike), stay. The first other
 * line must start a run of at most `headline.maxLines` lines shaped as headlines (see
 * isHeadlineLike), and the line above the run must be neither shaped so nor running text: a longer
 * run, or a headline over a paragraph under another, is a list of teasers. Else only the datelines
 * and bylines right above the head stay. A dateline right above the run stays with it.
 */
export function headlineAbove(view: PageView, headTop: number, regionStart: number, model: PageModel): number[] {
  // A headline of a few words right above the standfirst is told from a widget line there; it is
  // taken only when no longer headline stands further up (a byline may stand so as well).
  const found = headlineSearch(view, headTop, regionStart, model, false) ?? headlineSearch(view, headTop, regionStart, model, true) ?? datelinesAbove(view, headTop, model);
  const top = Math.min(headTop, ...found);
  return [...found, ...markedTitleAbove(view, top, model).filter((index) => !found.includes(index))];
}

/**
 * The page's title as a converter marks it, a first-level heading (Markdown's `# `, html2text's
 * `****** `), above what the search found (a tag list, a share bar of long buttons or a byline over
 * several lines stands between them and the head): the nearest such line above, no running text
 * between but a marked subheading (the standfirst), of `headline.minTitleWords` to `maxWords`
 * words without its marks, no list item and no line a rule removed (a site's name set so is
 * shorter: "# Engadget"). The marked second-level headings right under it that may be a
 * standfirst (see isStandfirstLike), and the bylines and datelines there, stay with it.
 */
function markedTitleAbove(view: PageView, headTop: number, model: PageModel): number[] {
  const { minTitleWords, maxWords } = model.settings.headline;
  let title = previousLine(view, headTop);
  for (; title >= 0 && !TITLE_MARKS.test(view.lines[title]!.text); title = previousLine(view, title)) {
    if (view.lines[title]!.removedBy === undefined && view.features[title]!.text && !SUBTITLE_MARKS.test(view.lines[title]!.text)) return [];
  }
  if (title < 0 || view.lines[title]!.removedBy !== undefined || view.features[title]!.bullet) return [];
  const words = countWords(view.lines[title]!.text.replace(TITLE_MARKS, '').replace(CLOSING_MARKS, ''));
  if (words < minTitleWords || words > maxWords) return [];
  const kept = [title];
  for (let index = nextLine(view, title); index >= 0 && index < headTop; index = nextLine(view, index)) {
    if (view.markup[index] === true) continue;
    if (view.lines[index]!.removedBy !== undefined) break;
    const standfirst = SUBTITLE_MARKS.test(view.lines[index]!.text) && isStandfirstLike(view, index, model);
    if (!standfirst && !isByline(view, index, model) && !isDateline(view, index, model)) break;
    kept.push(index);
  }
  return kept;
}

/**
 * The datelines and bylines right above the head, past lines the rules removed: the head's own,
 * whatever stands above them. A list item is a list's (an archive's dates).
 */
function datelinesAbove(view: PageView, headTop: number, model: PageModel): number[] {
  const isHeadsDate = (index: number): boolean => !isListItem(view, index) && (isDateline(view, index, model) || isByline(view, index, model));
  const kept: number[] = [];
  for (let index = previousLine(view, headTop); index >= 0 && isHeadsDate(index); index = previousLine(view, index)) kept.push(index);
  return kept;
}

/** The search of headlineAbove, or undefined when it finds no headline; with `shortOverStandfirst`, from `headline.minWordsOverStandfirst` words right above the standfirst. */
function headlineSearch(view: PageView, headTop: number, regionStart: number, model: PageModel, shortOverStandfirst: boolean): number[] | undefined {
  const { maxGap, maxLines, standfirstWords, minWords, minWordsOverStandfirst } = model.settings.headline;
  const { shortWords } = model.settings.line;
  // Head lines shaped as headlines right under the run are part of it; a numbered box of highlights is the story's summary under it.
  let headRun = 0;
  while (headTop + headRun < regionStart && isHeadlineLike(view, headTop + headRun, model) && !isNumberedHighlight(view, headTop + headRun, model)) headRun++;
  const kept: number[] = [];
  let gap = 0;
  let standfirst = -1;
  // A picture's caption is shaped as a headline as often.
  const isHeadline = (index: number, caption = isCaption(view, index, model)): boolean =>
    !caption && isHeadlineLike(view, index, model, shortOverStandfirst && standfirst >= 0 && previousLine(view, standfirst) === index ? minWordsOverStandfirst : minWords);
  let index = previousLine(view, headTop);
  for (; index >= 0; index = previousLine(view, index)) {
    const caption = isCaption(view, index, model);
    if (isHeadline(index, caption)) break;
    const features = view.features[index]!;
    // A picture's caption is no standfirst, however it reads.
    if (caption) {
      if (++gap > maxGap) return undefined;
      continue;
    }
    // A paragraph cut short ("…") is a teaser's summary, never a standfirst.
    if (isStandfirstLike(view, index, model) && features.words <= standfirstWords && standfirst < 0 && !CUT_SHORT.test(view.lines[index]!.text)) {
      kept.push(index);
      standfirst = index;
      continue;
    }
    // A caption's copy of the standfirst: the standfirst itself stands above it.
    if (standfirst >= 0 && view.lines[index]!.text === view.lines[standfirst]!.text) {
      kept.push(index);
      continue;
    }
    const box = boxHeading(view, index, model);
    if (box >= 0) {
      index = box;
      continue;
    }
    const tools = toolListTop(view, index, model);
    if (tools >= 0) {
      if (++gap > maxGap) return undefined;
      index = tools;
      continue;
    }
    const dateline = isDateline(view, index, model) || isByline(view, index, model);
    const highlight = isHighlight(view, index, model);
    if ((!dateline && !highlight && features.words > shortWords) || ++gap > maxGap) return undefined;
    // A highlight written as a sentence is the story's own, as in a box set into it (see openingAbove).
    if (dateline || (highlight && isHighlightSentence(view, index, model))) kept.push(index);
  }
  const from = kept.length;
  let run = index === headTop - 1 ? headRun : 0;
  for (; index >= 0 && isHeadline(index); index = previousLine(view, index)) {
    if (++run > maxLines) return undefined;
    kept.push(index);
  }
  if (kept.length === from || (index >= 0 && view.features[index]!.text)) return undefined;
  // A dateline may stand above the headline as well ("Updated: 13 August 2010, 5:02 PM"); lynx's link numbers are no date.
  if (index >= 0 && isDateline(view, index, model) && !LINK_NUMBER.test(view.lines[index]!.text)) kept.push(index);
  return kept;
}

/**
 * A paragraph that may be a standfirst: running text, or a paragraph shaped as one that ends no
 * sentence ("A retailer's executive on engaging consumers via its blogs"), as standfirsts often
 * do: `line.textWords` words or more, function words as running text has them, in sentence case (a
 * longer headline is in title case); no separator nor list item either way.
 */
function isStandfirstLike(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  if (features.separators > 0 || features.bullet) return false;
  const { textWords, minFunctionShare } = model.settings.line;
  return features.text || (features.words >= textWords && features.functionShare >= minFunctionShare && inSentenceCase(view.lines[index]!.text));
}

/**
 * The heading of a box of links that ends with the list item at `index`: going up, list items,
 * short lines and lines the rules removed, up to `headline.maxBoxLines`, under a line that a rule of
 * `headline.boxPacks` removed ("Related Items"); or -1.
 */
function boxHeading(view: PageView, index: number, model: PageModel): number {
  const { boxPacks, maxBoxLines } = model.settings.headline;
  if (!view.features[index]!.bullet) return -1;
  for (let line = index; line >= 0 && index - line <= maxBoxLines; line--) {
    const { removedBy } = view.lines[line]!;
    if (removedBy !== undefined) {
      if (boxPacks.includes(removedBy)) return line;
      continue;
    }
    const features = view.features[line]!;
    if (!features.empty && !features.bullet && features.words > model.settings.line.shortWords) return -1;
  }
  return -1;
}

/**
 * A picture's caption: `line.textWords` words or more but no running text, right above a line a
 * rule of `headline.captionPacks` removed (its credit, or "View larger image"). A shorter line there
 * is a teaser's headline over a gallery's "Zoom" as often, and running text the story's paragraph
 * above its picture.
 */
function isCaption(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  const credit = view.lines[nextLine(view, index)]?.removedBy;
  return credit !== undefined && model.settings.headline.captionPacks.includes(credit) && !features.text && features.words >= model.settings.line.textWords;
}

/**
 * The first item of a list of tools that ends with the list item at `index`: going up, list items
 * and lines the rules removed, up to `headline.maxBoxLines`, at least `headline.minToolShare` of
 * them removed (share and print buttons): a share bar's list, whose other items ("Subscribe from
 * 1 euro") may be longer than a widget line; or -1.
 */
function toolListTop(view: PageView, index: number, model: PageModel): number {
  // A byline or a date set as a list item stays with the headline (see isDateline, isByline): no tool's.
  const isTool = (line: number): boolean => view.features[line]!.bullet && !isDateline(view, line, model) && !isByline(view, line, model);
  if (!isTool(index)) return -1;
  let top = index;
  let items = 1;
  let removedItems = 0;
  for (let line = index - 1; line >= 0 && index - line <= model.settings.headline.maxBoxLines; line--) {
    const removed = view.lines[line]!.removedBy !== undefined;
    if (removed || isTool(line)) {
      items++;
      if (removed) removedItems++;
      if (view.features[line]!.bullet) top = line;
    } else if (!view.features[line]!.empty) break;
  }
  // A site's menu holds a line a rule removes here and there ("Home").
  return removedItems > 0 && removedItems >= items * model.settings.headline.minToolShare ? top : -1;
}

/** A first-level heading's marks, as Markdown (`# `) and html2text (`****** `, closed by the same) write them. */
const TITLE_MARKS = /^(?:#|\*{6}) (?=\S)/u;
/** A second-level heading's marks (`## `, html2text's `***** `). */
const SUBTITLE_MARKS = /^(?:##|\*{5}) +\S/u;
/** html2text's marks closing a heading. */
const CLOSING_MARKS = /\s\*{2,}$/u;

/** A link's number, as lynx writes it before the link's text ("[12]Sport"). */
const LINK_NUMBER = /\[\d+\]/u;
