import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, OPTIONAL_RULES_DIR, strip } from '../../src/index.js';
import { STAND_IN_TIMEOUT_MS, withStandInChecker } from '../helpers/stand-in-checker.js';

const COPYRIGHT_PACK = join(OPTIONAL_RULES_DIR, 'copyright.yaml');
const page = 'The council approved the budget on Tuesday after a long debate.\n© 2024 Example Media. All rights reserved.\n';

describe('optional packs (rules/optional/)', () => {
  it('are not loaded by default: the copyright line stays', () => {
    const rules = compileRules();
    expect(rules.packs.map((pack) => pack.name)).not.toContain('copyright');
    expect(strip(page, { rules, profile: 'lines' }).text).toBe(page);
  });

  it('act when named with --rules: the copyright pack drops the copyright line and keeps the rest byte for byte', () => {
    const rules = compileRules({ rulePaths: [COPYRIGHT_PACK] });
    const result = strip(page, { rules, profile: 'lines' });
    expect(result.text).toBe('The council approved the budget on Tuesday after a long debate.\n');
    expect(result.removals.map((removal) => removal.ruleId)).toEqual(['copyright-notice']);
  });

  it('use the pre-checked pattern list however the path is written, so loading them starts no ReDoS checker', () => {
    withStandInChecker((requests) => {
      for (const path of [COPYRIGHT_PACK, relative(process.cwd(), COPYRIGHT_PACK)]) {
        expect(() => compileRules({ rulePaths: [path], patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } })).not.toThrow();
      }
      expect(requests()).toEqual([]);
    });
  });
});
