import { describe, expect, it } from 'vitest';
import { strip } from '../../src/index.js';
import { rulesFromYaml } from '../helpers/rules.js';

const rules = rulesFromYaml(`
rules:
  - id: junk
    match: { equals: JUNK }
  - id: tail-junk
    match: { equals: END-JUNK }
    zone: tail
  - id: head-junk
    match: { equals: HEAD-JUNK }
    zone: head
`);
const clean = (text: string) => strip(text, { rules }).text;

describe('blank-line policy', () => {
  it('keeps the blank run directly before the next kept line', () => {
    expect(clean('A\n\nJUNK\n\n\nB\n')).toBe('A\n\n\nB\n');
    expect(clean('A\n\nJUNK\nB\n')).toBe('A\nB\n');
  });

  it('drops leading and trailing blanks where something was removed', () => {
    expect(clean('JUNK\n\nA\n')).toBe('A\n');
    expect(clean('\nJUNK\n\nA\n\nJUNK\n\n')).toBe('A\n');
  });

  it('keeps leading and trailing blanks where nothing was removed', () => {
    expect(clean('\n\nA\nJUNK\nB\n\n')).toBe('\n\nA\nB\n\n');
  });

  it('counts NBSP and other white space as blank, and writes kept blank lines as they were', () => {
    expect(clean('A\n\u00a0 \nB\n')).toBe('A\n\u00a0 \nB\n');
    expect(clean('A\nJUNK\n\u00a0\nB\n')).toBe('A\n\u00a0\nB\n');
  });

  it('keeps CRLF terminators and a missing final newline', () => {
    expect(clean('A\r\nJUNK\r\n\r\nB')).toBe('A\r\n\r\nB');
  });

  it('leaves a document of blank lines only as it was', () => {
    expect(clean('\n \n\n')).toBe('\n \n\n');
  });
});

describe('zones', () => {
  it('fires a tail rule only when nothing but blank lines and boilerplate follow', () => {
    expect(clean('A\nEND-JUNK\n\nJUNK\n')).toBe('A\n');
    expect(clean('A\nEND-JUNK\nB\n')).toBe('A\nEND-JUNK\nB\n');
  });

  it('fires a head rule only before the first content line', () => {
    expect(clean('HEAD-JUNK\nA\nHEAD-JUNK\n')).toBe('A\nHEAD-JUNK\n');
  });
});

describe('actions', () => {
  const blockRules = rulesFromYaml(`
rules:
  - id: more
    match: { equals: "More:" }
    action: drop-block
    block: { maxLines: 2, maxWords: 6 }
  - id: stamp
    match: { regex: '^date \\d{4}\\b' }
    action: strip
`);
  const cleanWith = (text: string) => strip(text, { rules: blockRules });

  it('drop-block removes the introduced lines up to the limit, stopping at a blank line or a long line', () => {
    expect(cleanWith('A\nMore:\nOne headline\nTwo headline\nThree stays\n').text).toBe('A\nThree stays\n');
    expect(cleanWith('A\nMore:\nOne headline\n\nStays\n').text).toBe('A\n\nStays\n');
    expect(cleanWith('A\nMore:\nThis is a long sentence that is certainly real content.\n').text).toBe('A\nThis is a long sentence that is certainly real content.\n');
  });

  it('strip removes only the matched part and the white space joining it to the text', () => {
    const result = cleanWith(' date 2022 The story begins.\r\n');
    expect(result.text).toBe('The story begins.\r\n');
    expect(result.removals).toEqual([{ line: 1, verdict: 'strip', ruleId: 'stamp', pack: 'inline', text: ' date 2022 The story begins.' }]);
  });

  it('strip leaves a line that is not valid UTF-8 alone', () => {
    const input = Buffer.from([...Buffer.from('date 2022 The story '), 0xff, 0x0a]);
    expect(strip(input, { rules: blockRules }).text).toEqual(input);
  });
});
