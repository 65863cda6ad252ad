import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/index.js';
import type { WorkerData } from '../../src/parallel/protocol.js';
import type { WorkerPool as WorkerPoolType } from '../../src/parallel/worker-pool.js';
import { REPO_ROOT } from '../helpers/paths.js';

// The built pool: its worker thread runs dist/parallel/worker.js (npm test builds first).
const { WorkerPool } = (await import(`${REPO_ROOT}dist/parallel/worker-pool.js`)) as { WorkerPool: typeof WorkerPoolType };

const data: WorkerData = {
  settings: { mode: 'text', maxLineBytes: 1 << 20, docSeparator: '\f', audit: false },
  rules: { packs: compileRules().packs, disable: [] },
};
const batch = (text: string) => ({ bytes: new Uint8Array(Buffer.from(text)), firstLine: 1, label: 'test', file: 'test', documentsBefore: 0 });

describe('WorkerPool', () => {
  it('gives back, once, a batch its worker has not begun, and not one it has cleaned; the worker goes on with the batches after it', async () => {
    const pool = new WorkerPool(1, data);
    try {
      const first = pool.clean(batch('Body.\nCOMMENT\n\f\n'));
      const second = pool.clean(batch('Second body.\n'));
      const third = pool.clean(batch('Third body.\n'));
      // The worker is still starting: none of them is begun.
      expect(third.takeBack()).toBe(true);
      expect(third.takeBack()).toBe(false);
      expect(Buffer.from((await first.result).output).toString()).toBe('Body.\n\f\n');
      expect(Buffer.from((await second.result).output).toString()).toBe('Second body.\n');
      expect(first.takeBack()).toBe(false);
      // A batch sent after the one taken back is still cleaned and answered.
      expect(Buffer.from((await pool.clean(batch('Fourth body.\n')).result).output).toString()).toBe('Fourth body.\n');
    } finally {
      await pool.close();
    }
  });

  it('rejects the batches of a worker that stopped with E_WORKER, saying how to run without workers', async () => {
    const pool = new WorkerPool(1, data);
    // The worker is still starting when it is stopped: the batch is still to clean.
    const sent = pool.clean(batch('Body.\n'));
    await pool.close();
    await expect(sent.result).rejects.toMatchObject({ name: 'BoilerstripError', code: 'E_WORKER', message: expect.stringMatching(/^a --jobs worker thread stopped \(exit \d+\) with batches still to clean; run again with --jobs 1/) });
    await expect(pool.clean(batch('Later.\n')).result).rejects.toMatchObject({ code: 'E_WORKER' });
  });
});
