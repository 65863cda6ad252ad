import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { compileRules, Stats, strip } from '../../src/index.js';
import { DocumentCleaner } from '../../src/engine/document-cleaner.js';
import { LineSplitter } from '../../src/bytes/line-splitter.js';
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
