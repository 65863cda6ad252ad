import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { compileRules, Stats, strip } from '../../src/index.js';
import { DocumentCleaner } from '../../src/engine/document-cleaner.js';
import { LineSplitter } from '../../src/bytes/line-splitter.js';
import type { RuleSet } from '../../src/rules/compile.js';
import type { Profile } from '../../src/rules/page-schema.js';
import { ARTICLE, FOOTER, keptLines, MENU, page } from '../helpers/pages.js';

const rules = compileRules();
const clean = (text: string) => strip(text, { rules, profile: 'page' });

describe('document cleaner: the page analysis and the line rules', () => {
  const [, byline, ...body] = ARTICLE;
  const wrapped = body.map((paragraph) => hardWrap(paragraph, 72).trimEnd());
  const headline = 'All the ferries of the harbour are to be replaced by faster boats and other';

  it('keeps the last line of a wrapped headline that a rule removed on its own, a word in lower case', () => {
    const { text, removals } = clean(page(MENU, [`${headline}\nservices`, byline!], wrapped, FOOTER));
    expect(keptLines(text).slice(0, 2)).toEqual([headline, 'services']);
    expect(removals.map((removal) => removal.text)).not.toContain('services');
  });

  it('leaves such a line removed after a blank line, in capitals, or under a line that ends a sentence', () => {
    for (const head of [`${headline}\n\nservices`, `${headline}\nServices`, 'The ferries of the harbour are all to be replaced by faster boats.\nservices']) {
      expect(keptLines(clean(page(MENU, [head, byline!], wrapped, FOOTER)).text)).not.toContain(expect.stringMatching(/^services$/i));
    }
  });
});

describe('document cleaner: the lines it holds, copied out of each chunk once', () => {
  it('gives the page fed a few bytes at a time, each chunk overwritten once pushed, as it gives it whole', () => {
    const input = Buffer.from(page(MENU, ARTICLE, FOOTER, MENU));
    const cleanIn = (size: number): string => {
      const pieces: Buffer[] = [];
      const cleaner = new DocumentCleaner(rules, { write: (bytes) => pieces.push(Buffer.from(bytes)) }, new Stats(), undefined, 'page');
      const splitter = new LineSplitter(cleaner, 1 << 20);
      for (let start = 0; start < input.length; start += size) {
        const chunk = Buffer.from(input.subarray(start, start + size));
        splitter.push(chunk);
        // The whole page is held for the analysis: each call copies what the chunk added.
        cleaner.detach();
        chunk.fill('#');
      }
      splitter.end();
      cleaner.end();
      return Buffer.concat(pieces).toString();
    };
    const whole = cleanIn(input.length);
    expect(whole).toBe(clean(input.toString()).text);
    for (const size of [1, 5, 64]) expect(cleanIn(size)).toBe(whole);
  });
});

describe('document cleaner: repeats, counts and oversized lines', () => {
  const [, , first, second, , third] = ARTICLE;
  const fresh = 'The mayor said that the town would hold a public meeting about the plans in the autumn.';
  // The story, then a second copy of three of its paragraphs, new text, and a copy of two.
  const repeated = `${[...ARTICLE, first, second, third, fresh, first, second].join('\n\n')}\n`;
  const repeatsRemoved = (profile: Profile): string[] =>
    strip(repeated, { rules, profile }).removals.filter((removal) => removal.ruleId === 'repeated-paragraph').map((removal) => removal.text);

  it('keeps a second copy of the text, a run of keepRunsOf repeated paragraphs, where the page analysis reads the document, and removes a shorter run', () => {
    for (const profile of ['auto', 'article', 'page'] as const) expect(repeatsRemoved(profile), profile).toEqual([first, second]);
    expect(repeatsRemoved('lines')).toEqual([first, second, third, first, second]);
  });

  /** The stats of cleaning `documents` (each a list of lines) one after the other with one cleaner. */
  function statsOf(documents: string[][], profile: Profile, ruleSet = rules): Stats {
    const stats = new Stats();
    const cleaner = new DocumentCleaner(ruleSet, { write: () => {} }, stats, undefined, profile);
    for (const lines of documents) {
      // The lines of a document in one chunk, as a stream gives them.
      const chunk = Buffer.from(lines.map((line) => `${line}\n`).join(''));
      let start = 0;
      for (const line of lines) {
        const end = start + Buffer.byteLength(line) + 1;
        cleaner.line(chunk, start, end, 1);
        start = end;
      }
      cleaner.end();
    }
    return stats;
  }

  it('counts the documents that held a line, and how the page analysis read each', () => {
    const story = page(MENU, ARTICLE.slice(0, 2), ARTICLE.slice(2), FOOTER).split('\n');
    const byProfile = (profile: Profile): unknown => {
      const { documents, pageAnalysis } = statsOf([story, [], story], profile);
      return { documents, pages: pageAnalysis.pages, articles: pageAnalysis.articles };
    };
    expect(byProfile('page')).toEqual({ documents: 2, pages: 2, articles: 0 });
    expect(byProfile('article')).toEqual({ documents: 2, pages: 0, articles: 2 });
    expect(byProfile('lines')).toEqual({ documents: 2, pages: 0, articles: 0 });
  });

  it('counts the documents read as hard-wrapped text, and those whose running text only the shape of its lines told', () => {
    const [headline, byline, ...body] = ARTICLE;
    const wrapped = page(MENU, [headline!, byline!], body.map((paragraph) => hardWrap(paragraph, 72).trimEnd()), FOOTER).split('\n');
    // Thai is written without spaces between words: no function words to count.
    const thai = page(MENU, [], ['กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทยและเป็นเมืองที่มีประชากรมากที่สุดในประเทศ', 'สภาเมืองลงมติเมื่อวันอังคารให้สร้างกำแพงกั้นทะเลเก่าขึ้นใหม่ก่อนฤดูมรสุม'], FOOTER).split('\n');
    const { wrapped: wrappedCount, readByShape, unreadLanguage } = statsOf([wrapped, thai, thai], 'page').pageAnalysis;
    expect({ wrapped: wrappedCount, readByShape, unreadLanguage }).toEqual({ wrapped: 1, readByShape: 2, unreadLanguage: 0 });
  });

  it('reads a page of up to page.maxLines lines and page.maxBytes bytes whole, and one past either bound as the line rules alone decide', () => {
    const lines = page(MENU, ARTICLE, FOOTER).trimEnd().split('\n');
    const bytes = Buffer.byteLength(`${lines.join('\n')}\n`);
    const bounded = (maxLines: number, maxBytes: number): RuleSet => ({ ...rules, page: { ...rules.page, settings: { ...rules.page.settings, maxLines, maxBytes } } });
    const read = (ruleSet: RuleSet): unknown => {
      const { pageAnalysis, linesOut } = statsOf([lines], 'page', ruleSet);
      return { pages: pageAnalysis.pages, linesOut };
    };
    const byLineRules = statsOf([lines], 'lines').linesOut;
    expect(byLineRules).toBeGreaterThan(statsOf([lines], 'page').linesOut);
    expect(read(bounded(lines.length, bytes))).toEqual({ pages: 1, linesOut: statsOf([lines], 'page').linesOut });
    expect(read(bounded(lines.length - 1, bytes))).toEqual({ pages: 0, linesOut: byLineRules });
    expect(read(bounded(lines.length, bytes - 1))).toEqual({ pages: 0, linesOut: byLineRules });
    // Past the bound the analysis reads nothing more: not the lines that come after it either.
    expect(read(bounded(Math.floor(lines.length / 2), bytes))).toEqual({ pages: 0, linesOut: byLineRules });
  });

  it('counts every piece of an oversized line in the bytes read and written', () => {
    const stats = new Stats();
    const written: Buffer[] = [];
    const cleaner = new DocumentCleaner(rules, { write: (bytes) => written.push(Buffer.from(bytes)) }, stats);
    for (const [index, piece] of ['aaaa', 'bbbb', 'cc\n'].entries()) cleaner.oversized(Buffer.from(piece), index === 0, index === 2);
    cleaner.end();
    expect(Buffer.concat(written).toString()).toBe('aaaabbbbcc\n');
    expect([stats.bytesIn, stats.bytesOut, stats.linesIn, stats.linesOut, stats.documents]).toEqual([11, 11, 1, 1, 1]);
  });
});
