import type { InputLineRecord } from './engine/text-cleaner.js';

/**
 * One line of --explain output: `[LABEL:]LINE<TAB>VERDICT<TAB>RULE<TAB>TEXT`, where RULE is the
 * rule id that removed or changed the line, or `-` when it was kept. TEXT is the line's own bytes.
 */
export function formatExplainLine(record: InputLineRecord, label?: string): Buffer {
  const reason = record.detail ?? record.ruleId ?? (record.note ? `(${record.note})` : '-');
  const head = `${label === undefined ? '' : `${label}:`}${record.inputLine}\t${record.verdict}\t${reason}\t`;
  return Buffer.concat([Buffer.from(head), record.content, NEWLINE]);
}

const NEWLINE = Buffer.from('\n');
