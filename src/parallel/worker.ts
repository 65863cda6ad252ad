/**
 * A worker thread of `--jobs`: compiles the rules once, then cleans each batch it is sent with
 * the same engine as one thread would, and sends back the bytes, counters and (for --audit) the
 * verdicts. Batches end on record or document boundaries, so each is cleaned on its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cleanBytes } from '../api/strip.js';
import { Stats } from '../engine/records.js';
import { BoilerstripError } from '../errors.js';
import { cleanJsonlBatch, JsonlCounts } from '../jsonl/jsonl-stream.js';
import { normalizeOptions } from '../options.js';
import { compileRules } from '../rules/compile.js';
import type { BatchEvent, BatchRequest, BatchResult, WorkerSettings } from './protocol.js';

const settings = workerData as WorkerSettings;
const rules = compileRules(settings.rules);
const cleanOptions = {
  rules,
  maxLineBytes: settings.maxLineBytes,
  ...(settings.maxRemovedRatio !== undefined ? { maxRemovedRatio: settings.maxRemovedRatio } : {}),
  ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
};
const textOptions = normalizeOptions({ ...cleanOptions, ...(settings.docSeparator !== undefined ? { docSeparator: settings.docSeparator } : {}) });

function clean({ id, bytes, firstLine, label }: BatchRequest): BatchResult {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stats = new Stats();
  const events: BatchEvent[] = [];
  const report = settings.report;
  let output: Buffer;
  let counts: JsonlCounts | undefined;
  if (settings.mode === 'jsonl') {
    counts = new JsonlCounts();
    output = cleanJsonlBatch(
      input,
      {
        ...cleanOptions,
        ...settings.jsonl,
        stats,
        label,
        firstLine,
        ...(report ? { observer: (record, source) => events.push({ kind: 'line', record, source }), onBudgetFlag: (flag, source) => events.push({ kind: 'flag', flag, source }) } : {}),
      },
      counts,
    );
  } else {
    output = cleanBytes(input, textOptions, {
      stats,
      ...(report ? { observer: (record) => events.push({ kind: 'line', record }), onBudgetFlag: (flag) => events.push({ kind: 'flag', flag }) } : {}),
    });
  }
  // A fresh buffer of its own, so it can be moved to the main thread rather than copied.
  const transferable = new Uint8Array(output.length);
  transferable.set(output);
  return { id, output: transferable, stats, counts, events };
}

parentPort!.on('message', (request: BatchRequest) => {
  let result: BatchResult;
  try {
    result = clean(request);
  } catch (error) {
    const { message } = error as Error;
    result = { id: request.id, error: error instanceof BoilerstripError ? { message, code: error.code, location: error.location } : { message } };
  }
  parentPort!.postMessage(result, 'output' in result ? [result.output.buffer as ArrayBuffer] : []);
});
