/**
 * Cleans one batch (whole records or whole documents) with the same engine as one thread would,
 * collecting the output bytes, the counters and (for --audit) the audit lines. Worker threads and
 * the main thread of `--jobs` share it, so a batch comes out the same wherever it was cleaned.
 */
import { cleanBytes } from '../api/strip.js';
import { joinBytes } from '../bytes/join-bytes.js';
import { AuditBlocks, AuditLines, recordDocument, textDocument } from '../audit-lines.js';
import { Stats } from '../engine/records.js';
import { JsonlCounts } from '../jsonl/jsonl-counts.js';
import { cleanJsonlBatch } from '../jsonl/jsonl-stream.js';
import { normalizeOptions } from '../options.js';
import type { RuleSet } from '../rules/compile.js';
import type { BatchInput, CleanedBatch, WorkerSettings } from './protocol.js';

/** Options are worked out once; the returned function cleans any batch of the input. */
export function createBatchCleaner(settings: WorkerSettings, rules: RuleSet): (batch: BatchInput) => CleanedBatch {
  const cleanOptions = {
    rules,
    maxLineBytes: settings.maxLineBytes,
    ...(settings.maxRemovedRatio !== undefined ? { maxRemovedRatio: settings.maxRemovedRatio } : {}),
    ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
  };
  const textOptions = normalizeOptions({ ...cleanOptions, ...(settings.docSeparator !== undefined ? { docSeparator: settings.docSeparator } : {}) });
  const format = settings.audit ? new AuditLines() : undefined;

  return ({ bytes, firstLine, label, file, documentsBefore }) => {
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stats = new Stats();
    const auditBytes: Buffer[] = [];
    const audit = new AuditBlocks((bytes) => auditBytes.push(bytes));
    const auditOf = (): Buffer => {
      audit.flush();
      return joinBytes(auditBytes);
    };
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
          ...(format
            ? {
                // The audit lists removed and changed lines only: kept lines' records are not built.
                observeKept: false,
                observer: (record, source) => audit.add(format.line(recordDocument(file, source), record)),
                onBudgetFlag: (flag, source) => audit.add(format.flag(recordDocument(file, source), flag)),
              }
            : {}),
        },
        counts,
      );
      return { output, stats, counts, audit: auditOf() };
    }
    const output = cleanBytes(input, textOptions, {
      stats,
      ...(format
        ? {
            // The audit lists removed and changed lines only: kept lines' records are not built.
            observeKept: false,
            observer: (record) => audit.add(format.line(textDocument(file, documentsBefore + record.document), record)),
            onBudgetFlag: (flag) => audit.add(format.flag(textDocument(file, documentsBefore + flag.document), flag)),
          }
        : {}),
    });
    return { output, stats, counts: undefined, audit: auditOf() };
  };
}
