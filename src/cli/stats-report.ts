import { counted, formatCount } from '../counted.js';
import type { Stats } from '../engine/records.js';
import type { JsonlCounts } from '../jsonl/jsonl-counts.js';

/** Everything --stats and --stats-json report about one run. */
export interface RunSummary {
  stats: Stats;
  /** Only with --jsonl: records parsed and records passed unchanged, by reason. */
  jsonl: JsonlCounts | undefined;
  /** Bytes read from the inputs as stored, and after gunzip. */
  bytesRead: number;
  bytesDecoded: number;
  seconds: number;
}

const MB = 1e6;

/** Throughput over the input as cleaned (after gunzip), in MB (10^6 bytes) per second. */
const megabytesPerSecond = ({ bytesDecoded, seconds }: RunSummary): number => (seconds > 0 ? bytesDecoded / MB / seconds : 0);

/** Rules by lines removed, most first. */
const rulesByCount = (stats: Stats) => [...stats.byRule].sort(([a, x], [b, y]) => y.lines - x.lines || a.localeCompare(b));

/** The --stats summary: totals, records passed unchanged, the removal budget, then lines removed per rule. */
export function formatStatsReport(summary: RunSummary): string {
  const { stats, jsonl } = summary;
  const removed = stats.linesIn - stats.linesOut;
  const lines = [
    `boilerstrip: ${counted(stats.documents, 'document')}; lines ${formatCount(stats.linesIn)} in, ${formatCount(stats.linesOut)} out (${formatCount(removed)} removed); bytes ${formatCount(stats.bytesIn)} in, ${formatCount(stats.bytesOut)} out`,
  ];
  if (jsonl !== undefined) {
    lines.push(
      `records: ${formatCount(jsonl.records)} parsed; passed unchanged: ${formatCount(jsonl.missing)} missing field, ${formatCount(jsonl.null)} null, ${formatCount(jsonl.notString)} not a string, ${formatCount(jsonl.invalid)} invalid JSON, ${formatCount(jsonl.oversized)} over --max-record-bytes, ${formatCount(jsonl.loneSurrogate)} lone surrogate, ${formatCount(jsonl.blank)} blank`,
    );
  }
  if (stats.overBudget > 0 || stats.unchecked > 0) {
    lines.push(`removal budget: ${counted(stats.overBudget, 'document')} written unchanged (over budget), ${formatCount(stats.unchecked)} too long to check`);
  }
  const { pages, articles, wrapped, fragmented, readByShape, unreadLanguage } = stats.pageAnalysis;
  if (pages + articles > 0) {
    lines.push(
      `page analysis: ${counted(pages, 'whole page')}, ${counted(articles, 'extracted text')}; ${formatCount(wrapped)} hard-wrapped, ${formatCount(fragmented)} split at inline markup, ${formatCount(readByShape + unreadLanguage)} in a language the function-word lists do not cover (${formatCount(readByShape)} read by the shape of their lines, ${formatCount(unreadLanguage)} left to the rules)`,
    );
  }
  lines.push(`time: ${summary.seconds.toFixed(2)} s, ${megabytesPerSecond(summary).toFixed(1)} MB/s`);
  const rules = rulesByCount(stats);
  const width = Math.max(0, ...rules.map(([id]) => id.length));
  for (const [id, { pack, action, lines: count }] of rules) {
    lines.push(`  ${id.padEnd(width)}  ${formatCount(count).padStart(9)}  ${action === 'strip' ? 'changed' : 'removed'}  (${pack})`);
  }
  return `${lines.join('\n')}\n`;
}

/** The --stats-json document: the same figures as --stats, as one JSON object. */
export function formatStatsJson(summary: RunSummary): string {
  const { stats, jsonl } = summary;
  const report = {
    documents: stats.documents,
    ...(jsonl !== undefined
      ? {
          records: {
            parsed: jsonl.records,
            passedUnchanged: { missingField: jsonl.missing, null: jsonl.null, notString: jsonl.notString, invalidJson: jsonl.invalid, overMaxRecordBytes: jsonl.oversized, loneSurrogate: jsonl.loneSurrogate },
            blankLines: jsonl.blank,
          },
        }
      : {}),
    removalBudget: { overBudget: stats.overBudget, unchecked: stats.unchecked },
    pageAnalysis: { ...stats.pageAnalysis },
    lines: { in: stats.linesIn, out: stats.linesOut, removed: stats.linesIn - stats.linesOut },
    bytes: { in: stats.bytesIn, out: stats.bytesOut, read: summary.bytesRead, decoded: summary.bytesDecoded },
    rules: Object.fromEntries(rulesByCount(stats).map(([id, { pack, action, lines }]) => [id, { pack, action, lines }])),
    seconds: Number(summary.seconds.toFixed(3)),
    megabytesPerSecond: Number(megabytesPerSecond(summary).toFixed(2)),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
