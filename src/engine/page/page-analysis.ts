import type { PageModel } from '../../rules/page-model.js';
import { caseCounts, pageLineFeatures, shapeFeatures, type LineFeatures, type PageCounts } from './line-features.js';
import { characterClass, LIST_BULLET, MARKDOWN_BULLETS, startsListItem } from '../reader-text.js';
import { SEPARATORS } from '../line-scan.js';

/** One non-blank line of a document as the page analysis sees it. */
export interface PageLine {
  /** The line as matching sees it, trimmed (see lineText); a paragraph's lines joined by spaces. */
  text: string;
  /** countWords(text). */
  words: number;
  /** The pack of the rule that already removed the line, if one did. */
  removedBy: string | undefined;
  /** The line's counts when its bytes were scanned as it arrived (see LineScan); else its text has characters only the Unicode-aware counts read. */
  counts: PageCounts | undefined;
}

/**
 * Why the analysis kept or dropped a line:
 * - `main-text` / `main-short`: running text, or another line, inside the main-content region;
 * - `head`: a short line just before the region (headline, byline, date);
 * - `headline`: the headline, standfirst or dateline above the head, past a share bar or a
 *   picture (see headlineAbove);
 * - `closing`: one of the story's short closing lines right after the region ("The hearing goes
 *   on.", a credit line), see closingEnd;
 * - `menu-run`: one of a run of short lines (a menu, a list of links) inside the region;
 * - `lone-text`: a short stretch of running text standing alone between two menu runs (a teaser);
 * - `outside-main`: before or after the main-content region;
 * - `rule`: already removed by a rule;
 * - `unread-language`: kept as the rules left it, in a document whose language the function-word
 *   lists do not cover (see readsLanguage).
 */
export type PageReason = 'main-text' | 'main-short' | 'head' | 'headline' | 'closing' | 'menu-run' | 'lone-text' | 'outside-main' | 'rule' | 'unread-language';

export interface PageVerdict {
  keep: boolean;
  reason: PageReason;
  features: LineFeatures;
}

/** Document features computed once and shared by the profile decision and the analysis. */
export interface PageView {
  lines: readonly PageLine[];
  features: readonly LineFeatures[];
  /** Whether each line belongs to a menu run. */
  inMenu: readonly boolean[];
  /** Whether each line is raw markup alone (see MARKUP_LINE). */
  markup: readonly boolean[];
  menuRuns: number;
  /** Whether the function-word lists, or else the shape of the lines, read the page's language (see readsLanguage). */
  reads: boolean;
  /** When the lines are read by their shape (see shapeFeatures), the function-word lists not reading the page's language: their features as the lists read them. */
  read?: readonly LineFeatures[];
}

export function viewPage(lines: readonly PageLine[], model: PageModel): PageView {
  // A converter's raw markup line ("<div class=…>", "</div>") carries no text of the page: it reads
  // as a letterless line, and a run of them counts as one line of a menu run (the tags closing one
  // element and opening the next around a paragraph are no menu).
  const markup = lines.map((line) => MARKUP_LINE.test(line.text));
  const features = lines.map((line, index) => (markup[index] ? MARKUP_FEATURES : pageLineFeatures(line, model)));
  const listed = menuView(lines, features, markup, model);
  if (readsLanguage(listed, model)) return { ...listed, reads: true };
  // A page in a language the lists do not read is read by the shape of its lines, if that reads it
  // (a page of links cut off by wrapping does not); analysePage checks that it keeps its prose.
  if (model.settings.detect.readByShape) {
    const byShape = { ...menuView(lines, features.map((lineFeatures) => shapeFeatures(lineFeatures, model)), markup, model), read: features };
    if (readsLanguage(byShape, model)) return { ...byShape, reads: true };
  }
  return { ...listed, reads: false };
}

/** The menu runs of a page whose lines have these features. */
function menuView(lines: readonly PageLine[], features: readonly LineFeatures[], markup: readonly boolean[], model: PageModel): Omit<PageView, 'reads'> {
  const { minLines, maxWords } = model.settings.menu;
  const inMenu = new Array<boolean>(lines.length).fill(false);
  let menuRuns = 0;
  let runStart = 0;
  let runLines = 0;
  for (let i = 0; i <= lines.length; i++) {
    const menuLike = i < lines.length && (lines[i]!.removedBy !== undefined || (!features[i]!.sentence && (features[i]!.words <= maxWords || features[i]!.bullet || features[i]!.separatorShare > 0)));
    if (menuLike) {
      if (!(markup[i] && markup[i - 1] === true)) runLines++;
      continue;
    }
    if (runLines >= minLines) {
      menuRuns++;
      inMenu.fill(true, runStart, i);
    }
    runStart = i + 1;
    runLines = 0;
  }
  return { lines, features, inMenu, markup, menuRuns };
}

/** A line of raw HTML tags alone, as pandoc's Markdown writes the elements it has no Markdown for (in a list item, too). */
const MARKUP_LINE = /^(?:(?:\d+\.|[-*+])\s+)?(?:<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>\s*)+$/u;
const MARKUP_FEATURES: LineFeatures = { words: 0, functionShare: 0, separatorShare: 0, separators: 0, bullet: false, text: false, sentence: false, prose: 0, ended: false, figures: false, empty: true };

/**
 * `--profile auto`: a whole page has many lines, and many of them short labels or in menus. A
 * short line with figures is a table's cell (a score, a year, a percentage), which an article
 * carries as well, so it does not count. Extracted text of other kinds has as many short lines
 * (a README's code and lists, an infobox, a press release's contacts) but no site around it: a
 * whole page also shows its chrome, a line the rules of `detect.chromePacks` removed (a menu, a
 * footer, a share bar), a list of links or menus both above and below the running text.
 */
export function isWholePage(view: PageView, model: PageModel): boolean {
  const { minLines, minShortShare, minMenuRuns } = model.settings.detect;
  if (view.lines.length < minLines) return false;
  const short = view.features.filter((features) => features.words <= model.settings.line.shortWords && !features.figures).length;
  return (short / view.lines.length >= minShortShare || view.menuRuns >= minMenuRuns) && showsChrome(view, model);
}

/** Whether a rule of `detect.chromePacks` removed a line, a converter wrote a menu as a list of links, or menu runs stand both before the first line of running text and after the last. */
function showsChrome({ lines, features, inMenu }: PageView, model: PageModel): boolean {
  const { chromePacks } = model.settings.detect;
  if (chromePacks.length === 0 || lines.some((line) => chromePacks.includes(line.removedBy ?? ''))) return true;
  if (hasLinkList(lines, model.settings.menu.minLines)) return true;
  const firstText = features.findIndex((lineFeatures) => lineFeatures.text);
  const lastText = lastIndexWhere(0, features.length, (index) => features[index]!.text);
  const firstMenu = inMenu.indexOf(true);
  // A sentence between two tables (opening hours, a timetable) is no article between two menus.
  const textWords = features.reduce((sum, lineFeatures) => sum + (lineFeatures.text ? lineFeatures.words : 0), 0);
  return firstMenu >= 0 && firstMenu < firstText && inMenu.lastIndexOf(true) > lastText && textWords >= model.settings.article.minScore;
}

/** Whether `minLines` lines in a row are list items holding one link each, as converters write a site's menu ("* [Sport](/sport)", lynx's "* [12]Sport"). */
function hasLinkList(lines: readonly PageLine[], minLines: number): boolean {
  let run = 0;
  for (const line of lines) {
    run = LINK_ITEM.test(line.text) ? run + 1 : 0;
    if (run >= minLines) return true;
  }
  return false;
}

/**
 * Decides every line. On a whole page the main-content region is kept and menus inside it and
 * everything outside it are dropped. In extracted article text the extractor has chosen the
 * content already: everything from a few lines before its first stretch of running text to a
 * few lines after its last is kept, and what lies beyond (teaser lists, a comment section,
 * a footer the extractor took along) is dropped.
 */
export function analysePage(view: PageView, model: PageModel, kind: 'page' | 'article' = 'page'): PageVerdict[] {
  if (!view.reads) return rulesVerdicts(view, 'unread-language');
  if (view.read === undefined) return kind === 'article' ? analyseArticle(view, model) : analyseWholePage(view, model);
  // Read by shape alone, extracted text stands aside: its edges (a headline, a short lead) are
  // told by their function words. A whole page's verdicts stand if they keep every line shaped as
  // running text.
  const standAside = (read: readonly LineFeatures[]): PageVerdict[] => rulesVerdicts({ ...view, features: read }, 'unread-language');
  if (kind === 'article') return standAside(view.read);
  const verdicts = analyseWholePage(view, model);
  return verdicts.some((verdict, index) => !verdict.keep && verdict.reason !== 'rule' && view.features[index]!.text) ? standAside(view.read) : verdicts;
}

function analyseWholePage(view: PageView, model: PageModel): PageVerdict[] {
  const { lines, features, inMenu } = view;
  const scored = scoreRegions(view, model);
  const region = mainRegion(scored, model);
  const verdict = (keep: boolean, reason: PageReason, index: number): PageVerdict => ({ keep, reason, features: features[index]! });
  // No running text at all: nothing to anchor on, so the rules' verdicts stand.
  if (region === undefined) return rulesVerdicts(view, 'main-short');
  const { headLines } = model.settings.region;
  const { linkRowSeparators } = model.settings.line;
  const regionHead = headStart(view, region.start, headLines, linkRowSeparators);
  const opening = openingAbove(view, regionHead, scored.stretches, model);
  const storyStart = opening?.start ?? region.start;
  const start = opening === undefined ? regionHead : headStart(view, storyStart, headLines, linkRowSeparators);
  const headline = headlineAbove(view, start, storyStart, model);
  const { end, tails } = resumeAfterTails(view, model, scored, region.end);
  return lines.map((line, index) => {
    if (line.removedBy !== undefined) return verdict(false, 'rule', index);
    const lineFeatures = features[index]!;
    const tail = tails.find((tail) => index > tail.after && index <= tail.end);
    if (tail !== undefined) return verdict(true, index <= tail.closing ? 'closing' : 'main-short', index);
    if (headline.includes(index)) return verdict(true, 'headline', index);
    if (index < start || index > end) {
      return lineFeatures.text && lineFeatures.words >= model.settings.region.outsideWords ? verdict(true, 'main-text', index) : verdict(false, 'outside-main', index);
    }
    if (opening !== undefined && index >= opening.box && index < regionHead) return opening.highlights ? verdict(true, 'head', index) : verdict(false, 'menu-run', index);
    if (index < storyStart || (index >= regionHead && index < region.start)) return verdict(true, 'head', index);
    if (inMenu[index] && !isStoryBreak(view, index, model)) return verdict(false, 'menu-run', index);
    // The region's first line is where the story starts, never a teaser (a short post between its elements' tags).
    if (index > region.start && lineFeatures.text && lineFeatures.words <= model.settings.menu.loneTextWords && inMenu[index - 1] === true && inMenu[index + 1] === true) {
      return verdict(false, 'lone-text', index);
    }
    return verdict(true, lineFeatures.text ? 'main-text' : 'main-short', index);
  });
}

/**
 * Whether the menu run holding `index` is a break inside the story: at most `menu.minLines` + 1
 * lines between two paragraphs of running text, none a list item, a row of links, a dateline (a
 * comment's date), raw markup or a line a rule removed: a picture's caption and credit over a
 * section heading, not a menu (whose items are links, set as a list).
 */
function isStoryBreak(view: PageView, index: number, model: PageModel): boolean {
  const maxLines = model.settings.menu.minLines + 1;
  const isText = (line: number): boolean => view.lines[line]?.removedBy === undefined && view.features[line]?.text === true;
  let first = index;
  while (first > 0 && view.inMenu[first - 1] === true && index - first < maxLines) first--;
  let last = index;
  while (view.inMenu[last + 1] === true && last - first < maxLines) last++;
  if (last - first + 1 > maxLines || !isText(first - 1) || !isText(last + 1)) return false;
  const isMenuLine = (line: number): boolean =>
    view.lines[line]!.removedBy !== undefined || view.features[line]!.bullet || view.features[line]!.separators > 0 || view.markup[line]! || isDateline(view, line, model);
  return lastIndexWhere(first, last + 1, isMenuLine) < 0;
}

/** Every line as the rules left it; those they kept, for `reason`. */
function rulesVerdicts({ lines, features }: PageView, reason: PageReason): PageVerdict[] {
  return lines.map((line, index) => ({ keep: line.removedBy === undefined, reason: line.removedBy === undefined ? reason : 'rule', features: features[index]! }));
}

/**
 * Whether the function-word lists cover the document's language. The analysis tells running text
 * by its function words; in a language the lists do not cover, the story's paragraphs have too few
 * to count, and a single sentence in a language they do cover (a notice in English on a Polish
 * page) would be taken for the article and everything else dropped. So when more than
 * `detect.maxUnreadProse` of the words in lines shaped as running text (see LineFeatures.prose)
 * are in lines that are not running text, the analysis stands aside and the rules' verdicts stand.
 */
function readsLanguage({ lines, features }: Pick<PageView, 'lines' | 'features'>, model: PageModel): boolean {
  // A line counts for at most `region.maxTextScore` words, as in the region's scores: one long
  // line of script or of names does not outweigh the story.
  const { maxTextScore } = model.settings.region;
  let prose = 0;
  let unread = 0;
  features.forEach((lineFeatures, index) => {
    if (lines[index]!.removedBy !== undefined) return;
    const words = Math.min(lineFeatures.prose, maxTextScore);
    prose += words;
    if (!lineFeatures.text) unread += words;
  });
  return unread <= prose * model.settings.detect.maxUnreadProse;
}

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
function resumeAfterTails(view: PageView, model: PageModel, { scores, isBarrier }: ScoredLines, regionEnd: number): { end: number; tails: Tail[] } {
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
    const from = next;
    const resumed = bestStretches(scores.slice(from), (index) => isBarrier(from + index))[0];
    if (resumed === undefined || resumed.start !== 0 || resumed.score < model.settings.article.minScore) return undefined;
    return from + resumed.end;
  }
}

function analyseArticle(view: PageView, model: PageModel): PageVerdict[] {
  const { lines, features } = view;
  // Lines the rules removed inside extracted text (a sign-in prompt, a share bar) say nothing of
  // where the article ends, so they cost nothing here; comment sections still bar the way. A list
  // item written as a sentence (a recipe's step, a summary bullet) scores as running text does.
  const scores = lineScores(view, model).map((score, index) => {
    if (view.lines[index]!.removedBy !== undefined) return 0;
    return isListSentence(view, index, model) ? Math.min(features[index]!.words, model.settings.region.maxTextScore) : score;
  });
  const region = articleRegion(view, scores, model);
  const verdict = (keep: boolean, reason: PageReason, index: number): PageVerdict => ({ keep, reason, features: features[index]! });
  // Extracted text told mostly in lines too short for running text (a live blog of one-line
  // updates, numbered steps, a list of headlines) has no article stretch to anchor on: where its
  // stretches lie says nothing of where the content ends.
  if (region === undefined || runningTextShare(view) < model.settings.article.minTextShare) return rulesVerdicts(view, 'main-short');
  const start = articleHeadStart(view, region.start, model);
  const end = tailEnd(view, region.end, model, model.settings.article.tailLines);
  return lines.map((line, index) => {
    if (line.removedBy !== undefined) return verdict(false, 'rule', index);
    if (index < start || index > end) return verdict(false, 'outside-main', index);
    if (index < region.start) return verdict(true, 'head', index);
    return verdict(true, features[index]!.text ? 'main-text' : 'main-short', index);
  });
}

/**
 * The first line of extracted text's head (see headStart), taken further up while a sentence
 * stands within `limit` lines above it: a README or a how-to opens with a line or two of text, a
 * snippet of code and a short list before its first stretch of running text scores. Section
 * labels and teaser headlines above an article are no sentences.
 */
function articleHeadStart(view: PageView, regionStart: number, model: PageModel): number {
  const limit = model.settings.article.headLines;
  const { linkRowSeparators } = model.settings.line;
  let start = headStart(view, regionStart, limit, linkRowSeparators);
  for (;;) {
    // The items of a list that the line above them introduces ("The following is available:") come with it, and a story's date and section, or its byline, set as list items under its headline.
    let item = start - 1;
    while (item >= 0 && view.lines[item]!.removedBy === undefined && (view.features[item]!.bullet || view.features[item]!.empty)) item--;
    if (item < start - 1 && item >= 0 && view.lines[item]!.removedBy === undefined && (introducesList(view, item, model) || isQuantityList(view, item + 1, start) || isDatelineList(view, item + 1, start, model))) {
      // And the head of that line (the headline and date of a podcast episode above its list of stories).
      start = headStart(view, item, limit, linkRowSeparators);
      continue;
    }
    const sentence = lastIndexWhere(Math.max(0, start - limit), start, (index) => view.features[index]!.sentence);
    const between = (index: number): boolean => view.lines[index]!.removedBy !== undefined || view.features[index]!.bullet || view.features[index]!.separators >= linkRowSeparators;
    if (sentence < 0 || view.lines[sentence]!.removedBy !== undefined || lastIndexWhere(sentence, start, between) >= 0) return start;
    start = Math.min(sentence, headStart(view, sentence, limit, linkRowSeparators));
  }
}

/**
 * A list item written as a sentence (see LineFeatures.sentence, which no list item is): at least
 * `line.sentenceWords` words, with function words, no separator but its bullet, ending as a
 * sentence does, and no link. A recipe's steps, a story's summary bullets, a manual's tips are so;
 * menu items and teaser headlines end as no sentence does.
 */
function isListSentence(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  const { sentenceWords, minFunctionShare, sentenceEnds } = model.settings.line;
  const text = view.lines[index]!.text;
  // A bullet that is a separator as well (•, ·) counts as one (see LineFeatures.separators).
  const ownSeparators = startsListItem(text) && SEPARATORS.includes(text.charAt(0)) ? 1 : 0;
  return (
    features.bullet &&
    !features.text &&
    features.words >= sentenceWords &&
    features.functionShare >= minFunctionShare &&
    features.separators === ownSeparators &&
    sentenceEnds.includes(text.trimEnd().at(-1) ?? '') &&
    !LINK_ITEM.test(text)
  );
}

/** Whether the list items in [from, to) are two or more, most of them with figures and none a link: a recipe's ingredients, a table's rows as a list. */
function isQuantityList(view: PageView, from: number, to: number): boolean {
  const items = listItemsWithoutLinks(view, from, to);
  return items !== undefined && items.length >= 2 && items.filter((index) => view.features[index]!.figures).length * 2 > items.length;
}

/** Whether the list items in [from, to) are at most two, one of them a dateline or a byline and none a link: a story's date and section, or its author, set as a list under its headline. */
function isDatelineList(view: PageView, from: number, to: number, model: PageModel): boolean {
  const items = listItemsWithoutLinks(view, from, to);
  return items !== undefined && items.length <= 2 && items.some((index) => isDateline(view, index, model) || isByline(view, index, model));
}

/** The lines in [from, to) that hold letters or digits, or undefined when one of them is a link item. */
function listItemsWithoutLinks(view: PageView, from: number, to: number): number[] | undefined {
  const items: number[] = [];
  for (let index = from; index < to; index++) {
    if (view.features[index]!.empty) continue;
    if (LINK_ITEM.test(view.lines[index]!.text)) return undefined;
    items.push(index);
  }
  return items;
}

/**
 * The share of the words of the lines no rule removed that are in lines of running text. Lines
 * without a letter (a calendar's day numbers, a table's times and ranks) tell nothing and do not count.
 */
function runningTextShare({ lines, features }: PageView): number {
  let text = 0;
  let all = 0;
  features.forEach((lineFeatures, index) => {
    if (lines[index]!.removedBy !== undefined || !LETTER.test(lines[index]!.text)) return;
    all += lineFeatures.words;
    if (lineFeatures.text) text += lineFeatures.words;
  });
  return all === 0 ? 0 : text / all;
}

/**
 * From the first stretch scoring at least `minScore` to the peak of the last one, unless a line
 * that ends an article stands between them: a barrier (a comment-section line), or a related-list heading followed by a list of teasers rather than more of the story.
 */
function articleRegion(view: PageView, scores: readonly number[], model: PageModel): { start: number; end: number } | undefined {
  const { minScore, endPacks } = model.settings.article;
  const isHeading = (index: number): boolean => endPacks.includes(view.lines[index]!.removedBy ?? '');
  const isBarrier = commentBarrierTest(view, model);
  const stretches = bestStretches(scores, (index) => isBarrier(index) || isHeading(index)).filter((stretch) => stretch.score >= minScore);
  const first = stretches[0];
  if (first === undefined) return undefined;
  let end = first.end;
  for (const stretch of stretches.slice(1)) {
    if (lastIndexWhere(end + 1, stretch.start, isBarrier) >= 0) break;
    const heading = lastIndexWhere(end + 1, stretch.start, isHeading);
    if (heading >= 0 && isTeaserList(view, heading + 1, stretch.end, model)) break;
    end = stretch.end;
  }
  return { start: first.start, end };
}

/**
 * Whether a line bars the article's stretches as a comment section's does (see barrierTest),
 * unless it stands in a run of comment-section lines that holds a count of nought ("Comments
 * (0)", set between a headline and its story with a sign-in notice under it): no comments follow.
 */
function commentBarrierTest(view: PageView, model: PageModel): (index: number) => boolean {
  const barrier = barrierTest(view, model);
  const inRun = (index: number): boolean => barrier(index) || view.features[index]!.empty;
  const noComments = new Set<number>();
  view.lines.forEach((line, index) => {
    if (!barrier(index) || !ZERO_COUNT.test(line.text)) return;
    for (let other = index; other >= 0 && inRun(other); other--) noComments.add(other);
    for (let other = index; other < view.lines.length && inRun(other); other++) noComments.add(other);
  });
  return (index) => barrier(index) && !noComments.has(index);
}

/** The last index in [from, to) that satisfies `test`, or -1. */
function lastIndexWhere(from: number, to: number, test: (index: number) => boolean): number {
  for (let index = to - 1; index >= from; index--) if (test(index)) return index;
  return -1;
}

/**
 * Teasers are headlines, each over a line or two of summary: most paragraphs follow a short line
 * directly. The story itself, resumed after a related-links box, runs paragraph after paragraph,
 * a subheading now and then.
 */
function isTeaserList(view: PageView, from: number, to: number, model: PageModel): boolean {
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
      if (afterShort) teasers++;
    }
    afterShort = !features.text;
  }
  return teasers >= minTeasers && teasers >= paragraphs * teaserShare;
}

/** Whether a line was removed by a rule of a `barrierPacks` pack (a comment section): no stretch runs across it. */
function barrierTest(view: PageView, model: PageModel): (index: number) => boolean {
  const { barrierPacks } = model.settings.region;
  return (index) => barrierPacks.includes(view.lines[index]!.removedBy ?? '');
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
 * count toward `tailLines`, and the letterless rules between them. With `tailLines` 0 the tail is
 * only such lists and tables.
 */
function tailEnd(view: PageView, regionEnd: number, model: PageModel, tailLines: number): number {
  let end = regionEnd;
  let taken = 0;
  let inList = introducesList(view, regionEnd, model);
  for (let index = regionEnd + 1; index < view.lines.length; index++) {
    if (view.lines[index]!.removedBy !== undefined) break;
    const features = view.features[index]!;
    inList = introducesList(view, index, model) || (inList && !features.text);
    // In extracted text a table may come a cell a line: a short cell between two with figures ("2.", "Title", "2:35") is a row's as well.
    const tableRow = isTableRow(view, index, model) || (tailLines > 0 && isCellBetweenRows(view, index, model));
    if (!inList && !tableRow && taken >= tailLines) {
      // A table's rule passes, but is kept only before another row.
      if (features.empty && isCellRow(view, nextLine(view, index), model)) continue;
      break;
    }
    end = index;
    // In extracted text a short heading over a table or a paragraph ("Ingredients", "Method") opens the next part: no line of the tail's count.
    if (!inList && !tableRow && !features.empty && !(tailLines > 0 && isHeadingOver(view, index, model))) taken++;
  }
  return end;
}

/** A short line, no running text nor list item, right above a table row (see isTableRow) or a line of running text that no rule removed: that table's or paragraph's heading. */
function isHeadingOver(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  if (!isShortLabel(features, model)) return false;
  const next = nextLine(view, index);
  return next >= 0 && view.lines[next]!.removedBy === undefined && (view.features[next]!.text || isTableRow(view, next, model));
}

/** A line of `line.listIntroWords` words or more ending so ("The players invited to the combine:"); a short heading ending so ("Latest news:", "On the Net:") heads links more often than a list the story needs. */
function introducesList(view: PageView, index: number, model: PageModel): boolean {
  const { listIntroEndings, listIntroWords } = model.settings.line;
  const text = view.lines[index]!.text.trimEnd();
  return view.features[index]!.words >= listIntroWords && listIntroEndings.some((ending) => text.endsWith(ending));
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
 * telephone number).
 */
function isCellBetweenRows(view: PageView, index: number, model: PageModel): boolean {
  const { maxCells } = model.settings.article;
  const row = (other: number): boolean => other >= 0 && view.lines[other]!.removedBy === undefined && isTableRow(view, other, model);
  const isCell = (other: number): boolean => {
    if (other < 0 || view.lines[other]!.removedBy !== undefined) return false;
    const features = view.features[other]!;
    return isShortLabel(features, model) && (other === index || !row(other));
  };
  if (!isCell(index)) return false;
  let cells = 1;
  let above = previousLine(view, index);
  for (; isCell(above); above = previousLine(view, above)) if (++cells > maxCells) return false;
  let below = nextLine(view, index);
  for (; isCell(below); below = nextLine(view, below)) if (++cells > maxCells) return false;
  return row(above) && row(below);
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

/** The nearest line below `index` that has letters or digits, removed by a rule or not, or -1. */
function nextLine(view: PageView, index: number): number {
  let next = index + 1;
  while (next < view.lines.length && view.features[next]!.empty) next++;
  return next < view.lines.length ? next : -1;
}

interface Stretch {
  start: number;
  /** Where the running total peaks. */
  end: number;
  score: number;
}

/** A whole page's line scores (see lineScores), its comment-section lines and its stretches, computed once for the region, the opening above it and the tails after it. */
interface ScoredLines {
  scores: readonly number[];
  isBarrier: (index: number) => boolean;
  stretches: readonly Stretch[];
}

function scoreRegions(view: PageView, model: PageModel): ScoredLines {
  const scores = lineScores(view, model);
  const isBarrier = barrierTest(view, model);
  return { scores, isBarrier, stretches: bestStretches(scores, isBarrier) };
}

/**
 * The main-content region. Running text scores its words, every other line costs; stretches are
 * runs of lines whose running total stays positive, and a comment-section line ends one. The
 * article is the first stretch that scores at least `firstShare` of the best one: comments and
 * lists of teasers can outscore it, but they come after it. Once a stretch before the first
 * comment-section line scores `minScoreBeforeComments`, the readers' text after that line is no
 * candidate at all, however long it runs.
 */
function mainRegion({ scores, isBarrier, stretches: all }: ScoredLines, model: PageModel): Stretch | undefined {
  const { firstShare, minScoreBeforeComments } = model.settings.region;
  const comments = scores.findIndex((_score, index) => isBarrier(index));
  const beforeComments = comments < 0 ? [] : all.filter((stretch) => stretch.start < comments);
  const stretches = beforeComments.some((stretch) => stretch.score >= minScoreBeforeComments) ? beforeComments : all;
  const best = Math.max(0, ...stretches.map((stretch) => stretch.score));
  return stretches.find((stretch) => stretch.score > 0 && stretch.score >= best * firstShare);
}

/**
 * Context smoothing: a short line between two lines of running text (a subheading, a dateline) costs
 * nothing. A run of raw markup lines costs as one other line: the tags that close one element and
 * open the next stand between a story's paragraphs as one break, however deeply they nest.
 */
function lineScores(view: PageView, model: PageModel): number[] {
  const { otherScore, bridgeScore, ruleScore, packScores, maxTextScore } = model.settings.region;
  const isText = (index: number): boolean => view.lines[index]?.removedBy === undefined && view.features[index]?.text === true;
  return view.lines.map((line, index) => {
    if (line.removedBy !== undefined) return packScores[line.removedBy] ?? ruleScore;
    if (view.markup[index]) return view.markup[index - 1] === true ? 0 : otherScore;
    const features = view.features[index]!;
    if (features.text) return Math.min(features.words, maxTextScore);
    if (features.empty) return 0;
    return isText(index - 1) && isText(index + 1) ? bridgeScore : otherScore;
  });
}

/**
 * For each run where the running total stays positive, its best-scoring prefix. A line for which
 * `endsStretch` holds closes the run it falls in and starts none.
 */
function bestStretches(scores: readonly number[], endsStretch: (index: number) => boolean = () => false): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch | undefined;
  let sum = 0;
  scores.forEach((score, index) => {
    if (endsStretch(index)) {
      if (current !== undefined) stretches.push(current);
      current = undefined;
      return;
    }
    if (current === undefined) {
      if (score <= 0) return;
      current = { start: index, end: index, score };
      sum = score;
      return;
    }
    sum += score;
    if (sum > current.score) {
      current.end = index;
      current.score = sum;
    } else if (sum <= 0) {
      stretches.push(current);
      current = undefined;
    }
  });
  if (current !== undefined) stretches.push(current);
  return stretches;
}

/**
 * The story's opening above a box set into it: a short heading over list items, up to
 * `headline.maxBoxLines` ("Contents" over a Wikipedia article's sections, "Further reading" over
 * three links), right above the region's head, and right above the heading the peak of a stretch
 * of running text scoring `article.minScore` (the lead paragraphs, which the box cut off from the
 * rest). The story starts with that stretch; the box stays out unless it holds highlights (see
 * isHighlight). A menu above the story has no heading of its own, or no paragraph right above it.
 */
function openingAbove(view: PageView, regionHead: number, stretches: readonly Stretch[], model: PageModel): { start: number; box: number; highlights: boolean } | undefined {
  const { maxBoxLines } = model.settings.headline;
  let box = previousLine(view, regionHead);
  let items = 0;
  for (; box >= 0 && isListItem(view, box); box = previousLine(view, box)) if (++items > maxBoxLines) return undefined;
  const features = view.features[box];
  if (items < 2 || features === undefined || features.empty || features.text || features.words > model.settings.line.shortWords) return undefined;
  const last = previousLine(view, box);
  if (last < 0 || !view.features[last]!.text || view.features[last]!.bullet) return undefined;
  const stretch = stretches.find((candidate) => candidate.end === last);
  if (stretch === undefined || stretch.score < model.settings.article.minScore) return undefined;
  // A box of highlights written as sentences is the story's own; links to further reading are headlines.
  const highlights = lastIndexWhere(box + 1, regionHead, (index) => isListItem(view, index) && !(isHighlight(view, index, model) && isHighlightSentence(view, index, model))) < 0;
  return { start: stretch.start, box, highlights };
}

/** A list item, at any level of a nested list (lynx marks the second level with "+", a bullet, and deeper ones with "o" or "#"). */
function isListItem(view: PageView, index: number): boolean {
  return view.features[index]!.bullet || NESTED_ITEM.test(view.lines[index]!.text);
}

/**
 * The first line of the head: up to `limit` lines right before the region (headline, byline,
 * date), passing over lines the rules removed, stopping at a list item or a row of links (a
 * byline with one separator before its date is no such row).
 */
function headStart(view: PageView, regionStart: number, limit: number, linkRowSeparators: number): number {
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
function headlineAbove(view: PageView, headStart: number, regionStart: number, model: PageModel): number[] {
  // A headline of a few words right above the standfirst is told from a widget line there; it is
  // taken only when no longer headline stands further up (a byline may stand so as well).
  return headlineSearch(view, headStart, regionStart, model, false) ?? headlineSearch(view, headStart, regionStart, model, true) ?? datelinesAbove(view, headStart, model);
}

/**
 * The datelines and bylines right above the head, past lines the rules removed: the head's own,
 * whatever stands above them. A list item is a list's (an archive's dates).
 */
function datelinesAbove(view: PageView, headStart: number, model: PageModel): number[] {
  const isHeadsDate = (index: number): boolean => !isListItem(view, index) && (isDateline(view, index, model) || isByline(view, index, model));
  const kept: number[] = [];
  for (let index = previousLine(view, headStart); index >= 0 && isHeadsDate(index); index = previousLine(view, index)) kept.push(index);
  return kept;
}

/** The search of headlineAbove, or undefined when it finds no headline; with `shortOverStandfirst`, from `headline.minWordsOverStandfirst` words right above the standfirst. */
function headlineSearch(view: PageView, headStart: number, regionStart: number, model: PageModel, shortOverStandfirst: boolean): number[] | undefined {
  const { maxGap, maxLines, standfirstWords, minWords, minWordsOverStandfirst } = model.settings.headline;
  const { shortWords } = model.settings.line;
  // Head lines shaped as headlines right under the run are part of it.
  let headRun = 0;
  while (headStart + headRun < regionStart && isHeadlineLike(view, headStart + headRun, model)) headRun++;
  const kept: number[] = [];
  let gap = 0;
  let standfirst = -1;
  // A picture's caption is shaped as a headline as often.
  const isHeadline = (index: number): boolean =>
    !isCaption(view, index, model) && isHeadlineLike(view, index, model, shortOverStandfirst && standfirst >= 0 && previousLine(view, standfirst) === index ? minWordsOverStandfirst : minWords);
  let index = previousLine(view, headStart);
  for (; index >= 0 && !isHeadline(index); index = previousLine(view, index)) {
    const features = view.features[index]!;
    // A picture's caption is no standfirst, however it reads.
    if (isCaption(view, index, model)) {
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
  let run = index === headStart - 1 ? headRun : 0;
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

/** The nearest line above `index` that no rule removed and that has letters or digits, or -1. */
function previousLine(view: PageView, index: number): number {
  let previous = index - 1;
  while (previous >= 0 && (view.lines[previous]!.removedBy !== undefined || view.features[previous]!.empty)) previous--;
  return previous;
}

/**
 * A headline: a few words (`headline.minWords`, or `minWords` given, to `maxWords`), no list item,
 * no separator, not running text, not a dateline nor a byline, not ending as a clause does
 * (`headline.unendedBy`; an abbreviation's full stop does not count); from
 * `line.textWords` words on, with function words (`headline.minFunctionShare`): a row of menu
 * labels has none.
 */
function isHeadlineLike(view: PageView, index: number, model: PageModel, minWords = model.settings.headline.minWords): boolean {
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
function isDateline(view: PageView, index: number, model: PageModel): boolean {
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
function isByline(view: PageView, index: number, model: PageModel): boolean {
  const { maxBylineWords, bylineStarts } = model.settings.headline;
  const features = view.features[index]!;
  const text = view.lines[index]!.text;
  if (features.text || features.words > maxBylineWords || LINK_ITEM.test(text)) return false;
  if (CLOCK_TIME.test(text) && YEAR.test(text)) return true;
  const [first, ...names] = text.replace(LIST_BULLET, '').split(/\s+/);
  return first !== undefined && bylineStarts.includes(first.toLowerCase()) && names.length >= 2 && names.slice(0, 2).every((name) => CAPITALISED.test(name));
}

/**
 * One of a box of highlights ("Story highlights"): a list item in sentence case beside another, as
 * a box holds two or more, or any item of a run of list items that are no links (up to
 * `headline.maxGap` either side) most of which are in sentence case (a highlight that names people
 * has many capitals). A list of teasers is written in title case, or stands in no box.
 */
function isHighlight(view: PageView, index: number, model: PageModel): boolean {
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
function isHighlightSentence(view: PageView, index: number, model: PageModel): boolean {
  return view.features[index]!.words >= model.settings.line.textWords && !MARKDOWN_LINK.test(view.lines[index]!.text);
}

/** Whether most of the words after the first start in lower case, as a sentence's do and a title-case headline's do not. */
function inSentenceCase(text: string): boolean {
  const { cased, lower } = caseCounts(text, true);
  return lower * 2 > cased;
}

/** Whether `text` holds `length` white-space characters in a row. */
function hasSpaceRun(text: string, length: number): boolean {
  let run = 0;
  for (const char of text) {
    run = WHITE_SPACE.test(char) ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

const WHITE_SPACE = /\s/;
/** A list item that is one link: Markdown's "* [text](address)", lynx's "* [12]text". */
const LINK_ITEM = new RegExp(String.raw`^${characterClass(MARKDOWN_BULLETS)}\s+(?:\[[^\]]*\]\([^()\s]*\)|\[\d+\]\S.*)$`);
/** A short line that is neither running text nor a list item: a heading, a label, a table's cell. */
function isShortLabel(features: LineFeatures, model: PageModel): boolean {
  return !features.text && !features.bullet && features.words <= model.settings.line.shortWords;
}

/** A link's number, as lynx writes it before the link's text ("[12]Sport"). */
const LINK_NUMBER = /\[\d+\]/u;
/** A Markdown link's text closed and its address opened. */
const MARKDOWN_LINK = /\]\(/u;
/** A list item deeper than the second level, as lynx and w3m mark it (the second level's "+" is a bullet: LIST_BULLETS). */
const NESTED_ITEM = /^[o#]\s/u;
/** A row of a Markdown (pipe) table: a bar first and last, another between. */
const PIPE_ROW = /^\|[^|]*\|.*\|\s*$/u;
const DIGIT = /\p{Nd}/u;
/** A time of day, hours and minutes ("3:53", "12:14"), not part of a longer run of figures and colons. */
const CLOCK_TIME = /(?:^|[^\d:])\d{1,2}:\d{2}(?![\d:])/u;
/** A year of this century or the last, standing alone or in a date ("06/04/2013"). */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/u;
/** A word starting with a capital letter, as a name does. */
const CAPITALISED = /^\p{Lu}/u;
/** Text that ends cut short, with an ellipsis. */
const CUT_SHORT = /(?:\.\.\.|…)\s*$/u;
/** A last word with a full stop inside as well ("U.S.", "a.m."): an abbreviation's full stop, which ends no clause. */
const ABBREVIATION_END = /(?:^|\s)\S*\p{L}\.\p{L}\S*\.$/u;
/** A letter of any script. */
const LETTER = /\p{L}/u;
/** A count of nought: "(0)", "0 comments", "Comments: 0". */
const ZERO_COUNT = /(?:^|[^\d.,:])0(?![\d.,:])/u;
