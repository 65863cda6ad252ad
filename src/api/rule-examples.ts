import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRuleSet, type CompileOptions } from '../rules/compile.js';
import type { RulePack } from '../rules/load.js';
import { namedPacks } from '../rules/page-schema.js';
import type { RuleDefinition } from '../rules/schema.js';
import { strip, type Removal } from './strip.js';

/**
 * The checks a rule author runs before shipping a rule (`boilerstrip check-rules`, and the test
 * suite for the default packs): its own examples, and its effect on ordinary prose.
 */

/** Ordinary text of many kinds (news, recipes, letters, fiction, verse, lists): no rule should remove any of it. */
export const ORDINARY_PROSE_FILE = fileURLToPath(new URL('../../samples/ordinary-prose.txt', import.meta.url));

/** A rule's example that did not come out as it promised (failingExamples()). */
export interface ExampleFailure {
  ruleId: string;
  /** What the example promised: `drop` must lose (or, for strip rules, change) a line, `keep` must come out whole. */
  expected: 'drop' | 'keep';
  /** 1-based position of the example in its list. */
  index: number;
  /** The example's text. */
  example: string;
}

/** Lines of a text that one rule, enabled alone, removes or changes. */
export function linesActedOn(pack: RulePack, rule: RuleDefinition, text: string, options: CompileOptions = {}): Removal[] {
  // The packs its page: section names stand in empty: they are other files, and no rule of theirs is enabled.
  const named = namedPacks(pack.page).map(({ name }) => ({ name, file: pack.file, rules: [] }));
  const rules = compileRuleSet([{ ...pack, rules: [rule] }, ...named], options);
  return strip(text, { rules }).removals.filter((removal) => removal.ruleId === rule.id);
}

/** Runs each of the rule's examples through the engine with only that rule enabled; returns those that fail. */
export function failingExamples(pack: RulePack, rule: RuleDefinition, options: CompileOptions = {}): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const expected of ['drop', 'keep'] as const) {
    rule.examples[expected].forEach((example, index) => {
      const actedOn = linesActedOn(pack, rule, example, options).length > 0;
      if (actedOn !== (expected === 'drop')) failures.push({ ruleId: rule.id, expected, index: index + 1, example });
    });
  }
  return failures;
}

let ordinaryProse: string | undefined;

/** Lines of the ordinary-prose sample that the rule, enabled alone, would remove or change. */
export function proseLinesActedOn(pack: RulePack, rule: RuleDefinition, options: CompileOptions = {}): Removal[] {
  ordinaryProse ??= readFileSync(ORDINARY_PROSE_FILE, 'utf8');
  return linesActedOn(pack, rule, ordinaryProse, options);
}
