import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, REPO_ROOT } from '../helpers/paths.js';

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<Ended> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Resolves once the child has written `text` on stdout: it is running, not starting up. */
const printed = (child: ChildProcess, text: string): Promise<void> =>
  new Promise((resolve) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
  });

describe('a stop signal', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s stops the CLI mid-stream, killed by that signal (exit 130/143/129 in a shell), without a message', async (signal) => {
    const child = spawn(process.execPath, [CLI_PATH, '--doc-separator', '\f'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const ended = collect(child);
    const running = printed(child, 'First line');
    // A whole document (its verdicts may wait for its end), then stdin stays open: the CLI waits for more.
    child.stdin.write('First line of a document that keeps arriving.\nSecond line of the same document.\n\f\nNext document\n');
    await running;
    child.kill(signal);
    const result = await ended;
    expect(result.signal).toBe(signal);
    expect(result.stderr).toBe('');
  });

  it('runs the registered cleanup actions before the process dies', async () => {
    // A stand-in for the -o writer: registers the removal of its temporary file, then waits.
    const script = `
      const { installCleanupHandlers, onCleanup } = await import(${JSON.stringify(`${REPO_ROOT}dist/cli/cleanup.js`)});
      installCleanupHandlers();
      onCleanup(() => process.stdout.write('first action ran\\n'));
      const unregistered = onCleanup(() => process.stdout.write('unregistered action ran\\n'));
      onCleanup(() => { throw new Error('this action fails'); });
      onCleanup(() => process.stdout.write('last action ran\\n'));
      unregistered();
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const ended = collect(child);
    await printed(child, 'ready');
    child.kill('SIGTERM');
    const result = await ended;
    expect(result.signal).toBe('SIGTERM');
    expect(result.stdout).toBe('ready\nfirst action ran\nlast action ran\n');
    expect(result.stderr).toBe('boilerstrip: cleanup failed: this action fails\n');
  });
});
