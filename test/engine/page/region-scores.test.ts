import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewPage } from '../../../src/engine/page/page-view.js';
import { bestStretches, lineScores, mainRegion, stretchFrom } from '../../../src/engine/page/region-scores.js';
import { compileRules } from '../../../src/index.js';
import { NUM_RUNS } from '../../helpers/arbitraries.js';
import { ARTICLE, pageLines } from '../../helpers/pages.js';

const model = compileRules().page;

describe('bestStretches', () => {
  it('takes each run whose running total stays positive up to where it peaks, starting at a line that scores', () => {
    expect(bestStretches([-1, 0, 5, -3, 4, -10, 6])).toEqual([
      { start: 2, end: 4, score: 6 },
      { start: 6, end: 6, score: 6 },
    ]);
  });

  it('ends a stretch at its first peak, and a run where its total falls to nought', () => {
    expect(bestStretches([5, -2, 2, -5, 3])).toEqual([
      { start: 0, end: 0, score: 5 },
      { start: 4, end: 4, score: 3 },
    ]);
  });

  it('ends a run at a line that ends stretches, which starts none', () => {
    expect(bestStretches([5, 1, 9, 3], (index) => index === 2)).toEqual([
      { start: 0, end: 1, score: 6 },
      { start: 3, end: 3, score: 3 },
    ]);
  });

  /** The stretches as one pass over the scores found them before stretchFrom: the reading both must keep. */
  function onePass(scores: readonly number[], endsStretch: (index: number) => boolean): { start: number; end: number; score: number }[] {
    const stretches: { start: number; end: number; score: number }[] = [];
    let current: { start: number; end: number; score: number } | undefined;
    let sum = 0;
    scores.forEach((score, index) => {
      if (endsStretch(index)) {
        if (current !== undefined) stretches.push(current);
        current = undefined;
      } else if (current === undefined) {
        if (score > 0) [current, sum] = [{ start: index, end: index, score }, score];
      } else if ((sum += score) > current.score) {
        [current.end, current.score] = [index, sum];
      } else if (sum <= 0) {
        stretches.push(current);
        current = undefined;
      }
    });
    if (current !== undefined) stretches.push(current);
    return stretches;
  }

  it('finds the stretches one pass finds, and from any line the first that the scores from that line on hold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -15, max: 15 }), { maxLength: 30 }), fc.array(fc.nat(29)), fc.nat(30), (scores, barriers, from) => {
        const endsStretch = (index: number) => barriers.includes(index);
        expect(bestStretches(scores, endsStretch)).toEqual(onePass(scores, endsStretch));
        const first = onePass(scores.slice(from), (index) => endsStretch(from + index))[0];
        expect(stretchFrom(scores, from, endsStretch).stretch).toEqual(first && { start: from + first.start, end: from + first.end, score: first.score });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('mainRegion', () => {
  const { firstShare, minScoreBeforeComments } = model.settings.region;
  const region = (scores: number[], barrier = -1) => {
    const isBarrier = (index: number) => index === barrier;
    return mainRegion({ scores, isBarrier, stretches: bestStretches(scores, isBarrier) }, model);
  };
  const best = 10 * minScoreBeforeComments;
  const gap = -10 * best;

  it('is the first stretch that scores region.firstShare of the best one', () => {
    expect(region([best * firstShare, gap, best])?.start).toBe(0);
    expect(region([best * firstShare - 1, gap, best])?.start).toBe(2);
  });

  it('is a stretch before the first comment-section line once one there scores region.minScoreBeforeComments, however long the comments run', () => {
    expect(region([minScoreBeforeComments, gap, 0, best], 2)?.start).toBe(0);
    expect(region([minScoreBeforeComments - 1, gap, 0, best], 2)?.start).toBe(3);
  });

  it('is none when no line scores', () => {
    expect(region([0, -5, 0])).toBeUndefined();
  });

  // page.maxLines may be raised far past its default: the best score is not found by spreading
  // every stretch into one call's arguments, which V8 refuses past some 120,000.
  it('is found among more stretches than a call takes arguments', () => {
    const scores = Array.from({ length: 600_000 }, (_score, index) => (index % 2 === 0 ? 1 : gap));
    scores[400_000] = best;
    expect(region(scores)?.start).toBe(400_000);
  });
});

describe('lineScores: what each line adds to a stretch', () => {
  const { otherScore, bridgeScore, ruleScore, maxTextScore } = model.settings.region;
  const removedText = 'Residents were asked to send their views on the plans to the council before the end of the month.';
  const lines = [ARTICLE[2]!, 'What happens next', ARTICLE[3]!, '------', '</div>', '<div class="part">', '<p>', ARTICLE[5]!, 'Photo: Ann Lee', removedText, 'Share this'];
  const view = viewPage(pageLines(`${lines.join('\n')}\n`, new Set(['Share this', removedText])), model);
  const words = (index: number) => Math.min(view.features[index]!.words, maxTextScore);

  it('scores running text its words, a short line between two paragraphs nothing, a letterless line nothing, a run of markup as one other line, and a line a rule removed its pack\'s cost, however long', () => {
    expect(lineScores(view, model)).toEqual([words(0), bridgeScore, words(2), 0, otherScore, 0, 0, words(7), otherScore, ruleScore, ruleScore]);
  });

  it('bridges no short line whose neighbour a rule removed, though that line reads as running text', () => {
    expect(view.features[9]!.text).toBe(true);
    expect(lineScores(view, model)[8]).toBe(otherScore);
  });
});
