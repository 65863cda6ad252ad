import { describe, expect, it } from 'vitest';
import { endsSentence, joinParagraphs, mayRunOn } from '../../../src/engine/page/paragraphs.js';
import { compileRules, compileRuleSet, parseRulePack } from '../../../src/index.js';
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

describe('endsSentence', () => {
  const model = compileRules().page;

  it('takes a full stop, a question or exclamation mark (line.sentenceStops) for a sentence end, past closing quotes and brackets, in the scripts listed', () => {
    const ended = ['The wall will be rebuilt.', 'Who pays?', '"It will hold!"', 'He said so (twice.)', '工事は春に始まる。', 'هل يدفع المجلس؟', 'काम शुरू हुआ।', 'Wait for it…'];
    expect(ended.filter((line) => !endsSentence(line, model))).toEqual([]);
  });

  it('takes a clause mark or a word for a line that breaks off within a sentence, though running text may end so (PageModel.sentenceEnds)', () => {
    const within = ['The council asked the', 'The players invited to the combine:', 'the harbour, the quay,', 'first the wall;', '工程将于春季开始，'];
    expect(within.filter((line) => endsSentence(line, model))).toEqual([]);
    expect(within.slice(1).every((line) => model.sentenceEnds.includes(line.at(-1)!))).toBe(true);
  });

  it('reads the characters from the page: section, running text ending with any of the three lists', () => {
    const own = compileRuleSet([parseRulePack('page:\n  line:\n    sentenceStops: "։"\n    clauseEnds: "՝"\n    closers: "»"\n', 'hy.yaml')]).page;
    expect(['Նա եկավ։', 'Նա եկավ։»', 'Նա եկավ.', 'Նա եկավ՝'].map((line) => endsSentence(line, own))).toEqual([true, true, false, false]);
    expect(own.sentenceEnds).toBe('։՝»');
  });
});
