import { describe, expect, it } from 'vitest';
import { joinParagraphs, mayRunOn } from '../../../src/engine/page/paragraphs.js';
import { pageLines } from '../../helpers/pages.js';

const lines = pageLines('Harbour town votes\nto rebuild its wall\nafter a long debate.\n\nWork starts in spring.\nRelated\n');

describe('joinParagraphs', () => {
  it('joins each run of lines that run on into one line of text with the words of the whole, and leaves a line that joins nothing as it is', () => {
    const paragraphs = joinParagraphs(lines, [true, true, false, false, false]);
    expect(paragraphs.map(({ first, count }) => [first, count])).toEqual([[0, 3], [3, 1], [4, 1]]);
    expect(paragraphs[0]!.line).toEqual({ text: 'Harbour town votes to rebuild its wall after a long debate.', words: 11, removedBy: undefined, counts: undefined });
    expect(paragraphs[1]!.line).toBe(lines[3]);
  });

  it('gives one paragraph per line when no line runs on', () => {
    expect(joinParagraphs(lines, lines.map(() => false)).map((paragraph) => paragraph.line)).toEqual(lines);
  });
});

describe('mayRunOn', () => {
  it('lets a line run on only into the line right under it, when no rule removed either', () => {
    const [first, second, third, fourth, fifth] = lines;
    expect(mayRunOn(first!, second)).toBe(true);
    // A blank line between them, or no line at all.
    expect(mayRunOn(third!, fourth)).toBe(false);
    expect(mayRunOn(fifth!, undefined)).toBe(false);
    const [kept, removed] = pageLines('Work starts in spring.\nShare this\n', new Set(['Share this']));
    expect(mayRunOn(kept!, removed)).toBe(false);
    const [removedFirst, keptAfter] = pageLines('Share this\nWork starts in spring.\n', new Set(['Share this']));
    expect(mayRunOn(removedFirst!, keptAfter)).toBe(false);
  });
});
