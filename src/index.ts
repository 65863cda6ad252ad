export { strip, type Removal, type StripResult } from './api/strip.js';
export { StripStream, createStripStream, type StripStreamOptions } from './stream/strip-stream.js';
export { compileRules, compileRuleSet, type RuleSet, type RuleSetOptions, type CompileOptions, type PatternRule } from './rules/compile.js';
export { loadRuleFiles, parseRulePack, DEFAULT_RULES_DIR, type RulePack } from './rules/load.js';
export type { RuleDefinition } from './rules/schema.js';
export { BoilerstripError, type ErrorCode } from './errors.js';
export { Stats, BLANK_LINES_RULE, type LineRecord, type Verdict } from './engine/records.js';
export type { InputLineRecord } from './engine/text-cleaner.js';
export { defaultRuleSet, DEFAULT_MAX_LINE_BYTES, type CleanOptions } from './options.js';
