import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, DEFAULT_RULES_DIR, OPTIONAL_RULES_DIR, parseRulePack, type BoilerstripError, type CompileOptions } from '../../src/index.js';
import { declaredPatterns, patternHolder } from '../../src/rules/compile.js';
import { CHECKED_PATTERNS_FILE, checkPatterns, patternKey, type CheckedPatternsFile } from '../../src/rules/pattern-safety.js';
import { rulesFromYaml, ruleRefusal } from '../helpers/rules.js';
import { STAND_IN_TIMEOUT_MS, withFailingChecker, withStandInChecker, withUndecidedChecker } from '../helpers/stand-in-checker.js';

const refusal = (yaml: string, options: CompileOptions = {}): BoilerstripError => ruleRefusal(yaml, 'my-rules/unsafe.yaml', options);

describe('regex rules are checked for catastrophic backtracking on load', () => {
  it('refuses a pattern that backtracks exponentially, naming file, rule, reason and an attack string', () => {
    const error = refusal('rules:\n  - id: nested-plus\n    match: { regex: "^(a+)+$" }\n');
    expect(error.code).toBe('E_RULE_UNSAFE');
    expect(error.isUsageError).toBe(true);
    expect(error.location).toEqual({ file: 'my-rules/unsafe.yaml', ruleId: 'nested-plus' });
    expect(error.message).toMatch(/^my-rules\/unsafe\.yaml: rule "nested-plus": regular expression .* is refused: it can backtrack catastrophically \(exponential\); an attack string such as '.*a.*'/);
  });

  it('refuses the polynomial kind too: two adjacent parts that match the same white space', () => {
    const error = refusal('rules:\n  - id: credit\n    match: { regex: "^Photo\\\\s*:\\\\s*[^()]*\\\\)?$" }\n');
    expect(error.message).toMatch(/polynomial/);
  });

  it('accepts a safe pattern', () => {
    expect(rulesFromYaml('rules:\n  - id: advert\n    match: { regex: "^Advert(?:isement)?:? \\\\S+$" }\n').patterns).toHaveLength(1);
  });

  it('asks the checker with no time limit of any kind, so that a run slowed by a busy machine does not count as an attack', () => {
    withStandInChecker((requests) => {
      ruleRefusal('rules:\n  - id: any-pattern\n    match: { regex: "^y+x$" }\n', 'mine.yaml', { patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } });
      const check = requests().find((request) => request.method === 'check');
      expect(check?.params).toMatchObject({ source: '(?:^y+x$)', params: { timeout: null, seedingTimeout: null, incubationTimeout: null, attackTimeout: null, attackLimit: expect.any(Number) } });
    });
  });

  it('accepts a row of footer links that recheck fuzzes (refused with 1 ms time limits, as a busy machine sees them)', () => {
    const row = '(?:Privacy|Terms|Contact us|About us|Help)';
    const pattern = { source: `^(?:[*•|]\\s*)?${row}(?:\\s*[|·•]\\s*${row})*\\s*[|·•]?(?: \\d{1,40})?$`, flags: 'iu' };
    expect(checkPatterns([pattern])).toEqual([{ safe: true, complexity: 'safe (fuzz)' }]);
  });

  it('kills a checker that hangs instead of hanging with it, and refuses the pattern', () => {
    withStandInChecker(() => {
      const error = refusal('rules:\n  - id: any-pattern\n    match: { regex: "^x+y$" }\n', { patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } });
      expect(error.code).toBe('E_RULE_UNSAFE');
      expect(error.message).toMatch(/the ReDoS checker did not finish within \d+ ms and was stopped, so the pattern could not be proved safe/);
    });
  });

  it('trusts the pre-checked list for a pattern wherever it is held: a copy of the shipped packs loads without the checker', () => {
    const copy = mkdtempSync(join(tmpdir(), 'boilerstrip-pack-copy-'));
    cpSync(DEFAULT_RULES_DIR, copy, { recursive: true });
    withStandInChecker((requests) => {
      // A checker that never answers proves nothing; the list proved every shipped pattern.
      const fromCopy = compileRules({ defaultRules: false, rulePaths: [copy], patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } });
      expect(fromCopy.patterns.length).toBe(compileRules().patterns.length);
      expect(requests()).toEqual([]);
      // A pattern the list does not hold is still sent to the checker.
      writeFileSync(join(copy, 'mine.yaml'), 'rules:\n  - id: slow-to-check\n    match: { regex: "^Follow (?:the |our )?.{0,80}\\\\b(?:News|Updates)\\\\b" }\n');
      expect(() => compileRules({ defaultRules: false, rulePaths: [copy], patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } })).toThrow(/could not be proved safe/);
    });
  });

  it('refuses an unsafe pattern in a page: section too, naming the file and the setting', () => {
    const error = refusal('page:\n  line:\n    tableRowPatterns: ["^(a|a)+:$"]\n');
    expect(error.code).toBe('E_RULE_UNSAFE');
    expect(error.location).toStrictEqual({ file: 'my-rules/unsafe.yaml' });
    expect(error.message).toMatch(/^my-rules\/unsafe\.yaml: page: line\.tableRowPatterns: regular expression .* is refused: it can backtrack catastrophically/);
  });

  it('rules/checked-patterns.json lists exactly the regex rules and page: patterns of the default and optional packs (regenerate: npm run rules:check-patterns)', () => {
    const recorded = (JSON.parse(readFileSync(CHECKED_PATTERNS_FILE, 'utf8')) as CheckedPatternsFile).patterns;
    const current = declaredPatterns(compileRules({ rulePaths: [OPTIONAL_RULES_DIR] }));
    expect(current.some((pattern) => pattern.ruleId === undefined)).toBe(true);
    expect(Object.fromEntries(Object.entries(recorded).map(([key, { rule }]) => [key, rule]))).toEqual(Object.fromEntries(current.map((pattern) => [patternKey(pattern.regex), patternHolder(pattern)])));
  });
});

describe('patternCheck.preChecked', () => {
  it('false checks the shipped patterns too: a copy of a shipped pack is then refused while no checker can prove anything', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'boilerstrip-pack-copy-')), 'legal.yaml');
    cpSync(join(DEFAULT_RULES_DIR, 'legal.yaml'), copy);
    withStandInChecker((requests) => {
      expect(() => compileRules({ defaultRules: false, rulePaths: [copy], patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } })).not.toThrow();
      expect(requests()).toEqual([]);
      expect(() => compileRules({ defaultRules: false, rulePaths: [copy], patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS, preChecked: false } })).toThrow(/could not be proved safe/);
    });
  });
});

describe('declaredPatterns', () => {
  it('finds no pattern to check in a page: section whose line group sets none', () => {
    expect(declaredPatterns({ packs: [parseRulePack('page:\n  line:\n    textWords: 12\n', 'a.yaml')], patterns: [] })).toEqual([]);
  });
});

describe('a checker that fails or cannot decide', () => {
  it('refuses the pattern when the checker process fails, with the first line it wrote, and checks it again once the checker works', () => {
    const yaml = 'rules:\n  - id: any-pattern\n    match: { regex: "^x+failed-once$" }\n';
    const error = withFailingChecker(() => refusal(yaml));
    expect(error.code).toBe('E_RULE_UNSAFE');
    expect(error.message).toMatch(/: the ReDoS checker failed \(\S[^)]+\), so the pattern could not be proved safe\. /);
    expect(error.message).not.toMatch(/failed \(exit /);
    // A failed checker said nothing of the pattern: it is not refused again unheard.
    expect(rulesFromYaml(yaml).patterns).toHaveLength(1);
  });

  it('checks again a pattern refused when the checker hung, once the checker answers', () => {
    const yaml = 'rules:\n  - id: any-pattern\n    match: { regex: "^x+hung-once$" }\n';
    withStandInChecker(() => refusal(yaml, { patternCheck: { timeoutMs: STAND_IN_TIMEOUT_MS } }));
    expect(rulesFromYaml(yaml).patterns).toHaveLength(1);
  });

  it('refuses a pattern the checker could not analyse, naming its error', () => {
    const error = withUndecidedChecker(() => refusal('rules:\n  - id: any-pattern\n    match: { regex: "^x+undecided$" }\n'));
    expect(error.code).toBe('E_RULE_UNSAFE');
    expect(error.message).toMatch(/is refused: the ReDoS checker could not prove it safe \(timeout\)\. /);
  });
});
