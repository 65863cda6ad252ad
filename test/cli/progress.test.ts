import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CLI_PATH } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'boilerstrip-progress-'));
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, Array.from({ length: 2000 }, (_, index) => `${JSON.stringify({ id: index, text: `Body ${index}.\nCOMMENT` })}\n`).join(''));

/** `script` runs a command on a pseudo-terminal, so that stderr is a terminal; util-linux has it. */
const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (arg: string): string => `'${arg.replaceAll("'", "'\\''")}'`;
function runOnTerminal(args: string[], stdinFrom?: string): string {
  const command = [process.execPath, CLI_PATH, ...args].map(quote).join(' ');
  return execFileSync('script', ['-qec', stdinFrom === undefined ? command : `cat ${quote(stdinFrom)} | ${command}`, '/dev/null'], { encoding: 'utf8' });
}

describe('the progress bar', () => {
  it('prints nothing when stderr is not a terminal', async () => {
    const result = await runCli(['--jsonl', '-o', join(dir, 'out.jsonl'), corpus]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it.skipIf(!hasScript)('shows bytes done of the total, documents, MB/s and time left when stderr is a terminal', () => {
    const shown = runOnTerminal(['--jsonl', '-o', join(dir, 'out.jsonl'), corpus]);
    expect(shown).toMatch(/100% \| \d+\.\d\/\d+\.\d MB \| [\d,]+ docs? \| \d+\.\d MB\/s \| \d+s left/);
  });

  it.skipIf(!hasScript)('is hidden on a terminal by --no-progress, and when the input size is unknown (stdin from a pipe)', () => {
    expect(runOnTerminal(['--no-progress', '--jsonl', '-o', join(dir, 'out.jsonl'), corpus])).toBe('');
    expect(runOnTerminal(['--jsonl', '-o', join(dir, 'out.jsonl')], corpus)).toBe('');
  });
});
