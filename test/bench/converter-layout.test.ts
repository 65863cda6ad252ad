import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardWrap, markLinks } from '../../bench/eval/converter-layout.js';

describe('hardWrap', () => {
  it('breaks a line at the last space that keeps it within the width', () => {
    expect(hardWrap('the quick brown fox jumps over the lazy dog', 15)).toBe('the quick brown\nfox jumps over\nthe lazy dog');
  });

  it('leaves a word longer than the width whole, on a line of its own', () => {
    expect(hardWrap('see https://example.com/a/very/long/address for more', 12)).toBe('see\nhttps://example.com/a/very/long/address\nfor more');
  });

  it('keeps short lines, blank lines and line breaks as they are', () => {
    expect(hardWrap('Home\n\nNews\n', 72)).toBe('Home\n\nNews\n');
  });

  it('keeps every word in order and no line past the width but a single word', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 10, max: 80 }), (words, width) => {
        const wrapped = hardWrap(words.join(' '), width);
        expect(wrapped.split('\n').join(' ')).toBe(words.join(' '));
        for (const line of wrapped.split('\n')) expect(line.length <= width || !line.includes(' ')).toBe(true);
      }),
    );
  });
});

describe('markLinks', () => {
  const text = 'Home\nCouncil votes to rebuild the sea wall\nThe council voted on Tuesday night to rebuild the old sea wall.\n';
  const gold = 'Council votes to rebuild the sea wall\nThe council voted on Tuesday night to rebuild the old sea wall.';

  it('marks up the short lines the gold leaves out as Markdown links', () => {
    expect(markLinks(text, gold, 'markdown')).toBe(text.replace('Home', '* [Home](https://example.com/1)'));
  });

  it('or as lynx renders a link list', () => {
    expect(markLinks(text, gold, 'lynx')).toBe(text.replace('Home', '   * [1]Home'));
  });
});
