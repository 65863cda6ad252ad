import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../src/bytes/join-bytes.js';

describe('joinBytes', () => {
  it('gives one piece back as it is, without a copy, and joins several in order', () => {
    const one = Buffer.from('line\n');
    expect(joinBytes([one])).toBe(one);
    expect(joinBytes([Buffer.from('a'), Buffer.from('bc'), Buffer.from('')]).toString()).toBe('abc');
    expect(joinBytes([Buffer.from('ab'), Buffer.from('cd')], 4).toString()).toBe('abcd');
    expect(joinBytes([]).length).toBe(0);
  });
});
