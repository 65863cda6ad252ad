import type { Stats } from '../engine/records.js';
import type { JsonlCounts } from '../jsonl/jsonl-stream.js';

const number = new Intl.NumberFormat('en-US');

/** The --stats summary: one line of totals, then lines removed per rule, most first. */
export function formatStatsReport(stats: Stats, jsonl?: JsonlCounts): string {
  const removed = stats.linesIn - stats.linesOut;
  const lines = [
    `boilerstrip: ${number.format(stats.documents)} documents; lines ${number.format(stats.linesIn)} in, ${number.format(stats.linesOut)} out (${number.format(removed)} removed); bytes ${number.format(stats.bytesIn)} in, ${number.format(stats.bytesOut)} out`,
  ];
  if (jsonl !== undefined) {
    lines.push(
      `records: ${number.format(jsonl.records)} parsed; passed unchanged: ${jsonl.missing} missing field, ${jsonl.null} null, ${jsonl.notString} not a string, ${jsonl.invalid} invalid JSON, ${jsonl.loneSurrogate} lone surrogate, ${jsonl.blank} blank`,
    );
  }
  const rules = [...stats.byRule].sort(([a, x], [b, y]) => y.lines - x.lines || a.localeCompare(b));
  const width = Math.max(0, ...rules.map(([id]) => id.length));
  for (const [id, { pack, action, lines: count }] of rules) {
    lines.push(`  ${id.padEnd(width)}  ${String(count).padStart(7)}  ${action === 'strip' ? 'changed' : 'removed'}  (${pack})`);
  }
  return `${lines.join('\n')}\n`;
}
