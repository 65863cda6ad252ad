import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { CleanOptions, ErrorCode, RuleSet } from 'boilerstrip';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** Runs an ES module as a user's file beside the package would, importing "boilerstrip"; its standard output. */
const asUser = (script: string): string => execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });

/** The values the README names in its Library and Batch cleanup sections, and what each is. */
const DOCUMENTED = {
  compileRules: 'function',
  compileRuleSet: 'function',
  loadRuleFiles: 'function',
  parseRulePack: 'function',
  strip: 'function',
  createStripStream: 'function',
  StripStream: 'function',
  createStripWebStream: 'function',
  StripWebStream: 'function',
  createJsonlStream: 'function',
  BoilerstripError: 'function',
  Stats: 'function',
  failingExamples: 'function',
  proseLinesActedOn: 'function',
  MAX_BUDGET_DOCUMENT_BYTES: 'number',
} as const;

/** The error codes the README lists; the type annotation fails the type check if one is not an ErrorCode. */
const DOCUMENTED_CODES: readonly ErrorCode[] = ['E_USAGE', 'E_RULE_FILE', 'E_RULE_SCHEMA', 'E_RULE_REGEX', 'E_RULE_DUPLICATE', 'E_RULE_UNKNOWN', 'E_RULE_UNSAFE', 'E_INPUT', 'E_INVALID_JSON', 'E_IO', 'E_WORKER'];

describe('package root', () => {
  it('exports the library API to an ESM consumer importing "boilerstrip"', () => {
    const script = `
      import { strip, compileRules, createStripStream, createStripWebStream, createJsonlStream, BoilerstripError } from 'boilerstrip';
      const rules = compileRules();
      const { text, removals } = strip('Body.\\nREAD | x\\n', { rules });
      const web = await new Response(new Blob(['Body.\\nREAD | x\\n']).stream().pipeThrough(createStripWebStream({ rules }))).text();
      console.log(JSON.stringify({ text, rules: removals.map((r) => r.ruleId), stream: typeof createStripStream, web, jsonl: typeof createJsonlStream, error: typeof BoilerstripError }));
    `;
    expect(JSON.parse(asUser(script))).toEqual({ text: 'Body.\n', rules: ['read-pipe-teaser'], stream: 'function', web: 'Body.\n', jsonl: 'function', error: 'function' });
  });

  it('exports every value the README documents, and the same values as src/index.ts', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    for (const name of Object.keys(DOCUMENTED)) expect(readme, name).toMatch(new RegExp(`\`(?:new )?${name}[\`(]`));
    for (const code of DOCUMENTED_CODES) expect(readme, code).toContain(`\`${code}\``);
    const exported = JSON.parse(asUser(`const api = await import('boilerstrip'); console.log(JSON.stringify(Object.fromEntries(Object.entries(api).map(([name, value]) => [name, typeof value]))));`)) as Record<string, string>;
    expect(exported).toMatchObject(DOCUMENTED);
    expect(Object.keys(exported).sort()).toEqual(Object.keys(source).sort());
  });

  it('exports the documented types', () => {
    // Checked by the type check (npm test runs tsc over the tests): these resolve through the package's own exports.
    const options = { rules: source.compileRules() satisfies RuleSet, profile: 'article', maxRemovedRatio: 0.5 } satisfies CleanOptions;
    expect(source.strip('Body.\n', options).text).toBe('Body.\n');
  });
});
