import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { compileRuleSet, parseRulePack } from '../../src/index.js';
import { checkPatterns } from '../../src/rules/pattern-safety.js';
import { chunkings, nastyBytes, NUM_RUNS } from '../helpers/arbitraries.js';
import { expectCoreInvariants } from '../helpers/engine-invariants.js';

/** Patterns the ReDoS check accepts, used by generated regex rules; checked once, before the runs. */
const SAFE_PATTERNS = ['^READ \\| ', '^(?:Tags|Topics)\\s*:\\s*\\S', '\\bdate \\d{4}-\\d{2}-\\d{2}\\b', '^[A-Z][a-z]+:$', '^\\d+ comments?$', 'AP\\)?$'];

/** Literal match strings: words the generated input holds, and any code points at all. */
const literal = fc.oneof(fc.constantFrom('READ | ', 'Image: AP', 'Tags: ', 'a b', ' ', '|', 'é', '\u00a0'), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }));

const patternRule = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom('equals', 'prefix', 'suffix', 'contains', 'regex'),
      literals: fc.array(literal, { minLength: 1, maxLength: 3 }),
      pattern: fc.constantFrom(...SAFE_PATTERNS),
      ignoreCase: fc.boolean(),
      zone: fc.constantFrom('any', 'head', 'tail'),
      action: fc.constantFrom('drop', 'drop-block', 'strip'),
      maxWords: fc.option(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(null)), { nil: undefined }),
      maxChars: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      block: fc.record({ maxLines: fc.integer({ min: 1, max: 50 }), maxWords: fc.integer({ min: 1, max: 30 }) }),
    })
    .map(({ kind, literals, pattern, ignoreCase, zone, action, maxWords, maxChars, block }) => ({
      id,
      match: { [kind]: kind === 'regex' ? pattern : literals, ignoreCase },
      zone,
      action,
      ...(maxWords !== undefined ? { maxWords } : {}),
      ...(maxChars !== undefined ? { maxChars } : {}),
      ...(action === 'drop-block' ? { block } : {}),
    }));

const detectRule = (id: string) => fc.constantFrom({ kind: 'breadcrumb' }, { kind: 'repeated-paragraph', minChars: 20 }).map((detect) => ({ id, detect }));

/** A valid rule file of 1–6 rules, written as JSON (which YAML reads as it is). */
export const ruleFile = (): fc.Arbitrary<string> =>
  fc
    .integer({ min: 1, max: 6 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => fc.oneof({ weight: 5, arbitrary: patternRule(`r${index}`) }, { weight: 1, arbitrary: detectRule(`r${index}`) }))))
    .map((rules) => JSON.stringify({ rules }));

describe('random valid rule files', () => {
  // One checker process for every pattern and flag a generated rule can have; compiling then finds each verdict remembered.
  beforeAll(() => {
    checkPatterns(SAFE_PATTERNS.flatMap((pattern) => ['u', 'iu'].map((flags) => ({ source: `(?:${pattern})`, flags }))));
  }, 60_000);

  it('load, compile, and clean any bytes: chunking does not matter, kept lines are byte-exact, every line is accounted for once', () => {
    fc.assert(
      fc.property(ruleFile(), nastyBytes(), fc.nat(), fc.boolean(), (file, input, seed, small) => {
        const rules = compileRuleSet([parseRulePack(file, 'fuzz.yaml')]);
        const cuts = fc.sample(chunkings(input.length), { numRuns: 1, seed })[0]!;
        expectCoreInvariants(input, cuts, { rules, docSeparator: '\u0000', ...(small ? { maxLineBytes: 16 } : {}) });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
