import type { PageModel } from '../../rules/page-model.js';
import { lineFeatures, type LineFeatures } from './line-features.js';

/** One non-blank line of a document as the page analysis sees it. */
export interface PageLine {
  text: string;
  /** The pack of the rule that already removed the line, if one did. */
  removedBy: string | undefined;
}

/**
 * Why the analysis kept or dropped a line:
 * - `main-text` / `main-short`: running text, or another line, inside the main-content region;
 * - `head`: a short line just before the region (headline, byline, date);
 * - `menu-run`: one of a run of short lines (a menu, a list of links) inside the region;
 * - `lone-text`: running text standing alone between two menu runs (a teaser);
 * - `outside-main`: before or after the main-content region;
 * - `rule`: already removed by a rule.
 */
export type PageReason = 'main-text' | 'main-short' | 'head' | 'menu-run' | 'lone-text' | 'outside-main' | 'rule';

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
  menuRuns: number;
}

export function viewPage(lines: readonly PageLine[], model: PageModel): PageView {
  const features = lines.map((line) => lineFeatures(line.text, model));
  const { minLines, maxWords } = model.settings.menu;
  const inMenu = new Array<boolean>(lines.length).fill(false);
  let menuRuns = 0;
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const menuLike = i < lines.length && (lines[i]!.removedBy !== undefined || (!features[i]!.text && (features[i]!.words <= maxWords || features[i]!.bullet || features[i]!.separatorShare > 0)));
    if (menuLike) continue;
    if (i - runStart >= minLines) {
      menuRuns++;
      inMenu.fill(true, runStart, i);
    }
    runStart = i + 1;
  }
  return { lines, features, inMenu, menuRuns };
}

/** `--profile auto`: a whole page has many lines, and many of them short or in menus. */
export function isWholePage(view: PageView, model: PageModel): boolean {
  const { minLines, minShortShare, minMenuRuns } = model.settings.detect;
  if (view.lines.length < minLines) return false;
  const short = view.features.filter((features) => features.words <= model.settings.line.shortWords).length;
  return short / view.lines.length >= minShortShare || view.menuRuns >= minMenuRuns;
}

/** Decides every line of a whole page: the main-content region is kept, menus and the rest are dropped. */
export function analysePage(view: PageView, model: PageModel): PageVerdict[] {
  const { lines, features, inMenu } = view;
  const region = mainRegion(view, model);
  const verdict = (keep: boolean, reason: PageReason, index: number): PageVerdict => ({ keep, reason, features: features[index]! });
  if (region === undefined) {
    // No running text at all: nothing to anchor on, so the rules' verdicts stand.
    return lines.map((line, index) => verdict(line.removedBy === undefined, line.removedBy === undefined ? 'main-short' : 'rule', index));
  }
  const start = headStart(view, region.start, model.settings.region.headLines);
  return lines.map((line, index) => {
    if (line.removedBy !== undefined) return verdict(false, 'rule', index);
    const lineFeatures = features[index]!;
    if (index < start || index > region.end) {
      return lineFeatures.text && lineFeatures.words >= model.settings.region.outsideWords ? verdict(true, 'main-text', index) : verdict(false, 'outside-main', index);
    }
    if (index < region.start) return verdict(true, 'head', index);
    if (inMenu[index]) return verdict(false, 'menu-run', index);
    if (lineFeatures.text && inMenu[index - 1] === true && inMenu[index + 1] === true) return verdict(false, 'lone-text', index);
    return verdict(true, lineFeatures.text ? 'main-text' : 'main-short', index);
  });
}

interface Stretch {
  start: number;
  end: number;
  score: number;
}

/**
 * The main-content region. Running text scores its words, every other line costs; stretches are
 * runs of lines whose running total stays positive. The article is the first stretch that scores
 * at least `firstShare` of the best one: comments and lists of teasers can outscore it, but they
 * come after it.
 */
function mainRegion(view: PageView, model: PageModel): Stretch | undefined {
  const scores = lineScores(view, model);
  const stretches = bestStretches(scores);
  const best = Math.max(0, ...stretches.map((stretch) => stretch.score));
  return stretches.find((stretch) => stretch.score > 0 && stretch.score >= best * model.settings.region.firstShare);
}

/** Context smoothing: a short line between two lines of running text (a subheading, a dateline) costs nothing. */
function lineScores(view: PageView, model: PageModel): number[] {
  const { otherScore, bridgeScore, ruleScore, packScores, maxTextScore } = model.settings.region;
  const isText = (index: number): boolean => view.lines[index]?.removedBy === undefined && view.features[index]?.text === true;
  return view.lines.map((line, index) => {
    if (line.removedBy !== undefined) return packScores[line.removedBy] ?? ruleScore;
    const features = view.features[index]!;
    if (features.text) return Math.min(features.words, maxTextScore);
    if (features.empty) return 0;
    return isText(index - 1) && isText(index + 1) ? bridgeScore : otherScore;
  });
}

/** For each run where the running total stays positive, its best-scoring prefix. */
function bestStretches(scores: readonly number[]): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch | undefined;
  let sum = 0;
  scores.forEach((score, index) => {
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
 * The first line of the head: up to `limit` lines right before the region (headline, byline,
 * date), passing over lines the rules removed, stopping at a list item or a row of links.
 */
function headStart(view: PageView, regionStart: number, limit: number): number {
  let start = regionStart;
  let taken = 0;
  for (let index = regionStart - 1; index >= 0 && taken < limit; index--) {
    const features = view.features[index]!;
    if (view.lines[index]!.removedBy !== undefined || features.empty) continue;
    if (features.separatorShare > 0 || features.bullet) break;
    start = index;
    taken++;
  }
  return start;
}
