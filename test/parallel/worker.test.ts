import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/index.js';
import { createBatchCleaner } from '../../src/parallel/batch-cleaner.js';
import type { BatchInput, WorkerSettings } from '../../src/parallel/protocol.js';
import type { WorkerPool as WorkerPoolType } from '../../src/parallel/worker-pool.js';
import { REPO_ROOT } from '../helpers/paths.js';

// The worker thread runs the built dist/parallel/worker.js (npm test builds first), started by the built pool.
const { WorkerPool } = (await import(`${REPO_ROOT}dist/parallel/worker-pool.js`)) as { WorkerPool: typeof WorkerPoolType };

const rules = compileRules();
const TEXT: WorkerSettings = { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: true };
const JSONL: WorkerSettings = { mode: 'jsonl', maxLineBytes: 1 << 20, audit: true, jsonl: { field: 'text', idField: 'id', onInvalid: 'fail', maxRecordBytes: 1 << 20 } };
const BODY = 'The council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.';
const batch = (text: string, firstLine = 1, documentsBefore = 0): BatchInput => ({ bytes: new Uint8Array(Buffer.from(text)), firstLine, label: 'in.jsonl', file: 'in.jsonl', documentsBefore });

/** Starts one worker with these settings (and the default packs), runs `use`, stops it. */
async function withWorker<T>(settings: WorkerSettings, use: (pool: WorkerPoolType) => Promise<T>): Promise<T> {
  const pool = new WorkerPool(1, { settings, rules: { packs: rules.packs, disable: [] } });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}

describe('the --jobs worker thread', () => {
  it('cleans a batch to the same bytes, counters and audit lines as this thread', async () => {
    for (const [settings, text, documentsBefore] of [
      [TEXT, `${BODY}\nCOMMENT\n\f\nREAD | Storm season\n${BODY}\n`, 3],
      [JSONL, `${JSON.stringify({ id: 'a', text: `${BODY}\nCOMMENT` })}\n{"body":"no text"}\n`, 0],
    ] as const) {
      const here = createBatchCleaner(settings, rules)(batch(text, 5, documentsBefore));
      const there = await withWorker(settings, (pool) => pool.clean(batch(text, 5, documentsBefore)).result);
      expect(Buffer.from(there.output).equals(Buffer.from(here.output))).toBe(true);
      expect(Buffer.from(there.audit).toString()).toBe(Buffer.from(here.audit).toString());
      expect(Buffer.from(there.audit).length).toBeGreaterThan(0);
      expect({ ...there.stats, byRule: [...there.stats.byRule] }).toEqual({ ...here.stats, byRule: [...here.stats.byRule] });
      expect(there.counts && { ...there.counts }).toEqual(here.counts && { ...here.counts });
    }
  });

  it("sends back its cleaner's error as a BoilerstripError with the same code, message and location", async () => {
    const input = '{"text":"One."}\n{"text": oops}\n';
    let thrownHere: unknown;
    try {
      createBatchCleaner(JSONL, rules)(batch(input, 41));
    } catch (error) {
      thrownHere = error;
    }
    expect(thrownHere).toMatchObject({ code: 'E_INVALID_JSON', location: { file: 'in.jsonl', line: 42 } });
    const sent = await withWorker(JSONL, (pool) => pool.clean(batch(input, 41)).result.then(() => undefined, (error: unknown) => error));
    expect(sent).toMatchObject({ name: 'BoilerstripError', code: 'E_INVALID_JSON', message: (thrownHere as Error).message, location: { file: 'in.jsonl', line: 42 } });
    expect((sent as Error).message).toMatch(/^in\.jsonl:42: /);
  });
});
