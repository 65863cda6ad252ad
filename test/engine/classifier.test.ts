import { describe, expect, it } from 'vitest';
import { LineClassifier, type Classification } from '../../src/engine/classifier.js';
import { LineScan } from '../../src/engine/line-scan.js';
import { countWords, lineText } from '../../src/engine/line-text.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = rulesFromYaml(`
rules:
  - { id: junk, match: { equals: JUNK } }
  - { id: short-junk, match: { prefix: Short junk }, maxWords: 4 }
  - { id: narrow-junk, match: { prefix: Narrow }, maxChars: 12 }
  - { id: head-junk, match: { equals: HEAD-JUNK }, zone: head }
  - { id: tail-junk, match: { equals: END-JUNK }, zone: tail }
  - { id: related-block, match: { equals: "Related:" }, action: drop-block, block: { maxLines: 2, maxWords: 5 } }
  - { id: closing-block, match: { equals: "More from us:" }, action: drop-block, zone: tail, block: { maxLines: 1, maxWords: 5 } }
  - { id: date-stamp, match: { regex: 'date \\d{4}-\\d\\d-\\d\\d' }, action: strip }
  - { id: repeat, detect: { kind: repeated-paragraph, minChars: 40 } }
`);

/** Classifies one line (its terminator `eol`) as the document cleaner does: its trimmed text, its words, and its scan if given. */
function classify(classifier: LineClassifier, line: string | Buffer, eol = '\n', scanned?: LineScan): Classification {
  const chunk = Buffer.concat([Buffer.from(line), Buffer.from(eol)]);
  const text = lineText(chunk, 0, chunk.length - eol.length);
  return classifier.classify({ chunk, start: 0, end: chunk.length, eolLength: eol.length }, text, countWords(text), scanned);
}

/** The state of each line in turn, and the rule that decided it, if one did. */
function states(classifier: LineClassifier, lines: string[]): string[] {
  return lines.map((line) => {
    const verdict = classify(classifier, line);
    return verdict.state === 'content' ? 'content' : `${verdict.state}:${verdict.rule.id}`;
  });
}

const withBreadcrumb = rulesFromYaml(`
rules:
  - id: trail
    detect: { kind: breadcrumb, maxTrailWords: 2, minHeadlineWords: 3 }
`);

const STORY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms.';

describe('LineClassifier', () => {
  it('removes a line a rule matches, keeps any other, and names the rule, its pack and its action', () => {
    const classifier = new LineClassifier(rules);
    expect(classify(classifier, 'JUNK')).toEqual({ state: 'removed', rule: expect.objectContaining({ id: 'junk', pack: 'inline', action: 'drop' }) });
    expect(classify(classifier, STORY)).toEqual({ state: 'content' });
  });

  it('never lets a rule fire on a line longer than its guard', () => {
    expect(states(new LineClassifier(rules), ['Short junk and more', 'Short junk and one word more'])).toEqual(['removed:short-junk', 'content']);
    expect(states(new LineClassifier(rules), ['Narrow: 1234', 'Narrow: 12345'])).toEqual(['removed:narrow-junk', 'content']);
  });

  it('counts the words a reader sees against a rule\'s guard, not those of the markup', () => {
    // Six words as written, four as read: the link's address and title are no words.
    const classifier = new LineClassifier(rules);
    expect(classify(classifier, '[Short junk and more](https://example.com/a "Read it all")')).toEqual({ state: 'removed', rule: expect.objectContaining({ id: 'short-junk' }) });
  });

  it('fires a head rule only before the first content line, again after reset, and marks a tail rule\'s line for the tail', () => {
    const classifier = new LineClassifier(rules);
    expect(states(classifier, ['HEAD-JUNK', STORY, 'HEAD-JUNK', 'END-JUNK'])).toEqual(['removed:head-junk', 'content', 'content', 'tail:tail-junk']);
    classifier.reset();
    expect(states(classifier, ['HEAD-JUNK'])).toEqual(['removed:head-junk']);
  });

  it('counts a line kept by markContent as content for the head zone', () => {
    const classifier = new LineClassifier(rules);
    classifier.markContent();
    expect(states(classifier, ['HEAD-JUNK'])).toEqual(['content']);
  });

  it('drops the short lines a block rule introduces, up to block.maxLines, and ends the block at a longer line or a blank', () => {
    expect(states(new LineClassifier(rules), ['Related:', 'Storm closes port', 'Ferry back', 'Fleet returns early'])).toEqual(['removed:related-block', 'removed:related-block', 'removed:related-block', 'content']);
    expect(states(new LineClassifier(rules), ['Related:', STORY, 'Ferry back'])).toEqual(['removed:related-block', 'content', 'content']);
    const classifier = new LineClassifier(rules);
    expect(states(classifier, ['Related:'])).toEqual(['removed:related-block']);
    classifier.blank();
    expect(states(classifier, ['Ferry back'])).toEqual(['content']);
    // block.maxWords is the most a dropped line may have.
    expect(states(new LineClassifier(rules), ['Related:', 'Storm closes the old port'])).toEqual(['removed:related-block', 'removed:related-block']);
  });

  it('marks the lines a tail block rule introduces for the tail, as its own', () => {
    expect(states(new LineClassifier(rules), ['More from us:', 'Ferry back', STORY])).toEqual(['tail:closing-block', 'tail:closing-block', 'content']);
  });

  it('strips a strip rule\'s match with the white space that joined it, keeping the terminator', () => {
    const classifier = new LineClassifier(rules);
    const verdict = classify(classifier, `  date 2022-04-08  ${STORY}`, '\r\n');
    expect(verdict.state).toBe('stripped');
    expect(verdict.state === 'stripped' && verdict.replacement.toString()).toBe(`${STORY}\r\n`);
    const atEnd = classify(classifier, `${STORY} date 2022-04-08`);
    expect(atEnd.state === 'stripped' && atEnd.replacement.toString()).toBe(`${STORY}\n`);
    const beforeSpaces = classify(classifier, `${STORY} date 2022-04-08 \t`);
    expect(beforeSpaces.state === 'stripped' && beforeSpaces.replacement.toString()).toBe(`${STORY}\n`);
    const inside = classify(classifier, 'The council voted date 2022-04-08 to rebuild the wall.');
    expect(inside.state === 'stripped' && inside.replacement.toString()).toBe('The council voted to rebuild the wall.\n');
  });

  it('takes a line a strip rule kept part of for content: a head rule no longer fires', () => {
    expect(states(new LineClassifier(rules), [`date 2022-04-08 ${STORY}`, 'HEAD-JUNK'])).toEqual(['stripped:date-stamp', 'content']);
  });

  it('removes a line a strip rule would leave empty, and leaves alone a line it cannot map back to its bytes', () => {
    const classifier = new LineClassifier(rules);
    expect(states(classifier, ['date 2022-04-08'])).toEqual(['removed:date-stamp']);
    // Markup reduced for matching: what the match covers is not the line's own text.
    expect(states(classifier, [`[date 2022-04-08](https://example.com) ${STORY}`])).toEqual(['content']);
    // Not UTF-8: offsets in the decoded text would not map back to the bytes.
    expect(classify(classifier, Buffer.concat([Buffer.from('date 2022-04-08 caf'), Buffer.from([0xe9]), Buffer.from(` ${STORY}`)]))).toEqual({ state: 'content' });
  });

  it('removes a later copy of a paragraph, however cased and punctuated, until reset', () => {
    const classifier = new LineClassifier(rules);
    expect(states(classifier, [STORY, STORY.toUpperCase().replace(/\./g, '!'), STORY])).toEqual(['content', 'removed:repeat', 'removed:repeat']);
    expect(classify(classifier, STORY)).toEqual({ state: 'removed', rule: { id: 'repeat', pack: 'inline', action: 'drop' } });
    classifier.reset();
    expect(states(classifier, [STORY])).toEqual(['content']);
  });

  it('takes no copy of a line with few letters or digits for a repeat', () => {
    const dashes = `${'-'.repeat(60)} 12 --`;
    expect(states(new LineClassifier(rules), [dashes, dashes])).toEqual(['content', 'content']);
    // minChars is 40: letters and digits must fill at least half of it, in a line at least that long.
    const half = `${'a'.repeat(20)}${'-'.repeat(20)}`;
    const shortWords = 'Ferry back to port, and all is well now';
    expect(states(new LineClassifier(rules), [half, half, shortWords, shortWords])).toEqual(['content', 'removed:repeat', 'content', 'content']);
    const exact = 'Ferry back to port, and all is well now.';
    expect(states(new LineClassifier(rules), [exact, exact])).toEqual(['content', 'removed:repeat']);
  });

  it('remembers paragraphs for repeats up to 4 MiB of their letters and digits in a document, and none past it', () => {
    // 65,536 paragraphs of 64 letters and digits fill the budget exactly.
    const paragraph = (index: number): string => `${String(index).padStart(8, '0')} ${'a'.repeat(56)}`;
    const classifier = new LineClassifier(rules);
    for (let index = 0; index < 65_536; index++) classify(classifier, paragraph(index));
    expect(states(classifier, [paragraph(65_535), paragraph(65_536), paragraph(65_536)])).toEqual(['removed:repeat', 'content', 'content']);
  });

  it('compares the text a reader sees of a scanned line with markup, not its bytes', () => {
    const classifier = new LineClassifier(rules);
    const scan = new LineScan(rules.page.functionWordTrie, rules.page.functionWords.size);
    const linked = `[${STORY}](https://example.com/sea-wall)`;
    expect(scan.read(Buffer.from(linked), 0, Buffer.byteLength(linked))).toBe(true);
    expect(classify(classifier, linked, '\n', scan)).toEqual({ state: 'content' });
    expect(states(classifier, [STORY])).toEqual(['removed:repeat']);
  });

  it('holds a line longer than a headline for a breadcrumb, which the next line decides', () => {
    const classifier = new LineClassifier(withBreadcrumb);
    const headline = 'Harbour town rebuilds sea wall';
    expect(states(classifier, [`Home World ${headline}`, 'Sea wall'])).toEqual(['await:trail', 'content']);
    expect(classifier.isBreadcrumb(`Home World ${headline}`, headline)).toBe(true);
    // A trail of more than maxTrailWords words, a repeat of fewer than minHeadlineWords, or a line that merely ends alike is none.
    expect(classifier.isBreadcrumb(`Home World News ${headline}`, headline)).toBe(false);
    expect(classifier.isBreadcrumb('Home World sea wall', 'sea wall')).toBe(false);
    expect(classifier.isBreadcrumb(`Home World ${headline}`, 'Harbour town')).toBe(false);
    expect(classifier.isBreadcrumb(`Home ${headline}`, 'Harbour town rebuilds sea hall')).toBe(false);
    // A trail of one word, and a repeat of exactly minHeadlineWords words, are one.
    expect(classifier.isBreadcrumb('World Harbour town rebuilds', 'Harbour town rebuilds')).toBe(true);
  });

  it('holds a line for a breadcrumb only with more than minHeadlineWords words and up to 400 characters', () => {
    const longest = `Home ${'x'.repeat(389)} a b c`;
    expect(longest).toHaveLength(400);
    expect(states(new LineClassifier(withBreadcrumb), ['Harbour town rebuilds', longest, `${longest}d`])).toEqual(['content', 'await:trail', 'content']);
  });

  it('finds no breadcrumb without a breadcrumb rule', () => {
    expect(new LineClassifier(rules).isBreadcrumb('Home World Harbour town rebuilds', 'Harbour town rebuilds')).toBe(false);
  });
});
