import type { PageModel } from '../../rules/page-model.js';
import { characterClass, LIST_BULLET, MARKDOWN_BULLETS } from '../reader-text.js';
import { caseCounts, type LineFeatures } from './line-features.js';
import { nextLine, previousLine, type PageView } from './page-view.js';

/** A list item, at any level of a nested list (lynx marks the second level with "+", a bullet, and deeper ones with "o" or "#"). */
export function isListItem(view: PageView, index: number): boolean {
  return view.features[index]!.bullet || NESTED_ITEM.test(view.lines[index]!.text);
}

/**
 * A headline: a few words (`headline.minWords`, or `minWords` given, to `maxWords`), no list item,
 * no separator, not running text, not a dateline nor a byline, not ending as a clause does
 * (`headline.unendedBy`; an abbreviation's full stop does not count); from
 * `line.textWords` words on, with function words (`headline.minFunctionShare`): a row of menu
 * labels has none.
 */
export function isHeadlineLike(view: PageView, index: number, model: PageModel, minWords = model.settings.headline.minWords): boolean {
  const { maxWords, unendedBy, minFunctionShare, itemSeparators } = model.settings.headline;
  const features = view.features[index]!;
  const text = view.lines[index]!.text.trimEnd();
  const last = text.at(-1) ?? '';
  return (
    view.lines[index]!.removedBy === undefined &&
    !features.bullet &&
    !features.text &&
    features.separators === 0 &&
    features.words >= minWords &&
    features.words <= maxWords &&
    (features.words < model.settings.line.textWords || features.functionShare >= minFunctionShare) &&
    (!unendedBy.includes(last) || ABBREVIATION_END.test(text)) &&
    !itemSeparators.some((separator) => text.includes(separator)) &&
    !hasSpaceRun(text, model.settings.line.cellSpaces) &&
    !isDateline(view, index, model) &&
    !isByline(view, index, model)
  );
}

/** A line of which at least `headline.datelineFigures` of the words hold a digit: a date and time, a byline's timestamp. */
export function isDateline(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  if (!features.figures || features.text || features.words < model.settings.headline.datelineWords) return false;
  const words = view.lines[index]!.text.split(/\s+/).filter((word) => word !== '');
  return words.filter((word) => DIGIT.test(word)).length >= words.length * model.settings.headline.datelineFigures;
}

/**
 * A byline, which stays with the headline as a dateline does: a line of at most
 * `headline.maxBylineWords` words, no running text nor a link item, that starts with one of
 * `headline.bylineStarts` over two capitalised words ("By Ann Lee", "Par Anne Roy, Luc Blanc"), or
 * that holds a time of day and a year ("Ann Lee, Harbour News 3:53 p.m. EST January 25, 2014"), as
 * a byline's timestamp does with too few figures for a dateline (a teaser's "8:01 a.m.: Mayor
 * named" has no year).
 */
export function isByline(view: PageView, index: number, model: PageModel): boolean {
  const { maxBylineWords, bylineStarts } = model.settings.headline;
  const features = view.features[index]!;
  const text = view.lines[index]!.text;
  if (features.text || features.words > maxBylineWords || LINK_ITEM.test(text)) return false;
  if (CLOCK_TIME.test(text) && YEAR.test(text)) return true;
  // html2text writes a link's spaces as underscores ("By_Ann_Lee").
  const [first, ...names] = text.replace(LIST_BULLET, '').split(/[\s_]+/);
  return first !== undefined && bylineStarts.includes(first.toLowerCase()) && names.length >= 2 && names.slice(0, 2).every((name) => CAPITALISED.test(name));
}

/**
 * One of a box of highlights ("Story highlights"): a list item in sentence case beside another, as
 * a box holds two or more, or any item of a run of list items that are no links (up to
 * `headline.maxGap` either side) most of which are in sentence case (a highlight that names people
 * has many capitals). A list of teasers is written in title case, or stands in no box.
 */
export function isHighlight(view: PageView, index: number, model: PageModel): boolean {
  const isItem = (other: number): boolean => other >= 0 && view.features[other]!.bullet;
  const inBox = (other: number): boolean => isItem(other) && inSentenceCase(view.lines[other]!.text);
  if (!isItem(index)) return false;
  if (inBox(index) && (inBox(previousLine(view, index)) || inBox(nextLine(view, index)))) return true;
  // A run of links (Markdown's or lynx's) is a list of teasers, however cased.
  const isPlainItem = (other: number): boolean => isItem(other) && !LINK_ITEM.test(view.lines[other]!.text);
  if (!isPlainItem(index)) return false;
  const { maxGap } = model.settings.headline;
  let items = 1;
  let sentenceCase = inBox(index) ? 1 : 0;
  for (const step of [(line: number) => previousLine(view, line), (line: number) => nextLine(view, line)]) {
    for (let line = step(index), taken = 0; isPlainItem(line) && taken < maxGap; line = step(line), taken++) {
      items++;
      if (inBox(line)) sentenceCase++;
    }
  }
  return items >= 2 && sentenceCase * 2 > items;
}

/** A highlight (see isHighlight) written as a sentence: `line.textWords` words or more and no link (a further-reading box's items are headlines, and tool buttons are shorter). */
export function isHighlightSentence(view: PageView, index: number, model: PageModel): boolean {
  return view.features[index]!.words >= model.settings.line.textWords && !MARKDOWN_LINK.test(view.lines[index]!.text);
}

/**
 * One of a numbered box of highlights under a headline ("1. Three players are out of the next
 * game"): an item of a numbered list beside another, written as a sentence in sentence case, of
 * `line.textWords` words or more. Numbered teasers are shorter headlines, or in title case.
 */
export function isNumberedHighlight(view: PageView, index: number, model: PageModel): boolean {
  const isItem = (other: number): boolean => other >= 0 && NUMBERED_ITEM.test(view.lines[other]!.text);
  const text = view.lines[index]!.text.replace(NUMBERED_ITEM, '');
  return isItem(index) && (isItem(previousLine(view, index)) || isItem(nextLine(view, index))) && view.features[index]!.words >= model.settings.line.textWords && inSentenceCase(text);
}

/**
 * Whether most of the words after the first start in lower case, as a sentence's do and a
 * title-case headline's do not. Words of a script without case (Japanese, Chinese) have no title
 * case either: a line of them alone is read as a sentence is.
 */
export function inSentenceCase(text: string): boolean {
  const { cased, lower, caseless } = caseCounts(text, true);
  return cased === 0 ? caseless > 0 : lower * 2 > cased;
}

/** Whether `text` holds `length` white-space characters in a row. */
export function hasSpaceRun(text: string, length: number): boolean {
  let run = 0;
  for (const char of text) {
    run = WHITE_SPACE.test(char) ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/** A short line that is neither running text nor a list item: a heading, a label, a table's cell. */
export function isShortLabel(features: LineFeatures, model: PageModel): boolean {
  return !features.text && !features.bullet && features.words <= model.settings.line.shortWords;
}

/** A line of `line.listIntroWords` words or more ending so ("The players invited to the combine:"); a short heading ending so ("Latest news:", "On the Net:") heads links more often than a list the story needs. */
export function introducesList(view: PageView, index: number, model: PageModel): boolean {
  const { listIntroEndings, listIntroWords } = model.settings.line;
  const text = view.lines[index]!.text.trimEnd();
  return view.features[index]!.words >= listIntroWords && listIntroEndings.some((ending) => text.endsWith(ending));
}

/**
 * Teasers are headlines, each over a line or two of summary: most paragraphs follow a short line
 * directly. The story itself, resumed after a related-links box, runs paragraph after paragraph,
 * a subheading now and then.
 */
export function isTeaserList(view: PageView, from: number, to: number, model: PageModel): boolean {
  const { minTeasers, teaserShare } = model.settings.article;
  let paragraphs = 0;
  let teasers = 0;
  let afterShort = false;
  for (let index = from; index <= to; index++) {
    const features = view.features[index]!;
    // Lines the rules removed (a sign-in prompt, an advertisement label) are neither headline nor story.
    if (features.empty || view.lines[index]!.removedBy !== undefined) continue;
    if (features.text) {
      paragraphs++;
      // A summary cut short ("… vrijspreken...") is a teaser's, with or without its headline.
      if (afterShort || CUT_SHORT.test(view.lines[index]!.text)) teasers++;
    }
    afterShort = !features.text;
  }
  return teasers >= minTeasers && teasers >= paragraphs * teaserShare;
}

const WHITE_SPACE = /\s/;
/** An item of a numbered list ("8. Writing a good entry", "2) Prerequisites"): a table of contents under a headline-shaped item is a list too. */
export const NUMBERED_ITEM = /^\d{1,3}[.)]\s/u;
/** A list item that is one link: Markdown's "* [text](address)", lynx's "* [12]text". */
export const LINK_ITEM = new RegExp(String.raw`^${characterClass(MARKDOWN_BULLETS)}\s+(?:\[[^\]]*\]\([^()\s]*\)|\[\d+\]\S.*)$`);
/** A Markdown link's text closed and its address opened. */
const MARKDOWN_LINK = /\]\(/u;
/** A list item deeper than the second level, as lynx and w3m mark it (the second level's "+" is a bullet: LIST_BULLETS). */
const NESTED_ITEM = /^[o#]\s/u;
const DIGIT = /\p{Nd}/u;
/** A time of day, hours and minutes ("3:53", "12:14"), not part of a longer run of figures and colons. */
const CLOCK_TIME = /(?:^|[^\d:])\d{1,2}:\d{2}(?![\d:])/u;
/** A year of this century or the last, standing alone or in a date ("06/04/2013"). */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/u;
/** A word starting with a capital letter, as a name does. */
const CAPITALISED = /^\p{Lu}/u;
/** Text that ends cut short, with an ellipsis. */
export const CUT_SHORT = /(?:\.\.\.|…)\s*$/u;
/** A last word with a full stop inside as well ("U.S.", "a.m."): an abbreviation's full stop, which ends no clause. */
const ABBREVIATION_END = /(?:^|\s)\S*\p{L}\.\p{L}\S*\.$/u;
