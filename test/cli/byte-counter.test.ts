import { describe, expect, it } from 'vitest';
import { ByteCounter } from '../../src/cli/byte-counter.js';
import { pipeThrough } from '../helpers/pipe-through.js';

describe('ByteCounter', () => {
  it('passes every chunk through unchanged and tells the size of each as it goes by', async () => {
    const chunks = ['Body.\n', '', 'READ | x\n\u00e9'].map((text) => Buffer.from(text));
    const told: number[] = [];
    const output = await pipeThrough(new ByteCounter((bytes) => told.push(bytes)), chunks);
    expect(Buffer.concat(output).equals(Buffer.concat(chunks))).toBe(true);
    expect(told.reduce((sum, bytes) => sum + bytes, 0)).toBe(Buffer.concat(chunks).length);
    expect(told.filter((bytes) => bytes > 0)).toEqual([6, 11]);
  });
});
