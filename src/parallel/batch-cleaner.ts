/**
 * Cleans one batch (whole records or whole documents) with the same engine as one thread would,
 * collecting the output bytes, the counters and (for --audit) the verdicts. Worker threads and
 * the main thread of `--jobs` share it, so a batch comes out the same wherever it was cleaned.
 */
import { cleanBytes } from '../api/strip.js';
import { Stats } from '../engine/records.js';
import { cleanJsonlBatch, JsonlCounts } from '../jsonl/jsonl-stream.js';
import { normalizeOptions } from '../options.js';
import type { RuleSet } from '../rules/compile.js';
import type { LineRecord } from '../engine/records.js';
import type { BatchEvent, BatchInput, CleanedBatch, WorkerSettings } from './protocol.js';

/**
 * The verdicts a batch sends back: the removed and changed lines the audit writes, and the
 * separator lines that number the documents. A kept line would be copied to the main thread only
 * to be dropped there (four lines in five on whole pages).
 */
const isReported = (record: LineRecord): boolean => record.verdict !== 'keep' || record.note === 'separator';

/** Options are worked out once; the returned function cleans any batch of the input. */
export function createBatchCleaner(settings: WorkerSettings, rules: RuleSet): (batch: BatchInput) => CleanedBatch {
  const cleanOptions = {
    rules,
    maxLineBytes: settings.maxLineBytes,
    ...(settings.maxRemovedRatio !== undefined ? { maxRemovedRatio: settings.maxRemovedRatio } : {}),
    ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
  };
  const textOptions = normalizeOptions({ ...cleanOptions, ...(settings.docSeparator !== undefined ? { docSeparator: settings.docSeparator } : {}) });
  const report = settings.report;

  return ({ bytes, firstLine, label }) => {
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stats = new Stats();
    const events: BatchEvent[] = [];
    if (settings.mode === 'jsonl') {
      const counts = new JsonlCounts();
      const output = cleanJsonlBatch(
        input,
        {
          ...cleanOptions,
          ...settings.jsonl,
          stats,
          label,
          firstLine,
          ...(report
            ? {
                observer: (record, source) => {
                  if (isReported(record)) events.push({ kind: 'line', record, source });
                },
                onBudgetFlag: (flag, source) => events.push({ kind: 'flag', flag, source }),
              }
            : {}),
        },
        counts,
      );
      return { output, stats, counts, events };
    }
    const output = cleanBytes(input, textOptions, {
      stats,
      ...(report
        ? {
            observer: (record) => {
              if (isReported(record)) events.push({ kind: 'line', record });
            },
            onBudgetFlag: (flag) => events.push({ kind: 'flag', flag }),
          }
        : {}),
    });
    return { output, stats, counts: undefined, events };
  };
}

