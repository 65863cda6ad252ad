import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strip } from '../../src/index.js';
import { hasSeeds, SEEDS_DIR, seedNames } from '../helpers/paths.js';

describe.skipIf(!hasSeeds)('seed documents with the default rules', () => {
  it.each(seedNames())('%s comes out byte for byte as its gold', (name) => {
    const input = readFileSync(`${SEEDS_DIR}${name}.input.txt`);
    const expected = readFileSync(`${SEEDS_DIR}${name}.expected.txt`);
    const { text } = strip(input);
    expect(text.equals(expected), `output differs from ${name}.expected.txt`).toBe(true);
  });

  it('finds five seeds', () => {
    expect(seedNames()).toHaveLength(5);
  });
});
