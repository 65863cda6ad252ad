import { cleanBytes } from '../../src/api/strip.js';
import type { InputLineRecord } from '../../src/engine/text-cleaner.js';
import { compileRules } from '../../src/index.js';
import { normalizeOptions } from '../../src/options.js';

const rules = compileRules();

/** What --explain says of the line `line` of the page `input`. */
export function detailOf(input: string, line: string, ruleSet = rules): string | undefined {
  const records: InputLineRecord[] = [];
  cleanBytes(Buffer.from(input), normalizeOptions({ rules: ruleSet, profile: 'page' }), { observer: (record) => records.push(record) });
  return records.find((record) => record.content.toString() === line)?.detail;
}
