import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MIB, userSizesHeap } from '../../src/cli/heap-limits.js';
import { runCli } from '../helpers/cli.js';
import { ARTICLE, FOOTER, MENU, RELATED, page } from '../helpers/pages.js';

describe('userSizesHeap', () => {
  it('sees a heap-sizing V8 option on node\'s command line or in NODE_OPTIONS, with dashes or underscores', () => {
    expect(userSizesHeap(['--max-semi-space-size=32'], undefined)).toBe(true);
    expect(userSizesHeap(['--max_semi_space_size', '32'], undefined)).toBe(true);
    expect(userSizesHeap([], '--require x.cjs --semi-space-growth-factor=4')).toBe(true);
    expect(userSizesHeap([], '--heap-growing-percent=20')).toBe(true);
    expect(userSizesHeap(['--min-semi-space-size=8'], '')).toBe(true);
    expect(userSizesHeap(['--parallel-scavenge'], undefined)).toBe(true);
  });

  it('leaves other options to boilerstrip\'s limits', () => {
    expect(userSizesHeap([], undefined)).toBe(false);
    expect(userSizesHeap(['--require', 'probe.cjs', '--max-old-space-size=512'], '--enable-source-maps')).toBe(false);
  });
});

describe('the CLI\'s young generation', () => {
  const MIB = 1 << 20;
  // A probe loaded before the CLI: prints the young generation's size as the process exits.
  const probe = join(mkdtempSync(join(tmpdir(), 'boilerstrip-heap-')), 'new-space.cjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`new-space ${require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size}\\n`));\n");
  const newSpaceBytes = (stderr: string): number => Number(/new-space (\d+)/.exec(stderr)?.[1]);
  // About 8 MB of whole pages, numbered so that no two lines are the same: enough for V8 to grow its default young generation.
  const input = Array.from({ length: 8000 }, (_, index) => page(MENU, ARTICLE.map((line) => `${line} (${index})`), RELATED, FOOTER)).join('\f\n');

  // The limit is what node's start-up reached, fixed before any input is read: a limit reached later,
  // through the gc observer, came one growth step late now and then (bench/README.md, Memory).
  it(`stops growing at ${SEMI_SPACE_MIB} MiB semi-spaces; a --max-semi-space-size given to node stands instead`, async () => {
    const limited = await runCli(['--doc-separator', '\f'], input, { nodeArgs: ['--require', probe] });
    expect(limited.code).toBe(0);
    expect(newSpaceBytes(limited.stderr)).toBeLessThanOrEqual(2 * SEMI_SPACE_MIB * MIB);
    const userSized = await runCli(['--doc-separator', '\f'], input, { nodeArgs: ['--require', probe, '--max-semi-space-size=16'] });
    expect(userSized.stdout.equals(limited.stdout)).toBe(true);
    expect(newSpaceBytes(userSized.stderr)).toBeGreaterThan(2 * SEMI_SPACE_MIB * MIB);
  });
});
