import type { PageModel } from '../../rules/page-model.js';
import { SEPARATORS } from '../line-scan.js';
import { startsListItem } from '../reader-text.js';
import { tailEnd } from './closing-lines.js';
import { headlineAbove, headStart } from './headline-search.js';
import { CUT_SHORT, introducesList, isByline, isDateline, isHeadlineLike, isHighlight, isShortLabel, isTeaserList, LINK_ITEM, NUMBERED_ITEM } from './line-shapes.js';
import { rulesVerdicts, type PageReason, type PageVerdict } from './page-verdicts.js';
import { lastIndexWhere, nextLine, previousLine, type PageView } from './page-view.js';
import { barrierTest, bestStretches, lineScores, stretchFrom } from './region-scores.js';

export function analyseArticle(view: PageView, model: PageModel): PageVerdict[] {
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
  const headline = new Set(articleHeadline(view, start, region.start, model));
  const teasers = teasersUnderHeadings(view, start, end, model);
  return lines.map((line, index) => {
    if (line.removedBy !== undefined) return verdict(false, 'rule', index);
    if (headline.has(index)) return verdict(true, 'headline', index);
    if (index < start || index > end || teasers.has(index)) return verdict(false, 'outside-main', index);
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
    // A list that opens the text, none of its items a link, is the text's own: the extractor cut in at it. So is one item written as a sentence (an interview's first
    // question), or over a paragraph that another item follows (a list of stories, each over its summary).
    const opening = item < 0 && start > 0 ? listItemsWithoutLinks(view, 0, start) : undefined;
    if (opening !== undefined && (opening.length >= 2 || (opening.length === 1 && (isListSentence(view, opening[0]!, model) || itemFollowsParagraph(view, start))))) return 0;
    // A box of highlights right above the byline that opens the head (a wire story's "* DAX drops after weak orders") is the story's summary.
    if (item < start - 1 && isByline(view, start, model) && isHighlightBox(view, item + 1, start, model)) return item + 1;
    if (item < start - 1 && item >= 0 && view.lines[item]!.removedBy === undefined && (introducesList(view, item, model) || isQuantityList(view, item + 1, start) || isDatelineList(view, item + 1, start, model))) {
      // And the head of that line (the headline and date of a podcast episode above its list of stories).
      start = headStart(view, item, limit, linkRowSeparators);
      continue;
    }
    // A box of facts whose first fields open the head ("Year of Release: 2016", "Duration: 118 min") is whole: its fields above come with it.
    const fields = fieldsAbove(view, start, model);
    if (fields < start) {
      start = fields;
      continue;
    }
    // A table of two columns a cell a line ends the head: the sentences above it are a record's notes as often.
    const pairs = cellPairsAbove(view, start, model);
    if (pairs < start) return pairs;
    const sentence = lastIndexWhere(Math.max(0, start - limit), start, (index) => view.features[index]!.sentence);
    const between = (index: number): boolean => view.lines[index]!.removedBy !== undefined || view.features[index]!.bullet || view.features[index]!.separators >= linkRowSeparators;
    if (sentence < 0 || view.lines[sentence]!.removedBy !== undefined || lastIndexWhere(sentence, start, between) >= 0) return start;
    start = Math.min(sentence, headStart(view, sentence, limit, linkRowSeparators));
  }
}

/**
 * The headline and standfirst above the head (see headlineAbove), when the head's lines
 * (`article.headLines`) fell short of them: a byline, a place and time, a picture's caption and
 * its copy stand between. Not past a row of links nor a list, two list items or more, bulleted or
 * numbered (a date or a byline so set, not a link, aside), where the head stops too: in extracted text a headline over a
 * list is more often a teaser's. One item passes (a credit or a byline set as a link, "* [Staff and
 * agencies](…)").
 */
function articleHeadline(view: PageView, start: number, regionStart: number, model: PageModel): number[] {
  const headline = headlineAbove(view, start, regionStart, model);
  if (headline.length === 0) return headline;
  const { linkRowSeparators } = model.settings.line;
  let items = 0;
  for (let index = Math.min(...headline); index < start; index++) {
    const features = view.features[index]!;
    if (view.lines[index]!.removedBy !== undefined) continue;
    if (features.separators >= linkRowSeparators) return [];
    const dated = !LINK_ITEM.test(view.lines[index]!.text) && (isDateline(view, index, model) || isByline(view, index, model));
    if ((features.bullet || NUMBERED_ITEM.test(view.lines[index]!.text)) && !dated && ++items > 1) return [];
  }
  return headline;
}

/**
 * The first line of the run of fields right above `start` when the line at `start` is a field too,
 * or two fields or more set as list items stand there (the head takes no list item): a label of a
 * few words and a colon, then its value or nothing ("Country of Origin: USA", "• Nombre: …", "Links:"),
 * as a record's or a review's box of facts sets them; else `start`. Each field has a label of its
 * own: a label that comes again ("Read Article: …" over each teaser) is a list's, and the box ends
 * below its first line. Not past a line a rule removed (a credit) nor a row of links ("News: Front
 * Page | National | …").
 */
function fieldsAbove(view: PageView, start: number, model: PageModel): number {
  const { linkRowSeparators } = model.settings.line;
  // The line's label, if it is a field (with `itemsOnly`, set as a list item).
  const labelOf = (index: number, itemsOnly: boolean): string | undefined => {
    const { removedBy, text } = view.lines[index]!;
    const features = view.features[index]!;
    if (removedBy !== undefined || features.separators >= linkRowSeparators || (itemsOnly && !features.bullet)) return undefined;
    return FIELD.exec(text)?.[1]!.trim().toLowerCase();
  };
  const opens = labelOf(start, false) !== undefined;
  const fields: number[] = [];
  // Each label's place in `fields`: the box ends above a label's first line when the label comes again.
  const seen = new Map<string, number>();
  for (let index = opens ? start : start - 1; index >= 0; index--) {
    if (view.lines[index]!.removedBy === undefined && view.features[index]!.empty) continue;
    const label = labelOf(index, !opens);
    if (label === undefined) break;
    const earlier = seen.get(label);
    if (earlier !== undefined) {
      fields.length = earlier;
      break;
    }
    seen.set(label, fields.length);
    fields.push(index);
  }
  return opens || fields.length >= 2 ? fields.at(-1)! : start;
}

/**
 * The first line of the run of short lines right above `start`, the line at `start` among them,
 * that alternate between a line with figures and one without: a table of two columns laid out a
 * cell a line, a record's fields ("Duration", "24:00:00", "Broadcast Date", "13 Sep 2015") or a
 * match's minutes and events ("17′", "Goal: Lee"), two pairs at least; else `start`. Each
 * line of `line.shortWords` words at most, no list item, no running text, no line a rule removed;
 * a teaser's headline over its date is longer.
 */
function cellPairsAbove(view: PageView, start: number, model: PageModel): number {
  const { shortWords } = model.settings.line;
  const isCell = (index: number): boolean => {
    const features = view.features[index]!;
    return view.lines[index]!.removedBy === undefined && !features.text && !features.bullet && features.words <= shortWords;
  };
  let top = start;
  let cells = 0;
  for (let index = start; index >= 0 && isCell(index) && (index === start || view.features[index]!.figures !== view.features[top]!.figures); index = previousLine(view, index)) {
    top = index;
    cells++;
  }
  return cells >= 2 * 2 ? top : start;
}

/** A field: a list item or not, a label of letters starting with a capital, up to 30 characters, a colon, then a space or the end. */
const FIELD = /^(?:[-*•]\s+)?(\p{Lu}[\p{L}'’ -]{0,29}):(?:\s|$)/u;

/**
 * The teasers under a related-list heading in [start, end]: going down from a line a rule of
 * `article.endPacks` removed, the lines shaped as headlines (see isHeadlineLike) or list items
 * that are one link, and the datelines among them, passing lines the rules removed, when at least
 * `article.minTeasers` such teasers stand there before the first other line. The story goes on after such a list ("Read also" set between
 * its paragraphs) as often as it ends, so the article does not end there; but the list is not the
 * story's, and a subheading of the story stands alone.
 */
function teasersUnderHeadings(view: PageView, start: number, end: number, model: PageModel): Set<number> {
  const { minTeasers } = model.settings.article;
  const teasers = new Set<number>();
  for (let index = start; index <= end; index++) {
    if (!isEndHeading(view, index, model)) continue;
    const list: number[] = [];
    let headlines = 0;
    let next = index + 1;
    for (; next <= end; next++) {
      if (view.lines[next]!.removedBy !== undefined || view.features[next]!.empty) continue;
      const dateline = isDateline(view, next, model);
      if (!dateline && !isHeadlineLike(view, next, model) && !LINK_ITEM.test(view.lines[next]!.text)) break;
      list.push(next);
      if (!dateline) headlines++;
    }
    if (headlines >= minTeasers) list.forEach((teaser) => teasers.add(teaser));
    index = next - 1;
  }
  return teasers;
}

/**
 * A related-list heading: a line a rule of `article.endPacks` removed ("Related stories"), unless
 * it is a link cut short ("Read more…"), which ends the teaser or post above it and heads nothing:
 * on a list of posts the next post follows it, as the one above did.
 */
function isEndHeading(view: PageView, index: number, model: PageModel): boolean {
  const { removedBy, text } = view.lines[index]!;
  return removedBy !== undefined && model.settings.article.endPacks.includes(removedBy) && !CUT_SHORT.test(text);
}

/**
 * A list item written as a sentence (see LineFeatures.sentence, which no list item is): at least
 * `line.sentenceWords` words, with function words, no separator but its bullet, ending as a
 * sentence does, and no link. A recipe's steps, a story's summary bullets, a manual's tips are so;
 * menu items and teaser headlines end as no sentence does.
 */
function isListSentence(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  const { sentenceWords, minFunctionShare } = model.settings.line;
  const text = view.lines[index]!.text;
  // A bullet that is a separator as well (•, ·) counts as one (see LineFeatures.separators).
  const ownSeparators = startsListItem(text) && SEPARATORS.includes(text.charAt(0)) ? 1 : 0;
  return (
    features.bullet &&
    !features.text &&
    features.words >= sentenceWords &&
    features.functionShare >= minFunctionShare &&
    features.separators === ownSeparators &&
    model.sentenceEnds.includes(text.trimEnd().at(-1) ?? '') &&
    !LINK_ITEM.test(text)
  );
}

/** Whether the paragraph at `index` is running text and the next line is a list item that is no link: a list of items each over its summary. */
function itemFollowsParagraph(view: PageView, index: number): boolean {
  const next = nextLine(view, index);
  return view.features[index]!.text && next >= 0 && view.lines[next]!.removedBy === undefined && view.features[next]!.bullet && !LINK_ITEM.test(view.lines[next]!.text);
}

/** Whether the list items in [from, to) are two or more, most of them with figures and none a link: a recipe's ingredients, a table's rows as a list. */
function isQuantityList(view: PageView, from: number, to: number): boolean {
  const items = listItemsWithoutLinks(view, from, to);
  return items !== undefined && items.length >= 2 && items.filter((index) => view.features[index]!.figures).length * 2 > items.length;
}

/** Whether the lines in [from, to) are two or more list items, all highlights (see isHighlight) and none a link. */
function isHighlightBox(view: PageView, from: number, to: number, model: PageModel): boolean {
  const items = listItemsWithoutLinks(view, from, to);
  return items !== undefined && items.length >= 2 && items.every((index) => isHighlight(view, index, model));
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
  const { minScore } = model.settings.article;
  const isHeading = (index: number): boolean => isEndHeading(view, index, model);
  const isBarrier = commentBarrierTest(view, scores, model);
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
 * (0)", set between a headline and its story with a sign-in notice under it): no comments follow;
 * or in a run of headings over a forum thread's posts (see headsThread): they are the page.
 */
function commentBarrierTest(view: PageView, scores: readonly number[], model: PageModel): (index: number) => boolean {
  const barrier = barrierTest(view, model);
  const inRun = (index: number): boolean => barrier(index) || view.features[index]!.empty;
  const noComments = new Set<number>();
  // Each run of comment-section lines and blank lines between them is read once, from its first line: read again for each of its lines, a long run was quadratic.
  for (let start = 0; start < view.lines.length; start++) {
    if (!inRun(start) || (start > 0 && inRun(start - 1))) continue;
    let end = start;
    while (end + 1 < view.lines.length && inRun(end + 1)) end++;
    let barriers = 0;
    let zeroCount = false;
    let headings = true;
    for (let other = start; other <= end; other++) {
      if (!barrier(other)) continue;
      barriers++;
      zeroCount ||= ZERO_COUNT.test(view.lines[other]!.text);
      headings &&= isShortLabel(view.features[other]!, model);
    }
    if (barriers > 0 && (zeroCount || (headings && headsThread(view, { start, end }, scores, barrier, model)))) for (let other = start; other <= end; other++) noComments.add(other);
    start = end;
  }
  return (index) => barrier(index) && !noComments.has(index);
}

/**
 * Whether a run of comment-section headings (short labels, "Comments"; a prompt asking for
 * comments on the story is a sentence) heads a forum thread's posts, which forum software calls
 * comments, rather than readers' comments under a story: it stands right under the thread's title
 * (a line of two words or more, no figures, ending no sentence, among up to `article.headLines`
 * short lines that are neither running text nor list items, a pager's "2" among them) with running
 * text or nothing above them, so the text above is no story of that title; and right under it, past
 * up to `article.headLines` such lines or list items (the poster's name, rank and counts), a
 * stretch of running text scoring `article.minScore` starts: the first post.
 */
function headsThread(view: PageView, run: { start: number; end: number }, scores: readonly number[], isBarrier: (index: number) => boolean, model: PageModel): boolean {
  const { headLines, minScore } = model.settings.article;
  const isFurniture = (index: number, items: boolean): boolean => view.lines[index]!.removedBy === undefined && !view.features[index]!.text && (items || !view.features[index]!.bullet);
  let above = previousLine(view, run.start);
  let title = false;
  for (let taken = 0; above >= 0 && isFurniture(above, false); above = previousLine(view, above)) {
    if (++taken > headLines) return false;
    title ||= isThreadTitle(view, above, model);
  }
  if (!title || (above >= 0 && (view.lines[above]!.removedBy !== undefined || !view.features[above]!.text))) return false;
  let below = nextLine(view, run.end);
  for (let taken = 0; below >= 0 && isFurniture(below, true); below = nextLine(view, below)) if (++taken > headLines) return false;
  if (below < 0 || view.lines[below]!.removedBy !== undefined || scores[below]! <= 0) return false;
  const post = stretchFrom(scores, below, isBarrier).stretch;
  return post !== undefined && post.start === below && post.score >= minScore;
}

/**
 * A thread's title: two words to `headline.maxWords`, starting with a letter, no figures, not
 * ending as a sentence or a clause does, no byline: a story's closing credit ("(Editing by …)",
 * "-- Ann Lee") above its readers' comments is none.
 */
function isThreadTitle(view: PageView, index: number, model: PageModel): boolean {
  const features = view.features[index]!;
  const text = view.lines[index]!.text.trimEnd();
  const { maxWords, unendedBy } = model.settings.headline;
  return features.words >= 2 && features.words <= maxWords && STARTS_WITH_LETTER.test(text) && !features.figures && !features.ended && !unendedBy.includes(text.at(-1) ?? '') && !isByline(view, index, model);
}

/** A letter of any script. */
const LETTER = /\p{L}/u;
/** A line that starts with a letter, as a title does and a credit in brackets or a sign-off after a dash does not. */
const STARTS_WITH_LETTER = /^\p{L}/u;
/** A count of nought: "(0)", "0 comments", "Comments: 0". */
const ZERO_COUNT = /(?:^|[^\d.,:])0(?![\d.,:])/u;
