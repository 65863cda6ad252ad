/**
 * Shingle metric for boilerplate removal: how much of a predicted text is
 * gold content (precision) and how much of the gold content it keeps (recall).
 */

/** Runs of Unicode letters, digits and underscore, case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Size of the word windows compared between prediction and gold. */
export const SHINGLE_SIZE = 4;

/**
 * Multiset of consecutive SHINGLE_SIZE-token windows, as counts keyed by the
 * tokens joined with a space (tokens never contain one). A text shorter than a
 * window is a single shingle of all its tokens, so short texts still count.
 */
export function shingles(text: string): Map<string, number> {
  return countWindows(tokenize(text), SHINGLE_SIZE);
}

/** Counts of the `size`-token windows of `tokens`; fewer tokens make one window. */
export function countWindows(tokens: readonly string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(tokens.length - size, 0);
  for (let start = 0; start <= last; start++) {
    const key = tokens.slice(start, start + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface DocumentScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface AggregateScore {
  P: number;
  R: number;
  F1: number;
  documents: number;
}

/**
 * tp = shingles shared (multiset intersection), fp = predicted only,
 * fn = gold only. Normalising tp, fp and fn to sum to 1 leaves the ratios
 * unchanged, so they are taken on the raw counts.
 *
 * Degenerate cases: an empty prediction of an empty gold is a perfect match
 * (1, 1). Otherwise a ratio with a zero denominator scores 0: an empty
 * prediction of real content has P = 0 (deleting everything must not earn
 * perfect precision), and a prediction of an empty gold has R = 0 (all of it is
 * boilerplate; there was nothing to find, and no credit for finding it).
 */
export function scoreDocument(predicted: string, gold: string): DocumentScore {
  return scoreShingles(shingles(predicted), shingles(gold));
}

/** scoreDocument on precomputed shingles, for scoring many predictions against one gold. */
export function scoreShingles(
  predicted: ReadonlyMap<string, number>,
  gold: ReadonlyMap<string, number>,
): DocumentScore {
  const predictedTotal = total(predicted);
  const goldTotal = total(gold);
  let tp = 0;
  for (const [shingle, count] of predicted) tp += Math.min(count, gold.get(shingle) ?? 0);
  const fp = predictedTotal - tp;
  const fn = goldTotal - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedTotal > 0 ? tp / predictedTotal : 0;
  const recall = goldTotal > 0 ? tp / goldTotal : 0;
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** Macro average of P and R over documents; F1 is taken of those averages. */
export function aggregate(scores: readonly DocumentScore[]): AggregateScore {
  const documents = scores.length;
  if (documents === 0) return { P: 0, R: 0, F1: 0, documents };
  let precisionSum = 0;
  let recallSum = 0;
  for (const score of scores) {
    precisionSum += score.precision;
    recallSum += score.recall;
  }
  const P = precisionSum / documents;
  const R = recallSum / documents;
  return { P, R, F1: harmonicMean(P, R), documents };
}

function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
