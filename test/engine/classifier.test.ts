import { describe, expect, it } from 'vitest';
import { LineClassifier, type Classification } from '../../src/engine/classifier.js';
import { countWords, lineText } from '../../src/engine/line-text.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = rulesFromYaml(`
rules:
  - { id: junk, match: { equals: JUNK } }
  - { id: short-junk, match: { prefix: Short junk }, maxWords: 4 }
  - { id: head-junk, match: { equals: HEAD-JUNK }, zone: head }
  - { id: tail-junk, match: { equals: END-JUNK }, zone: tail }
  - { id: related-block, match: { equals: "Related:" }, action: drop-block, block: { maxLines: 2, maxWords: 5 } }
  - { id: date-stamp, match: { regex: 'date \\d{4}-\\d\\d-\\d\\d' }, action: strip }
  - { id: repeat, detect: { kind: repeated-paragraph, minChars: 40 } }
`);

/** Classifies one line (its terminator `eol`) as the document cleaner does: its trimmed text, its words, no scan. */
function classify(classifier: LineClassifier, line: string | Buffer, eol = '\n'): Classification {
  const chunk = Buffer.concat([Buffer.from(line), Buffer.from(eol)]);
  const text = lineText(chunk, 0, chunk.length - eol.length);
  return classifier.classify({ chunk, start: 0, end: chunk.length, eolLength: eol.length }, text, countWords(text));
}

/** The state of each line in turn, and the rule that decided it, if one did. */
function states(classifier: LineClassifier, lines: string[]): string[] {
  return lines.map((line) => {
    const verdict = classify(classifier, line);
    return verdict.state === 'content' ? 'content' : `${verdict.state}:${verdict.rule.id}`;
  });
}

const STORY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms.';

describe('LineClassifier', () => {
  it('removes a line a rule matches, keeps any other, and names the rule, its pack and its action', () => {
    const classifier = new LineClassifier(rules);
    expect(classify(classifier, 'JUNK')).toEqual({ state: 'removed', rule: expect.objectContaining({ id: 'junk', pack: 'inline', action: 'drop' }) });
    expect(classify(classifier, STORY)).toEqual({ state: 'content' });
  });

  it('never lets a rule fire on a line longer than its guard', () => {
    expect(states(new LineClassifier(rules), ['Short junk and more', 'Short junk and one word more'])).toEqual(['removed:short-junk', 'content']);
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
  });

  it('strips a strip rule\'s match with the white space that joined it, keeping the terminator', () => {
    const classifier = new LineClassifier(rules);
    const verdict = classify(classifier, `  date 2022-04-08  ${STORY}`, '\r\n');
    expect(verdict.state).toBe('stripped');
    expect(verdict.state === 'stripped' && verdict.replacement.toString()).toBe(`${STORY}\r\n`);
    const atEnd = classify(classifier, `${STORY} date 2022-04-08`);
    expect(atEnd.state === 'stripped' && atEnd.replacement.toString()).toBe(`${STORY}\n`);
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
    classifier.reset();
    expect(states(classifier, [STORY])).toEqual(['content']);
  });

  it('takes no copy of a line with few letters or digits for a repeat', () => {
    const dashes = `${'-'.repeat(60)} 12 --`;
    expect(states(new LineClassifier(rules), [dashes, dashes])).toEqual(['content', 'content']);
  });

  it('holds a line longer than a headline for a breadcrumb, which the next line decides', () => {
    const withBreadcrumb = rulesFromYaml(`
rules:
  - id: trail
    detect: { kind: breadcrumb, maxTrailWords: 2, minHeadlineWords: 3 }
`);
    const classifier = new LineClassifier(withBreadcrumb);
    const headline = 'Harbour town rebuilds sea wall';
    expect(states(classifier, [`Home World ${headline}`, 'Sea wall'])).toEqual(['await:trail', 'content']);
    expect(classifier.isBreadcrumb(`Home World ${headline}`, headline)).toBe(true);
    // A trail of more than maxTrailWords words, a repeat of fewer than minHeadlineWords, or a line that merely ends alike is none.
    expect(classifier.isBreadcrumb(`Home World News ${headline}`, headline)).toBe(false);
    expect(classifier.isBreadcrumb('Home World sea wall', 'sea wall')).toBe(false);
    expect(classifier.isBreadcrumb(`Home World ${headline}`, 'Harbour town')).toBe(false);
  });
});
