import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../bench/eval/converter-layout.js';
import { compileRules, strip } from '../../src/index.js';
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
