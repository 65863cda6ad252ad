import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BudgetedDocument, type BudgetFlag } from '../../src/engine/removal-budget.js';
import { Stats, type LineRecord } from '../../src/engine/records.js';
import { defaultRuleSet, strip } from '../../src/index.js';
import { boilerplateLines, contentLines, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';

const BODY = 'The council voted on Tuesday to rebuild the old sea wall before winter storms arrive.\n';
const BOILERPLATE = 'READ | Another story\nCOMMENT\nTags: harbour, council\n';

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** The share of words the rules remove from a text cleaned without a budget. */
const removedShare = (text: string): number => 1 - words(strip(text).text) / words(text);

/** Feeds a document line by line through a BudgetedDocument and collects everything it reports. */
function clean(text: string, ratio: number, maxHeldBytes?: number) {
  const output: Buffer[] = [];
  const records: LineRecord[] = [];
  const flags: BudgetFlag[] = [];
  const stats = new Stats();
  const document = new BudgetedDocument(defaultRuleSet(), { write: (bytes) => output.push(bytes) }, stats, (record) => records.push(record), undefined, ratio, (flag) => flags.push(flag), maxHeldBytes);
  const input = Buffer.from(text);
  for (let start = 0; start < input.length; ) {
    const end = input.indexOf(10, start) + 1 || input.length;
    document.line(input, start, end, input[end - 1] === 10 ? 1 : 0);
    start = end;
  }
  const lines = document.end();
  return { text: Buffer.concat(output).toString(), records, flags, stats, lines };
}

describe('the removal budget', () => {
  it('cleans a document that loses no more than the budget, as without one', () => {
    const result = clean(BODY + BOILERPLATE, 0.5);
    expect(result.text).toBe(BODY);
    expect(result.flags).toEqual([]);
    expect(result.records.filter((record) => record.verdict === 'drop').map((record) => record.ruleId)).toEqual(['read-pipe-teaser', 'comment-widget', 'tags-line']);
    expect(result.stats.overBudget).toBe(0);
    expect(result.stats.linesOut).toBe(1);
  });

  it('writes a document that would lose more than the budget unchanged, flagged, every line kept', () => {
    const result = clean(BOILERPLATE + BODY, 0.1);
    expect(result.text).toBe(BOILERPLATE + BODY);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]!.flag).toBe('over-budget');
    expect(removedShare(BOILERPLATE + BODY)).toBeGreaterThan(0.1);
    expect(result.flags[0]!.removedRatio).toBeCloseTo(removedShare(BOILERPLATE + BODY), 10);
    expect(result.records.map((record) => [record.line, record.verdict, record.note])).toEqual([1, 2, 3, 4].map((line) => [line, 'keep', 'over-budget']));
    expect(result.stats).toMatchObject({ documents: 1, linesIn: 4, linesOut: 4, overBudget: 1, bytesIn: result.stats.bytesOut });
    expect(result.stats.byRule.size).toBe(0);
    expect(result.lines).toBe(4);
  });

  it('past the size bound cleans the document as it streams and flags it unchecked', () => {
    const text = BOILERPLATE + BODY.repeat(3);
    const result = clean(text, 0, 100);
    expect(result.text).toBe(strip(text).text);
    expect(result.text).not.toBe(text);
    expect(result.flags).toEqual([{ flag: 'unchecked' }]);
    expect(result.stats.unchecked).toBe(1);
    expect(result.stats.linesIn).toBe(6);
  });

  it('cleans a document that loses exactly the budget, and holds one exactly the size bound', () => {
    const text = BODY + BOILERPLATE;
    const { removedRatio } = clean(text, 0).flags[0]!;
    expect(clean(text, removedRatio!).flags).toEqual([]);
    expect(clean(text, 0, Buffer.byteLength(text)).flags).toEqual([{ flag: 'over-budget', removedRatio }]);
    expect(clean(text, 0, Buffer.byteLength(text) - 1).flags).toEqual([{ flag: 'unchecked' }]);
  });

  it('reports each line written unchanged without its terminator, and needs no observer', () => {
    const result = clean(BOILERPLATE + BODY, 0.1);
    expect(result.records.map((record) => record.content.toString())).toEqual([...BOILERPLATE.split('\n').slice(0, 3), BODY.trimEnd()]);
    const output: Buffer[] = [];
    const document = new BudgetedDocument(defaultRuleSet(), { write: (bytes) => output.push(bytes) }, new Stats(), undefined, undefined, 0.5, () => {});
    document.line(Buffer.from(BODY + BOILERPLATE), 0, BODY.length, 1);
    document.line(Buffer.from(BOILERPLATE), 0, BOILERPLATE.indexOf('\n') + 1, 1);
    document.end();
    expect(Buffer.concat(output).toString()).toBe(BODY);
  });

  it('holds the pieces of an oversized line, and writes them as they came, within the budget or over it', () => {
    const feed = (ratio: number) => {
      const output: Buffer[] = [];
      const records: LineRecord[] = [];
      const document = new BudgetedDocument(defaultRuleSet(), { write: (bytes) => output.push(bytes) }, new Stats(), (record) => records.push(record), undefined, ratio, () => {});
      const piece = Buffer.from('x'.repeat(40));
      document.line(Buffer.from(BOILERPLATE), 0, BOILERPLATE.indexOf('\n') + 1, 1);
      document.oversized(piece, true, false);
      piece.fill('y');
      document.oversized(Buffer.from('z\n'), false, true);
      document.line(Buffer.from(BODY), 0, BODY.length, 1);
      const lines = document.end();
      return { text: Buffer.concat(output).toString(), records, lines };
    };
    const within = feed(0.9);
    expect(within.text).toBe(`${'x'.repeat(40)}z\n${BODY}`);
    const over = feed(0);
    expect(over.text).toBe(`READ | Another story\n${'x'.repeat(40)}z\n${BODY}`);
    expect(over.records.map((record) => [record.line, record.note, record.content.toString()])).toEqual([
      [1, 'over-budget', 'READ | Another story'],
      [2, 'over-budget', 'x'.repeat(40)],
      [3, 'over-budget', BODY.trimEnd()],
    ]);
    expect([within.lines, over.lines]).toEqual([3, 3]);
  });

  it('checks the next document again after one too long to check', () => {
    const flags: BudgetFlag[] = [];
    const output: Buffer[] = [];
    const document = new BudgetedDocument(defaultRuleSet(), { write: (bytes) => output.push(bytes) }, new Stats(), undefined, undefined, 0, (flag) => flags.push(flag), 150);
    for (const text of [BOILERPLATE + BODY.repeat(2), BOILERPLATE + BODY]) {
      const input = Buffer.from(text);
      for (let start = 0; start < input.length; ) {
        const end = input.indexOf(10, start) + 1;
        document.line(input, start, end, 1);
        start = end;
      }
      document.end();
    }
    expect(flags.map((flag) => flag.flag)).toEqual(['unchecked', 'over-budget']);
    expect(Buffer.concat(output).toString()).toBe(strip(BOILERPLATE + BODY.repeat(2)).text + BOILERPLATE + BODY);
  });

  it('is a CleanOptions setting of strip(), which reports the documents it flagged', () => {
    const first = `${BOILERPLATE}Short.\n`;
    const over = strip(`${first}\f\n${BODY}READ | x\n`, { maxRemovedRatio: 0.5, docSeparator: '\f' });
    expect(removedShare(first)).toBeGreaterThan(0.5);
    expect(over.text).toBe(`${first}\f\n${BODY}`);
    expect(over.flagged).toEqual([{ document: 0, flag: 'over-budget', removedRatio: removedShare(first) }]);
    expect(over.removals.map((removal) => removal.ruleId)).toEqual(['read-pipe-teaser']);
    expect(() => strip(BODY, { maxRemovedRatio: 1.5 })).toThrow(/from 0 to 1/);
  });
});

describe('removal budget properties', () => {
  it('a budget of 1 changes nothing: same output, same removals', () => {
    fc.assert(
      fc.property(nastyBytes(), (input) => {
        const plain = strip(input, { docSeparator: '\u0000' });
        const budgeted = strip(input, { docSeparator: '\u0000', maxRemovedRatio: 1 });
        expect(budgeted.text.equals(plain.text)).toBe(true);
        expect(budgeted.removals).toEqual(plain.removals);
        expect(budgeted.flagged).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a budget of 0 leaves every document that loses a word unchanged', () => {
    fc.assert(
      fc.property(contentLines(), fc.array(fc.constantFrom(...boilerplateLines), { minLength: 1, maxLength: 4 }), (content, boilerplate) => {
        const text = [...content, ...boilerplate].join('\n');
        const result = strip(text, { maxRemovedRatio: 0 });
        expect(result.text).toBe(text);
        expect(result.removals).toEqual([]);
        expect(result.flagged.map((flag) => flag.flag)).toEqual(['over-budget']);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
