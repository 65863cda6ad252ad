import { describe, expect, it } from 'vitest';
import { addCounts, Stats } from '../../src/engine/records.js';

/** Every field of `counts` that holds a number, by name. */
const numbersOf = (counts: object): Record<string, number> => Object.fromEntries(Object.entries(counts).filter(([, value]) => typeof value === 'number'));

describe('Stats', () => {
  it("adds every one of another's counts, page analysis and rules included, from a copy a worker sent as well", () => {
    const total = new Stats();
    const batch = new Stats();
    // A different number in each count, so that a count left out or added to another shows.
    let next = 1;
    for (const counts of [total, total.pageAnalysis, batch, batch.pageAnalysis] as unknown as Record<string, number>[]) {
      for (const key of Object.keys(numbersOf(counts))) counts[key] = next++;
    }
    const sum = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.entries(a).map(([key, value]) => [key, value + b[key]!]));
    const expected = { counts: sum(numbersOf(total), numbersOf(batch)), pageAnalysis: sum(numbersOf(total.pageAnalysis), numbersOf(batch.pageAnalysis)) };
    total.countRule('read-pipe-teaser', 'teasers', 'drop');
    batch.countRule('read-pipe-teaser', 'teasers', 'drop');
    batch.countRule('blank-lines', 'blank-lines', 'blank');
    total.add(structuredClone(batch));
    expect(Object.keys(expected.counts)).toContain('documents');
    expect(Object.keys(expected.pageAnalysis)).toContain('pages');
    expect({ counts: numbersOf(total), pageAnalysis: numbersOf(total.pageAnalysis) }).toEqual(expected);
    expect(Object.fromEntries(total.byRule)).toEqual({
      'read-pipe-teaser': { pack: 'teasers', action: 'drop', lines: 2 },
      'blank-lines': { pack: 'blank-lines', action: 'blank', lines: 1 },
    });
  });
});

describe('addCounts', () => {
  it('adds the fields that hold numbers and leaves the others alone', () => {
    const counts = { lines: 1, bytes: 2, label: 'a', nested: { lines: 5 } };
    addCounts(counts, { lines: 3, bytes: 4, label: 'b', nested: { lines: 7 } });
    expect(counts).toEqual({ lines: 4, bytes: 6, label: 'a', nested: { lines: 5 } });
  });

  it('counts each line a rule removes, under the rule it first saw', () => {
    const stats = new Stats();
    for (let line = 0; line < 3; line++) stats.countRule('read-pipe-teaser', 'teasers', 'drop');
    expect([...stats.byRule]).toEqual([['read-pipe-teaser', { pack: 'teasers', action: 'drop', lines: 3 }]]);
  });
});
