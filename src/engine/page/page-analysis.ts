import type { PageModel } from '../../rules/page-model.js';
import { analyseArticle } from './article-analysis.js';
import { resumeAfterTails, tailsByLine } from './closing-lines.js';
import { headlineAbove, headStart, openingAbove } from './headline-search.js';
import type { LineFeatures } from './line-features.js';
import { introducesList, isDateline, LINK_ITEM } from './line-shapes.js';
import { rulesVerdicts, type PageReason, type PageVerdict } from './page-verdicts.js';
import { lastIndexWhere, type PageLine, type PageView } from './page-view.js';
import { mainRegion, scoreLines } from './region-scores.js';

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
  return (short / view.lines.length >= minShortShare || menuRunsBesideStory(view, model) >= minMenuRuns) && showsChrome(view, model);
}

/**
 * The menu runs, less the lists a story sets in its text: a list of items that are no links right
 * under a line of running text that introduces it ("… for various features like:"), or under a
 * sentence however it ends ("As an apprentice I've learned.") when most of its items are phrases
 * (see isPhraseList). A short post of two such lists would otherwise read as a page of menus.
 */
function menuRunsBesideStory(view: PageView, model: PageModel): number {
  const { inMenu, features, lines } = view;
  let runs = 0;
  inMenu.forEach((menu, index) => {
    if (!menu || inMenu[index - 1] === true) return;
    const above = features[index - 1];
    const introduced = above !== undefined && ((above.text && introducesList(view, index - 1, model)) || (above.sentence && isPhraseList(view, index, model)));
    const storyList = introduced && features[index]!.bullet && !LINK_ITEM.test(lines[index]!.text);
    if (!storyList) runs++;
  });
  return runs;
}

/**
 * Whether the menu run from `from` on is a table's rows: most of its lines hold a number standing
 * as a word (a score "Carlos Stein 4-0 UNT", a count "PG Cusco: 1", a date), none a link. A menu's
 * items are labels, and a headline's "MP3" is no number.
 */
function isTableRun(view: PageView, from: number): boolean {
  return mostOfRun(view, from, () => true, (index) => view.features[index]!.figures && NUMBER_WORD.test(view.lines[index]!.text));
}

/** A digit starting a word: "4-0", "(2017)", "28/09/2019", not "MP3". */
const NUMBER_WORD = /(?:^|[\s(])\d/u;

/**
 * Whether the menu run from `from` on is list items, none a link, most of them phrases: at least
 * `line.sentenceWords` words with function words as running text has them (`line.minFunctionShare`),
 * as a story's points are ("- How to plan estimates with the team"); a menu's items are labels
 * ("Home", "Local news").
 */
function isPhraseList(view: PageView, from: number, model: PageModel): boolean {
  const { sentenceWords, minFunctionShare } = model.settings.line;
  return mostOfRun(
    view,
    from,
    (index) => view.features[index]!.bullet,
    (index) => view.features[index]!.words >= sentenceWords && view.features[index]!.functionShare >= minFunctionShare,
  );
}

/**
 * Whether more than half of the non-blank lines of the menu run from `from` on are `counted`, when
 * every one of them is `allowed` and none is a link item.
 */
function mostOfRun(view: PageView, from: number, allowed: (index: number) => boolean, counted: (index: number) => boolean): boolean {
  let lines = 0;
  let hits = 0;
  for (let index = from; index < view.lines.length && view.inMenu[index] === true; index++) {
    if (view.features[index]!.empty) continue;
    if (!allowed(index) || LINK_ITEM.test(view.lines[index]!.text)) return false;
    lines++;
    if (counted(index)) hits++;
  }
  return hits * 2 > lines;
}

/** Whether a rule of `detect.chromePacks` removed a line with letters or digits (a bar alone is a table's emptied cell as often as a share bar's leftover), a converter wrote a menu as a list of links, or menu runs that are no tables (see isTableRun) stand both before the first line of running text and after the last. */
function showsChrome(view: PageView, model: PageModel): boolean {
  const { lines, features, inMenu } = view;
  const { chromePacks } = model.settings.detect;
  if (chromePacks.length === 0 || lines.some((line, index) => chromePacks.includes(line.removedBy ?? '') && !features[index]!.empty)) return true;
  if (hasLinkList(lines, model.settings.menu.minLines)) return true;
  const firstText = features.findIndex((lineFeatures) => lineFeatures.text);
  const lastText = lastIndexWhere(0, features.length, (index) => features[index]!.text);
  // A sentence between two tables (opening hours, a timetable) is no article between two menus.
  const textWords = features.reduce((sum, lineFeatures) => sum + (lineFeatures.text ? lineFeatures.words : 0), 0);
  const firstMenu = inMenu.indexOf(true);
  if (textWords < model.settings.article.minScore || firstMenu < 0 || firstMenu >= firstText || inMenu.lastIndexOf(true) <= lastText) return false;
  // Nor is a table's rows (a blog's results, "Carlos Stein 4-0 UNT (FINAL)") a menu around it.
  const runs = menuRunBounds(inMenu);
  return runs.some(({ start }) => start < firstText && !isTableRun(view, start)) && runs.some(({ start, end }) => end > lastText && !isTableRun(view, start));
}

/** The first and last line of each menu run. */
function menuRunBounds(inMenu: readonly boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  inMenu.forEach((menu, index) => {
    if (!menu) return;
    if (inMenu[index - 1] === true) runs.at(-1)!.end = index;
    else runs.push({ start: index, end: index });
  });
  return runs;
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
  if (view.listedFeatures === undefined) return kind === 'article' ? analyseArticle(view, model) : analyseWholePage(view, model);
  // Read by shape alone, extracted text stands aside: its edges (a headline, a short lead) are
  // told by their function words. A whole page's verdicts stand if they keep every line shaped as
  // running text.
  const standAside = (listed: readonly LineFeatures[]): PageVerdict[] => rulesVerdicts({ ...view, features: listed }, 'unread-language');
  if (kind === 'article') return standAside(view.listedFeatures);
  const verdicts = analyseWholePage(view, model);
  return verdicts.some((verdict, index) => !verdict.keep && verdict.reason !== 'rule' && view.features[index]!.text) ? standAside(view.listedFeatures) : verdicts;
}

function analyseWholePage(view: PageView, model: PageModel): PageVerdict[] {
  const { lines, features, inMenu } = view;
  const scored = scoreLines(view, model);
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
  const headline = new Set(headlineAbove(view, start, storyStart, model));
  const { end, tails } = resumeAfterTails(view, model, scored, region.end);
  const tailAt = tailsByLine(tails, lines.length);
  return lines.map((line, index) => {
    if (line.removedBy !== undefined) return verdict(false, 'rule', index);
    const lineFeatures = features[index]!;
    const tail = tailAt[index];
    if (tail !== undefined) return verdict(true, index <= tail.closing ? 'closing' : 'main-short', index);
    if (headline.has(index)) return verdict(true, 'headline', index);
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
