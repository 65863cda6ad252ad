import { describe, expect, it } from 'vitest';
import { counted } from '../src/counted.js';

describe('counted', () => {
  it.each([
    [0, 'document', '0 documents'],
    [1, 'document', '1 document'],
    [2, 'whole page', '2 whole pages'],
    [1234, 'byte', '1,234 bytes'],
  ])('writes %d %s as %j', (count, noun, text) => {
    expect(counted(count, noun)).toBe(text);
  });

  it('takes an irregular plural', () => {
    expect(counted(3, 'entry', 'entries')).toBe('3 entries');
    expect(counted(1, 'entry', 'entries')).toBe('1 entry');
  });
});
