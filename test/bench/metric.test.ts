import { describe, expect, it } from 'vitest';
import { DATASET_PATH, readRecords } from '../../bench/eval/dataset.js';
import { aggregate, scoreDocument, shingles, tokenize, type DocumentScore } from '../../bench/eval/metric.js';
import { hasSharedData } from '../helpers/paths.js';

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, case and accents included', () => {
    expect(tokenize('Hello, Wörld_1 — 42%! ½')).toEqual(['Hello', 'Wörld_1', '42', '½']);
  });

  it('finds no tokens in punctuation and white space', () => {
    expect(tokenize(' * | — \n')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts every window of four consecutive tokens', () => {
    expect(shingles('a b c d a b c d')).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });

  it('makes a text of fewer than four tokens one shingle', () => {
    expect(shingles('Print this article')).toEqual(new Map([['Print this article', 1]]));
  });

  it('gives an empty text no shingles', () => {
    expect(shingles('')).toEqual(new Map());
  });
});

describe('scoreDocument', () => {
  it('scores identical texts 1', () => {
    expect(scoreDocument('The council met today in New York.', 'The council met today in New York.')).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('counts overlap from the shared windows', () => {
    // predicted abcd bcde cdef, gold bcde cdef defg: tp 2, fp 1, fn 1
    const score = scoreDocument('a b c d e f', 'b c d e f g');
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(2 / 3, 12);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
  });

  it('intersects shingles as multisets: a repeat counts only as often as gold has it', () => {
    // predicted "x x x x" twice, gold once: tp 1, fp 1, fn 0
    const score = scoreDocument('x x x x x', 'x x x x');
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
  });

  it('matches a short text only as a whole', () => {
    expect(scoreDocument('Home', 'Home')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scoreDocument('Home', 'Home page')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('keeps case', () => {
    expect(scoreDocument('home page link here', 'Home page link here').f1).toBe(0);
  });

  it('scores an empty prediction of empty gold 1, punctuation counting as empty', () => {
    expect(scoreDocument('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scoreDocument(' * | ', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores an empty prediction of real content 0, not perfect precision', () => {
    expect(scoreDocument('', 'The council met today.')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores any prediction of empty gold 0', () => {
    expect(scoreDocument('Home News Sport Weather', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('aggregate', () => {
  const score = (precision: number, recall: number): DocumentScore => ({ precision, recall, f1: NaN });

  it('averages P and R over documents and takes F1 of the averages', () => {
    // mean of per-document F1 would be 0.5; F1 of the means is 2/3
    const result = aggregate([score(1, 1), score(0, 1)]);
    expect(result).toEqual({ P: 0.5, R: 1, F1: expect.closeTo(2 / 3, 12), documents: 2 });
  });

  it('gives no documents zero scores', () => {
    expect(aggregate([])).toEqual({ P: 0, R: 0, F1: 0, documents: 0 });
  });
});

describe('no-cleaning figures on L3S-GN1', () => {
  it.skipIf(!hasSharedData(DATASET_PATH))(
    'reproduce the dataset README: text F1 0.714, readability F1 0.946',
    async () => {
      const text: DocumentScore[] = [];
      const readability: DocumentScore[] = [];
      for await (const record of readRecords(DATASET_PATH)) {
        text.push(scoreDocument(record.text, record.gold));
        readability.push(scoreDocument(record.readability ?? '', record.gold));
      }
      const rounded = ({ P, R, F1, documents }: ReturnType<typeof aggregate>) => ({
        P: P.toFixed(3),
        R: R.toFixed(3),
        F1: F1.toFixed(3),
        documents,
      });
      expect(rounded(aggregate(text))).toEqual({ P: '0.557', R: '0.994', F1: '0.714', documents: 621 });
      expect(rounded(aggregate(readability))).toEqual({ P: '0.936', R: '0.955', F1: '0.946', documents: 621 });
    },
    30_000,
  );
});
