import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../src/engine/page/line-features.js';
import { characterClass, LIST_BULLET, LIST_BULLETS, markupText, READER_MARKUP, readerText } from '../../src/engine/reader-text.js';
import { compileRules, strip } from '../../src/index.js';
import { checkPatterns } from '../../src/rules/pattern-safety.js';
import { contentLine, NUM_RUNS } from '../helpers/arbitraries.js';

const rules = compileRules();

describe('readerText', () => {
  it.each([
    ['* [Share on Facebook](https://example.com/share?u=1)', 'Share on Facebook'],
    ['[Home](/) | [News](/news "All the news") | [Sport](/sport_(football))', 'Home | News | Sport'],
    ['[![Logo](/logo.png)](/)', 'Logo'],
    ['![Photo: Reuters](https://example.com/a.jpg)', 'Photo: Reuters'],
    ['![Photo](/pictures/harbour_(east).jpg)', 'Photo'],
    ['![Photo](/pictures/harbour.jpg  "The harbour")', 'Photo'],
    ['[Home](/  "Back to the start")', 'Home'],
    ['[](#why) Why the council voted', 'Why the council voted'],
    ['## Tips for C# developers', 'Tips for C# developers'],
    ['Read the [full report][1] here', 'Read the full report here'],
    ['* [12]Privacy policy', 'Privacy policy'],
    ['-   [Log in](/login)', 'Log in'],
    ['+ [Newsletters](https://example.com/n)', 'Newsletters'],
    ['• Contact us', 'Contact us'],
    ['* **Advertisement**', 'Advertisement'],
    ['## Related stories', 'Related stories'],
    ['**Advertisement**', 'Advertisement'],
    ['__Tags:__ politics, elections', 'Tags: politics, elections'],
  ])('reads %j as %j', (line, text) => {
    expect(readerText(line)).toBe(text);
  });

  it('leaves a line without link markup as it is, brackets and all', () => {
    for (const line of ['The council [which met on Tuesday] voted', 'Scores: [3-1] after extra time', 'plain text', '#MeToo began in 2017', 'a*b = c', 'snake_case_name']) expect(readerText(line)).toBe(line);
  });

  it("keeps what is no list item: an ordered item's number, a sign without white space after it", () => {
    for (const line of ['1. Print the form and sign it.', '-5 °C overnight', '*Note: times are local', '+44 20 7946 0000', '---']) expect(readerText(line)).toBe(line);
  });

  it("takes no html2text heading marks for emphasis: emphasis starts with its text", () => {
    expect(readerText('*** Related ***')).toBe('*** Related ***');
    expect(readerText('**Comments** and **Tags**')).toBe('Comments and Tags');
  });

  it('leaves a line that is nothing but markup as it is', () => {
    expect(readerText('[](https://example.com/)')).toBe('[](https://example.com/)');
    expect(readerText('[12]')).toBe('[12]');
  });

  it('uses patterns that cannot backtrack catastrophically', { timeout: 120_000 }, () => {
    const patterns = READER_MARKUP.flatMap((markup) => markup.patterns.map(([pattern]) => pattern)).map(({ source, flags }) => ({ source, flags }));
    expect(checkPatterns(patterns)).toEqual(patterns.map(() => ({ safe: true, complexity: 'linear' })));
  });
});

describe('list bullets', () => {
  it("are one set: the rules' reader text and the page analysis take the same lines for list items", () => {
    const model = rules.page;
    for (const bullet of LIST_BULLETS) {
      expect(readerText(`${bullet} Contact us`)).toBe('Contact us');
      expect(`${bullet}   Contact us`.replace(LIST_BULLET, '')).toBe('Contact us');
      expect(lineFeatures(`${bullet} Contact us`, model).bullet).toBe(true);
      expect(lineFeatures(`${bullet}Contact us`, model).bullet).toBe(false);
    }
    expect(lineFeatures('o Contact us', model).bullet).toBe(false);
  });

  it('makes a character class of any characters, those with a meaning in one included', () => {
    const chars = '-]^\\*';
    const pattern = new RegExp(`^${characterClass(chars)}$`, 'u');
    expect([...chars].every((char) => pattern.test(char))).toBe(true);
    expect(['a', '[', ','].some((char) => pattern.test(char))).toBe(false);
  });
});

describe('markupText', () => {
  it("reduces the markup but keeps a list item's bullet, and leaves nothing of a line of markup alone", () => {
    expect(markupText('* [Log in](https://example.com/login "Log in to your account")')).toBe('* Log in');
    expect(markupText('-   [![The harbour](/h.jpg)](/harbour) at dawn')).toBe('-   The harbour at dawn');
    expect(markupText('## **Why the council voted**')).toBe('Why the council voted');
    expect(markupText('[](#why-the-council-voted)')).toBe('');
    expect(markupText('- The council voted.')).toBe('- The council voted.');
    expect(markupText('[](#why) Why the council voted')).toBe('Why the council voted');
  });
});

describe('rules on lines with markup', () => {
  const clean = (text: string) => strip(text, { rules, profile: 'lines' });

  it('match the text a reader sees, in Markdown and lynx markup', () => {
    const input = 'The council voted on Tuesday to rebuild the sea wall, after a long debate that ran into the night.\n* [Share on Facebook](https://example.com/share)\n   * [12]Privacy policy\n**Advertisement**\n';
    const { text, removals } = clean(input);
    expect(text).toBe('The council voted on Tuesday to rebuild the sea wall, after a long debate that ran into the night.\n');
    expect(removals.map((removal) => removal.pack)).toEqual(['social', 'legal', 'ads']);
  });

  it('match a list item by its text, whatever its bullet, and leave a list of content alone', () => {
    const menu = ['* [Log in](https://example.com/login)', '-   [Newsletters](/newsletters)', '   + [14]Search', '• Subscribe'];
    const { removals } = clean(`${menu.join('\n')}\n`);
    expect(removals.map((removal) => removal.ruleId)).toEqual(['login-form', 'newsletter-signup', 'search-box', 'subscribe-prompt']);
    const recipe = '* 200 g flour\n* Share the dough into four pieces and roll each one out.\n-   Print the card and pin it above the oven.\n• Search the garden for fresh herbs.\n1. Subscribe\n';
    expect(clean(recipe).text).toBe(recipe);
  });

  it('never cut part of a line with markup: a strip rule needs the line as written', () => {
    const line = 'date 2022-04-08 For the first time since the [operation](https://example.com/) began, the talks resumed in earnest';
    expect(clean(`${line}\n`).text).toBe(`${line}\n`);
    expect(clean('date 2022-04-08 For the first time since the operation began, the talks resumed in earnest\n').text).toBe(
      'For the first time since the operation began, the talks resumed in earnest\n',
    );
  });

  it('keep content lines whose words are links, byte for byte', () => {
    const linked = contentLine(0).chain((line) =>
      fc.array(fc.boolean(), { minLength: line.split(' ').length, maxLength: line.split(' ').length }).map((marks) =>
        line
          .split(' ')
          .map((word, index) => (marks[index] ? `[${word}](https://example.com/${index})` : word))
          .join(' '),
      ),
    );
    fc.assert(
      fc.property(fc.array(linked, { minLength: 1, maxLength: 6 }), (lines) => {
        const input = `${lines.join('\n\n')}\n`;
        expect(strip(input, { rules }).text).toBe(input);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
