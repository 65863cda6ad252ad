import { describe, expect, it } from 'vitest';
import { userSetsRegexpTiers } from '../../src/cli/regexp-tiers.js';

describe('userSetsRegexpTiers', () => {
  it("sees node's own choice of regular-expression tiers, on its command line or in NODE_OPTIONS, with dashes or underscores", () => {
    expect(userSetsRegexpTiers(['--regexp-tier-up'], undefined)).toBe(true);
    expect(userSetsRegexpTiers(['--no_regexp_tier_up'], undefined)).toBe(true);
    expect(userSetsRegexpTiers([], '--require x.cjs --regexp-tier-up')).toBe(true);
    expect(userSetsRegexpTiers(['--regexp-tier-up-ticks=5'], undefined)).toBe(true);
  });

  it('leaves other options to boilerstrip', () => {
    expect(userSetsRegexpTiers([], undefined)).toBe(false);
    expect(userSetsRegexpTiers(['--max-semi-space-size=16', '--regexp-optimization'], '--enable-source-maps --regexp-interpret-all-x')).toBe(false);
  });
});
