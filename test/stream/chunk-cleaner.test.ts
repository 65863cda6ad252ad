import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, Stats, type InputLineRecord } from '../../src/index.js';
import { ChunkCleaner, type StripStreamOptions } from '../../src/stream/chunk-cleaner.js';
import { boilerplateLines, chunkings, contentLines, cut, NUM_RUNS } from '../helpers/arbitraries.js';
import { ARTICLE, FOOTER, MENU, page } from '../helpers/pages.js';

const rules = compileRules();
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';

/** Feeds the chunks in order; the output of every push and of the end, joined. */
function clean(chunks: readonly Buffer[], options: StripStreamOptions = {}): Buffer {
  const cleaner = new ChunkCleaner({ rules, ...options });
  const pieces = chunks.map((chunk) => cleaner.push(chunk));
  return Buffer.concat([...pieces, cleaner.end()].filter((piece): piece is Buffer => piece !== undefined));
}

/**
 * Two documents that need context across lines: CRLF and LF endings, a strip rule, a block that
 * runs over the next lines, a breadcrumb before its headline, a whole page with a menu, blank lines.
 */
const DOCUMENTS = Buffer.from(
  [
    `Home World Harbour town votes to rebuild its old sea wall\r\nHarbour town votes to rebuild its old sea wall\r\n\r\n date 2022-04-08 ${BODY}\r\nWritten By\r\nAnna Example\r\n\r\n${BODY}\r\nREAD | Storm season\r\n`,
    '\f\n',
    page(MENU, ARTICLE, FOOTER).replace(/\n$/, ''),
  ].join(''),
);

describe('ChunkCleaner', () => {
  it('gives the same bytes however the input is cut: at every single byte, and at several', () => {
    const whole = clean([DOCUMENTS], { docSeparator: '\f' });
    // The fixture exercises each kind of carry-over: lines dropped, a line shortened, a block, a page.
    expect(whole.length).toBeLessThan(DOCUMENTS.length);
    expect(whole.toString()).toContain(`\r\n${BODY}\r\n`);
    expect(whole.toString()).not.toContain('Written By');
    for (let at = 1; at < DOCUMENTS.length; at++) {
      expect(clean(cut(DOCUMENTS, [at]), { docSeparator: '\f' }).equals(whole), `cut at ${at}`).toBe(true);
    }
    fc.assert(
      fc.property(chunkings(DOCUMENTS.length), (cuts) => {
        expect(clean(cut(DOCUMENTS, cuts), { docSeparator: '\f' }).equals(whole)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same bytes however generated documents of content and boilerplate lines are cut', () => {
    fc.assert(
      fc.property(contentLines(), fc.array(fc.constantFrom(...boilerplateLines), { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.nat(), (content, boilerplate, ending, seed) => {
        const lines = content.flatMap((line, index) => (boilerplate[index] === undefined ? [line] : [boilerplate[index]!, line]));
        const input = Buffer.from(lines.map((line) => `${line}${ending}`).join(''));
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        expect(clean(cut(input, cuts)).equals(clean([input]))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('copies the lines it holds back, so the caller may reuse a chunk once it is pushed', () => {
    const whole = clean([DOCUMENTS], { docSeparator: '\f' });
    fc.assert(
      fc.property(chunkings(DOCUMENTS.length), (cuts) => {
        const cleaner = new ChunkCleaner({ rules, docSeparator: '\f' });
        const pieces: Buffer[] = [];
        for (const piece of cut(DOCUMENTS, cuts)) {
          const chunk = Buffer.from(piece);
          const settled = cleaner.push(chunk);
          if (settled) pieces.push(Buffer.from(settled));
          chunk.fill('#');
        }
        const rest = cleaner.end();
        expect(Buffer.concat(rest ? [...pieces, rest] : pieces).equals(whole)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns nothing from a push that settles no line, and the rest of the output at the end', () => {
    const cleaner = new ChunkCleaner({ rules, profile: 'lines' });
    expect(cleaner.push(Buffer.from('A line not yet ended'))).toBeUndefined();
    expect(cleaner.push(Buffer.from(' and its end.\nREAD | Storm season\nLast line'))?.toString()).toBe('A line not yet ended and its end.\n');
    expect(cleaner.end()?.toString()).toBe('Last line');
    expect(new ChunkCleaner({ rules }).end()).toBeUndefined();
  });

  it('with explain, writes one labelled line per input line instead of the text, and still tells the observer', () => {
    const heard: InputLineRecord[] = [];
    const explained = clean([Buffer.from(`${BODY}\nREAD | Storm season\n`)], { profile: 'lines', explain: true, explainLabel: 'in.txt', observer: (record) => heard.push(record) });
    expect(explained.toString()).toBe(`in.txt:1\tkeep\t-\t${BODY}\nin.txt:2\tdrop\tread-pipe-teaser\tREAD | Storm season\n`);
    expect(heard.map(({ inputLine, verdict }) => [inputLine, verdict])).toEqual([
      [1, 'keep'],
      [2, 'drop'],
    ]);
  });

  it('with observeKept false, tells the observer only of lines removed or changed, with or without explain', () => {
    const input = [Buffer.from(`${BODY}\nREAD | Storm season\n date 2022-04-08 ${BODY}\n`)];
    for (const explain of [false, true]) {
      const heard: InputLineRecord[] = [];
      const output = clean(input, { profile: 'lines', explain, observeKept: false, observer: (record) => heard.push(record) });
      expect(heard.map(({ inputLine, verdict }) => [inputLine, verdict])).toEqual([
        [2, 'drop'],
        [3, 'strip'],
      ]);
      // The explain output still lists every line.
      expect(output.toString().split('\n')).toHaveLength(explain ? 4 : 3);
    }
  });

  it('with explain and no observer, writes the labelled lines alone', () => {
    const explained = clean([Buffer.from(`${BODY}\nREAD | Storm season\n`)], { profile: 'lines', explain: true });
    expect(explained.toString()).toMatch(/^1\tkeep\t-\t.*\n2\tdrop\tread-pipe-teaser\tREAD \| Storm season\n$/);
  });

  it('holds a document to the removal budget, writing it unchanged and flagging it when the rules would remove more', () => {
    const input = Buffer.from(`${BODY}\nREAD | Storm season\n`);
    const flags: unknown[] = [];
    expect(clean([input], { profile: 'lines', maxRemovedRatio: 0.01, onBudgetFlag: (flag) => flags.push(flag) }).equals(input)).toBe(true);
    expect(flags).toEqual([{ flag: 'over-budget', removedRatio: 0.2, document: 0 }]);
    expect(clean([input], { profile: 'lines', maxRemovedRatio: 0.5 }).toString()).toBe(`${BODY}\n`);
  });

  it('adds its counts to the Stats it is given', () => {
    const stats = new Stats();
    const cleaner = new ChunkCleaner({ rules, stats });
    expect(cleaner.stats).toBe(stats);
    cleaner.push(Buffer.from(`${BODY}\nREAD | Storm season\n`));
    cleaner.end();
    expect([stats.documents, stats.linesIn, stats.linesOut, stats.byRule.get('read-pipe-teaser')?.lines]).toEqual([1, 2, 1, 1]);
  });

  it('refuses bad options when it is made, with E_USAGE', () => {
    expect(() => new ChunkCleaner({ rules, maxLineBytes: 0 })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});
