import type { PageModel } from '../../rules/page-model.js';
import type { PageView } from './page-view.js';

export interface Stretch {
  start: number;
  /** Where the running total peaks. */
  end: number;
  score: number;
}

/** A whole page's line scores (see lineScores), its comment-section lines and its stretches, computed once for the region, the opening above it and the tails after it. */
export interface ScoredLines {
  scores: readonly number[];
  isBarrier: (index: number) => boolean;
  stretches: readonly Stretch[];
}

export function scoreLines(view: PageView, model: PageModel): ScoredLines {
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
export function mainRegion({ scores, isBarrier, stretches: all }: ScoredLines, model: PageModel): Stretch | undefined {
  const { firstShare, minScoreBeforeComments } = model.settings.region;
  const comments = scores.findIndex((_score, index) => isBarrier(index));
  const beforeComments = comments < 0 ? [] : all.filter((stretch) => stretch.start < comments);
  const stretches = beforeComments.some((stretch) => stretch.score >= minScoreBeforeComments) ? beforeComments : all;
  // A loop, not Math.max(...): a page of raised page.maxLines may hold more stretches than a call takes arguments.
  const best = stretches.reduce((most, stretch) => Math.max(most, stretch.score), 0);
  return stretches.find((stretch) => stretch.score > 0 && stretch.score >= best * firstShare);
}

/**
 * Context smoothing: a short line between two lines of running text (a subheading, a dateline) costs
 * nothing, and so do the lines of a social post or of program code the story carries (see
 * PageView.embedded). A run of raw markup lines costs as one other line: the tags that close one
 * element and open the next stand between a story's paragraphs as one break, however deeply they nest.
 */
export function lineScores(view: PageView, model: PageModel): number[] {
  const { otherScore, bridgeScore, ruleScore, packScores, maxTextScore } = model.settings.region;
  const isText = (index: number): boolean => view.lines[index]?.removedBy === undefined && view.features[index]?.text === true;
  return view.lines.map((line, index) => {
    if (line.removedBy !== undefined) return packScores[line.removedBy] ?? ruleScore;
    if (view.markup[index]) return view.markup[index - 1] === true ? 0 : otherScore;
    const features = view.features[index]!;
    if (features.text) return Math.min(features.words, maxTextScore);
    if (features.empty) return 0;
    if (view.embedded[index]) return bridgeScore;
    return isText(index - 1) && isText(index + 1) ? bridgeScore : otherScore;
  });
}

/**
 * For each run where the running total stays positive, its best-scoring prefix. A line for which
 * `endsStretch` holds closes the run it falls in and starts none.
 */
export function bestStretches(scores: readonly number[], endsStretch: (index: number) => boolean = () => false): Stretch[] {
  const stretches: Stretch[] = [];
  for (let from = 0; from < scores.length; ) {
    const { stretch, next } = stretchFrom(scores, from, endsStretch);
    if (stretch !== undefined) stretches.push(stretch);
    from = next;
  }
  return stretches;
}

/**
 * The first of bestStretches' stretches at `from` or after, as it would be were the scores to
 * start at `from`, and the index after the line that closed it; read no further than that line,
 * so that a stretch looked for after each of many tables (see resumeAfterTails) costs its own
 * lines, not the rest of the page.
 */
export function stretchFrom(scores: readonly number[], from: number, endsStretch: (index: number) => boolean): { stretch: Stretch | undefined; next: number } {
  let current: Stretch | undefined;
  let sum = 0;
  for (let index = from; index < scores.length; index++) {
    if (endsStretch(index)) {
      if (current !== undefined) return { stretch: current, next: index + 1 };
      continue;
    }
    const score = scores[index]!;
    if (current === undefined) {
      if (score > 0) {
        current = { start: index, end: index, score };
        sum = score;
      }
      continue;
    }
    sum += score;
    if (sum > current.score) {
      current.end = index;
      current.score = sum;
    } else if (sum <= 0) {
      return { stretch: current, next: index + 1 };
    }
  }
  return { stretch: current, next: scores.length };
}

/** Whether a line was removed by a rule of a `barrierPacks` pack (a comment section): no stretch runs across it. */
export function barrierTest(view: PageView, model: PageModel): (index: number) => boolean {
  const { barrierPacks } = model.settings.region;
  return (index) => barrierPacks.includes(view.lines[index]!.removedBy ?? '');
}
