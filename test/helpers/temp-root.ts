import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global set-up: one temporary directory for the whole run, handed to the test workers and
 * to every CLI they spawn as TMPDIR, so that the scratch directories the tests make with
 * `mkdtemp(tmpdir())` all live in it, and removed with everything in it when the run ends. Without
 * it each run left some thirty directories behind in the system's temporary directory.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'boilerstrip-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
