import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/paths.js';

const INPUT = 'A line of content that is long enough to be kept whatever the rules say about it.\n'.repeat(2000);

/** Runs the CLI with its stdout on the given file descriptor. */
function runWithStdout(stdout: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH], { stdio: ['pipe', stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin!.on('error', () => {});
    child.stdin!.end(INPUT);
  });
}

describe('a write error', () => {
  it.skipIf(!existsSync('/dev/full'))('ends with exit 1 and a one-line message when the disk is full (> /dev/full)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await runWithStdout(full);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^boilerstrip: cannot write output: .*ENOSPC.*\n$/);
    } finally {
      closeSync(full);
    }
  });
});
