import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/bytes/line-splitter.js';
import { TextCleaner, type InputLineRecord, type TextCleanerOptions } from '../../src/engine/text-cleaner.js';
import { defaultRuleSet, Stats } from '../../src/index.js';
import { boilerplateLines, contentLine, NUM_RUNS } from '../helpers/arbitraries.js';

/** Cleans `text` (documents split by form feeds) and collects what the observer hears. */
function observe(text: string, options: TextCleanerOptions): { output: string; records: InputLineRecord[] } {
  const pieces: Buffer[] = [];
  const records: InputLineRecord[] = [];
  const cleaner = new TextCleaner(defaultRuleSet(), { write: (bytes) => pieces.push(bytes) }, { ...options, docSeparator: Buffer.from('\f'), observer: (record) => records.push(record) });
  const splitter = new LineSplitter(cleaner, 1 << 20);
  splitter.push(Buffer.from(text));
  splitter.end();
  cleaner.endDocument();
  return { output: Buffer.concat(pieces).toString(), records };
}

/** Documents of content, boilerplate, strip-rule and blank lines, separated by form-feed lines. */
const documents = (): fc.Arbitrary<string> =>
  fc
    .array(fc.array(fc.oneof(contentLine(0), fc.constantFrom(...boilerplateLines), fc.constant('Share this article'), fc.constant('Click here to read more on the council vote.'), fc.constant('date 2022-04-08 The council voted on Tuesday to rebuild the old sea wall.'), fc.constant(''), fc.constant(' ')), { maxLength: 14 }), { minLength: 1, maxLength: 3 })
    .map((docs) => docs.map((lines) => lines.join('\n')).join('\n\f\n'));

describe('TextCleaner observeKept', () => {
  it.each([{}, { profile: 'lines' as const }, { maxRemovedRatio: 0.2 }])('false: the observer hears exactly the records of lines removed or changed (%o), with their place in the input, and the output is the same', (options) => {
    fc.assert(
      fc.property(documents(), (text) => {
        const all = observe(text, options);
        const removals = observe(text, { ...options, observeKept: false });
        expect(removals.output).toBe(all.output);
        expect(removals.records).toEqual(all.records.filter((record) => record.verdict !== 'keep'));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('true (the default): every input line is heard once, in order', () => {
    const { records } = observe('Home\n\nThe council voted on Tuesday to rebuild the old sea wall before winter storms arrive.\n\f\nShare this article\n', {});
    expect(records.map((record) => [record.document, record.inputLine, record.verdict])).toEqual([
      [0, 1, 'drop'],
      [0, 2, 'drop'],
      [0, 3, 'keep'],
      [1, 4, 'keep'],
      [1, 5, 'drop'],
    ]);
  });

  it('passes a separator line through, counted and heard as one, and takes no other line of its length for one', () => {
    const stats = new Stats();
    const { output, records } = observe('Home\n\f\nx\n', { stats });
    expect(output).toBe('\f\nx\n');
    expect(records.map((record) => [record.document, record.inputLine, record.note ?? '-', record.content.toString()])).toEqual([
      [0, 1, '-', 'Home'],
      [1, 2, 'separator', '\f'],
      [1, 3, '-', 'x'],
    ]);
    expect([stats.linesIn, stats.linesOut, stats.bytesIn, stats.bytesOut]).toEqual([3, 2, 9, 4]);
    const pieces: Buffer[] = [];
    new TextCleaner(defaultRuleSet(), { write: (bytes) => pieces.push(bytes) }, { docSeparator: Buffer.from('\f') }).line(Buffer.from('\f\n'), 0, 2, 1);
    expect(Buffer.concat(pieces).toString()).toBe('\f\n');
  });

  it('passes a line over the size limit through whole, in the pieces it came in', () => {
    const pieces: Buffer[] = [];
    const records: InputLineRecord[] = [];
    const cleaner = new TextCleaner(defaultRuleSet(), { write: (bytes) => pieces.push(bytes) }, { observer: (record) => records.push(record) });
    const splitter = new LineSplitter(cleaner, 8);
    for (const chunk of ['READ | Storm', ' season\nok\n']) splitter.push(Buffer.from(chunk));
    splitter.end();
    cleaner.endDocument();
    expect(Buffer.concat(pieces).toString()).toBe('READ | Storm season\nok\n');
    expect(records.map((record) => record.inputLine)).toEqual([1, 2]);
  });
});
